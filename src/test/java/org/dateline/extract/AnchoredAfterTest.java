package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.dateline.knowledge.Gazetteer;
import org.junit.jupiter.api.Test;

/**
 * The first-character tests before the patterns EntityRecognizer reads after a name never turn away a
 * text the pattern finds a match in: on every tail of the example articles' lines and on generated texts.
 */
class AnchoredAfterTest {
    private static final String[] PARTS = {" ", "  ", "\t", "\n", "\r", "\u000B", "\f", "\u0085", "\u00a0", "\u2028",
        ",", ", ", "(", "(ABC)", " (ABC)", "news agency", "agency", "spokesman", "leader", "of", "the", "Acme",
        "Council", "who", "which", "said", "72", "1", ", 72,", ",\t5,", ", who leads it, said", ", which ran, also told", "a", "campaign", "dollars", "x", "é", "\uD835\uDC00", "."};

    private static Pattern field(Object owner, String name) throws Exception {
        Field f = EntityRecognizer.class.getDeclaredField(name);
        f.setAccessible(true);
        return (Pattern) f.get(owner);
    }

    private static List<String> texts() throws Exception {
        List<String> out = new ArrayList<>();
        for (String line : org.dateline.TestArticles.textLines()) {
            for (int i = 0; i < line.length(); i++) {
                out.add(line.substring(i, Math.min(line.length(), i + 160)));
            }
        }
        Random rnd = new Random(11);
        for (int n = 0; n < 40000; n++) {
            StringBuilder b = new StringBuilder();
            int parts = rnd.nextInt(8);
            for (int k = 0; k < parts; k++) {
                b.append(PARTS[rnd.nextInt(PARTS.length)]);
                if (rnd.nextBoolean()) {
                    b.append(' ');
                }
            }
            out.add(b.toString());
        }
        return out;
    }

    private static void check(List<String> texts, Pattern p, Predicate<String> may) {
        int matched = 0;
        for (String t : texts) {
            if (p.matcher(t).find()) {
                assertTrue(may.test(t), () -> p + " matches '" + t + "'");
                matched++;
            }
        }
        assertTrue(matched > 20, p + " matched " + matched);
    }

    @Test
    void firstCharacterTestsKeepEveryMatch() throws Exception {
        EntityRecognizer r = new EntityRecognizer(Lexicon.load(), Gazetteer.empty());
        List<String> texts = texts();
        for (String name : List.of("BODY_NOUN_AFTER", "AFFILIATION_AFTER", "LONE_BODY_AFTER", "OF_BODY_AFTER")) {
            check(texts, field(null, name), EntityRecognizer::startsWithSpace);
        }
        check(texts, field(null, "ORG_CUE_AFTER"), t -> EntityRecognizer.startsWithSpace(t) || t.startsWith("("));
        for (String name : List.of("AGE_AFTER", "RELATIVE_THEN_VERB")) {
            check(texts, field(null, name), t -> t.startsWith(","));
        }
        check(texts, field(r, "appositiveAfter"), t -> t.startsWith(","));
    }

    @Test
    void firstCharOfIsTheSlicesFirstCharacter() {
        String text = "Acme, who said";
        BlockText bt = BlockText.of(new org.dateline.ingest.Block(org.dateline.ingest.BlockKind.BODY,
                new org.dateline.model.Span(100, 100 + text.length()), text), Lexicon.load());
        for (int s = 90; s < 120; s++) {
            for (int e = 90; e < 125; e++) {
                String slice = bt.slice(s, e);
                int want = slice.isEmpty() ? -1 : slice.charAt(0);
                assertTrue(want == bt.firstCharOf(s, e), s + ".." + e);
            }
        }
    }
}
