package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.dateline.TestArticles;
import org.dateline.ingest.WebArchives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A TDB2 store loaded in bulk from {@code map}'s N-Quads (as {@code tdb2.xloader} loads the shards of the Spark job)
 * is served as it is by {@code serve --store DIR} with no path: its articles, not the bundled sample added to them.
 */
class BulkLoadedStoreTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void aStoreLoadedFromNQuadsIsServedAsItIsWhenNoPathIsGiven() throws Exception {
        Path warc = dir.resolve("news.warc.gz");
        try (WebArchives w = WebArchives.create(warc)) {
            for (String name : List.of("01-upi-koreas-deal-panmunjom.txt", "05-html-buhari-sworn-in-abuja.html")) {
                w.page("https://news.example.org/" + name, Instant.parse("2016-03-01T12:00:00Z"),
                        name.endsWith(".html") ? "text/html" : "text/plain", Files.readString(TestArticles.DIR.resolve(name)));
            }
        }
        Path nquads = dir.resolve("news.nq");
        CliRun mapped = CliRun.of("map", warc.toString(), "--format", "nquads", "--out", nquads.toString());
        assertEquals(0, mapped.exit(), mapped.err());

        Path store = dir.resolve("tdb2");
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(store.toString());
        Txn.executeWrite(tdb, () -> RDFDataMgr.read(tdb, nquads.toString()));
        TDBInternal.expel(tdb);

        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.parseArgs("serve", "--port", "0", "--store", store.toString());
        ServeCommand command = cl.getSubcommands().get("serve").getCommand();
        try (ServeCommand.Serving s = command.start()) {
            assertEquals(2, s.articles());
            assertTrue(err.toString().contains("serving the store as it is"), err.toString());
            String q = "PREFIX schema: <https://schema.org/> SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a schema:headline ?h }";
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(s.server().sparqlUrl() + "?query="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("2", r.body().lines().skip(1).findFirst().orElseThrow().strip());
        }
    }
}
