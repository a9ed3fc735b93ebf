package org.dateline.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The benchmark's command line: it checks its options before any work and makes corpora on request. */
class BenchCommandTest {
    @TempDir
    Path dir;

    /** One in-process run of the bench command: its exit code and what it printed. */
    record BenchRun(int exit, String out, String err) {
        static BenchRun of(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cl = new CommandLine(new Bench());
            cl.setOut(new PrintWriter(out));
            cl.setErr(new PrintWriter(err));
            int exit = cl.execute(args);
            return new BenchRun(exit, out.toString(), err.toString());
        }
    }

    @Test
    void benchCorpusWritesTheCountAsked() throws Exception {
        BenchRun r = BenchRun.of("corpus", "--count", "7", "--seed", "3", "--out", dir.toString());
        assertEquals(0, r.exit(), r.err());
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(7, files.filter(Files::isRegularFile).count());
        }
        assertTrue(r.err().contains("wrote 7 articles"), r.err());
    }

    @Test
    void benchCorpusNeedsAPositiveCount() {
        BenchRun r = BenchRun.of("corpus", "--count", "0", "--out", dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--count must be at least 1 (got 0)"), r.err());
    }

    @Test
    void benchSaysHowToMakeAMissingCorpus() {
        BenchRun r = BenchRun.of("--corpus", dir.resolve("nope").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("bench corpus --count"), r.err());
    }

    @Test
    void benchBigBatchMustNotBeNegative() {
        BenchRun r = BenchRun.of("--big-batch", "-1");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--big-batch must be 0 (off) or more (got -1)"), r.err());
    }
}
