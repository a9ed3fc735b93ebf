package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
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
