package org.dateline.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.dateline.ChildJvm;
import org.dateline.Pipeline;
import org.dateline.TestArticles;
import org.dateline.map.Iris;
import org.dateline.map.Vocab.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed with SIGKILL while loading a TDB2 store loses nothing that was committed and leaves nothing half
 * written; loading the same files again then completes the store, each article once, as a clean load would have.
 */
class StoreKillTest {
    @TempDir
    Path dir;

    @Test
    void killedMidLoadThenLoadedAgainHoldsEachArticleOnce() throws Exception {
        List<Path> files = TestArticles.all().subList(0, 3);
        Path killed = dir.resolve("killed");
        List<String> args = new ArrayList<>(List.of(killed.toString()));
        files.forEach(f -> args.add(f.toString()));
        int committed;
        try (ChildJvm child = ChildJvm.start(dir.resolve("child.err"), StoreLoadChild.class, args.toArray(String[]::new))) {
            child.awaitLine("committed 1", Duration.ofMinutes(2));
            child.kill();
        }
        Pipeline pipeline = TestArticles.pipeline();
        long clean;
        try (NewsStore store = NewsStore.onDisk(dir.resolve("clean"))) {
            store.adoptBase(Iris.DEFAULT_BASE, false);
            store.loadOntology();
            store.loadAll(pipeline, files, (f, e) -> { throw new AssertionError(e); });
            clean = store.size();
        }
        try (NewsStore store = NewsStore.onDisk(killed)) {
            committed = store.articles();
            assertTrue(committed >= 1 && committed < files.size(), committed + " articles survived the kill");
            assertEquals(Iris.DEFAULT_BASE, store.base().orElseThrow());
            int added = store.loadAll(pipeline, files, (f, e) -> { throw new AssertionError(e); });
            assertEquals(files.size() - committed, added);
            assertEquals(files.size(), store.articles());
            assertEquals(clean, store.size());
            long headlines = Txn.calculateRead(store.dataset(),
                    () -> store.dataset().stream(Node.ANY, Node.ANY, Schema.headline.asNode(), Node.ANY).count());
            assertEquals(files.size(), headlines);
        }
    }
}
