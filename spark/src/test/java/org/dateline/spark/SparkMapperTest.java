package org.dateline.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.dateline.map.Iris;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import picocli.CommandLine;

/**
 * The Spark job, run in {@code local[2]} as a user runs it, maps a CC-NEWS-style web archive (gzipped, one member per
 * record, written here with jwarc) and a folder of article files into shards whose N-Quads parse, and whose quads are
 * those {@code dateline map --format nquads} writes for the same input, the run times masked: each article in its own
 * named graph, the entity descriptions once, a page that is no article reported and the rest mapped.
 */
class SparkMapperTest {
    /** The repository's articles: the module's tests run from spark/, beside the core. */
    private static final Path ARTICLES = Path.of("..", "src", "test", "resources", "articles");
    private static final Path HOLDOUT = Path.of("..", "src", "test", "resources", "holdout");
    private static final Instant FETCHED = Instant.parse("2016-03-01T23:30:00Z");
    /** The run times stamped on each article graph's provenance: the one thing two runs do not share. */
    private static final Set<String> RUN_TIMES = Set.of("http://www.w3.org/ns/prov#generatedAtTime",
            "http://www.w3.org/ns/prov#endedAtTime");

    @TempDir
    static Path dir;
    static Path warc;
    static Path folder;
    static int pages;

    @BeforeAll
    static void inputs() throws IOException {
        warc = dir.resolve("CC-NEWS-20160301233000-00001.warc.gz");
        List<Path> articles;
        try (Stream<Path> s = Stream.concat(Files.list(ARTICLES), Files.list(HOLDOUT))) {
            articles = s.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".txt")).sorted().toList();
        }
        try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            for (Path a : articles.subList(0, articles.size() - 2)) {
                String name = a.getFileName().toString();
                String type = name.endsWith(".html") ? "text/html; charset=utf-8" : "text/plain; charset=utf-8";
                response(w, "https://news.example.org/stories/" + name.replaceFirst("\\.[a-z]+$", ""), type,
                        Files.readAllBytes(a));
                pages++;
            }
            response(w, "https://news.example.org/", "text/html", "<html><body><nav><a href=/a>A</a></nav></body></html>"
                    .getBytes(StandardCharsets.UTF_8));
            response(w, "https://news.example.org/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        }
        // The last two articles as files in a folder, beside a file that is no article.
        folder = Files.createDirectories(dir.resolve("wire"));
        for (Path a : articles.subList(articles.size() - 2, articles.size())) {
            Files.copy(a, folder.resolve(a.getFileName()));
        }
        Files.writeString(folder.resolve("README.md"), "Not an article.\n");
    }

    private static void response(WarcWriter w, String address, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body).build();
        w.write(new WarcResponse.Builder(address).date(FETCHED).body(http).build());
    }

    @Test
    void sparkWritesTheQuadsMapWritesShardedWithEachEntityLineOnce() throws Exception {
        Path out = dir.resolve("out");
        StringWriter sparkErr = new StringWriter();
        System.setProperty("spark.ui.enabled", "false");
        CommandLine spark = Main.commandLine();
        spark.setErr(new PrintWriter(sparkErr));
        int sparkExit = spark.execute("map", "--master", "local[2]", "--partitions", "3", warc.toString(),
                folder.toString(), "--out", out.toString());

        Path mapped = dir.resolve("map.nq");
        StringWriter mapErr = new StringWriter();
        CommandLine map = org.dateline.cli.Main.commandLine();
        map.setErr(new PrintWriter(mapErr));
        int mapExit = map.execute("map", warc.toString(), folder.toString(), "--format", "nquads", "--threads", "2",
                "--out", mapped.toString());

        // Both report the page that is no article, and map the rest.
        assertEquals(1, sparkExit, sparkErr.toString());
        assertEquals(1, mapExit, mapErr.toString());
        int articles = pages + 2;
        assertTrue(sparkErr.toString().contains("mapped " + articles + " articles, 1 failed"), sparkErr.toString());
        assertTrue(mapErr.toString().contains("mapped " + articles + " articles, 1 failed"), mapErr.toString());
        List<String> failures = lines(out.resolve(SparkMapper.FAILURES_FILE));
        assertEquals(1, failures.size(), failures.toString());
        assertTrue(failures.get(0).contains(warc.getFileName() + ", record at byte ")
                && failures.get(0).contains("(https://news.example.org/): no article text found"), failures.get(0));
        assertTrue(sparkErr.toString().contains("passed over 1 files that are neither articles nor web archives"),
                sparkErr.toString());

        // The output folder holds shards, the entities and the failures, and no scratch.
        List<Path> shards;
        try (Stream<Path> s = Files.list(out)) {
            shards = s.filter(p -> p.getFileName().toString().matches("part-\\d{5}\\.nq\\.gz")).sorted().toList();
        }
        assertFalse(shards.isEmpty());
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(Set.of(), s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("_") && !n.equals("_SUCCESS")
                    && !n.startsWith("._")).collect(Collectors.toSet()));
        }

        // Every shard parses; each article is one named graph, in one shard only; the entities file has its own.
        Node entities = NodeFactory.createURI(new Iris(Iris.DEFAULT_BASE).entitiesGraph());
        DatasetGraph fromSpark = DatasetGraphFactory.create();
        Set<Node> graphs = new HashSet<>();
        for (Path shard : shards) {
            DatasetGraph one = parse(shard);
            one.listGraphNodes().forEachRemaining(g -> {
                assertFalse(g.equals(entities), shard + " holds entity descriptions");
                assertTrue(graphs.add(g), g + " is in two shards");
            });
            one.find().forEachRemaining(fromSpark::add);
        }
        assertEquals(articles, graphs.size());
        List<String> entityLines = lines(out.resolve(SparkMapper.ENTITIES_FILE));
        assertEquals(new TreeSet<>(entityLines).stream().toList(), entityLines, "entity lines sorted, each once");
        DatasetGraph entityQuads = parse(out.resolve(SparkMapper.ENTITIES_FILE));
        entityQuads.find().forEachRemaining(q -> assertEquals(entities, q.getGraph(), q.toString()));
        entityQuads.find().forEachRemaining(fromSpark::add);
        assertTrue(sparkErr.toString().contains("with " + String.format(java.util.Locale.ROOT, "%,d", entityLines.size())
                + " entity lines"), sparkErr.toString());

        // The same quads as map's, but for the times of the runs.
        Set<String> ours = masked(fromSpark);
        Set<String> theirs = masked(parse(mapped));
        Set<String> onlySpark = new TreeSet<>(ours);
        onlySpark.removeAll(theirs);
        Set<String> onlyMap = new TreeSet<>(theirs);
        onlyMap.removeAll(ours);
        assertTrue(onlySpark.isEmpty() && onlyMap.isEmpty(), () -> "only from Spark: " + first(onlySpark)
                + "\nonly from map: " + first(onlyMap));
        assertTrue(ours.size() > 1000, "quads: " + ours.size());
    }

    private static DatasetGraph parse(Path file) throws IOException {
        DatasetGraph dsg = DatasetGraphFactory.create();
        try (InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file))
                : Files.newInputStream(file)) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(dsg);
        }
        return dsg;
    }

    private static Set<String> masked(DatasetGraph dsg) {
        Set<String> out = new HashSet<>();
        dsg.find().forEachRemaining(q -> {
            Quad m = RUN_TIMES.contains(q.getPredicate().getURI())
                    ? Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(), NodeFactory.createLiteralString("(run time)"))
                    : q;
            out.add(m.toString());
        });
        return out;
    }

    private static List<String> lines(Path gz) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)),
                StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                out.add(line);
            }
        }
        return out;
    }

    private static String first(Set<String> quads) {
        return quads.size() + " " + quads.stream().limit(5).collect(Collectors.joining("\n  ", "\n  ", ""));
    }
}
