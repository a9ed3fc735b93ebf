package org.dateline.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFactory;
import org.dateline.knowledge.DataFiles;
import org.dateline.Pipeline;
import org.dateline.TestArticles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The gold articles, loaded into a store and served, answer the bundled example queries over HTTP. */
class ServedArticlesTest {
    private static NewsStore store;
    private static NewsServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        store = NewsStore.inMemory();
        store.loadOntology();
        Pipeline pipeline = TestArticles.pipeline();
        for (Path article : TestArticles.all()) {
            store.load(pipeline, article);
        }
        server = NewsServer.start(store.dataset(), 0, "localhost");
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static List<QuerySolution> query(String sparql) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<byte[]> r = HTTP.send(req, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
        List<QuerySolution> rows = new ArrayList<>();
        ResultSetFactory.fromJSON(new ByteArrayInputStream(r.body())).forEachRemaining(rows::add);
        return rows;
    }

    @Test
    void articleMetadataQueryListsEveryGoldHeadline() throws Exception {
        Set<String> headlines = new TreeSet<>();
        query(DataFiles.text("queries/article-metadata.rq")).forEach(r -> headlines.add(r.getLiteral("headline").getString()));
        Set<String> expected = new TreeSet<>();
        for (Path article : TestArticles.all()) {
            expected.add(JSON.read(TestArticles.gold(article).toString()).getString("headline"));
        }
        assertEquals(expected, headlines);
    }

    @Test
    void articleMetadataQueryTellsWhereEachDateCameFrom() throws Exception {
        var rows = query(DataFiles.text("queries/article-metadata.rq"));
        assertTrue(rows.stream().allMatch(r -> r.contains("dateSource")), rows::toString);
    }

    @Test
    void placesQueryCountsTheDatelinePlaces() throws Exception {
        var rows = query(DataFiles.text("queries/places-mentioned.rq"));
        assertFalse(rows.isEmpty());
        Set<String> places = new TreeSet<>();
        rows.forEach(r -> places.add(r.getLiteral("place").getString()));
        assertTrue(places.contains("Moscow"), places::toString);
    }

    @Test
    void whoSaidWhatQueryAnswers() throws Exception {
        var rows = query(DataFiles.text("queries/who-said-what.rq"));
        assertFalse(rows.isEmpty(), "no reported speech served");
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Accept", accept).build();
        return HTTP.send(req, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anArticleDereferencesAsHtmlForBrowsersAndTurtleForMachines() throws Exception {
        QuerySolution first = query("PREFIX schema: <https://schema.org/> SELECT ?a ?h WHERE { ?a schema:headline ?h } LIMIT 1")
                .get(0);
        String iri = first.getResource("a").getURI();
        String path = iri.substring(org.dateline.map.Iris.DEFAULT_BASE.length());
        HttpResponse<String> html = get(path, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertEquals(200, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(html.body().contains("<h1>" + org.jsoup.nodes.Entities.escape(first.getLiteral("h").getString())),
                html.body());
        assertTrue(html.body().contains("<script type=\"application/ld+json\">"), "schema.org JSON-LD for search engines");

        HttpResponse<String> ttl = get(path, "text/turtle");
        assertEquals(200, ttl.statusCode());
        org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        org.apache.jena.riot.RDFParser.fromString(ttl.body(), org.apache.jena.riot.Lang.TURTLE).parse(g);
        assertTrue(g.contains(org.apache.jena.graph.NodeFactory.createURI(iri),
                org.apache.jena.graph.NodeFactory.createURI("https://schema.org/headline"), org.apache.jena.graph.Node.ANY));
    }

    @Test
    void anUnknownResourceIs404() throws Exception {
        assertEquals(404, get("id/person/nobody-at-all", "text/turtle").statusCode());
    }

    @Test
    void ontologyIsDocumentedAtItsNamespace() throws Exception {
        HttpResponse<String> html = get("ns", "text/html");
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("dl:DirectQuote") && html.body().contains("Refines"), html.body());
        HttpResponse<String> ttl = get("ns", "text/turtle");
        assertTrue(ttl.body().contains("owl:Ontology"));
        assertEquals(200, get("ns/context.jsonld", "*/*").statusCode());
    }

    @Test
    void landingPageListsTheArticles() throws Exception {
        HttpResponse<String> home = get("", "text/html");
        assertEquals(200, home.statusCode());
        for (Path article : TestArticles.all()) {
            String headline = JSON.read(TestArticles.gold(article).toString()).getString("headline");
            assertTrue(home.body().contains(org.jsoup.nodes.Entities.escape(headline)), headline);
        }
    }

    @Test
    void saidAboutQueryTiesReportedSpeechToWhatItNames() throws Exception {
        var rows = query(DataFiles.text("queries/said-about.rq"));
        assertFalse(rows.isEmpty(), "no reported speech about anyone");
        assertTrue(rows.stream().anyMatch(r -> r.getLiteral("kind").getString().equals("claim")), "no claims");
    }

    @Test
    void ontologyIsQueryableBesideTheData() throws Exception {
        var rows = query("PREFIX owl: <http://www.w3.org/2002/07/owl#> SELECT ?v WHERE { GRAPH <https://w3id.org/dateline/ns> "
                + "{ ?o a owl:Ontology ; owl:versionInfo ?v } }");
        assertEquals(1, rows.size());
    }
}
