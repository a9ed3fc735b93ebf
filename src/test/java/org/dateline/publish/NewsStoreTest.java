package org.dateline.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.dateline.Pipeline;
import org.dateline.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A TDB2 store on disk keeps what was loaded, and loading an article again replaces exactly its graph. */
class NewsStoreTest {
    @TempDir
    Path dir;

    @Test
    void reloadingAnArticleReplacesItsGraphWithoutDuplicates() throws Exception {
        Pipeline pipeline = TestArticles.pipeline();
        long once;
        try (NewsStore store = NewsStore.onDisk(dir.resolve("tdb2"))) {
            store.load(pipeline, TestArticles.SAMPLE);
            once = store.size();
            store.load(pipeline, TestArticles.SAMPLE);
            // Provenance times differ between the two loads; the count of quads must not.
            assertEquals(once, store.size());
        }
        assertTrue(once > 50, "sample mapped to only " + once + " quads");
    }

    @Test
    void storeOnDiskKeepsItsDataAcrossRestarts() throws Exception {
        Pipeline pipeline = TestArticles.pipeline();
        long size;
        try (NewsStore store = NewsStore.onDisk(dir.resolve("tdb2"))) {
            store.load(pipeline, TestArticles.SAMPLE);
            size = store.size();
        }
        try (NewsStore store = NewsStore.onDisk(dir.resolve("tdb2"))) {
            assertEquals(size, store.size());
        }
    }

    @Test
    void loadingABatchReportsBadFilesAndLoadsTheRest() throws Exception {
        java.nio.file.Path empty = dir.resolve("empty.txt");
        java.nio.file.Files.write(empty, new byte[0]);
        java.util.List<java.nio.file.Path> failures = new java.util.ArrayList<>();
        try (NewsStore store = NewsStore.inMemory()) {
            int loaded = store.loadAll(TestArticles.pipeline(), java.util.List.of(TestArticles.SAMPLE, empty,
                    TestArticles.all().get(0)), (file, e) -> failures.add(file));
            assertEquals(2, loaded);
            assertEquals(java.util.List.of(empty), failures);
            long twice = store.size();
            store.loadAll(TestArticles.pipeline(), java.util.List.of(TestArticles.SAMPLE, TestArticles.all().get(0)),
                    (file, e) -> failures.add(file));
            assertEquals(twice, store.size(), "a batch reload must replace the articles' graphs, not add to them");
        }
    }

    @Test
    void filesAlreadyInTheStoreAreNotLoadedAgain() throws Exception {
        Pipeline pipeline = TestArticles.pipeline();
        try (NewsStore store = NewsStore.onDisk(dir.resolve("tdb2"))) {
            assertEquals(TestArticles.all().size(), store.loadAll(pipeline, TestArticles.all(), (f, e) -> { }));
            long size = store.size();
            assertEquals(0, store.loadAll(pipeline, TestArticles.all(), (f, e) -> { }));
            assertEquals(size, store.size());
            assertEquals(TestArticles.all().size(), store.articles());
        }
    }

    @Test
    void aStoreFromBeforeBasesWereKeptIsReadForItsBase() throws Exception {
        try (NewsStore store = NewsStore.onDisk(dir.resolve("tdb2"))) {
            store.load(Pipeline.builder().base("http://localhost:8080/").build(), TestArticles.SAMPLE);
            assertEquals("http://localhost:8080/", store.base().orElseThrow());
            store.load(Pipeline.builder().base("http://localhost:8081/").build(), TestArticles.SAMPLE);
            IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, store::base);
            assertTrue(e.getMessage().contains("http://localhost:8080/") && e.getMessage().contains("http://localhost:8081/")
                    && e.getMessage().contains("new --store"), e.getMessage());
        }
    }
}
