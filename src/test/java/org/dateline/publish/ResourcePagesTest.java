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
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.dateline.Pipeline;
import org.dateline.TestArticles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Over real HTTP, for both stores: a resource page's Turtle is exactly what SPARQL says of the resource, its own
 * triples from every graph and the triples pointing at it, for an entity several articles mention and for an article.
 */
class ResourcePagesTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    private static Graph fetch(HttpRequest req, Lang lang) throws Exception {
        HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), lang).parse(g);
        return g;
    }

    private static Graph sparql(NewsServer server, String query) throws Exception {
        return fetch(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/n-triples")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(),
                Lang.NTRIPLES);
    }

    private static String first(NewsServer server, String query) throws Exception {
        Graph g = sparql(server, query);
        assertFalse(g.isEmpty(), query);
        return g.find().next().getSubject().getURI();
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "disk"})
    void aPageIsWhatSparqlSaysOfTheResource(String kind) throws Exception {
        try (NewsStore store = TestStores.open(kind, dir)) {
            Pipeline pipeline = TestArticles.pipeline();
            for (Path article : TestArticles.all()) {
                store.load(pipeline, article);
            }
            try (NewsServer server = NewsServer.start(store.dataset(), 0, "localhost")) {
                // The entity most articles mention, and one article.
                String entity = first(server, "PREFIX schema: <https://schema.org/> CONSTRUCT { ?e a schema:Thing } WHERE { "
                        + "{ SELECT ?e (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a schema:mentions ?e } GROUP BY ?e "
                        + "ORDER BY DESC(?n) STR(?e) LIMIT 1 } }");
                String article = first(server, "PREFIX schema: <https://schema.org/> CONSTRUCT { ?a a schema:Thing } WHERE { "
                        + "{ SELECT ?a WHERE { ?a schema:headline ?h } ORDER BY STR(?a) LIMIT 1 } }");
                for (String iri : new String[] {entity, article}) {
                    Graph expected = sparql(server, "CONSTRUCT { <" + iri + "> ?p ?o . ?s ?q <" + iri + "> } WHERE { { <" + iri
                            + "> ?p ?o } UNION { ?s ?q <" + iri + "> } }");
                    String path = iri.substring(org.dateline.map.Iris.DEFAULT_BASE.length());
                    Graph page = fetch(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                            .header("Accept", "text/turtle").GET().build(), Lang.TURTLE);
                    assertTrue(page.isIsomorphicWith(expected), () -> iri + ": the page has " + page.size()
                            + " triples, SPARQL " + expected.size());
                }
            }
        }
    }
}
