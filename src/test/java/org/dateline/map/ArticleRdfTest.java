package org.dateline.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.dateline.TestArticles;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every article's RDF conforms to the shapes, and survives every output syntax, ours and another stack's. */
class ArticleRdfTest {
    private static final ShapeValidator VALIDATOR = ShapeValidator.create();

    static List<Path> articles() {
        return TestArticles.everyArticle();
    }

    @ParameterizedTest
    @MethodSource("articles")
    void conformsToTheShapes(Path article) {
        DatasetGraph dsg = TestArticles.map(article);
        ValidationReport report = VALIDATOR.validate(dsg.getUnionGraph());
        assertTrue(report.conforms(), () -> article + ":\n" + String.join("\n", ShapeValidator.describe(report)));
    }

    @ParameterizedTest
    @MethodSource("articles")
    void hasNoBlankNodes(Path article) {
        DatasetGraph dsg = TestArticles.map(article);
        dsg.find().forEachRemaining(q -> {
            assertFalse(q.getSubject().isBlank(), q::toString);
            assertFalse(q.getObject().isBlank(), q::toString);
        });
    }

    @ParameterizedTest
    @MethodSource("articles")
    void roundTripsThroughEveryFormat(Path article) {
        DatasetGraph original = TestArticles.map(article);
        for (OutputFormat format : OutputFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (RdfSink sink = new RdfSink(format, out, Iris.DEFAULT_BASE)) {
                original.find().forEachRemaining(sink.stream()::quad);
            }
            DatasetGraph back = DatasetGraphFactory.create();
            RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(format.lang()).parse(back);
            if (format.keepsGraphs()) {
                assertTrue(IsoMatcher.isomorphic(original, back), () -> format + " lost or changed quads of " + article);
            } else {
                Graph union = back.getDefaultGraph();
                assertTrue(union.isIsomorphicWith(original.getUnionGraph()), () -> format + " changed triples of " + article);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("articles")
    void nquadsAndJsonLdReadBackInAnotherRdfStack(Path article) throws Exception {
        DatasetGraph original = TestArticles.map(article);
        for (OutputFormat format : List.of(OutputFormat.NQUADS, OutputFormat.JSONLD)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (RdfSink sink = new RdfSink(format, out, Iris.DEFAULT_BASE)) {
                original.find().forEachRemaining(sink.stream()::quad);
            }
            RDFFormat rdf4jFormat = format == OutputFormat.NQUADS ? RDFFormat.NQUADS : RDFFormat.JSONLD;
            Model model = Rio.parse(new ByteArrayInputStream(out.toByteArray()), "", rdf4jFormat);
            // Back through RDF4J's own N-Quads writer into Jena: the same quads must come out.
            StringWriter nq = new StringWriter();
            Rio.write(model, nq, RDFFormat.NQUADS);
            DatasetGraph back = DatasetGraphFactory.create();
            RDFParser.source(new ByteArrayInputStream(nq.toString().getBytes(StandardCharsets.UTF_8)))
                    .lang(Lang.NQUADS).parse(back);
            assertEquals(original.stream().count(), model.size(), format + " statement count via RDF4J");
            assertTrue(IsoMatcher.isomorphic(original, back), () -> format + " read by RDF4J differs for " + article);
        }
    }
}
