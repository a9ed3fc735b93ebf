package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.dateline.knowledge.Gazetteer;
import org.junit.jupiter.api.Test;

/** Checks that let EntityRecognizer skip a copy or a look-up answer as the copy or look-up would. */
class SkipChecksTest {
    private static List<List<String>> articleWords(Lexicon lex) throws Exception {
        List<List<String>> out = new ArrayList<>();
        for (String line : org.dateline.TestArticles.textLines()) {
            out.add(BlockText.of(new org.dateline.ingest.Block(org.dateline.ingest.BlockKind.BODY,
                    new org.dateline.model.Span(0, line.length()), line), lex).words);
        }
        return out;
    }

    @Test
    void twoWordDemonymCheckKeepsEveryKey() throws Exception {
        Lexicon lex = Lexicon.load();
        EntityRecognizer r = new EntityRecognizer(lex, Gazetteer.empty());
        Method may = EntityRecognizer.class.getDeclaredMethod("mayOpenTwoWordDemonym", String.class);
        may.setAccessible(true);
        List<String[]> pairs = new ArrayList<>();
        for (List<String> words : articleWords(lex)) {
            for (int i = 0; i + 1 < words.size(); i++) {
                pairs.add(new String[] {words.get(i), words.get(i + 1)});
            }
        }
        // Every key cut at each of its spaces, and words with spaces of their own.
        for (String key : lex.demonyms.keySet()) {
            for (int i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) {
                pairs.add(new String[] {key.substring(0, i), key.substring(i + 1)});
            }
        }
        int found = 0;
        int skipped = 0;
        for (String[] p : pairs) {
            boolean want = lex.demonyms.containsKey(p[0] + " " + p[1]);
            boolean got = (Boolean) may.invoke(r, p[0]);
            assertTrue(got || !want, () -> p[0] + " " + p[1]);
            found += want ? 1 : 0;
            skipped += got ? 0 : 1;
        }
        assertTrue(found > 5 && skipped > 1000, found + " found, " + skipped + " skipped");
    }

    @Test
    void sliceEqualsIsTheSlicesEquals() {
        String text = "Jane Doe in Paris";
        BlockText bt = BlockText.of(new org.dateline.ingest.Block(org.dateline.ingest.BlockKind.BODY,
                new org.dateline.model.Span(100, 100 + text.length()), text), Lexicon.load());
        int equal = 0;
        for (int s = 90; s < 125; s++) {
            for (int e = 85; e < 125; e++) {
                for (String other : List.of(" in ", "", "Jane", "Paris", "x")) {
                    boolean want = bt.slice(s, e).equals(other);
                    assertEquals(want, bt.sliceEquals(s, e, other), s + ".." + e + " " + other);
                    equal += want ? 1 : 0;
                }
            }
        }
        assertTrue(equal > 100, "equal: " + equal);
    }
}
