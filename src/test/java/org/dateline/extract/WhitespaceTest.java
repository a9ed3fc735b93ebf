package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link Whitespace} reads what the regex {@code \\s} reads. */
class WhitespaceTest {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Test
    void countsAsTheRegexSplits() {
        String[] texts = {"", " ", "   ", "a", "Jane Doe", " Jane Doe", "Jane Doe ", "  Jane  Doe  ", "a\tb\nc",
            "a\u000Bb\fc\rd", "a\u00a0b", "\t", "x \t ", " x", "New  York City", "a b c d e f", "Dateline -- text",
            "no\u00a0break space", "\n\n"};
        for (String t : texts) {
            assertEquals(SPACES.split(t).length, Whitespace.splitCount(t), () -> "\"" + t + "\"");
        }
    }

    @Test
    void spaceIsWhatTheRegexMatches() {
        for (char c = 0; c < 0x3000; c++) {
            assertEquals(SPACES.matcher(String.valueOf(c)).matches(), Whitespace.is(c), "U+" + Integer.toHexString(c));
        }
    }
}
