package org.dateline.ingest;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Tells page furniture from article text, line by line, using {@code lexicon/boilerplate.txt}: lines to
 * drop, lines that end the article, and the labels copied pages print before captions, credits and the
 * publication time.
 */
final class BoilerplateRules {
    /** What a line is, as far as page furniture goes. */
    enum Kind { TEXT, DROP, END, CAPTION_LABEL, CREDIT_LABEL, PUBLISHED_LABEL, UPDATED_LABEL }

    /** A classified line; {@code rest} is what follows a label on the same line ("Reuters"). */
    record Verdict(Kind kind, String rest) {
        static final Verdict TEXT = new Verdict(Kind.TEXT, "");
    }

    /** What a list bullet is made of: white space as {@code \\s} reads it, bullets and dashes. */
    private static final String BULLET_CHARS = " \t\n\u000B\f\r\u2022\u00b7\u25cf\u25aa*\u2013\u2014-";
    private static final Pattern BULLET = Pattern.compile("^[" + BULLET_CHARS.chars()
            .mapToObj(c -> String.format("\\u%04x", c)).collect(Collectors.joining()) + "]+(?=\\S)");
    // Precompiled: classify runs on every line of every article, and String.replaceAll compiles on each call.
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[\\s,:]+");

    private final Set<String> drop = new HashSet<>();
    private final Set<String> end = new HashSet<>();
    private final Set<String> captionLabels = new HashSet<>();
    /**
     * {@code captionLabels} in the set's own iteration order, fixed once: iterating a HashSet walks its whole table.
     * The label lists are arrays: every line walks them all, and a list's iterator was a new object per walk.
     */
    private final String[] captionLabelOrder;
    private final String[] creditLabels;
    private final String[] publishedLabels;
    private final String[] updatedLabels;
    /** The drop patterns as one alternation: a line is dropped when any of them matches it whole. */
    private final Pattern dropPattern;
    /**
     * A matcher of {@code dropPattern} per thread, reset for each line: a new one per line was a twentieth of
     * reading's allocation. Each use is one reset and one match, with no call in between that could use it again.
     */
    private final ThreadLocal<Matcher> dropMatcher;
    /** The longest line in {@code drop}, {@code end} and {@code captionLabels}: a longer line is in none of them. */
    private final int longestListed;
    /**
     * How many leading characters of a line's key the rules read: a listed line's whole key, or a label and the
     * character after it. A longer line's key is made from its start only (see {@link #ruleKey}).
     */
    private final int keyChars;

    private BoilerplateRules() {
        Map<String, List<String>> rules = RuleFiles.rules("lexicon/boilerplate.txt",
                "line", "regex", "end", "caption", "credit", "published", "updated");
        rules.get("line").forEach(v -> drop.add(key(v)));
        rules.get("end").forEach(v -> end.add(key(v)));
        rules.get("caption").forEach(v -> captionLabels.add(key(v)));
        captionLabelOrder = captionLabels.toArray(String[]::new);
        creditLabels = rules.get("credit").stream().map(BoilerplateRules::key).toArray(String[]::new);
        publishedLabels = rules.get("published").stream().map(BoilerplateRules::key)
                .sorted((a, b) -> b.length() - a.length()).toArray(String[]::new);
        updatedLabels = rules.get("updated").stream().map(BoilerplateRules::key)
                .sorted((a, b) -> b.length() - a.length()).toArray(String[]::new);
        dropPattern = anyOf(rules.get("regex"));
        dropMatcher = dropPattern == null ? null : ThreadLocal.withInitial(() -> dropPattern.matcher(""));
        longestListed = Stream.of(drop, end, captionLabels).flatMap(Set::stream)
                .mapToInt(String::length).max().orElse(0);
        int longestLabel = Stream.of(captionLabels.stream(), Arrays.stream(creditLabels), Arrays.stream(publishedLabels),
                Arrays.stream(updatedLabels)).flatMap(s -> s).mapToInt(String::length).max().orElse(0);
        keyChars = Math.max(longestListed, longestLabel) + 1;
    }

    /**
     * The line's key as {@link #classify} reads it. Most lines are paragraphs, far longer than anything the rules
     * compare (a listed line, or a label and the character after it): their key is made from their start only,
     * instead of collapsing and lower-casing a whole paragraph. That key agrees with the whole one on all but
     * possibly its last character (where a run of spaces or a final sigma was cut), so it is used only when it is
     * longer than {@code keyChars + 1}: then it is too long to be listed, as the whole key is, and every label
     * test reads within its first {@code keyChars} characters. The start tried first is just long enough for that,
     * as it is whenever it has no run of spaces to collapse (most prose); a longer start is tried when it falls short.
     */
    private String ruleKey(String cleaned) {
        String start = startKey(cleaned, keyChars + 2);
        if (start == null) {
            start = startKey(cleaned, 2 * keyChars + 2);
        }
        return start != null ? start : key(cleaned);
    }

    /** The key of the line's first {@code cut} characters when it is long enough to stand for the whole key, else null. */
    private String startKey(String cleaned, int cut) {
        if (cleaned.length() > cut) {
            String start = key(cleaned.substring(0, cut));
            if (start.length() > keyChars + 1) {
                return start;
            }
        }
        return null;
    }

    /**
     * One pattern that matches a whole line when one of {@code regexes} does. Trying each in turn made a matcher per
     * pattern for every line of every article; an alternation makes one. Each is compiled alone first, so a bad one
     * is reported by itself, and kept in a group of its own, where its inline flags such as (?i) stay. A pattern that
     * refers back to a group by number would see the numbers shift, so none may.
     */
    static Pattern anyOf(List<String> regexes) {
        StringBuilder alternation = new StringBuilder();
        for (String regex : regexes) {
            Pattern.compile(regex);
            if (BACK_REFERENCE.matcher(regex).find()) {
                throw new IllegalArgumentException("lexicon/boilerplate.txt: regex " + regex
                        + " refers back to a group by number; name the group, (?<name>...) and \\k<name>, instead");
            }
            alternation.append(alternation.isEmpty() ? "" : "|").append("(?:").append(regex).append(')');
        }
        return alternation.isEmpty() ? null : Pattern.compile(alternation.toString());
    }

    private static final Pattern BACK_REFERENCE = Pattern.compile("(?<!\\\\)\\\\[1-9]");

    private static final BoilerplateRules DEFAULT = new BoilerplateRules();

    static BoilerplateRules get() {
        return DEFAULT;
    }

    private static String key(String s) {
        String t = s.strip();
        // Most lines have no run of white space to collapse: they skip the regex replacement.
        return (hasSpaceRun(t) ? SPACES.matcher(t).replaceAll(" ") : t).toLowerCase(Locale.ROOT);
    }

    /** Whether {@code t} has white space that {@code \s+} → " " would change (or may: the check errs towards yes). */
    private static boolean hasSpaceRun(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c > ' ') {
                continue; // every character tested below is at most ' ': most characters of a line need one comparison
            }
            if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                    || c == ' ' && i + 1 < t.length() && Character.isWhitespace(t.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** The line with list bullets and surrounding space removed, as rules compare it. */
    static String clean(String line) {
        // Most lines open with a letter, which no bullet can: they skip the regex, which find() tries at every position.
        if (line.isEmpty() || BULLET_CHARS.indexOf(line.charAt(0)) < 0) {
            return line.strip();
        }
        return BULLET.matcher(line).replaceFirst("").strip();
    }

    /** Whether {@code k} is {@code label} followed by {@code then}, without building {@code label + then} per line. */
    private static boolean labelled(String k, String label, char then) {
        return k.length() > label.length() && k.charAt(label.length()) == then && k.startsWith(label);
    }

    Verdict classify(String line) {
        String cleaned = clean(line);
        return classify(cleaned, ruleKey(cleaned));
    }

    /** As {@link #classify(String)}, reading the whole line's key: what the shortened key must agree with. */
    Verdict classifyByWholeKey(String line) {
        String cleaned = clean(line);
        return classify(cleaned, key(cleaned));
    }

    private Verdict classify(String cleaned, String k) {
        if (k.isEmpty()) {
            return new Verdict(Kind.DROP, "");
        }
        // Most lines are paragraphs, far longer than any listed line: they skip hashing for the set look-ups.
        boolean listable = k.length() <= longestListed;
        if (listable && end.contains(k)) {
            return new Verdict(Kind.END, "");
        }
        // "Updated 3:45 PM ET, Sat October 3, 2015" is furniture, but its date still witnesses the story's.
        for (String label : updatedLabels) {
            if (labelled(k, label, ' ') || labelled(k, label, ':')) {
                String rest = LEADING_SEPARATORS.matcher(cleaned.substring(label.length())).replaceFirst("");
                if (TextDates.firstDay(rest) != null && rest.length() <= 60) {
                    return new Verdict(Kind.UPDATED_LABEL, rest);
                }
            }
        }
        if (listable && drop.contains(k) || dropMatcher != null && dropMatcher.get().reset(cleaned).matches()) {
            return new Verdict(Kind.DROP, "");
        }
        if (listable && captionLabels.contains(k)) {
            return new Verdict(Kind.CAPTION_LABEL, "");
        }
        for (String label : captionLabelOrder) {
            if (labelled(k, label, ' ') && label.length() > 3) {
                return new Verdict(Kind.CAPTION_LABEL, cleaned.substring(label.length()).strip());
            }
        }
        for (String label : creditLabels) {
            if (k.startsWith(label)) {
                return new Verdict(Kind.CREDIT_LABEL, LEADING_SEPARATORS.matcher(
                        cleaned.substring(Math.min(label.length(), cleaned.length()))).replaceFirst(""));
            }
        }
        for (String label : publishedLabels) {
            if (k.equals(label) || labelled(k, label, ' ') || labelled(k, label, ':')) {
                String rest = LEADING_SEPARATORS.matcher(cleaned.substring(label.length())).replaceFirst("");
                // "Published" followed by prose is a sentence, not a label: the rest must hold a date or nothing.
                if (rest.isEmpty() || TextDates.hasLabelDate(rest)) {
                    return new Verdict(Kind.PUBLISHED_LABEL, rest);
                }
            }
        }
        return Verdict.TEXT;
    }
}
