package org.dateline.extract;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Patterns anchored at the end of a text, as the context before a name is read ("… spokesman for
 * the ", "in northern ", "reporting by "). {@code find()} would try every earlier start, and most of
 * them run the pattern's whole alternation; a match can only begin within the last few words, so
 * the search begins there, and a pattern whose match must end in one of a few words is not run
 * at all when the text ends in another.
 */
final class EndAnchored {
    private EndAnchored() { }

    /**
     * Where a match ending in {@code $} may end last: {@code $} also matches before a final line
     * terminator, and the terminators U+0085, U+2028 and U+2029 are not {@code \s}.
     */
    private static int endBeforeTerminator(String text) {
        int n = text.length();
        if (n > 0) {
            char last = text.charAt(n - 1);
            if (last == '\u0085' || last == '\u2028' || last == '\u2029') {
                return n - 1;
            }
        }
        return n;
    }

    /**
     * A matcher of an end-anchored pattern over the last {@code maxWords} words of text and the
     * character before them (where a "start or non-letter" boundary stands); {@code ^} still means
     * the start of the whole text only, and {@code \b} still sees the character before the region.
     * {@code maxWords} must be the most whitespace-separated words a match can touch: then it finds
     * the same leftmost match as a search over the whole text.
     */
    static Matcher tail(Pattern pattern, String text, int maxWords) {
        int at = endBeforeTerminator(text);
        for (int n = 0; n < maxWords && at > 0; n++) {
            while (at > 0 && Whitespace.is(text.charAt(at - 1))) {
                at--;
            }
            while (at > 0 && !Whitespace.is(text.charAt(at - 1))) {
                at--;
            }
        }
        return pattern.matcher(text).region(Math.max(0, at - 1), text.length()).useAnchoringBounds(false)
                .useTransparentBounds(true);
    }

    /** Whether the end-anchored pattern matches the end of text ({@link #tail} with {@code find()}). */
    static boolean find(Pattern pattern, String text, int maxWords) {
        return tail(pattern, text, maxWords).find();
    }

    /**
     * The letters the text ends with before its trailing regex whitespace, in lower case ("" when a
     * non-letter stands there), or null when no whitespace trails: a pattern ending in
     * {@code \s+$} cannot match then.
     */
    static String lastWordBeforeSpace(String text) {
        int spaceEnd = endBeforeTerminator(text);
        int end = spaceEnd;
        while (end > 0 && Whitespace.is(text.charAt(end - 1))) {
            end--;
        }
        if (end == spaceEnd) {
            return null;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /**
     * False when the text cannot end as a pattern ending in {@code word\s+$} (ASCII case folded, as
     * {@code (?i)} without UNICODE_CASE reads letters) needs: one or more regex whitespace characters up to
     * its end or a final line terminator, right after the word (lower-case ASCII letters). True says
     * only "maybe": the pattern must still be run.
     */
    static boolean mayEndInWord(String text, String word) {
        int spaceEnd = endBeforeTerminator(text);
        int end = spaceEnd;
        while (end > 0 && Whitespace.is(text.charAt(end - 1))) {
            end--;
        }
        int start = end - word.length();
        if (end == spaceEnd || start < 0) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char c = text.charAt(start + k);
            char w = word.charAt(k);
            // An ASCII upper-case letter is 32 below its lower case; nothing else folds to an ASCII letter here.
            if (c != w && c != w - 32) {
                return false;
            }
        }
        return true;
    }

    /** Where the text's last run of regex whitespace before its end (or a final line terminator) starts. */
    static int lastWordEnd(String text) {
        int end = endBeforeTerminator(text);
        while (end > 0 && Whitespace.is(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /**
     * The last words of phrases in lower case ("of" for "town of", "eastern" for "north-eastern"):
     * what {@link #lastWordBeforeSpace} of a text must be for a case-insensitive pattern ending in one
     * of the phrases and {@code \s+$} to match it. Null when a phrase ends in no letter, where the
     * test would not hold.
     */
    static Set<String> lastWords(Collection<String> phrases) {
        Set<String> out = new HashSet<>();
        for (String p : phrases) {
            int end = p.length();
            if (end == 0 || !Character.isLetter(p.charAt(end - 1))) {
                return null;
            }
            int start = end;
            while (start > 0 && Character.isLetter(p.charAt(start - 1))) {
                start--;
            }
            out.add(p.substring(start, end).toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }
}
