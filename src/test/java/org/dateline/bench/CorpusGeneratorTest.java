package org.dateline.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.ingest.Article;
import org.dateline.ingest.ArticleReader;
import org.dateline.ingest.IngestOptions;
import org.dateline.knowledge.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic corpus: reproducible from its seed, and read by Dateline like real wire copy. */
class CorpusGeneratorTest {
    private static final CorpusGenerator GENERATOR = CorpusGenerator.create(Gazetteer.loadDefault());

    @TempDir
    Path dir;

    @Test
    void sameSeedWritesTheSameFiles() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        GENERATOR.write(a, 40, 7, i -> { });
        GENERATOR.write(b, 40, 7, i -> { });
        List<Path> files = Benchmark.articleFiles(a);
        assertEquals(40, files.size());
        for (Path f : files) {
            assertEquals(Files.readString(f), Files.readString(b.resolve(a.relativize(f))), f.toString());
        }
    }

    @Test
    void differentSeedsWriteDifferentArticles() {
        int same = 0;
        for (int i = 0; i < 20; i++) {
            if (GENERATOR.article(1, i).content().equals(GENERATOR.article(2, i).content())) {
                same++;
            }
        }
        assertEquals(0, same);
    }

    @Test
    void articlesOfOneCorpusDiffer() {
        assertNotEquals(GENERATOR.article(1, 0).content(), GENERATOR.article(1, 1).content());
    }

    @Test
    void aSmallerCorpusIsAPrefixOfALargerOne() throws Exception {
        GENERATOR.write(dir.resolve("small"), 5, 3, i -> { });
        GENERATOR.write(dir.resolve("large"), 12, 3, i -> { });
        for (Path f : Benchmark.articleFiles(dir.resolve("small"))) {
            Path twin = dir.resolve("large").resolve(dir.resolve("small").relativize(f));
            assertEquals(Files.readString(f), Files.readString(twin), f.toString());
        }
    }

    @Test
    void generatedArticlesAreReadWithDatelinesAndBylines() throws Exception {
        GENERATOR.write(dir, 120, 11, i -> { });
        ArticleReader reader = ArticleReader.create(IngestOptions.defaults());
        List<String> problems = new ArrayList<>();
        int wire = 0;
        for (Path f : Benchmark.articleFiles(dir)) {
            Article a = reader.read(f);
            assertNotNull(a.headline(), f + ": no headline");
            assertNotNull(a.published(), f + ": no publication date");
            String name = f.getFileName().toString();
            if (name.endsWith("-upi.txt") || name.endsWith("-ap.txt")) {
                wire++;
                if (a.dateline() == null) {
                    problems.add(f + ": no dateline");
                }
                if (a.agency() == null) {
                    problems.add(f + ": no agency");
                }
            }
            if (!name.endsWith("-web.txt") && a.authors().isEmpty()) {
                problems.add(f + ": no byline");
            }
        }
        assertTrue(wire > 40, "expected most articles to be wire copy, got " + wire);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Issue #7 sets its throughput target in sample-sized articles: the plain-text ones are within 10 % of it. */
    @Test
    void articlesAreAboutTheSizeOfTheSample() throws Exception {
        long sample;
        try (var files = Files.list(Path.of("data/articles"))) {
            sample = Files.size(files.filter(f -> f.toString().endsWith(".txt")).findFirst().orElseThrow());
        }
        long total = 0;
        int texts = 0;
        for (int i = 0; i < 400; i++) {
            CorpusGenerator.GeneratedArticle a = GENERATOR.article(1, i);
            if (a.relativePath().endsWith(".txt")) {
                total += a.content().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                texts++;
            }
        }
        double mean = (double) total / texts;
        assertTrue(Math.abs(mean - sample) < 0.1 * sample, "mean plain-text article " + mean + " bytes, sample " + sample);
    }

    @Test
    void corpusFoldersHoldAThousandArticlesEach() {
        assertEquals("0000/0000999", GENERATOR.article(1, 999).relativePath().substring(0, 12));
        assertEquals("0001/0001000", GENERATOR.article(1, 1000).relativePath().substring(0, 12));
        assertFalse(GENERATOR.article(1, 0).relativePath().contains(".."));
    }
}
