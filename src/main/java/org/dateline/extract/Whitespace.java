package org.dateline.extract;

/**
 * Whitespace as Java's regex {@code \s} reads it (without UNICODE_CHARACTER_CLASS): space, tab, newline, vertical tab,
 * form feed, carriage return. For loops that replaced a {@code \s} pattern on a hot path and must read exactly the
 * characters it read.
 */
public final class Whitespace {
    private Whitespace() { }

    /** Whether {@code \s} matches the character. */
    public static boolean is(char c) {
        // Every such character is at most a space: most characters of a text are ruled out by one comparison.
        return c <= ' ' && (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r');
    }

    /**
     * {@code text.split("\\s+").length}, counted without making the parts: one part before each run of
     * whitespace and one after the last, less the empty parts at the end; a text without whitespace is one.
     */
    public static int splitCount(String text) {
        int parts = 0;
        int upToLastNonEmpty = 0;
        int start = 0;
        int i = 0;
        boolean split = false;
        while (i < text.length()) {
            if (!is(text.charAt(i))) {
                i++;
                continue;
            }
            parts++;
            if (i > start) {
                upToLastNonEmpty = parts;
            }
            while (i < text.length() && is(text.charAt(i))) {
                i++;
            }
            start = i;
            split = true;
        }
        if (!split) {
            return 1;
        }
        parts++;
        if (text.length() > start) {
            upToLastNonEmpty = parts;
        }
        return upToLastNonEmpty;
    }
}
