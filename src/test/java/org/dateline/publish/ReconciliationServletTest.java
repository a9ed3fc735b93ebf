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
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.dateline.TestArticles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /reconcile} answers requests shaped as OpenRefine sends them, over real HTTP. */
class ReconciliationServletTest {
    private static NewsStore store;
    private static NewsServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

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

    private static HttpResponse<String> get(String query) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "reconcile" + query)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> postForm(String field, String value) throws Exception {
        String form = field + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "reconcile"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void manifestDescribesTheServiceInVersion02() throws Exception {
        HttpResponse<String> r = get("");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject m = JSON.parse(r.body());
        assertEquals("0.2", m.get("versions").getAsArray().get(0).getAsString().value());
        assertEquals("http://www.wikidata.org/entity/", m.get("identifierSpace").getAsString().value());
        assertEquals("http://www.wikidata.org/prop/direct/", m.get("schemaSpace").getAsString().value());
        assertEquals("https://www.wikidata.org/wiki/{{id}}",
                m.get("view").getAsObject().get("url").getAsString().value());
        JsonArray types = m.get("defaultTypes").getAsArray();
        assertEquals(3, types.size());
        assertEquals("Q5", types.get(0).getAsObject().get("id").getAsString().value());
        assertEquals("human", types.get(0).getAsObject().get("name").getAsString().value());
        assertFalse(m.get("name").getAsString().value().isBlank());
    }

    @Test
    void openRefineBatchIsAnsweredPerQuery() throws Exception {
        HttpResponse<String> r = postForm("queries",
                "{\"q0\":{\"query\":\"Barack Obama\",\"type\":\"Q5\",\"limit\":3},\"q1\":{\"query\":\"Moscow\"}}");
        assertEquals(200, r.statusCode(), r.body());
        JsonObject batch = JSON.parse(r.body());

        JsonArray q0 = batch.get("q0").getAsObject().get("result").getAsArray();
        assertTrue(q0.size() >= 1 && q0.size() <= 3, q0.toString());
        JsonObject obama = q0.get(0).getAsObject();
        assertEquals("Q76", obama.get("id").getAsString().value());
        assertEquals("Barack Obama", obama.get("name").getAsString().value());
        assertTrue(obama.get("match").getAsBoolean().value());
        double score = obama.get("score").getAsNumber().value().doubleValue();
        assertTrue(score >= 90 && score <= 100, "score " + score);
        assertEquals("Q5", obama.get("type").getAsArray().get(0).getAsObject().get("id").getAsString().value());
        for (var c : q0) {
            assertEquals("Q5", c.getAsObject().get("type").getAsArray().get(0).getAsObject().get("id").getAsString().value(),
                    "type filter: only people");
        }

        JsonArray q1 = batch.get("q1").getAsObject().get("result").getAsArray();
        JsonObject moscow = q1.get(0).getAsObject();
        assertEquals("Q649", moscow.get("id").getAsString().value());
        assertTrue(moscow.get("match").getAsBoolean().value());
    }

    @Test
    void batchAlsoWorksAsGetAndSingleQueryForOldClients() throws Exception {
        HttpResponse<String> r = get("?queries=" + URLEncoder.encode("{\"q0\":{\"query\":\"moscow\",\"type\":\"Q2221906\"}}",
                StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("Q649", JSON.parse(r.body()).get("q0").getAsObject().get("result").getAsArray()
                .get(0).getAsObject().get("id").getAsString().value());

        HttpResponse<String> single = get("?query=Moscow");
        assertEquals(200, single.statusCode(), single.body());
        assertEquals("Q649", JSON.parse(single.body()).get("result").getAsArray()
                .get(0).getAsObject().get("id").getAsString().value());
    }

    @Test
    void jsonpCallbackWrapsTheAnswer() throws Exception {
        HttpResponse<String> r = get("?callback=jsonp1234");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/javascript"));
        assertTrue(r.body().startsWith("jsonp1234({") && r.body().endsWith(");"), r.body());
        String json = r.body().substring("jsonp1234(".length(), r.body().length() - 2);
        assertEquals("0.2", JSON.parse(json).get("versions").getAsArray().get(0).getAsString().value());

        assertEquals(400, get("?callback=" + URLEncoder.encode("alert(1)//", StandardCharsets.UTF_8)).statusCode());
    }

    @Test
    void jsonpIsNotAScriptForThisServersOwnPages() throws Exception {
        // The query editor's pages may load scripts from this server: a JSONP answer must not be one of them.
        HttpRequest fromOwnPage = HttpRequest.newBuilder(URI.create(server.baseUrl() + "reconcile?callback=jsonp1"))
                .header("Sec-Fetch-Site", "same-origin").header("Sec-Fetch-Dest", "script").build();
        assertEquals(403, HTTP.send(fromOwnPage, HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpRequest fromElsewhere = HttpRequest.newBuilder(URI.create(server.baseUrl() + "reconcile?callback=jsonp1"))
                .header("Sec-Fetch-Site", "cross-site").header("Sec-Fetch-Dest", "script").build();
        assertEquals(200, HTTP.send(fromElsewhere, HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void badQueriesJsonIsA400ThatSaysWhatWasExpected() throws Exception {
        HttpResponse<String> r = postForm("queries", "{\"q0\": {\"query\": \"Barack Obama\"");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("queries parameter is not a JSON object"), r.body());
        assertTrue(r.body().contains("expected e.g."), r.body());

        HttpResponse<String> noQuery = postForm("queries", "{\"q0\": {\"type\": \"Q5\"}}");
        assertEquals(400, noQuery.statusCode());
        assertTrue(noQuery.body().contains("q0: \"query\" must be a non-empty string"), noQuery.body());
    }

    @Test
    void aNameOfACountryAndAUsStateOffersBothAndMatchesNeither() throws Exception {
        HttpResponse<String> r = postForm("queries", "{\"q0\":{\"query\":\"Georgia\",\"type\":\"Q2221906\",\"limit\":10}}");
        assertEquals(200, r.statusCode(), r.body());
        JsonArray result = JSON.parse(r.body()).get("q0").getAsObject().get("result").getAsArray();
        boolean country = false;
        boolean division = false;
        for (var c : result) {
            String d = c.getAsObject().get("description").getAsString().value();
            country |= d.startsWith("country");
            division |= d.startsWith("region");
            assertFalse(c.getAsObject().get("match").getAsBoolean().value(), "never an automatic match: " + c);
        }
        assertTrue(country && division, "the country and a first-level division: " + result);
    }

    @Test
    void everyCandidateIdIsAWikidataIdAsTheManifestDeclares() throws Exception {
        // The sample article's photographer and byline are people the linker leaves unlinked.
        for (String name : new String[] {"Brooks Hays", "Mike Theiler", "Andrei Kartapolov", "Moscow"}) {
            HttpResponse<String> r = get("?query=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
            assertEquals(200, r.statusCode(), r.body());
            for (var c : JSON.parse(r.body()).get("result").getAsArray()) {
                String id = c.getAsObject().get("id").getAsString().value();
                assertTrue(id.matches("Q[1-9][0-9]*"), name + ": " + id + " is not a Wikidata id");
            }
        }
    }

    @Test
    void dataExtensionAndJsonBodiesAreRefusedWithA400ThatSaysWhy() throws Exception {
        HttpResponse<String> extend = get("?extend=" + URLEncoder.encode(
                "{\"ids\":[\"Q649\"],\"properties\":[{\"id\":\"P17\"}]}", StandardCharsets.UTF_8));
        assertEquals(400, extend.statusCode());
        assertTrue(extend.body().contains("extend"), extend.body());

        HttpResponse<String> json = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "reconcile"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"q0\":{\"query\":\"Moscow\"}}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, json.statusCode());
        assertTrue(json.body().contains("not a form"), json.body());
    }
}
