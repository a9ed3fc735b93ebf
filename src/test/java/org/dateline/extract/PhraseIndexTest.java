package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** PhraseIndex with its first-word checks finds the longest phrase a plain comparison with every phrase finds. */
class PhraseIndexTest {
    private static final String[] WORDS = {"a", "A", "day", "Day", "earlier", "last", "Last", "week", "the", "The",
        "of", "é", "É", "x", "dayy", "das", "ye", "yesterday", "Yesterday", "on", "in", "In", "n", "ta", "at", ""};

    private static int naive(List<String[]> phrases, List<String> words, int from, boolean fold) {
        int best = 0;
        for (String[] p : phrases) {
            if (from + p.length > words.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < p.length && all; k++) {
                String w = words.get(from + k);
                all = p[k].equals(fold ? w.toLowerCase(Locale.ROOT) : w);
            }
            if (all) {
                best = Math.max(best, p.length);
            }
        }
        return best;
    }

    @Test
    void agreesWithAPlainComparison() {
        Random rnd = new Random(19);
        int found = 0;
        for (int round = 0; round < 200; round++) {
            boolean ignoreCase = round % 2 == 0;
            List<String> phrases = new ArrayList<>();
            List<String[]> keys = new ArrayList<>();
            int n = 1 + rnd.nextInt(round < 100 ? 8 : 300);
            for (int i = 0; i < n; i++) {
                int len = 1 + rnd.nextInt(3);
                String[] ws = new String[len];
                for (int k = 0; k < len; k++) {
                    String w = WORDS[rnd.nextInt(WORDS.length - 1)];
                    ws[k] = ignoreCase ? w.toLowerCase(Locale.ROOT) : w;
                }
                phrases.add(String.join(" ", ws));
                keys.add(ws);
            }
            PhraseIndex idx = PhraseIndex.of(phrases, ignoreCase);
            for (int t = 0; t < 200; t++) {
                List<String> words = new ArrayList<>();
                List<String> lower = new ArrayList<>();
                for (int k = 0; k < 6; k++) {
                    String w = new String(WORDS[rnd.nextInt(WORDS.length)].toCharArray());
                    words.add(w);
                    lower.add(w.toLowerCase(Locale.ROOT));
                }
                for (int from = 0; from < words.size(); from++) {
                    int want = naive(keys, words, from, ignoreCase);
                    int at = from;
                    assertEquals(want, idx.longestAt(words, from), () -> phrases + " " + words + " @" + at);
                    if (ignoreCase) {
                        assertEquals(naive(keys, lower, from, false), idx.longestAtLower(lower, from),
                                () -> phrases + " " + lower + " @" + at);
                    }
                    found += want > 0 ? 1 : 0;
                }
            }
        }
        assertTrue(found > 10000, "found: " + found);
    }
}
