package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.system.Txn;
import org.dateline.TestArticles;
import org.dateline.knowledge.DataFiles;
import org.dateline.map.DL;
import org.dateline.map.Iris;
import org.dateline.publish.NewsStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code dateline push} against a stock Fuseki (fuseki-main as its users start it: an updatable in-memory dataset, no
 * union default graph), over the Graph Store Protocol: each article's graph replaced, the entities graph merged, and
 * the example queries answering there as on Dateline's own server.
 */
class PushTest {
    private FusekiServer fuseki;
    private DatasetGraph stock;

    @BeforeEach
    void start() {
        stock = DatasetGraphFactory.createTxnMem();
        fuseki = FusekiServer.create().port(0).loopback(true).add("/ds", stock, true).build().start();
    }

    @AfterEach
    void stop() {
        fuseki.stop();
    }

    private String gsp() {
        return "http://localhost:" + fuseki.getHttpPort() + "/ds/data";
    }

    private List<String> articles() {
        List<String> args = new ArrayList<>();
        TestArticles.all().forEach(p -> args.add(p.toString()));
        return args;
    }

    private CliRun push(String... extra) {
        List<String> args = new ArrayList<>(List.of("push"));
        args.addAll(articles());
        args.addAll(List.of("--to", gsp()));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void everyArticleIsItsOwnGraphTheEntitiesAreMergedOnceAndTheExampleQueriesAnswerThere() throws Exception {
        CliRun first = push("--with-ontology");
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.err().contains("pushed " + TestArticles.all().size() + " articles"), first.err());
        long graphs = Txn.calculateRead(stock, () -> org.apache.jena.atlas.iterator.Iter.count(stock.listGraphNodes()));
        assertEquals(TestArticles.all().size() + 2, graphs, "an article graph each, the entities and the ontology");
        Node entities = NodeFactory.createURI(new Iris(Iris.DEFAULT_BASE).entitiesGraph());
        long quads = Txn.calculateRead(stock, () -> stock.stream().count());
        long entityTriples = Txn.calculateRead(stock, () -> (long) stock.getGraph(entities).size());
        assertTrue(first.err().contains("(" + entityTriples + " entity triples merged"), "each entity triple sent once: "
                + first.err());
        assertTrue(Txn.calculateRead(stock, () -> stock.getGraph(NodeFactory.createURI(DL.ONTOLOGY)).size()) > 100);
        theExampleQueriesAnswerOnTheStockStoreAsOnDatelinesOwn();
        // Pushing again replaces each article's graph: nothing is added twice.
        CliRun again = push();
        assertEquals(0, again.exit(), again.err());
        assertEquals(quads, Txn.calculateRead(stock, () -> stock.stream().count()));
    }

    private void theExampleQueriesAnswerOnTheStockStoreAsOnDatelinesOwn() throws Exception {
        try (NewsStore own = NewsStore.inMemory()) {
            own.loadOntology();
            var pipeline = TestArticles.pipeline();
            for (Path p : TestArticles.all()) {
                own.load(pipeline, p);
            }
            String sparql = "http://localhost:" + fuseki.getHttpPort() + "/ds/sparql";
            for (String name : List.of("who-said-what.rq", "said-about.rq", "places-mentioned.rq", "article-metadata.rq")) {
                String q = DataFiles.text("queries/" + name);
                ByteArrayOutputStream there = new ByteArrayOutputStream();
                try (QueryExecHTTP qe = QueryExecHTTP.service(sparql).query(q).build()) {
                    ResultSetFormatter.outputAsCSV(there, org.apache.jena.query.ResultSet.adapt(qe.select()));
                }
                ByteArrayOutputStream here = new ByteArrayOutputStream();
                Txn.executeRead(own.dataset(), () -> {
                    try (var qe = org.apache.jena.query.QueryExecution.create(q,
                            org.apache.jena.query.DatasetFactory.wrap(own.dataset()))) {
                        ResultSetFormatter.outputAsCSV(here, qe.execSelect());
                    }
                });
                String h = here.toString(StandardCharsets.UTF_8);
                assertTrue(h.lines().count() > 1, name);
                assertEquals(h, there.toString(StandardCharsets.UTF_8), name);
            }
        }
    }

    @Test
    void aStoreThatIsNotThereIsReportedWithWhatToDo() {
        fuseki.stop();
        CliRun r = push();
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("could not be reached") || r.err().contains("answered"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void aReadOnlyEndpointIsNamedInTheError() {
        String readOnly = "http://localhost:" + fuseki.getHttpPort() + "/ds/sparql";
        List<String> args = new ArrayList<>(List.of("push"));
        args.addAll(articles());
        args.addAll(List.of("--to", readOnly));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("Graph Store Protocol endpoint"), r.err());
    }
}
