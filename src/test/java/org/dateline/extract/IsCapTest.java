package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** EntityRecognizer.isCap's ASCII ranges and hyphen positions agree with the Character tests and indexOf it replaced. */
class IsCapTest {
    private static final Pattern ARABIC_ARTICLE = Pattern.compile("(?:al|el|ad|an|as|ash|at|az|ar|ul|bin|ibn|abu)-\\p{Lu}.*");

    /** isCap as it was written before. */
    private static boolean original(String w) {
        char c = w.charAt(0);
        if (!Character.isLetter(c)) {
            return false;
        }
        boolean upper = Character.isUpperCase(c);
        int hyphen = w.indexOf('-');
        if (!upper && hyphen != 2 && hyphen != 3) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char ch = w.charAt(i);
            if (ch < 128 ? ch >= '0' && ch <= '9' : Character.isDigit(ch)) {
                return false;
            }
        }
        return upper || ARABIC_ARTICLE.matcher(w).matches();
    }

    private static int check(String w) {
        boolean want = original(w);
        assertEquals(want, EntityRecognizer.isCap(new BlockText.Token(0, w.length(), w, 0)), () -> "'" + w + "'");
        return want ? 1 : 0;
    }

    @Test
    void agreesWithTheOriginal() throws Exception {
        int caps = 0;
        int n = 0;
        Lexicon lex = Lexicon.load();
        for (String line : org.dateline.TestArticles.textLines()) {
            BlockText bt = BlockText.of(new org.dateline.ingest.Block(org.dateline.ingest.BlockKind.BODY,
                    new org.dateline.model.Span(0, line.length()), line), lex);
            for (String w : bt.words) {
                caps += check(w);
                n++;
            }
        }
        // Every first character of the basic plane, alone and before hyphens at every early position.
        String[] tails = {"", "a", "-", "l-Acme", "-Acme", "s-Acme", "sh-Acme", "--A", "a-", "ab-", "abc-", "1", "l-1A", "ß"};
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Character.isSurrogate(c)) {
                continue;
            }
            for (String t : tails) {
                caps += check(c + t);
                n++;
            }
        }
        Random rnd = new Random(13);
        String alphabet = "aAlLsS-1é\u0660ǅ";
        for (int k = 0; k < 100000; k++) {
            StringBuilder b = new StringBuilder();
            int len = 1 + rnd.nextInt(7);
            for (int i = 0; i < len; i++) {
                b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            caps += check(b.toString());
            n++;
        }
        for (String w : List.of("al-Assad", "ash-Shabab", "abu-Bakr", "al-1", "el-", "an-Acme", "as-", "a-b-C")) {
            caps += check(w);
        }
        assertTrue(caps > 10000 && n - caps > 10000, caps + " of " + n);
    }
}
