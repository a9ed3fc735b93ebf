package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The credit test with its "ends in by and whitespace" shortcut agrees with CREDIT_BEFORE's find() on every text. */
class CreditBeforeTest {
    @Test
    void shortcutAgreesWithPattern() throws Exception {
        Field f = EntityRecognizer.class.getDeclaredField("CREDIT_BEFORE");
        f.setAccessible(true);
        Pattern credit = (Pattern) f.get(null);
        String[] heads = {"", "x", "The story. ", "(", "said ", "é", "\uD835\uDC00 ", "1", "-", "Additional "};
        String[] cues = {"reporting by", "Reporting by", "REPORTING BY", "reporting By", "reporting bY",
            "editing by", "Writing by", "written  by", "compiled\tby", "photo by", "photos by", "Video by",
            "interview by", "additional reporting by", "Additional Reporting By", "reporting\nby", "reporting by by",
            "reportingby", "reporting xby", "reporting b y", "reporting bý", "reporting ｂｙ", "reporting bу",
            "reporting b\u0130", "reporting Bỳ", "reporting by.", "reporting by,", "reporting by-", "by", "By", "BY",
            "stood by", "reporting", "reporting bys", "reporting y", "reporting b", "photos  \t by", "told"};
        String[] tails = {" ", "  ", "\t", "\n", "\r\n", " \u0085", "\u0085", " \u2028", " \u2029", "", " \u0085\u0085",
            "\u00a0", " \u00a0", " x", " Jane "};
        int matched = 0;
        int total = 0;
        for (String h : heads) {
            for (String c : cues) {
                for (String t : tails) {
                    String text = h + c + t;
                    boolean want = credit.matcher(text).find();
                    assertEquals(want, EntityRecognizer.creditBefore(text), () -> "'" + text + "'");
                    matched += want ? 1 : 0;
                    total++;
                }
            }
        }
        assertTrue(matched > 100, "the texts hold credits the pattern accepts: " + matched);
        assertTrue(total - matched > 1000, "and many it rejects");
    }

    @Test
    void mayEndInWordNeverRejectsAMatch() {
        Pattern p = Pattern.compile("(?i)\\s(?:by|to)\\s+$");
        String[] texts = {"a by ", "a BY\t", "a bY \u0085", "a to\n", "a To  ", "x by", "x byy ", "x b ", "by ",
            " by\u2028", "x by \u2029", "x \u212Ay ", "x by\u0085\u0085", " ", ""};
        for (String t : texts) {
            boolean want = p.matcher(t).find();
            boolean may = EndAnchored.mayEndInWord(t, "by") || EndAnchored.mayEndInWord(t, "to");
            assertTrue(may || !want, () -> "'" + t + "'");
        }
    }
}
