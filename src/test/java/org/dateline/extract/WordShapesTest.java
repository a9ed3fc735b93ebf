package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** WordShapes never says "no" for a word of its set, and does say "no" for most others. */
class WordShapesTest {
    @Test
    void neverRejectsAMember() {
        Random rnd = new Random(7);
        String alphabet = "abcdeéxyzABZ-'’.\u00e9\u4e2d1 ";
        for (int round = 0; round < 50; round++) {
            Set<String> set = new HashSet<>();
            int n = 1 + rnd.nextInt(400);
            for (int i = 0; i < n; i++) {
                set.add(word(rnd, alphabet));
            }
            set.add("");
            WordShapes shapes = new WordShapes(set);
            for (String w : set) {
                assertTrue(shapes.mayContain(w), () -> "'" + w + "'");
                // A copy (a different String object, hash not yet computed) answers the same.
                assertTrue(shapes.mayContain(new String(w.toCharArray())), () -> "'" + w + "'");
            }
        }
        WordShapes small = new WordShapes(List.of("he", "she", "they", "it"));
        for (String w : List.of("he", "she", "they", "it")) {
            assertTrue(small.mayContain(w));
        }
    }

    @Test
    void rejectsWordsOfOtherEnds() {
        WordShapes shapes = new WordShapes(List.of("said", "says", "told"));
        // Same first letter and length as "said", other last letter: only the end bit tells them apart.
        assertFalse(shapes.mayContain("sail"));
        assertFalse(shapes.mayContain("tole"));
        assertFalse(shapes.mayContain(""));
        assertFalse(shapes.mayContain("x"));
        Random rnd = new Random(11);
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            members.add(word(rnd, "abcdefghijklmnopqrstuvwxyz"));
        }
        WordShapes many = new WordShapes(members);
        int rejected = 0;
        int tried = 0;
        for (int i = 0; i < 2000; i++) {
            String w = word(rnd, "abcdefghijklmnopqrstuvwxyz");
            if (members.contains(w)) {
                assertTrue(many.mayContain(w));
                continue;
            }
            tried++;
            rejected += many.mayContain(w) ? 0 : 1;
        }
        assertTrue(rejected > tried / 2, rejected + " of " + tried);
    }

    /** contains answers as the set's own contains, for members, copies of members and other words. */
    @Test
    void containsAgreesWithTheSet() {
        Random rnd = new Random(13);
        String alphabet = "abeéxzAZ-'’.\u4e2d1 ";
        int members = 0;
        for (int round = 0; round < 200; round++) {
            Set<String> set = new HashSet<>();
            int n = rnd.nextInt(round < 100 ? 12 : 600);
            for (int i = 0; i < n; i++) {
                set.add(word(rnd, alphabet));
            }
            if (round % 3 == 0) {
                set.add("");
            }
            // A list with repeats builds the same table as the set.
            List<String> withRepeats = new ArrayList<>(set);
            withRepeats.addAll(set);
            WordShapes shapes = new WordShapes(round % 2 == 0 ? set : withRepeats);
            for (String w : set) {
                String copy = new String(w.toCharArray());
                assertTrue(shapes.contains(copy), () -> "'" + w + "'");
                members++;
            }
            for (int i = 0; i < 2000; i++) {
                String w = word(rnd, alphabet);
                assertTrue(set.contains(w) == shapes.contains(w), () -> "'" + w + "'");
            }
            assertTrue(set.contains("") == shapes.contains(""));
        }
        assertTrue(members > 10000);
    }

    /** The lexicon's word tables answer as the sets they copy, on their words, variants of them and other words. */
    @Test
    void lexiconTablesAgreeWithTheirSets() {
        Lexicon lex = Lexicon.load();
        check(lex.pronouns.keySet(), lex.pronounShapes);
        // The look-ups that now decide membership by the tables.
        for (String p : probes(lex.attributionVerbs)) {
            assertTrue(lex.attributionVerbs.contains(p) == lex.isAttributionVerb(p), () -> "'" + p + "'");
        }
        for (String p : probes(lex.months.keySet())) {
            assertTrue(lex.months.get(p) == lex.month(p), () -> "'" + p + "'");
        }
        for (String p : probes(lex.weekdays.keySet())) {
            assertTrue(lex.weekdays.containsKey(p) == lex.isWeekday(p), () -> "'" + p + "'");
        }
    }

    private static void check(Set<String> set, WordShapes table) {
        for (String p : probes(set)) {
            assertTrue(set.contains(p) == table.contains(p), () -> "'" + p + "'");
        }
    }

    private static List<String> probes(Set<String> set) {
        assertTrue(set.size() > 5);
        Random rnd = new Random(17);
        List<String> probes = new ArrayList<>();
        for (String w : set) {
            probes.add(new String(w.toCharArray()));
            probes.add(w.toLowerCase(java.util.Locale.ROOT));
            probes.add(w.toUpperCase(java.util.Locale.ROOT));
            probes.add(w + "s");
            probes.add(w.substring(1));
        }
        for (int i = 0; i < 5000; i++) {
            probes.add(word(rnd, "aehnorstTONA"));
        }
        return probes;
    }

    private static String word(Random rnd, String alphabet) {
        int len = 1 + rnd.nextInt(rnd.nextInt(10) == 0 ? 40 : 8);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < len; i++) {
            b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
