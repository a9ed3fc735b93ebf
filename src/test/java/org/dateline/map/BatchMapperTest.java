package org.dateline.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.BaseDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.dateline.Pipeline;
import org.dateline.TestArticles;
import org.dateline.bench.CorpusGenerator;
import org.dateline.knowledge.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.dateline.BatchMapper;

/** Parallel batch mapping gives exactly what mapping one file after another with Jena's writer gives. */
class BatchMapperTest {
    @TempDir
    static Path dir;

    private static List<Path> files;
    private static Pipeline pipeline;

    @BeforeAll
    static void corpus() throws Exception {
        CorpusGenerator.create(Gazetteer.loadDefault()).write(dir, 60, 5, i -> { });
        files = new ArrayList<>(TestArticles.all());
        try (var walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        pipeline = TestArticles.pipelineWithFixedClock();
    }

    /**
     * The reference: each file in turn through Jena's own streaming N-Quads writer, its own graph first, then the quads
     * of the shared entities graph that no earlier file brought.
     */
    private static byte[] sequentialWithJena(OutputFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF w = StreamRDFWriter.getWriterStream(out, format.rdfFormat());
        Node entities = NodeFactory.createURI(pipeline.mapper().iris().entitiesGraph());
        java.util.Set<Quad> written = new java.util.HashSet<>();
        w.start();
        for (Path f : files) {
            QuadList quads = new QuadList();
            pipeline.map(f, quads);
            quads.quads().stream().filter(q -> !q.getGraph().equals(entities)).forEach(w::quad);
            quads.quads().stream().filter(q -> q.getGraph().equals(entities) && written.add(q)).forEach(w::quad);
        }
        w.finish();
        return out.toByteArray();
    }

    @Test
    void theOntologyGraphIsWrittenWhenAsked() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BatchMapper.create(pipeline, 2).withOntology(true).map(files.subList(0, 2), OutputFormat.NQUADS, out,
                Iris.DEFAULT_BASE, (f, e) -> { });
        DatasetGraph d = DatasetGraphFactory.create();
        RDFParser.fromString(out.toString(StandardCharsets.UTF_8), Lang.NQUADS).parse(d);
        assertTrue(d.containsGraph(NodeFactory.createURI(DL.ONTOLOGY)));
        assertTrue(d.getGraph(NodeFactory.createURI(DL.ONTOLOGY)).contains(DL.fromDateline.asNode(),
                org.apache.jena.vocabulary.RDFS.label.asNode(), Node.ANY));
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        BatchMapper.create(pipeline, 2).map(files.subList(0, 2), OutputFormat.NQUADS, plain, Iris.DEFAULT_BASE, (f, e) -> { });
        assertTrue(!plain.toString(StandardCharsets.UTF_8).contains("<" + DL.ONTOLOGY + "> ."));
    }

    private static byte[] batch(OutputFormat format, int threads) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BatchMapper.Result r = BatchMapper.create(pipeline, threads).map(files, format, out, Iris.DEFAULT_BASE,
                (f, e) -> { });
        assertEquals(files.size(), r.mapped());
        assertEquals(out.size(), r.bytesOut());
        return out.toByteArray();
    }

    @Test
    void parallelNQuadsAreTheSameBytesInTheSameOrderAsSequentialJena() throws Exception {
        byte[] expected = sequentialWithJena(OutputFormat.NQUADS);
        assertArrayEquals(expected, batch(OutputFormat.NQUADS, 1), "1 thread");
        byte[] three = batch(OutputFormat.NQUADS, 3);
        assertArrayEquals(expected, three, "3 threads");
        // Entity descriptions are written once per batch, not once per article that names them: no line twice.
        List<String> lines = new String(three, StandardCharsets.UTF_8).lines().toList();
        assertEquals(lines.size(), new java.util.HashSet<>(lines).size(), "duplicate lines in the N-Quads");
    }

    @Test
    void parallelNTriplesDropTheGraphs() throws Exception {
        String nt = new String(batch(OutputFormat.NTRIPLES, 2), StandardCharsets.UTF_8);
        assertTrue(nt.lines().allMatch(l -> l.endsWith("> .") || l.endsWith("\" .") || l.endsWith(" .")));
        DatasetGraph one = DatasetGraphFactory.create();
        RDFParser.fromString(nt, Lang.NTRIPLES).parse(one);
        assertTrue(one.getDefaultGraph().size() > 0);
    }

    @Test
    void prettySyntaxesGetTheSameQuadsWhateverTheThreads() throws Exception {
        DatasetGraph a = DatasetGraphFactory.create();
        DatasetGraph b = DatasetGraphFactory.create();
        RDFParser.fromString(new String(batch(OutputFormat.TRIG, 1), StandardCharsets.UTF_8), Lang.TRIG).parse(a);
        RDFParser.fromString(new String(batch(OutputFormat.TRIG, 2), StandardCharsets.UTF_8), Lang.TRIG).parse(b);
        assertEquals(a.stream().count(), b.stream().count());
        assertTrue(a.stream().allMatch(b::contains));
    }

    @Test
    void aBadFileIsReportedAndTheBatchCarriesOn() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");
        List<Path> withBad = new ArrayList<>(files.subList(0, 5));
        withBad.add(2, empty);
        List<String> errors = new ArrayList<>();
        List<Path> order = new ArrayList<>();
        BatchMapper.Result r = BatchMapper.create(pipeline, 2).map(withBad, OutputFormat.NQUADS,
                new ByteArrayOutputStream(), Iris.DEFAULT_BASE, (f, e) -> {
                    order.add(f);
                    if (e != null) {
                        errors.add(e);
                    }
                });
        assertEquals(5, r.mapped());
        assertEquals(1, r.failed());
        assertEquals(withBad, order, "files are reported in input order");
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("empty.txt"), errors.get(0));
    }

    @Test
    void threadsMustBePositive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BatchMapper.create(pipeline, 0));
        assertTrue(e.getMessage().startsWith("--threads must be at least 1 (got 0)"), e.getMessage());
    }

    @Test
    void theReorderWindowIsBounded() {
        assertEquals(32, BatchMapper.create(pipeline, 2).window());
    }

    @Test
    void cachingFormatterWritesWhatJenaWrites() throws Exception {
        ByteArrayOutputStream jena = new ByteArrayOutputStream();
        Utf8Buffer ours = new Utf8Buffer(16);
        StreamRDF a = StreamRDFWriter.getWriterStream(jena, RDFFormat.NQUADS);
        StreamRDF b = BatchMapper.lineWriter(ours);
        a.start();
        b.start();
        for (int i = 0; i < 2; i++) {
            pipeline.map(TestArticles.SAMPLE, a);
            pipeline.map(TestArticles.SAMPLE, b);
        }
        // Typed literals are cached by term: equal values with other lexical forms or datatypes stay apart.
        Node g = NodeFactory.createURI("http://example.org/g");
        Node sub = NodeFactory.createURI("http://example.org/s");
        Node p = NodeFactory.createURI("http://example.org/p");
        for (int i = 0; i < 2; i++) {
            for (Node o : List.of(
                    NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger),
                    NodeFactory.createLiteralDT("01", XSDDatatype.XSDinteger),
                    NodeFactory.createLiteralDT("1", XSDDatatype.XSDnonNegativeInteger),
                    NodeFactory.createLiteralDT("1.0", XSDDatatype.XSDdecimal),
                    NodeFactory.createLiteralLang("1", "en"),
                    NodeFactory.createLiteralString("1"),
                    NodeFactory.createLiteralDT("a\"b\u00e9\n", new BaseDatatype("http://example.org/dt")))) {
                a.quad(Quad.create(g, sub, p, o));
                b.quad(Quad.create(g, sub, p, o));
            }
        }
        // Text written whole when it needs no escaping, and by Jena, character by character, when it does.
        List<String> texts = List.of("plain", "caf\u00e9 \u2014 \u00fcber", "say \"hi\"", "back\\slash", "tab\there",
                "two\nlines", "cr\rlf", "form\ffeed", "bad \uFFFD char", "bell\u0007", "vt\u000b", "emoji \uD83D\uDE00", "",
                // Characters written one at a time (the string needs escaping), and malformed text: lone surrogates.
                "\u00e9", "tab\t\uD83D\uDE00\u00e9\u2014", "lone \uD800 high", "lone \uDC00 low", "end \uD800",
                "q\"\uD800x", "q\"\uDC00", "q\"\uD800", "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00");
        List<String> iris = List.of("http://example.org/caf\u00e9", "http://example.org/a b", "http://example.org/a<b>",
                "http://example.org/{x}", "http://example.org/a|b^c`d", "http://example.org/a\\b", "http://example.org/q\"",
                "http://example.org/del\u007f", "http://example.org/ctl\u0001", "http://example.org/\u0014x", "",
                "http://example.org/\uD83D\uDE00", "http://example.org/a b\uD83D\uDE00", "http://example.org/\uD800");
        for (String t : texts) {
            for (Node o : List.of(NodeFactory.createLiteralString(t), NodeFactory.createLiteralLang(t, "en"),
                    NodeFactory.createLiteralDT(t, new BaseDatatype("http://example.org/dt")))) {
                a.quad(Quad.create(g, sub, p, o));
                b.quad(Quad.create(g, sub, p, o));
            }
        }
        for (String iri : iris) {
            Node n = NodeFactory.createURI(iri);
            a.quad(Quad.create(n, n, n, n));
            b.quad(Quad.create(n, n, n, n));
            Node dt = NodeFactory.createLiteralDT("x", new BaseDatatype(iri));
            a.quad(Quad.create(g, sub, p, dt));
            b.quad(Quad.create(g, sub, p, dt));
        }
        a.finish();
        b.finish();
        assertArrayEquals(jena.toByteArray(), ours.toByteArray());
    }
}
