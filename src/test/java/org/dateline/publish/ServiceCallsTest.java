package org.dateline.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SPARQL {@code SERVICE} makes the server itself send HTTP requests, to any address a visitor names (SSRF): off by
 * default, whichever form the query takes, and on only when the operator asks. The "remote" endpoint here is a
 * second real Fuseki on loopback, holding a headline no other server has.
 */
class ServiceCallsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String SECRET = "Only the internal server knows this";

    private static NewsStore internalStore;
    private static NewsServer internal;
    private static NewsStore publicStore;
    private static NewsServer standard;

    @BeforeAll
    static void start() {
        internalStore = NewsStore.inMemory();
        var dsg = internalStore.dataset();
        Txn.executeWrite(dsg, () -> dsg.add(Quad.create(NodeFactory.createURI("http://ex/g"),
                NodeFactory.createURI("http://ex/secret"), NodeFactory.createURI("https://schema.org/headline"),
                NodeFactory.createLiteralString(SECRET))));
        internal = NewsServer.start(dsg, 0, "localhost");
        publicStore = NewsStore.inMemory();
        standard = NewsServer.start(publicStore.dataset(), 0, "localhost");
    }

    @AfterAll
    static void stop() {
        standard.close();
        publicStore.close();
        internal.close();
        internalStore.close();
    }

    static HttpResponse<String> query(NewsServer server, String query) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String remote() {
        return "<" + internal.sparqlUrl() + ">";
    }

    @Test
    void serviceIsRefusedByDefaultAndSaysHowToEnableIt() throws Exception {
        HttpResponse<String> r = query(standard, "SELECT ?h { SERVICE " + remote() + " { ?s ?p ?h } }");
        assertNotEquals(200, r.statusCode(), r.body());
        assertFalse(r.body().contains(SECRET), r.body());
        assertTrue(r.body().contains("SERVICE") && r.body().contains("--allow-service"), r.body());
    }

    @Test
    void silentServiceReachesNothing() throws Exception {
        HttpResponse<String> r = query(standard, "SELECT ?h { SERVICE SILENT " + remote() + " { ?s ?p ?h } }");
        assertFalse(r.body().contains(SECRET), r.body());
    }

    @Test
    void serviceToAVariableAddressReachesNothing() throws Exception {
        HttpResponse<String> r = query(standard, "SELECT ?h { VALUES ?u { " + remote() + " } SERVICE ?u { ?s ?p ?h } }");
        assertFalse(r.body().contains(SECRET), r.body());
        HttpResponse<String> silent = query(standard,
                "SELECT ?h { VALUES ?u { " + remote() + " } SERVICE SILENT ?u { ?s ?p ?h } }");
        assertFalse(silent.body().contains(SECRET), silent.body());
    }

    @Test
    void serviceHiddenInASubqueryOrUnderExistsReachesNothing() throws Exception {
        for (String q : new String[] {
                "SELECT ?h { { SELECT ?h { SERVICE " + remote() + " { ?s ?p ?h } } } }",
                "ASK { FILTER EXISTS { SERVICE " + remote() + " { ?s ?p \"" + SECRET + "\" } } }",
                "SELECT ?h { OPTIONAL { SERVICE SILENT " + remote() + " { ?s ?p ?h } } }"}) {
            HttpResponse<String> r = query(standard, q);
            assertEquals(403, r.statusCode(), q + ": " + r.body());
            assertFalse(r.body().contains(SECRET), r.body());
        }
    }

    @Test
    void anOperatorCanAllowService() throws Exception {
        try (NewsServer open = NewsServer.start(publicStore.dataset(), 0, "localhost", org.dateline.map.Iris.DEFAULT_BASE,
                ServerLimits.defaults().withServiceAllowed(true))) {
            HttpResponse<String> r = query(open, "SELECT ?h { SERVICE " + remote() + " { ?s ?p ?h } }");
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains(SECRET), r.body());
        }
    }
}
