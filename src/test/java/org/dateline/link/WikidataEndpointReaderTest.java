package org.dateline.link;

import org.dateline.knowledge.GazetteerEntry;
import org.dateline.knowledge.CompactLayer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.dateline.cli.GazetteerCommand;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code gazetteer build --from-endpoint}: paging a real local Fuseki loaded with a Wikidata-shaped fixture. */
class WikidataEndpointReaderTest {
    private static final Path FIXTURE = Path.of("src/test/resources/gazetteer/wikidata-endpoint-fixture.ttl");

    private FusekiServer server;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void start() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(dsg, FIXTURE.toString());
        server = FusekiServer.create().port(0).loopback(true).add("/wikidata", dsg)
                .addFilter("/*", (req, resp, chain) -> {
                    requests.incrementAndGet();
                    chain.doFilter(req, resp);
                })
                .build().start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private String endpoint() {
        return "http://localhost:" + server.getHttpPort() + "/wikidata/sparql";
    }

    private List<GazetteerEntry> read(int minSitelinks, int pageSize) throws Exception {
        List<GazetteerEntry> out = new ArrayList<>();
        WikidataEndpointReader.create(WikidataDumpReaderTest.CLASSES, EnumSet.allOf(EntityType.class), minSitelinks,
                pageSize).read(endpoint(), out::add);
        return out;
    }

    @Test
    void pagesThroughItemsOfKeptClasses() throws Exception {
        List<GazetteerEntry> rows = read(10, 2);
        assertEquals(List.of("Q900000101", "Q900000102", "Q900000105", "Q900000107"),
                rows.stream().map(GazetteerEntry::qid).toList(),
                "a film (class not kept), a town under 10 sitelinks and an item without an English label left out");
        assertTrue(requests.get() >= 3, "pages of two: " + requests.get() + " requests");
        GazetteerEntry person = rows.get(0);
        assertEquals(EntityType.PERSON, person.type());
        assertEquals("Ada Quillfeather", person.label());
        assertEquals(List.of("A. Quillfeather", "Ada Q."), person.aliases());
        assertEquals("Q900000190", person.country(), "citizenship for people");
        GazetteerEntry city = rows.get(1);
        assertEquals("city", city.subtype(), "the specific class wins over human settlement");
        assertEquals(41.9, city.latitude());
        assertEquals(12.5, city.longitude());
        assertEquals("Q900000190", city.country());
        assertEquals(WikidataDumpReader.prior(200), city.prior(), "priors as a dump build gives them");
        assertEquals("", rows.get(3).country(), "a country names itself");
    }

    @Test
    void onePageOrManyGiveTheSameRows() throws Exception {
        assertEquals(read(0, 100), read(0, 1));
    }

    @Test
    void theCommandWritesTheRowsAndReportsAnUnreachableEndpoint(@TempDir Path dir) throws Exception {
        Path tsv = dir.resolve("endpoint.tsv");
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new GazetteerCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(out));
        assertEquals(0, cl.execute("build", "--from-endpoint", endpoint(), "--min-sitelinks", "10", "--page-size", "3",
                "--out", tsv.toString()), out.toString());
        assertEquals(5, Files.readAllLines(tsv).size(), "header and four rows");
        assertTrue(out.toString().contains("wrote 4 rows"), out.toString());
        Path gz = dir.resolve("endpoint.tsv.gz");
        assertEquals(0, cl.execute("build", "--from-endpoint", endpoint(), "--page-size", "2", "--out", gz.toString()),
                out.toString());
        try (var rows = Files.newInputStream(gz); var keys = Files.newInputStream(dir.resolve("endpoint.keys.gz"))) {
            CompactLayer layer = CompactLayer.read(rows, keys, gz.toString());
            assertEquals("Q900000102", layer.lookup("port veridian").get(0).qid(), "a .tsv.gz output is a compact layer");
            assertEquals("Ada Quillfeather", layer.byQid("Q900000101").label());
        }
        String dead = "http://localhost:" + server.getHttpPort() + "/nothing-here/sparql";
        assertEquals(1, cl.execute("build", "--from-endpoint", dead, "--out", dir.resolve("x.tsv").toString()));
        assertTrue(out.toString().contains("failed on page 1"), out.toString());
    }
}
