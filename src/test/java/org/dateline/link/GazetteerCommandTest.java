package org.dateline.link;

import org.dateline.knowledge.Gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    void openDataBuildIsDeterministic(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.tsv.gz");
        Path b = dir.resolve("b.tsv.gz");
        StringWriter out = new StringWriter();
        assertEquals(0, run(out, "build", "--open-data", OpenDataImporterTest.FIXTURE.toString(), "--out", a.toString()));
        assertEquals(0, run(out, "build", "--open-data", OpenDataImporterTest.FIXTURE.toString(), "--out", b.toString()));
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b)), "same inputs, same bytes");
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(dir.resolve("a.keys.gz")),
                Files.readAllBytes(dir.resolve("b.keys.gz"))), "and the same name index");
        assertTrue(out.toString().contains("rows first given by each file"), out.toString());
        Files.copy(a, dir.resolve("open-data.tsv.gz"));
        Files.delete(a);
        Files.delete(b);
        Gazetteer g = Gazetteer.load(dir);
        assertEquals("Q1741", g.lookup("Vienna").get(0).qid(), "a gzipped layer loads");
    }

    /** The compact layer a build wrote: its rows file and the name index beside it. */
    private static org.dateline.knowledge.CompactLayer layer(Path rows) throws IOException {
        Path keys = Path.of(org.dateline.knowledge.CompactLayer.keysFileOf(rows.toString()));
        return org.dateline.knowledge.CompactLayer.read(Files.newInputStream(rows), Files.newInputStream(keys),
                rows.toString());
    }

    @Test
    void notablePeopleAreALayerOfTheirOwn(@TempDir Path dir) throws IOException {
        StringWriter out = new StringWriter();
        Path people = dir.resolve("notable-people.tsv.gz");
        assertEquals(0, run(out, "build", "--notable-people", NotablePeopleImporterTest.FIXTURE.toString(),
                "--out", people.toString()));
        assertTrue(out.toString().contains("wrote 10 rows to " + people), "six people and four international bodies: " + out);
        Path open = dir.resolve("open-data.tsv.gz");
        assertEquals(0, run(out, "build", "--open-data", OpenDataImporterTest.FIXTURE.toString(), "--out", open.toString()));
        assertTrue(Gazetteer.readFile(open).stream().noneMatch(e -> e.source().contains("notable-people")
                        || e.source().contains("supraverden")), "the open-data layer holds none of them (CC BY-SA)");
        Gazetteer g = Gazetteer.withLayers(Gazetteer.loadReference(), List.of(layer(open), layer(people)));
        assertEquals("Q2263", g.lookup("Tom Hanks").get(0).qid());
        assertEquals("Q7804", g.lookup("International Monetary Fund").get(0).qid());
        assertEquals("Q1741", g.lookup("Vienna").get(0).qid());
    }

    @Test
    void sportsClubsAreALayerOnlyTheirOwnLookUpFinds(@TempDir Path dir) throws IOException {
        StringWriter out = new StringWriter();
        Path clubs = dir.resolve("sports-clubs.tsv.gz");
        assertEquals(0, run(out, "build", "--sports-clubs", SportsClubsReaderTest.FIXTURE.toString(),
                "--out", clubs.toString()));
        assertTrue(out.toString().contains("wrote 12 rows to " + clubs), out.toString());
        Gazetteer g = Gazetteer.withLayers(Gazetteer.loadReference(), List.of(), layer(clubs));
        assertEquals("Q9617", g.lookupClubs("Arsenal").get(0).qid());
        assertEquals(List.of("Q18716"), g.lookupClubs("Newcastle").stream().map(e -> e.qid()).toList(),
                "the town of Newcastle United, a short name");
        assertTrue(g.lookup("Arsenal").isEmpty(), "the general look-up never finds a club");
        assertEquals("Arsenal F.C.", g.byQid("Q9617").orElseThrow().label(), "but a linked club's QID is known");
    }

    @Test
    void dumpBuildKeepsItemsAboveTheSitelinkThreshold(@TempDir Path dir) throws IOException {
        StringWriter out = new StringWriter();
        Path tsv = dir.resolve("dump.tsv");
        assertEquals(0, run(out, "build", "--from-dump", WikidataDumpReaderTest.FIXTURE.toString(),
                "--min-sitelinks", "10", "--out", tsv.toString()));
        List<String> qids = Files.readAllLines(tsv).stream().skip(1).map(l -> l.substring(0, l.indexOf('\t'))).toList();
        assertEquals(List.of("Q900001", "Q900002"), qids, "the news agency has 3 sitelinks, fewer than 10");
    }

    @Test
    void mistakesAreReportedNotThrown() {
        StringWriter out = new StringWriter();
        assertEquals(2, run(out, "build"));
        assertTrue(out.toString().contains("give one of --reference DIR, --open-data DIR, --notable-people DIR, --sports-clubs DIR, "
                + "--from-dump FILE or --from-endpoint URL"), out.toString());
        out = new StringWriter();
        assertEquals(2, run(out, "build", "--from", "no-such-dump.json"));
        assertTrue(out.toString().contains("no-such-dump.json: no such file"), out.toString());
        out = new StringWriter();
        assertEquals(2, run(out, "build", "--from", WikidataDumpReaderTest.FIXTURE.toString(), "--types", "ship"));
        assertTrue(out.toString().contains("unknown type 'ship'"), out.toString());
    }
}
