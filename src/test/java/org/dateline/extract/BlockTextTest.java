package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import org.dateline.TestArticles;
import org.dateline.ingest.ArticleReader;
import org.dateline.ingest.Block;
import org.dateline.ingest.IngestOptions;
import org.junit.jupiter.api.Test;

/** The hand-written tokenizer reads the tokens its defining pattern, {@link BlockText#TOKEN}, reads. */
class BlockTextTest {
    @Test
    void eachTokenEndsWhereTheTokenPatternEndsIt() throws Exception {
        ArticleReader reader = ArticleReader.create(IngestOptions.defaults());
        int starts = 0;
        for (Path file : TestArticles.everyArticle()) {
            for (Block block : reader.read(file).blocks()) {
                String text = block.text();
                Matcher m = BlockText.TOKEN.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                // Every start position, not only those the tokenizer reaches: a later rule may start a token anywhere.
                for (int s = 0; s < text.length(); s++) {
                    if (Whitespace.is(text.charAt(s))) {
                        continue;
                    }
                    m.region(s, text.length());
                    int expected = m.lookingAt() ? m.end() : -1;
                    assertEquals(expected, BlockText.tokenEnd(text, s), () -> file.getFileName() + " at " + text);
                    starts++;
                }
            }
        }
        assertTrue(starts > 10_000, "start positions checked: " + starts);
    }
}
