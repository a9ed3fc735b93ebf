package org.dateline.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.dateline.TestArticles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /reconcile} refuses what it cannot or should not answer with a 400 that names the problem, never a 500
 * or a Java class name: truncated JSON, JSON nested thousands deep, batches over the limit, a JSON request body.
 */
class ReconciliationLimitsTest {
    /** One client per test: a connection the server closed after an earlier test's refusal is not picked up again. */
    private final HttpClient HTTP = HttpClient.newHttpClient();
    /** A Java class or stack frame leaking into an answer. */
    private static final Pattern JAVA = Pattern.compile("Exception|StackOverflow|\\.java\\b|\\bjava\\.|org\\.(apache|eclipse|dateline)");

    private static NewsStore store;
    private static NewsServer server;

    @BeforeAll
    static void start() throws Exception {
        store = NewsStore.inMemory();
        store.load(TestArticles.pipeline(), TestArticles.SAMPLE);
        server = NewsServer.start(store.dataset(), 0, "localhost");
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private HttpResponse<String> post(String contentType, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "reconcile"))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> queries(String json) throws Exception {
        return post("application/x-www-form-urlencoded", "queries=" + URLEncoder.encode(json, StandardCharsets.UTF_8));
    }

    private static void refused(HttpResponse<String> r, String... words) {
        assertEquals(400, r.statusCode(), r.body());
        assertFalse(JAVA.matcher(r.body()).find(), r.body());
        for (String w : words) {
            assertTrue(r.body().contains(w), "expected \"" + w + "\" in: " + r.body());
        }
    }

    @Test
    void truncatedJsonIsABadRequest() throws Exception {
        refused(queries("{\"q0\":{\"query\":\"Obama\""), "queries", "JSON");
        refused(queries("{\"q0\":"), "queries", "JSON");
        refused(queries("[1,2"), "queries", "JSON");
    }

    @Test
    void deeplyNestedJsonIsABadRequest() throws Exception {
        refused(queries("[".repeat(5000) + "]".repeat(5000)), "deep");
        refused(queries("{\"q0\":" + "{\"a\":".repeat(5000) + "1" + "}".repeat(5001)), "deep");
    }

    @Test
    void aBatchOverTheLimitIsABadRequest() throws Exception {
        // Ten thousand one-letter names (bare strings, as old clients send): small enough to pass the request size limit.
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < 10_000; i++) {
            b.append(i == 0 ? "" : ",").append("\"q").append(i).append("\":\"O\"");
        }
        refused(queries(b.append('}').toString()), "10000 queries", "at most " + ReconciliationServlet.MAX_BATCH);
        StringBuilder justOver = new StringBuilder("{");
        for (int i = 0; i <= ReconciliationServlet.MAX_BATCH; i++) {
            justOver.append(i == 0 ? "" : ",").append("\"q").append(i).append("\":{\"query\":\"Obama\"}");
        }
        refused(queries(justOver.append('}').toString()), "at most " + ReconciliationServlet.MAX_BATCH);
    }

    @Test
    void aJsonBodyIsNotAnsweredWithTheManifest() throws Exception {
        refused(post("application/json", "{\"q0\":{\"query\":\"Obama\"}}"), "queries=");
    }
}
