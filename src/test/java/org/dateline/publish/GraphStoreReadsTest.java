package org.dateline.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Over real HTTP, for both stores: the Graph Store's default graph is the union SPARQL sees, and a
 * whole-dataset read is the named graphs alone, with no triple repeated in a default graph.
 */
class GraphStoreReadsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    private static Quad quad(String g, String s, String o) {
        return Quad.create(NodeFactory.createURI(g), NodeFactory.createURI(s), NodeFactory.createURI("https://schema.org/headline"),
                NodeFactory.createLiteralString(o));
    }

    private static String get(NewsServer server, String path, String accept) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Accept", accept).GET().build();
        HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "disk"})
    void defaultGraphIsTheUnionAndADumpIsTheNamedGraphs(String kind) throws Exception {
        try (NewsStore store = TestStores.open(kind, dir)) {
            var dsg = store.dataset();
            Txn.executeWrite(dsg, () -> {
                dsg.add(quad("http://ex/g1", "http://ex/a1", "First"));
                dsg.add(quad("http://ex/g2", "http://ex/a2", "Second"));
                dsg.add(quad("http://ex/g2", "http://ex/a1", "First"));
            });
            try (NewsServer server = NewsServer.start(dsg, 0, "localhost")) {
                Model union = ModelFactory.createDefaultModel();
                RDFParser.fromString(get(server, "news/data?default", "application/n-triples"), Lang.NTRIPLES).parse(union);
                assertEquals(2, union.size(), "each distinct triple of the named graphs once");

                Dataset dump = DatasetFactory.create();
                RDFParser.fromString(get(server, "news/data", "application/trig"), Lang.TRIG).parse(dump);
                assertTrue(dump.getDefaultModel().isEmpty(), "the dump repeats the union as a default graph");
                assertEquals(1, dump.getNamedModel("http://ex/g1").size());
                assertEquals(2, dump.getNamedModel("http://ex/g2").size());
                assertEquals(3, get(server, "news/data", "application/n-quads").lines().count());
            }
        }
    }
}
