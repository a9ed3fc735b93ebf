package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Hand-written shortcuts of patterns agree with the patterns they stand for, on many texts. */
class ShortcutTest {
    private static final String[] PARTS = {" ", "  ", "\t", "\n", "\r\n", "-", "--", " - ", "the", "The", "THE", "to",
        "To", "be", "Be", "ly", "formally", "quickly", "fly", "ally", "role", "security chief", "Acme", "de", "al",
        "É", "é", "ǅ", "ß", "\uD835\uDC00", "\uD835\uDC1A", "\u0085", "\u2028", "\u00a0", ",", ".", "x", "1", "_",
        "said", "told", "president", "un", "Ü"};

    private static Pattern pattern(Class<?> owner, String name) throws Exception {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return (Pattern) f.get(null);
    }

    private static String text(Random rnd) {
        StringBuilder b = new StringBuilder();
        int n = rnd.nextInt(9);
        for (int k = 0; k < n; k++) {
            b.append(PARTS[rnd.nextInt(PARTS.length)]);
            if (rnd.nextInt(3) > 0) {
                b.append(' ');
            }
        }
        return b.toString();
    }

    @Test
    void infinitiveCheckAgreesWithThePattern() throws Exception {
        Pattern inf = pattern(EventDetector.class, "INFINITIVE");
        Random rnd = new Random(2);
        int matched = 0;
        String[] fixed = {"plans to ", "to formally ", "to be ", "to formally be ", "to\u0085", "to \u0085", "to \u2028",
            "x to\n", "to be\t\n", "TO ", "to", "hoped to  be ", "ally ", "to ally ", "to fly be "};
        for (int i = 0; i < 60000; i++) {
            String t = i < fixed.length ? fixed[i] : text(rnd).toLowerCase(java.util.Locale.ROOT);
            boolean want = inf.matcher(t).find();
            assertEquals(want, EventDetector.infinitiveBefore(t), () -> "'" + t + "'");
            matched += want ? 1 : 0;
        }
        assertTrue(matched > 500, "matches: " + matched);
    }

    @Test
    void theRoleTailAgreesWithTheWholeSearch() throws Exception {
        Pattern role = pattern(QuoteFinder.class, "THE_ROLE");
        Random rnd = new Random(3);
        int matched = 0;
        for (int i = 0; i < 60000; i++) {
            String t = text(rnd);
            Matcher want = role.matcher(t);
            Matcher got = QuoteFinder.theRole(t);
            boolean found = want.find();
            assertEquals(found, got.find(), () -> "'" + t + "'");
            if (found) {
                assertEquals(want.group(1), got.group(1), () -> "'" + t + "'");
                assertEquals(want.start(), got.start(), () -> "'" + t + "'");
                matched++;
            }
        }
        assertTrue(matched > 500, "matches: " + matched);
    }
}
