package org.dateline.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.dateline.Pipeline;
import org.dateline.TestArticles;
import org.dateline.knowledge.DataFiles;
import org.dateline.map.DL;
import org.dateline.map.Iris;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a newcomer meets, over real HTTP: the query editor at the endpoint's address, the service description and the
 * VoID/DCAT description for machines, a dump linked from the landing page that loads into a store whose default graph
 * is empty and answers the example queries there as the server does, and pages whose links are names.
 */
class PublishingTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static NewsStore store;
    private static NewsServer server;

    @BeforeAll
    static void start() throws Exception {
        store = NewsStore.inMemory();
        store.loadOntology();
        Pipeline pipeline = TestArticles.pipeline();
        for (Path article : TestArticles.all()) {
            store.load(pipeline, article);
        }
        server = NewsServer.start(store.dataset(), 0, "localhost", Iris.DEFAULT_BASE, ServerLimits.defaults(),
                Publication.defaults().withLicense("https://creativecommons.org/licenses/by/4.0/"));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static HttpResponse<byte[]> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path.substring(1)));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private static Model turtle(HttpResponse<byte[]> r) {
        assertEquals(200, r.statusCode(), () -> text(r));
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(text(r), Lang.TURTLE).parse(m);
        return m;
    }

    @Test
    void theEndpointShowsBrowsersTheQueryEditor() throws Exception {
        HttpResponse<byte[]> page = get("/news/sparql", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(text(page).contains("<iframe class=\"editor\""), text(page));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-src 'self'"));
        // The editor's page and files: Fuseki's own application, from the jar, allowed to run scripts from here only.
        HttpResponse<byte[]> ui = get("/?ui", "text/html");
        assertEquals(200, ui.statusCode());
        String html = text(ui);
        assertTrue(html.contains("Apache Jena Fuseki"), html);
        String csp = ui.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self';") && !csp.contains("unsafe-eval") && !csp.contains("http"), csp);
        Matcher script = Pattern.compile("src=\"\\./(static/[^\"]+\\.js)\"").matcher(html);
        assertTrue(script.find(), html);
        HttpResponse<byte[]> js = get("/" + script.group(1), null);
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        int climbing = get("/static/..%2F..%2Fetc%2Fpasswd", null).statusCode();
        assertTrue(climbing == 400 || climbing == 404, "a path out of the application's folder: " + climbing);
        // What the application asks the server about (its datasets, and the endpoints of /news).
        String serverJson = text(get("/$/server", "application/json"));
        assertTrue(serverJson.contains("\"/news\"") && serverJson.contains("\"sparql\""), serverJson);
        // Every other page still allows no script at all.
        assertTrue(get("/", "text/html").headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'none'"));
    }

    @Test
    void theEndpointDescribesItselfToMachines() throws Exception {
        Model sd = turtle(get("/news/sparql", "text/turtle"));
        Resource service = sd.createResource(server.sparqlUrl());
        assertTrue(sd.contains(service, RDF.type, sd.createResource(SD + "Service")), () -> sd.toString());
        assertTrue(sd.contains(service, sd.createProperty(SD, "endpoint"), service));
        assertTrue(sd.contains(service, sd.createProperty(SD, "feature"), sd.createResource(SD + "UnionDefaultGraph")));
        assertFalse(sd.contains(service, sd.createProperty(SD, "feature"), sd.createResource(SD + "BasicFederatedQuery")),
                "SERVICE is off by default");
        // A query still reaches Fuseki.
        HttpResponse<byte[]> ask = get("/news/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertTrue(text(ask).contains("\"boolean\""), text(ask));
    }

    @Test
    void theDatasetIsDescribedWithVoidAndDcat() throws Exception {
        Model v = turtle(get("/.well-known/void", "text/turtle"));
        Resource ds = v.createResource(Iris.DEFAULT_BASE + ".well-known/void#dataset");
        assertTrue(v.contains(ds, RDF.type, v.createResource(VOID + "Dataset")));
        assertTrue(v.contains(ds, RDF.type, v.createResource("http://www.w3.org/ns/dcat#Dataset")));
        assertTrue(v.contains(ds, v.createProperty(VOID, "sparqlEndpoint"), v.createResource(server.sparqlUrl())));
        assertTrue(v.contains(ds, v.createProperty(VOID, "dataDump"), v.createResource(server.baseUrl() + "dumps/news.nq.gz")));
        assertTrue(v.contains(ds, v.createProperty("http://purl.org/dc/terms/license"),
                v.createResource("https://creativecommons.org/licenses/by/4.0/")));
        long triples = v.getProperty(ds, v.createProperty(VOID, "triples")).getLong();
        assertEquals(published(), triples, "every published quad");
        assertTrue(v.listObjectsOfProperty(ds, v.createProperty(VOID, "exampleResource")).toList().size() >= 2);
        assertTrue(v.listObjectsOfProperty(ds, v.createProperty("http://purl.org/dc/terms/source")).toList().stream()
                .anyMatch(s -> s.asResource().getURI().equals("https://www.wikidata.org/")));
        // Articles counted in a class partition.
        assertTrue(v.listObjectsOfProperty(ds, v.createProperty(VOID, "classPartition")).toList().stream()
                .map(RdfNodeFacts::of).anyMatch(p -> p.clazz().equals("https://schema.org/NewsArticle")
                        && p.entities() == TestArticles.all().size()));
        assertTrue(text(get("/", "text/html")).contains("href=\"/.well-known/void\""));
    }

    /** A class partition's class and count. */
    private record RdfNodeFacts(String clazz, long entities) {
        static RdfNodeFacts of(org.apache.jena.rdf.model.RDFNode n) {
            Resource r = n.asResource();
            return new RdfNodeFacts(r.getPropertyResourceValue(r.getModel().createProperty(VOID, "class")).getURI(),
                    r.getProperty(r.getModel().createProperty(VOID, "entities")).getLong());
        }
    }

    @Test
    void theDumpLoadsElsewhereAndTheExampleQueriesAnswerThereAsHere() throws Exception {
        String home = text(get("/", "text/html"));
        assertTrue(home.contains("href=\"/dumps/news.nq.gz\""), "the landing page links the dump");
        HttpResponse<byte[]> dump = get("/dumps/news.nq.gz", null);
        assertEquals(200, dump.statusCode());
        DatasetGraph elsewhere = DatasetGraphFactory.createTxnMem();
        try (var in = new GZIPInputStream(new ByteArrayInputStream(dump.body()))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(elsewhere);
        }
        assertTrue(elsewhere.getDefaultGraph().isEmpty(), "a plain store: its default graph is not the union");
        assertTrue(elsewhere.containsGraph(NodeFactory.createURI(DL.ONTOLOGY)), "the ontology graph is in the dump");
        assertFalse(elsewhere.containsGraph(NodeFactory.createURI(NewsStore.DESCRIPTION)));
        assertEquals(published(), elsewhere.stream().count());
        for (String name : HomeServlet.EXAMPLES) {
            String q = DataFiles.text("queries/" + name);
            String here = csv(store.dataset(), q);
            assertTrue(here.lines().count() > 1, name + " answers nothing");
            assertEquals(here, csv(elsewhere, q), name + " answers otherwise on a store without a union default graph");
        }
    }

    /** The quads a dump holds: all but the store's note of its own base. */
    private static long published() {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().stream().filter(StoreFigures::published).count());
    }

    private static String csv(DatasetGraph d, String query) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(d, () -> {
            try (QueryExecution qe = QueryExecution.create(query, org.apache.jena.query.DatasetFactory.wrap(d))) {
                ResultSetFormatter.outputAsCSV(out, qe.execSelect());
            }
        });
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anEntityPageShowsNamesAndWhatTheyQuoted() throws Exception {
        String page = text(get("/id/entity/Q76", "text/html"));
        assertTrue(page.contains("<h1>Barack Obama</h1>"), page);
        assertTrue(page.contains("Quoted ("), "quotes grouped by article");
        assertTrue(page.contains("The problem here is Assad"), page);
        assertTrue(page.contains("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Person\""), page);
        List<String> links = anchors(page);
        long raw = links.stream().filter(t -> t.startsWith("http")).count();
        assertTrue(raw * 20 <= links.size(), raw + " of " + links.size() + " links show a raw IRI: " + links);
    }

    @Test
    void aPlacePageShowsWhereItIs() throws Exception {
        String page = text(get("/id/entity/Q858", "text/html"));
        assertTrue(page.contains("<svg class=\"map\""), page);
        assertTrue(page.contains("openstreetmap.org/?mlat="), page);
        assertTrue(page.contains("\"geo\":{\"@type\":\"GeoCoordinates\""), page);
    }

    private static List<String> anchors(String html) {
        Matcher m = Pattern.compile("<a\\b[^>]*>(.*?)</a>", Pattern.DOTALL).matcher(html);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            String t = org.jsoup.parser.Parser.unescapeEntities(m.group(1).replaceAll("<[^>]+>", ""), false).strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/n-quads", "application/trig", "text/turtle", "application/n-triples",
        "application/ld+json", "application/rdf+xml"})
    void aResourceAnswersInEverySyntaxItOffers(String type) throws Exception {
        HttpResponse<byte[]> r = get("/id/entity/Q76", type);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type));
        DatasetGraph d = DatasetGraphFactory.create();
        RDFParser.fromString(text(r), org.apache.jena.riot.RDFLanguages.contentTypeToLang(type)).parse(d);
        Node obama = NodeFactory.createURI(Iris.DEFAULT_BASE + "id/entity/Q76");
        assertTrue(d.find(Node.ANY, obama, Node.ANY, Node.ANY).hasNext() || d.getDefaultGraph().contains(obama, Node.ANY, Node.ANY));
        if (type.equals("application/ld+json")) {
            // The context map --format jsonld writes, first, so that a streaming parser knows the terms.
            assertTrue(text(r).strip().startsWith("{\n    \"@context\": {"), text(r));
            assertTrue(text(r).contains("\"name\": \"Barack Obama\""), text(r));
        }
    }

    @Test
    void aFormatParameterChoosesTheSyntaxForALink() throws Exception {
        HttpResponse<byte[]> r = get("/id/entity/Q76?format=turtle", "text/html");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertEquals(406, get("/id/entity/Q76?format=docx", "text/html").statusCode());
        assertNotNull(turtle(get("/news/sparql?format=turtle", "text/html")));
    }
}
