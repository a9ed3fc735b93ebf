package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.regex.Pattern;
import org.dateline.knowledge.Gazetteer;
import org.junit.jupiter.api.Test;

/** The one-word place cue answered without the reversed pattern agrees with that pattern on every text. */
class PlaceCueTest {
    @Test
    void shortcutAgreesWithPattern() throws Exception {
        EntityRecognizer r = new EntityRecognizer(Lexicon.load(), Gazetteer.empty());
        Method cue = EntityRecognizer.class.getDeclaredMethod("placeCueBefore", String.class);
        cue.setAccessible(true);
        Field f = EntityRecognizer.class.getDeclaredField("placeBeforeReversed");
        f.setAccessible(true);
        Pattern reversed = (Pattern) f.get(r);
        String[] heads = {"", "x", "(", "ab", "é", "\uD835\uDC00", "1", "the ", "-", "Ü", "said ", "a\u0345", "\u212A"};
        String[] cues = {"in", "IN", "In", "iN", "near", "Near", "outside", "inside", "across", "at", "At", "into", "the",
            "town of", "Town Of", "town  of", "in the", "in  the", "in northern", "in Northern the", "at the northern",
            "from", "flew to", "of", "to", "ín", "ın", "\u212Aiev", "within", "spin", "in-", "near."};
        String[] tails = {" ", "  ", "\t", " \u2028", "\u0085", " \u0085", "", "\n", " \u0085\u0085", "\u00a0", " \u00a0"};
        int accepted = 0;
        for (String h : heads) {
            for (String c : cues) {
                for (String t : tails) {
                    String text = h + c + t;
                    boolean want = reversed.matcher(new StringBuilder(text).reverse()).lookingAt();
                    boolean got = (Boolean) cue.invoke(r, text);
                    assertEquals(want, got, () -> "'" + text + "'");
                    accepted += want ? 1 : 0;
                }
            }
        }
        assertTrue(accepted > 100, "the texts hold cues the pattern accepts");
    }
}
