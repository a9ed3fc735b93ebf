package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.dateline.ingest.Article;
import org.dateline.ingest.ArticleReader;
import org.dateline.ingest.IngestOptions;
import org.dateline.knowledge.Gazetteer;
import org.junit.jupiter.api.Test;

/** One extractor shared by threads gives each article the same annotations as a lone caller. */
class ThreadSafetyTest {
    @Test
    void sharedExtractorGivesTheSameAnswers() throws Exception {
        Extractor x = Extractor.create(Gazetteer.loadDefault());
        ArticleReader reader = ArticleReader.create(IngestOptions.defaults());
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/articles"))) {
            for (Path p : files.filter(f -> !f.toString().endsWith(".json")).sorted().toList()) {
                articles.add(reader.read(p));
            }
        }
        List<Annotations> expected = articles.stream().map(x::extract).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Annotations>> futures = new ArrayList<>();
            for (int round = 0; round < 20; round++) {
                for (Article a : articles) {
                    futures.add(pool.submit(() -> x.extract(a)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(expected.get(i % articles.size()), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
