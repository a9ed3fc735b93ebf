package org.dateline.model;

/**
 * The sentence around a span of plain text, for rules that read a name's sentence where the extractor's paragraphs and
 * sentences are not at hand (the team cues, the linker's neighbours). A sentence ends at a line break, a question or
 * exclamation mark, or a full stop followed by a space and a capital, but not inside "U.S." or "2.5".
 */
public final class Sentences {
    private Sentences() { }

    /** The sentence holding {@code span}: from the end of the sentence before it to the end of its own. */
    public static Span around(String text, Span span) {
        int b = span.start();
        while (b > 0 && !boundary(text, b - 1)) {
            b--;
        }
        int e = span.end();
        while (e < text.length() && !boundary(text, e)) {
            e++;
        }
        return new Span(b, e);
    }

    private static boolean boundary(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n' || c == '!' || c == '?') {
            return true;
        }
        return c == '.' && i + 2 < text.length() && text.charAt(i + 1) == ' ' && Character.isUpperCase(text.charAt(i + 2))
                && !(i >= 2 && text.charAt(i - 2) == '.');
    }
}
