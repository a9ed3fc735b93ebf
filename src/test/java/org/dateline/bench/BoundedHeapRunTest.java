package org.dateline.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.knowledge.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The big-batch measurement runs the real command line in a real child JVM with a capped heap. */
class BoundedHeapRunTest {
    @TempDir
    static Path dir;
    private static Path corpus;
    /** Dateline's command line from the test class path: the jar is built after the tests. */
    private static final List<String> LAUNCH = List.of("-cp", System.getProperty("java.class.path"), "org.dateline.cli.Main");

    @BeforeAll
    static void corpus() throws Exception {
        corpus = dir.resolve("corpus");
        CorpusGenerator.create(Gazetteer.loadDefault()).write(corpus, 30, 5, i -> { });
    }

    @Test
    void aBatchThatFitsReportsItsOutputAndHeap() throws Exception {
        Path work = Files.createDirectories(dir.resolve("fits"));
        // A heap small enough that the batch collects garbage, so the log has figures to read.
        BoundedHeapRun.Result r = BoundedHeapRun.run(LAUNCH, corpus, 96, 2, work);
        assertTrue(r.fits(), () -> "exit " + r.exitCode() + ": " + r.lastOutput());
        assertTrue(r.outputBytes() > 30 * 100_000L, "about 250 KB of N-Quads an article: " + r.outputBytes());
        assertTrue(r.maxLiveMb() > 0 && r.maxLiveMb() <= 96, "heap after GC " + r.maxLiveMb());
        assertTrue(r.maxCommittedMb() >= r.maxLiveMb() && r.maxCommittedMb() <= 96, "committed " + r.maxCommittedMb());
        assertFalse(Files.exists(work.resolve("bounded.nq")), "the output is deleted after it is measured");
    }

    @Test
    void aHeapTooSmallIsReportedAsNotFitting() throws Exception {
        Path work = Files.createDirectories(dir.resolve("small"));
        BoundedHeapRun.Result r = BoundedHeapRun.run(LAUNCH, corpus, 8, 2, work);
        assertFalse(r.fits(), "mapped within 8 MB?");
        assertTrue(r.outOfMemory(), r.lastOutput());
        assertNotEquals(0, r.exitCode(), "a failing exit code");
    }
}
