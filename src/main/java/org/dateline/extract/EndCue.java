package org.dateline.extract;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern that must match at the end of a text ("… the spokesman ", "… the town of "), asked only of texts whose
 * last word before their trailing white space is one its phrases can end with. A regular expression anchored at
 * the end is still tried from every position of the text; the words a match can end with are known from the
 * phrases it was built from, so most texts are answered by one look-up.
 */
final class EndCue {
    private final Pattern pattern;
    /** The last words (lower case) a match can end with; null when any text must be tried. */
    private final Set<String> endings;

    private EndCue(Pattern pattern, Set<String> endings) {
        this.pattern = pattern;
        this.endings = endings;
    }

    /**
     * @param phrases every phrase a match of {@code pattern} can end with (its last word is what counts; a phrase
     *                ending in a character that is no letter makes every text worth trying)
     */
    static EndCue of(Pattern pattern, Collection<String> phrases) {
        Set<String> endings = new HashSet<>();
        for (String p : phrases) {
            String w = lastWord(p + " ");
            if (w == null) {
                return new EndCue(pattern, null);
            }
            endings.add(w);
        }
        return new EndCue(pattern, Set.copyOf(endings));
    }

    /** A matcher over the text, or null when the text cannot end in a match. */
    Matcher matcher(String text) {
        if (endings != null) {
            String w = lastWord(text);
            if (w == null || !endings.contains(w)) {
                return null;
            }
        }
        return pattern.matcher(text);
    }

    boolean find(String text) {
        Matcher m = matcher(text);
        return m != null && m.find();
    }

    /** The letters the text ends with before its trailing white space, in lower case; null if none. */
    static String lastWord(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == text.length()) {
            return null;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start == end ? null : text.substring(start, end).toLowerCase(Locale.ROOT);
    }
}
