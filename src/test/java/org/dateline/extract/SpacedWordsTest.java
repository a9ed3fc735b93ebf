package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** EntityResolver.spacedWords counts what splitting at "\\s+" gives, without the regex. */
class SpacedWordsTest {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Test
    void countsAsTheRegexSplits() {
        String[] texts = {"", " ", "   ", "a", "Jane Doe", " Jane Doe", "Jane Doe ", "  Jane  Doe  ", "a\tb\nc",
            "a\u000Bb\fc\rd", "a\u00a0b", "\t", "x \t ", " x", "New  York City", "a b c d e f"};
        for (String t : texts) {
            assertEquals(SPACES.split(t).length, EntityResolver.spacedWords(t), () -> "\"" + t + "\"");
        }
    }
}
