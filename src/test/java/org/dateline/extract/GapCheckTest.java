package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The character checks before the list-gap and lower-words-gap patterns never turn away a text the pattern matches. */
class GapCheckTest {
    private static final String[] PARTS = {" ", "  ", "\t", "\n", "\r", "\u000B", "\f", ",", "and", "or", "the", "a",
        "n", "d", "e", "h", "t", "r", "o", "x", "And", "OR", "The", "A", "é", "ß", "ǆ", "ǅ", "ª", ".", ";", "-", "1",
        "\u0085", "\u00a0", "\u2028", "z", "quiz", "\uD835\uDC1A", "\uD835\uDC00", "said", "leader", "party", "Party", "’s", "'"};

    private static Pattern pattern(Class<?> owner, String name) throws Exception {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return (Pattern) f.get(null);
    }

    @Test
    void lowerWordsGapCheckKeepsEveryMatch() throws Exception {
        Pattern gap = pattern(SpeakerResolver.class, "RE_LOWER_WORDS_GAP");
        int[] counts = run(gap, (t, s, e) -> SpeakerResolver.mayBeLowerWordsGap(t, s, e),
                new String[] {" leader ", " party leader ", " leader, ", "\tß\u000B", " \uD835\uDC1A ", " é ǆ, ", " a b", " jazz ", " quiz show "});
        assertTrue(counts[0] > 300, "matches: " + counts[0]);
        assertTrue(counts[1] > 10000, "rejected: " + counts[1]);
    }

    interface Check {
        boolean may(String text, int s, int e);
    }

    /** Runs the check on fixed and random texts, alone and inside a longer text; counts matches and rejections. */
    private static int[] run(Pattern p, Check check, String[] fixed) {
        Random rnd = new Random(5);
        int matched = 0;
        int rejected = 0;
        for (int n = 0; n < 60000; n++) {
            String text;
            if (n < fixed.length) {
                text = fixed[n];
            } else {
                StringBuilder b = new StringBuilder();
                int parts = rnd.nextInt(7);
                for (int k = 0; k < parts; k++) {
                    // Mostly the pattern's own characters, so that matches are frequent.
                    b.append(PARTS[rnd.nextInt(rnd.nextBoolean() ? 13 : PARTS.length)]);
                }
                text = b.toString();
            }
            boolean want = p.matcher(text).matches();
            String pre = "Xy. ";
            String padded = pre + text + "Zz";
            boolean may = check.may(text, 0, text.length());
            boolean mayPadded = check.may(padded, pre.length(), pre.length() + text.length());
            String shown = text;
            assertTrue(may || !want, () -> "'" + shown + "'");
            assertTrue(may == mayPadded, () -> "offsets: '" + shown + "'");
            matched += want ? 1 : 0;
            rejected += may ? 0 : 1;
        }
        return new int[] {matched, rejected};
    }
}
