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
}
