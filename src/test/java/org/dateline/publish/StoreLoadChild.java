package org.dateline.publish;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.dateline.Pipeline;
import org.dateline.TestArticles;
import org.dateline.map.Iris;

/**
 * The child JVM of {@link StoreKillTest}: loads articles into a TDB2 store one per transaction, as {@code serve
 * --store} does in batches, and prints {@code committed N} after each commit, so the test can kill it mid-load.
 */
final class StoreLoadChild {
    private StoreLoadChild() { }

    /** Arguments: the store folder, then the article files. */
    public static void main(String[] args) {
        NewsStore store = NewsStore.onDisk(Path.of(args[0]));
        store.adoptBase(Iris.DEFAULT_BASE, false);
        store.loadOntology();
        Pipeline pipeline = TestArticles.pipeline();
        List<Path> files = Arrays.stream(args, 1, args.length).map(Path::of).toList();
        for (int i = 0; i < files.size(); i++) {
            store.loadAll(pipeline, files.subList(i, i + 1), (f, e) -> { throw new IllegalStateException(e); }, 1);
            System.out.println("committed " + (i + 1));
            System.out.flush();
        }
        store.close();
    }
}
