package org.dateline.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.dateline.TestArticles;
import org.dateline.map.Iris;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a browser gets from the server cannot run a visitor's script on it: an article's own link with a
 * {@code javascript:} address is not rendered as a link (stored XSS), HTML carries a Content-Security-Policy,
 * nosniff and frame options, cross-origin reads are allowed without credentials, and TRACE is off.
 */
class PageSafetyTest {
    /** One client per test: a connection the server closed after an earlier test's refusal is not picked up again. */
    private final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String EVIL = "javascript:alert(14)";

    @TempDir
    static Path dir;
    private static NewsStore store;
    private static NewsServer server;
    private static String articlePath;

    @BeforeAll
    static void start() throws Exception {
        String page = Files.readString(TestArticles.DIR.resolve("05-html-buhari-sworn-in-abuja.html"))
                .replace("https://www.continentaldispatch.example/africa/2015/05/29/buhari-sworn-in-abuja", EVIL);
        Path article = dir.resolve("evil.html");
        Files.writeString(article, page);
        store = NewsStore.inMemory();
        var pipeline = TestArticles.pipeline();
        articlePath = "/" + pipeline.mapper().articleIri(store.load(pipeline, article).article())
                .substring(Iris.DEFAULT_BASE.length());
        // Whatever ingest makes of such an address, a page must not link it: put one in the store directly too.
        var dsg = store.dataset();
        Txn.executeWrite(dsg, () -> dsg.add(Quad.create(NodeFactory.createURI("http://ex/g"),
                NodeFactory.createURI(Iris.DEFAULT_BASE + "id/thing/x"), NodeFactory.createURI("https://schema.org/url"),
                NodeFactory.createURI(EVIL))));
        server = NewsServer.start(dsg, 0, "localhost");
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + path.substring(1)));
    }

    @Test
    void aJavascriptAddressIsNeverALink() throws Exception {
        for (String path : List.of(articlePath, "/id/thing/x")) {
            HttpResponse<String> r = send(at(path).header("Accept", "text/html"));
            assertEquals(200, r.statusCode(), path + ": " + r.body());
            assertFalse(r.body().toLowerCase().contains("href=\"javascript:"), r.body());
        }
    }

    @Test
    void htmlPagesCarryAPolicyThatForbidsScriptsAndFraming() throws Exception {
        for (String path : List.of("/", articlePath, "/ns")) {
            HttpResponse<String> r = send(at(path).header("Accept", "text/html"));
            assertEquals(200, r.statusCode(), path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("default-src 'none'") && csp.contains("frame-ancestors 'none'"), path + ": " + csp);
            assertFalse(csp.contains("script-src"), csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""), path);
        }
    }

    @Test
    void anyOriginMayReadButNeverWithCredentials() throws Exception {
        HttpResponse<String> r = send(at("/news/sparql?query=ASK%7B%7D").header("Origin", "http://attacker.example"));
        assertEquals(200, r.statusCode());
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), r.headers().toString());
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void aPreflightOffersReadsOnly() throws Exception {
        HttpResponse<String> r = send(at("/news/sparql").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://attacker.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type"));
        assertTrue(r.statusCode() < 300, r.statusCode() + " " + r.body());
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), r.headers().toString());
        String methods = r.headers().firstValue("Access-Control-Allow-Methods").orElse("");
        assertTrue(methods.contains("POST") && !methods.contains("PUT") && !methods.contains("DELETE"), methods);
    }

    @Test
    void traceIsOff() throws Exception {
        for (String path : List.of("/", "/news/sparql", articlePath)) {
            HttpResponse<String> r = send(at(path).method("TRACE", HttpRequest.BodyPublishers.noBody())
                    .header("X-Secret", "cookie-like"));
            assertEquals(405, r.statusCode(), path);
            assertFalse(r.body().contains("cookie-like"), r.body());
        }
    }
}
