package org.dateline.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.cli.GazetteerCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dateline gazetteer build}, run as a user would. */
class GazetteerCommandTest {
    private static int run(StringWriter out, String... args) {
        CommandLine cl = new CommandLine(new GazetteerCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(out));
        return cl.execute(args);
    }

    @Test
    void buildFromReferenceRewritesTheCommittedGazetteer(@TempDir Path dir) throws IOException {
        StringWriter out = new StringWriter();
        Path tsv = dir.resolve("entities.tsv");
        assertEquals(0, run(out, "build", "--reference", "data/reference", "--out", tsv.toString()));
        assertEquals(Files.readString(Path.of("data/gazetteer/entities.tsv")), Files.readString(tsv));
        assertTrue(out.toString().contains("person="), out.toString());
    }

    @Test
    void buildFromDumpKeepsTheAskedTypes(@TempDir Path dir) throws IOException {
        StringWriter out = new StringWriter();
        Path tsv = dir.resolve("wikidata-dump.tsv");
        assertEquals(0, run(out, "build", "--from", WikidataDumpReaderTest.FIXTURE.toString(),
                "--types", "person,organisation", "--out", tsv.toString()));
        assertEquals(3, Files.readAllLines(tsv).size(), "header, the person and the news agency");
        assertTrue(out.toString().contains("wrote 2 rows"), out.toString());
    }

    @Test
    void mistakesAreReportedNotThrown() {
        StringWriter out = new StringWriter();
        assertEquals(2, run(out, "build"));
        assertTrue(out.toString().contains("exactly one of --reference DIR or --from DUMP"), out.toString());
        out = new StringWriter();
        assertEquals(2, run(out, "build", "--from", "no-such-dump.json"));
        assertTrue(out.toString().contains("no-such-dump.json: no such file"), out.toString());
        out = new StringWriter();
        assertEquals(2, run(out, "build", "--from", WikidataDumpReaderTest.FIXTURE.toString(), "--types", "ship"));
        assertTrue(out.toString().contains("unknown type 'ship'"), out.toString());
    }
}
