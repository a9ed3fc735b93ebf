package org.dateline.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The embedded Fuseki answers SPARQL over real HTTP, over the union of the article graphs, read-only. */
class NewsServerTest {
    private static NewsStore store;
    private static NewsServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = NewsStore.inMemory();
        var dsg = store.dataset();
        Txn.executeWrite(dsg, () -> {
            dsg.add(quad("http://ex/g1", "http://ex/a1", "https://schema.org/headline", "First"));
            dsg.add(quad("http://ex/g2", "http://ex/a2", "https://schema.org/headline", "Second"));
        });
        server = NewsServer.start(dsg, 0, "localhost");
    }

    private static Quad quad(String g, String s, String p, String o) {
        return Quad.create(NodeFactory.createURI(g), NodeFactory.createURI(s), NodeFactory.createURI(p),
                NodeFactory.createLiteralString(o));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Accept", accept).GET().build();
        return HTTP.send(req, HttpResponse.BodyHandlers.ofString());
    }

    private static String q(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    /** The IRIs keep the base whatever the port, and still dereference: the base's own port answers too. */
    @Test
    void aBaseOnAnotherLocalPortIsAnsweredThereToo() throws Exception {
        int free;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            free = s.getLocalPort();
        }
        String base = "http://localhost:" + free + "/";
        try (NewsServer other = NewsServer.start(store.dataset(), 0, "localhost", base)) {
            assertEquals(free, other.alsoAnswerAtBase(base));
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "news/sparql?query="
                    + q("ASK { ?a <https://schema.org/headline> \"First\" }"))).header("Accept", "application/sparql-results+json")
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("true"), r.body());
            // Taken now: a second server with the same base answers on its own port only.
            try (NewsServer third = NewsServer.start(store.dataset(), 0, "localhost", base)) {
                assertEquals(-1, third.alsoAnswerAtBase(base));
            }
            assertEquals(-1, other.alsoAnswerAtBase("https://news.example.org/"));
        }
    }

    @Test
    void sparqlQueriesSeeEveryArticleGraphWithoutAGraphClause() throws Exception {
        for (String endpoint : new String[] {"news/sparql", "news/query"}) {
            HttpResponse<String> r = get(endpoint + "?query=" + q(
                    "SELECT ?h WHERE { ?a <https://schema.org/headline> ?h } ORDER BY ?h"), "application/sparql-results+json");
            assertEquals(200, r.statusCode(), r.body());
            ResultSet rs = ResultSetFactory.fromJSON(new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
            assertEquals("First", rs.next().getLiteral("h").getString());
            assertEquals("Second", rs.next().getLiteral("h").getString());
        }
    }

    @Test
    void concurrentClientsAllGetTheWholeAnswer() throws Exception {
        // Readers share the in-memory store's lock; none may see a partial or empty union.
        String query = "news/sparql?query=" + q("SELECT ?h WHERE { ?a <https://schema.org/headline> ?h } ORDER BY ?h");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                answers.add(pool.submit(() -> get(query, "text/csv").body()));
            }
            for (Future<String> a : answers) {
                assertEquals("h\r\nFirst\r\nSecond\r\n", a.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void namedGraphsStayAddressable() throws Exception {
        HttpResponse<String> r = get("news/sparql?query=" + q(
                "SELECT ?g WHERE { GRAPH ?g { ?a ?p ?o } } ORDER BY ?g"), "text/csv");
        assertEquals(200, r.statusCode());
        assertEquals("g\r\nhttp://ex/g1\r\nhttp://ex/g2\r\n", r.body());
    }

    @Test
    void graphStoreReadsOneGraph() throws Exception {
        HttpResponse<String> r = get("news/data?graph=" + q("http://ex/g2"), "application/n-triples");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"Second\""), r.body());
        assertTrue(!r.body().contains("\"First\""), r.body());
    }

    @Test
    void aBadQueryIsA400WithTheParserMessage() throws Exception {
        HttpResponse<String> r = get("news/sparql?query=" + q("SELECT ?x WHERE { ?x "), "application/sparql-results+json");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().toLowerCase().contains("parse error") || r.body().contains("Encountered"), r.body());
    }

    @Test
    void updatesAreRefused() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.baseUrl() + "news/sparql"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <http://ex/x> <http://ex/p> 1 }")).build();
        HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() >= 400, "update answered " + r.statusCode());
        assertEquals(2, store.size());
    }
}
