package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.dateline.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a user meets it: exit codes, messages, files written. */
class CommandLineTest {
    @TempDir
    Path dir;

    /** What one run printed and returned. */
    @Test
    void mapWritesOneNamedGraphPerArticleInNQuads() throws Exception {
        Path out = dir.resolve("news.nq");
        CliRun r = CliRun.of("map", TestArticles.DIR.toString(), "--format", "nquads", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.source(out).lang(Lang.NQUADS).parse(dsg);
        long articleGraphs = 0;
        for (var it = dsg.listGraphNodes(); it.hasNext(); ) {
            if (it.next().getURI().contains("/graph/article/")) {
                articleGraphs++;
            }
        }
        assertEquals(TestArticles.all().size(), articleGraphs);
        assertTrue(r.err().contains("mapped " + TestArticles.all().size() + " articles"), r.err());
    }

    @Test
    void aBatchReportsEachBadFileAndCarriesOn() throws Exception {
        Path batch = dir.resolve("batch");
        Files.createDirectories(batch);
        Files.copy(TestArticles.SAMPLE, batch.resolve("a-good.txt"));
        Files.write(batch.resolve("b-empty.txt"), new byte[0]);
        Files.write(batch.resolve("c-binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3, 0, 0});
        Path out = dir.resolve("out.nq");
        CliRun r = CliRun.of("map", batch.toString(), "--format", "nquads", "--out", out.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("b-empty.txt"), r.err());
        assertTrue(r.err().contains("c-binary.txt"), r.err());
        assertTrue(r.err().contains("mapped 1 article, 2 failed"), r.err());
        assertTrue(Files.size(out) > 1000, "the good article was not written");
    }

    @Test
    void anUnknownFormatIsAUsageErrorListingTheChoices() {
        CliRun r = CliRun.of("map", TestArticles.SAMPLE.toString(), "--format", "yaml");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("unknown RDF format 'yaml'"), r.err());
        assertTrue(r.err().contains("nquads"), r.err());
    }

    /** The name model finds "Bedřich Smetana" (a held-out GUM test document), whom no rule types; --recogniser rules runs without it. */
    @Test
    void theRecogniserCanBeTheRulesAlone() throws Exception {
        String article = "src/test/resources/thirdparty/gum-test/GUM_bio_dvorak.txt";
        Path full = dir.resolve("full.nq");
        Path rules = dir.resolve("rules.nq");
        assertEquals(0, CliRun.of("map", "-f", "nquads", "-o", full.toString(), article).exit());
        assertEquals(0, CliRun.of("map", "-f", "nquads", "-o", rules.toString(), "--recogniser", "rules", article).exit());
        // Linked or not (the notable-people layer knows him), the person is named so only when the model found him.
        String named = "<https://schema.org/name> \"Bedřich Smetana\"";
        assertTrue(Files.readString(full).contains(named), "the default pipeline has the model's name");
        assertTrue(!Files.readString(rules).contains(named), "the rules alone do not");
        CliRun wrong = CliRun.of("map", "--recogniser", "fast", article);
        assertEquals(2, wrong.exit());
        assertTrue(wrong.err().contains("expected one of [PIPELINE, RULES]"), wrong.err());
    }

    /** The corpora of data/models/reserved-for-evaluation.txt never reach a training command. */
    @Test
    void trainingRefusesWhatIsReservedForEvaluation() {
        String model = dir.resolve("m.bin").toString();
        CliRun genre = CliRun.of("train", "ner", "--corpus", "gum=" + dir, "--gum-genre", "bio,news", "--out", model);
        assertEquals(2, genre.exit());
        assertTrue(genre.err().contains("--gum-genre news is reserved for evaluation"), genre.err());
        CliRun set = CliRun.of("train", "decider", "src/test/resources/thirdparty/gum-news", "--out", model);
        assertEquals(2, set.exit());
        assertTrue(set.err().contains("is reserved for evaluation"), set.err());
        CliRun kind = CliRun.of("train", "words", "--corpus", "conll=" + dir, "--out", model);
        assertEquals(2, kind.exit());
        assertTrue(kind.err().contains("unknown kind 'conll' (gum, uner, crossner, btc)"), kind.err());
        assertTrue(!Files.exists(Path.of(model)));
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CliRun r = CliRun.of("map", "--frobnicate", TestArticles.SAMPLE.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("Unknown option: '--frobnicate'"), r.err());
    }

    @Test
    void aMissingFileIsReportedByName() {
        CliRun r = CliRun.of("map", dir.resolve("nope.txt").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("nope.txt"), r.err());
    }

    @Test
    void validateAcceptsMappedOutputAndRejectsBrokenRdf() throws Exception {
        Path good = dir.resolve("good.nq");
        assertEquals(0, CliRun.of("map", TestArticles.SAMPLE.toString(), "-f", "nquads", "-o", good.toString()).exit());
        CliRun ok = CliRun.of("validate", good.toString());
        assertEquals(0, ok.exit(), ok.out() + ok.err());
        assertTrue(ok.out().contains("conforms"), ok.out());

        Path bad = dir.resolve("bad.ttl");
        Files.writeString(bad, "@prefix schema: <https://schema.org/> .\n<http://ex/a> a schema:NewsArticle .\n");
        CliRun violation = CliRun.of("validate", bad.toString());
        assertEquals(1, violation.exit());
        assertTrue(violation.out().contains("violation"), violation.out());
        assertTrue(violation.out().contains("body"), violation.out());

        Path broken = dir.resolve("broken.ttl");
        Files.writeString(broken, "<http://ex/a> <http://ex/p> .\n");
        CliRun parse = CliRun.of("validate", broken.toString());
        assertEquals(1, parse.exit());
        assertTrue(parse.err().contains("broken.ttl") && parse.err().contains("not valid RDF"), parse.err());
    }

    @Test
    void everyCommandHasHelpWithAnExample() {
        for (String command : new String[] {"map", "serve", "validate"}) {
            CliRun r = CliRun.of(command, "--help");
            assertEquals(0, r.exit());
            assertTrue(r.out().contains("Examples:"), command + " help has no example");
        }
        CliRun version = CliRun.of("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().startsWith("dateline "), version.out());
    }

    @Test
    void mapToStandardOutputPrintsTrig() {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, CliRun.of("map", TestArticles.SAMPLE.toString()).exit());
        } finally {
            System.setOut(saved);
        }
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(bytes.toString(StandardCharsets.UTF_8), Lang.TRIG).parse(dsg);
        assertTrue(dsg.listGraphNodes().hasNext());
    }
}
