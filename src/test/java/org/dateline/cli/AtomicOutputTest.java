package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.dateline.ChildJvm;
import org.dateline.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code map --out} replaces its target only with a whole output: a run that is killed, or fails, leaves the
 * previous file as it was and nothing under its name that could pass for a complete output.
 */
class AtomicOutputTest {
    private static final String OLD = "<http://ex/old> <http://ex/p> \"the last good output\" .\n";

    @TempDir
    Path dir;

    private List<Path> partials() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".partial")).toList();
        }
    }

    @Test
    void aRunKilledMidWayLeavesThePreviousFileUntouched() throws Exception {
        Path many = Files.createDirectory(dir.resolve("many"));
        List<Path> articles = TestArticles.all();
        for (int i = 0; i < 400; i++) {
            Path a = articles.get(i % articles.size());
            Files.copy(a, many.resolve(String.format("a%03d-%s", i, a.getFileName())));
        }
        Path out = dir.resolve("news.nq");
        Files.writeString(out, OLD);
        try (ChildJvm child = ChildJvm.start(dir.resolve("child.err"), Main.class, "map", many.toString(),
                "--format", "nquads", "--out", out.toString(), "--threads", "1", "--quiet")) {
            long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (partials().stream().noneMatch(p -> p.toFile().length() > 0) && System.nanoTime() < until) {
                assertTrue(child.isAlive(), "the child ended before writing: " + Files.readString(dir.resolve("child.err")));
                Thread.sleep(20);
            }
            child.kill();
        }
        assertEquals(OLD, Files.readString(out), "the killed run touched the previous output");
        assertEquals(1, partials().size(), "a killed run cannot remove its partial file: " + partials());

        // The next run replaces the file with a whole output and removes the killed run's partial file.
        CliRun r = CliRun.of("map", TestArticles.SAMPLE.toString(), "--format", "nquads", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertNotEquals(OLD, Files.readString(out));
        RDFParser.source(out).lang(Lang.NQUADS).parse(StreamRDFLib.sinkNull());
        assertEquals(List.of(), partials());
    }

    @Test
    void aRunThatFailsLeavesThePreviousFileUntouched() throws Exception {
        Path out = dir.resolve("news.jsonld");
        Files.writeString(out, OLD);
        // JSON-LD cannot carry RDF 1.2 triple terms: the run is refused before anything is written.
        CliRun r = CliRun.of("map", TestArticles.SAMPLE.toString(), "--format", "jsonld", "--rdf-star", "--out", out.toString());
        assertNotEquals(0, r.exit());
        assertEquals(OLD, Files.readString(out));
        assertEquals(List.of(), partials());
    }

    @Test
    void aRunThatMapsNothingLeavesThePreviousFileUntouched() throws Exception {
        Path bad = dir.resolve("binary.txt");
        Files.write(bad, new byte[] {0, 1, 2, 3, 'a', 'b'});
        Path out = dir.resolve("news.nq");
        Files.writeString(out, OLD, StandardCharsets.UTF_8);
        CliRun r = CliRun.of("map", bad.toString(), "--format", "nquads", "--out", out.toString());
        assertEquals(1, r.exit());
        assertEquals(OLD, Files.readString(out));
        assertTrue(r.err().contains("left as it was"), r.err());
        assertEquals(List.of(), partials());
    }
}
