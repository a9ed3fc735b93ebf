package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.dateline.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code map --threads}, the progress bar and {@code bench corpus} as a user meets them. */
class BatchCommandsTest {
    @TempDir
    Path dir;

    @Test
    void threadsBelowOneIsAUsageErrorThatSaysWhatToDo() {
        CliRun r = CliRun.of("map", TestArticles.SAMPLE.toString(), "--threads", "0");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--threads must be at least 1 (got 0)"), r.err());
    }

    @Test
    void parallelMapWritesEveryArticleAndNoProgressBarWhenNotATerminal() throws Exception {
        Path nq = dir.resolve("out.nq");
        CliRun r = CliRun.of("map", TestArticles.DIR.toString(), "--format", "nquads", "--out", nq.toString(), "--threads", "2");
        assertEquals(0, r.exit(), r.err());
        assertFalse(r.err().contains("\r"), "no progress bar drawn off a terminal: " + r.err());
        assertTrue(r.err().contains("mapped " + TestArticles.all().size() + " articles"), r.err());
        assertTrue(Files.size(nq) > 0);
    }

    @Test
    void aBadFileInAParallelBatchIsNamedAndTheExitCodeIsOne() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "\n");
        CliRun r = CliRun.of("map", TestArticles.SAMPLE.toString(), empty.toString(), "--threads", "2", "-f", "nquads",
                "-o", dir.resolve("x.nq").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("dateline: " + empty), r.err());
        assertTrue(r.err().contains("mapped 1 article, 1 failed"), r.err());
    }

    @Test
    void progressIsQuietOffATerminalOrWithQuiet() {
        StringWriter sink = new StringWriter();
        PrintWriter err = new PrintWriter(sink);
        assertFalse(Progress.create(err, 10, false, false).visible());
        assertFalse(Progress.create(err, 10, true, true).visible());
        assertTrue(Progress.create(err, 10, true, false).visible());
        Progress hidden = Progress.create(err, 2, false, false);
        hidden.done(Path.of("a.txt"), null);
        hidden.done(Path.of("b.txt"), "b.txt: empty file");
        hidden.finish();
        err.flush();
        assertEquals("dateline: b.txt: empty file" + System.lineSeparator(), sink.toString());
    }

    @Test
    void progressLineShowsCountRateAndEta() {
        Progress p = Progress.create(new PrintWriter(new StringWriter()), 4, true, false);
        p.done(Path.of("a.txt"), null);
        String line = p.line(System.nanoTime());
        assertTrue(line.matches("\\[#{6}-{18}] 1/4 {2}[\\d,]+ articles/s {2}ETA \\d+:\\d\\d"), line);
    }
}
