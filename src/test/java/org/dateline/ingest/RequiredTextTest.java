package org.dateline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The text a regex's every match must contain, read conservatively off the regex. */
class RequiredTextTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "abc => [abc]",
        "ab?c => [a, c]",
        "ab+c => [ab, c]",
        "a\\s*/\\s*b => [a, /, b]",
        "(?i:Photos?\\s+by) => [~Photo, ~by]",
        "(?:File\\s+)?Photo => [Photo]",
        "(?<org>AP|Reuters)/ => [AP|Reuters, /]",
        "(?:AP|\\p{Lu}+)/ => [/]",
        "x|y\\d => [x|y]",
        "x| => []",
        "[/(]a{0,2}b{2} => [b]",
        "(?=Photo)\\w+ => []",
        "(?i)Photo => []",
        "\\QPhoto\\E => []",
        "(ab)\\1 => [ab]",
    })
    void requirementsAreReadOffThePattern(String regex, String expected) {
        assertEquals(expected, RequiredText.of(Pattern.compile(regex)).toString());
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiterString = " | ", value = {
        "(?i:photo) by | A PHOTO by X",
        "AP|Reuters | (Reuters)",
        "(?i:PHOTO)\\s*[:/] | photo/ X",
        "\\(?(?<org>REUTERS|Getty Images)\\)? | (Getty Images)",
    })
    void aLineTheRegexFindsIsNeverRuledOut(String regex, String line) {
        Pattern p = Pattern.compile(regex);
        assertTrue(p.matcher(line).find(), "the example is a match");
        assertTrue(RequiredText.of(p).mayMatch(line));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiterString = " | ", value = {
        "(?i:kelvin) | \u212Aelvin",
        "(?i:photo) by | A PHOTO BY",
        "AP|Reuters | (Getty Images)",
    })
    void aLineLackingTheRequiredTextIsRuledOut(String regex, String line) {
        Pattern p = Pattern.compile(regex);
        assertFalse(p.matcher(line).find(), "the example is no match");
        assertFalse(RequiredText.of(p).mayMatch(line));
    }

    @Test
    void unicodeCaseFoldsAsTheRegexDoes() {
        Pattern p = Pattern.compile("contributed (to )?report", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        assertEquals("[~contributed , ~report]", RequiredText.of(p).toString());
        for (String line : List.of("CONTRIBUTED TO REPORT", "Jane Doe contributed report", "\u212Aelvin contributed report")) {
            assertEquals(p.matcher(line).find(), RequiredText.of(p).mayMatch(line) && p.matcher(line).find(), line);
            assertTrue(RequiredText.of(p).mayMatch(line), line);
        }
        Pattern k = Pattern.compile("kelvin", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        assertTrue(k.matcher("\u212Aelvin").find());
        assertTrue(RequiredText.of(k).mayMatch("\u212Aelvin"));
        assertFalse(RequiredText.of(k).mayMatch("kelvi"));
    }

    @Test
    void everyTrailerLineOfTheLexiconShapesIsStillATrailer() {
        BylineParser b = BylineParser.get();
        for (String line : List.of("Reporting by Jane Doe; Editing by John Roe", "(Additional reporting by X in Kyiv)",
                "Writing by A; editing by B", "Compiled by C", "Jane Doe contributed to this report.",
                "AP writer Jane Doe CONTRIBUTED TO THIS REPORT", "[Reporting by Jane Doe]")) {
            assertTrue(b.isTrailer(line), line);
        }
        for (String line : List.of("The report was contributed by a reader.", "He was reporting on the war by radio.")) {
            assertFalse(b.isTrailer(line), line);
        }
    }
}
