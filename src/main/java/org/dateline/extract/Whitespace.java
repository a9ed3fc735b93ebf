package org.dateline.extract;

import java.util.regex.Pattern;

/** Whitespace as Java's regex {@code \\s} reads it (without UNICODE_CHARACTER_CLASS). */
public final class Whitespace {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Whitespace() { }

    /** Whether {@code \\s} matches the character: space, tab, newline, vertical tab, form feed, carriage return. */
    public static boolean is(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@code text.split("\\s+").length}: the whitespace-separated parts, less empty parts at the end. */
    public static int splitCount(String text) {
        return SPACES.split(text).length;
    }
}
