package org.dateline.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.dateline.TestArticles;
import org.dateline.map.Iris;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A query cannot hold the server: one that runs past the timeout is cancelled, its thread is free again (no query
 * evaluation left running anywhere in the server), the next query is answered; a request too large to be a query
 * written by a person is refused before it is read.
 */
class QueryLimitsTest {
    /** One client per test: a connection the server closed after an earlier test's refusal is not picked up again. */
    private final HttpClient HTTP = HttpClient.newHttpClient();
    /** Four copies of the store joined: ~10^13 rows over the sample article, hours of work without a timeout. */
    static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    private static NewsStore store;
    private static NewsServer server;

    @BeforeAll
    static void start() throws Exception {
        store = NewsStore.inMemory();
        store.load(TestArticles.pipeline(), TestArticles.SAMPLE);
        server = NewsServer.start(store.dataset(), 0, "localhost", Iris.DEFAULT_BASE,
                ServerLimits.defaults().withQueryTimeout(Duration.ofSeconds(1)));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private HttpResponse<String> post(String contentType, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl())).header("Content-Type", contentType)
                .header("Accept", "text/csv").timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> query(String q) throws Exception {
        return post("application/x-www-form-urlencoded", "query=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    }

    /** The server's threads that are evaluating a query right now. */
    private static List<String> evaluating() {
        return Arrays.stream(ManagementFactory.getThreadMXBean().dumpAllThreads(false, false))
                .filter(t -> t.getThreadId() != Thread.currentThread().getId())
                .filter(t -> Arrays.stream(t.getStackTrace()).anyMatch(f -> f.getClassName().startsWith("org.apache.jena.sparql.engine")))
                .map(ThreadInfo::getThreadName).toList();
    }

    @Test
    void aRunawayQueryIsCancelledAndItsThreadFreed() throws Exception {
        HttpResponse<String> r = query(RUNAWAY);
        assertEquals(503, r.statusCode(), r.body());
        // The answer may leave before the iterators have unwound: give them a moment, not the hours the query needs.
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<String> busy = evaluating();
        while (!busy.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(50);
            busy = evaluating();
        }
        assertTrue(busy.isEmpty(), "still evaluating after the timeout: " + busy);
        HttpResponse<String> next = query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        assertEquals(200, next.statusCode(), next.body());
    }

    @Test
    void severalRunawaysAtOnceAllStop() throws Exception {
        var answers = java.util.stream.IntStream.range(0, 4).mapToObj(i -> HTTP.sendAsync(
                HttpRequest.newBuilder(URI.create(server.sparqlUrl())).header("Content-Type", "application/sparql-query")
                        .POST(HttpRequest.BodyPublishers.ofString(RUNAWAY)).build(),
                HttpResponse.BodyHandlers.ofString())).toList();
        for (var a : answers) {
            assertEquals(503, a.get().statusCode());
        }
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!evaluating().isEmpty() && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertTrue(evaluating().isEmpty(), "still evaluating: " + evaluating());
    }

    @Test
    void aQueryBodyOverTheLimitIsRefusedUnread() throws Exception {
        StringBuilder in = new StringBuilder("SELECT * { ?s ?p ?o FILTER(?o IN (");
        for (int i = 0; i < 200_000; i++) {
            in.append(i == 0 ? "" : ",").append("\"s").append(i).append('"');
        }
        String huge = in.append(")) }").toString();
        assertTrue(huge.length() > ServerLimits.DEFAULT_MAX_REQUEST_BYTES);
        for (String type : new String[] {"application/sparql-query", "application/x-www-form-urlencoded"}) {
            assertEquals("HTTP/1.1 413", statusBeforeTheBody(type, huge.getBytes(StandardCharsets.UTF_8).length).substring(0, 12));
        }
    }

    /**
     * Announces a request body of {@code length} bytes and reads the server's answer before sending any of it, over a
     * plain socket: a refusal must come from the announced size alone, unread. (An HTTP client sends the whole body
     * first, and a server that refused it may have closed the connection by then.)
     */
    private static String statusBeforeTheBody(String contentType, long length) throws Exception {
        URI u = URI.create(server.sparqlUrl());
        try (java.net.Socket socket = new java.net.Socket(u.getHost(), u.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST " + u.getPath() + " HTTP/1.1\r\nHost: " + u.getHost() + "\r\n"
                    + "Content-Type: " + contentType + "\r\nContent-Length: " + length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
        }
    }

    @Test
    void aQueryStringOverTheLimitIsRefused() throws Exception {
        String q = "SELECT * { ?s ?p \"" + "x".repeat(ServerLimits.MAX_HEADER_BYTES) + "\" }";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() == 414 || r.statusCode() == 431, r.statusCode() + " " + r.body());
    }

    @Test
    void aQueryWithinTheLimitsIsAnswered() throws Exception {
        HttpResponse<String> r = query("SELECT (COUNT(*) AS ?n) { ?s <https://schema.org/headline> ?o }");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("1", r.body().lines().skip(1).findFirst().orElse("").strip());
    }
}
