package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Titles found lazily, word by word, cover the same words as the eager pass over every word did. */
class TitleWordsTest {
    private static final Lexicon LEX = Lexicon.load();

    /** The pass TitleWords stands for: every word's longest title marks the words it spans. */
    private static boolean[] eager(List<String> words) {
        boolean[] covered = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            int l = LEX.titles.longestAt(words, i);
            for (int k = 0; k < l; k++) {
                covered[i + k] = true;
            }
        }
        return covered;
    }

    private static int check(List<String> words) {
        boolean[] want = eager(words);
        EntityRecognizer.TitleWords lazy = new EntityRecognizer.TitleWords(LEX.titles, words);
        int covered = 0;
        // Asked in an order unlike the text's, to show the answers do not depend on it.
        for (int j = words.size() - 1; j >= 0; j -= 2) {
            assertEquals(want[j], lazy.covers(j), () -> words.toString());
        }
        for (int j = 0; j < words.size(); j++) {
            assertEquals(want[j], lazy.covers(j), () -> words.toString());
            covered += want[j] ? 1 : 0;
        }
        return covered;
    }

    private static List<String> lines() {
        return org.dateline.TestArticles.textLines();
    }

    @Test
    void lazyTitlesAgreeWithTheEagerPass() throws IOException {
        List<String> lines = lines();
        int covered = 0;
        for (String line : lines) {
            covered += check(BlockText.of(new org.dateline.ingest.Block(org.dateline.ingest.BlockKind.BODY,
                    new org.dateline.model.Span(0, line.length()), line), LEX).words);
        }
        // Generated runs of title words and others: overlapping and nested titles at every position.
        String[] parts = {"Prime", "Minister", "Deputy", "Foreign", "Secretary", "of", "State", "General", "Vice",
            "President", "Jane", "Doe", "said", "the", "Secretary-General", "Chief", "Justice", ","};
        Random rnd = new Random(7);
        for (int n = 0; n < 20000; n++) {
            List<String> words = new ArrayList<>();
            int len = rnd.nextInt(12);
            for (int k = 0; k < len; k++) {
                words.add(parts[rnd.nextInt(parts.length)]);
            }
            covered += check(List.copyOf(words));
        }
        assertTrue(lines.size() > 50, "lines: " + lines.size());
        assertTrue(covered > 10000, "covered words: " + covered);
    }
}
