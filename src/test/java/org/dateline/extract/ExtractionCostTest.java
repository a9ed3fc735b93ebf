package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.ingest.Article;
import org.dateline.ingest.ArticleReader;
import org.dateline.ingest.Block;
import org.dateline.ingest.BlockKind;
import org.dateline.ingest.IngestOptions;
import org.dateline.knowledge.Gazetteer;
import org.junit.jupiter.api.Test;

/**
 * Extraction stays linear in article length: no pass over all names for each name. This guards the algorithm's
 * growth, not its speed (speed is {@code dateline bench}'s): it compares an article with itself repeated, in the
 * thread's CPU time, so other work on the machine does not count, and a quadratic step would miss the bound by five.
 */
class ExtractionCostTest {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Test
    void costGrowsLinearlyWithLength() throws Exception {
        Extractor x = Extractor.create(Gazetteer.loadDefault());
        Article seed = ArticleReader.create(IngestOptions.defaults())
                .read(Path.of("src/test/resources/articles/upi-2015-10-03-russia-airstrikes-syria.txt"));
        Article small = repeat(seed, 2);
        Article large = repeat(seed, 40);
        for (int i = 0; i < 200; i++) {
            x.extract(small);
        }
        double perSmall = best(x, small, 50);
        double perLarge = best(x, large, 8);
        // 20 times the text; a quadratic step would cost ~400 times. Allow generous noise.
        assertTrue(perLarge < perSmall * 80, "small " + perSmall + " ns, large " + perLarge + " ns");
    }

    private static double best(Extractor x, Article a, int reps) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < reps; i++) {
            long t0 = CPU.getCurrentThreadCpuTime();
            x.extract(a);
            best = Math.min(best, CPU.getCurrentThreadCpuTime() - t0);
        }
        return best;
    }

    private static Article repeat(Article seed, int times) {
        List<String> paragraphs = new ArrayList<>();
        for (int r = 0; r < times; r++) {
            for (Block b : seed.blocks(BlockKind.BODY)) {
                paragraphs.add(b.text());
            }
        }
        return TestArticles.of(seed.published().date(), paragraphs.toArray(new String[0]));
    }
}
