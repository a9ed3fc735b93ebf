package org.dateline.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lexicon pattern with the text any match of it contains ({@link RequiredText}): patterns tried with
 * {@code find()} on every line cost a regex scan each, and checking that text first spares the lines that lack it.
 * A pattern anchored with {@code ^} and opening with literal text ({@code ^correction:}) can match only a line that
 * starts with that text: checking the line's start spares a search of the whole line for it.
 */
record GatedPattern(Pattern pattern, RequiredText required, String anchoredPrefix) {
    GatedPattern(Pattern pattern) {
        this(pattern, RequiredText.of(pattern), anchoredPrefix(pattern));
    }

    /** A matcher over the line, or null when the line lacks text every match needs (so no match is possible). */
    Matcher matcherOrNull(RequiredText.Line line) {
        if (anchoredPrefix != null && !line.folded(unicodeCase(pattern)).startsWith(anchoredPrefix)) {
            return null;
        }
        return required.mayMatch(line) ? pattern.matcher(line.text) : null;
    }

    /** Whether the pattern is found in the line; the same answer as {@code pattern.matcher(line.text).find()}. */
    boolean find(RequiredText.Line line) {
        Matcher m = matcherOrNull(line);
        return m != null && m.find();
    }

    private static boolean unicodeCase(Pattern p) {
        return (p.flags() & Pattern.UNICODE_CASE) != 0;
    }

    /**
     * The literal text, case-folded as {@link RequiredText#fold} folds a line, that every match of {@code p} starts
     * the input with, or null when there is none known. Exact because: only flags i and u are allowed (no MULTILINE,
     * so {@code ^} matches at the input's start only, and no COMMENTS, so a space is literal); the pattern opens with
     * {@code ^} and has no top-level {@code |} (which would leave other branches unanchored); the prefix is a run of
     * ASCII letters, digits, spaces and ':' right after {@code ^}, less its last character when a quantifier follows;
     * a case-insensitive pattern's letters match an input character exactly when their foldings are equal (the folded
     * prefix folds to itself, as ASCII does), so the folded line starts with the folded prefix whenever it matches.
     */
    static String anchoredPrefix(Pattern p) {
        String s = p.pattern();
        int flags = p.flags();
        if ((flags & ~(Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)) != 0 || !s.startsWith("^")
                || hasTopLevelBar(s)) {
            return null;
        }
        int end = 1;
        while (end < s.length() && isPlain(s.charAt(end))) {
            end++;
        }
        if (end < s.length() && "?*+{".indexOf(s.charAt(end)) >= 0) {
            end--; // the last plain character is optional or repeated: not required as written
        }
        if (end <= 1) {
            return null;
        }
        String literal = s.substring(1, end);
        if ((flags & Pattern.CASE_INSENSITIVE) == 0) {
            return null; // not needed by the lexicon: a case-sensitive check would compare the unfolded line
        }
        String folded = RequiredText.fold(literal, unicodeCase(p));
        return RequiredText.fold(folded, unicodeCase(p)).equals(folded) ? folded : null;
    }

    private static boolean isPlain(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ' ' || c == ':';
    }

    /** Whether {@code s} has a '|' outside groups and character classes; unsure cases (nested classes) say yes. */
    private static boolean hasTopLevelBar(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                if (i + 1 < s.length() && s.charAt(i + 1) == 'Q') {
                    return true; // quoting: not read here
                }
                i++;
            } else if (c == '[') {
                int j = i + 1;
                if (j < s.length() && s.charAt(j) == '^') {
                    j++;
                }
                if (j < s.length() && s.charAt(j) == ']') {
                    j++;
                }
                for (; j < s.length() && s.charAt(j) != ']'; j++) {
                    if (s.charAt(j) == '[' || s.charAt(j) == '\\' && j + 1 < s.length() && s.charAt(j + 1) == 'Q') {
                        return true;
                    }
                    if (s.charAt(j) == '\\') {
                        j++;
                    }
                }
                i = j;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth <= 0) {
                return true;
            }
        }
        return false;
    }
}
