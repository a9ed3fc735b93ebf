package org.dateline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.dateline.ingest.IngestException;
import org.dateline.ingest.IngestOptions;
import org.dateline.knowledge.Gazetteer;
import org.dateline.map.ArticleMapper;
import org.dateline.map.Iris;
import org.dateline.link.ProcessedArticle;

/** The gold articles copied into the repository, and a pipeline that maps them reproducibly. */
public final class TestArticles {
    public static final Path DIR = Path.of("src/test/resources/articles");
    public static final Path SAMPLE = DIR.resolve("upi-2015-10-03-russia-airstrikes-syria.txt");
    /** Provenance times are stamped with this instant in tests, so output is the same on every run. */
    public static final Clock FIXED_CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private static final Gazetteer GAZETTEER = Gazetteer.loadDefault();

    private TestArticles() { }

    /** The independently written holdout sets (see their READMEs): every {@code holdout*} folder, in number order. */
    public static final List<Path> HOLDOUT_DIRS = holdoutDirs();

    private static List<Path> holdoutDirs() {
        try (Stream<Path> dirs = Files.list(Path.of("src/test/resources"))) {
            return dirs.filter(Files::isDirectory).filter(d -> d.getFileName().toString().matches("holdout\\d*"))
                    .sorted(java.util.Comparator.comparingInt(d -> {
                        String n = d.getFileName().toString().substring("holdout".length());
                        return n.isEmpty() ? 1 : Integer.parseInt(n);
                    })).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every article file (not the gold JSON) in the test folder, sorted. */
    public static List<Path> all() {
        return in(DIR);
    }

    /** The articles of {@link #all()} and of every holdout set present: for checks that must hold on any article. */
    public static List<Path> everyArticle() {
        List<Path> out = new java.util.ArrayList<>(all());
        HOLDOUT_DIRS.stream().filter(Files::isDirectory).forEach(d -> out.addAll(in(d)));
        return out;
    }

    /**
     * Every line of the plain-text articles in {@code data/articles} and the test folder: real text for tests that hold
     * a hand-written shortcut to the code it stands in for.
     */
    public static List<String> textLines() {
        List<String> out = new java.util.ArrayList<>();
        for (Path dir : List.of(Path.of("data/articles"), DIR)) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    out.addAll(Files.readAllLines(f));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static List<Path> in(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(org.dateline.ingest.ArticleReader::isArticleFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path gold(Path article) {
        String name = article.getFileName().toString();
        return article.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".gold.json");
    }

    /** One pipeline for all tests (pipelines are immutable and thread-safe; building one loads the models). */
    public static Pipeline pipeline() {
        return Shared.PIPELINE;
    }

    /** The test pipeline with the fixed clock: its output is the same on every run. */
    public static Pipeline pipelineWithFixedClock() {
        return Shared.FIXED;
    }

    private static final class Shared {
        static final Pipeline PIPELINE = Pipeline.builder().gazetteer(GAZETTEER).build();
        static final Pipeline FIXED = Pipeline.builder().gazetteer(GAZETTEER).clock(FIXED_CLOCK).build();
    }

    public static ArticleMapper fixedMapper() {
        return ArticleMapper.create(new Iris(Iris.DEFAULT_BASE)).withClock(FIXED_CLOCK).withCoordinates(GAZETTEER);
    }

    /** Maps one article with the fixed clock into a fresh dataset. */
    public static DatasetGraph map(Path article) {
        try {
            ProcessedArticle p = pipeline().process(article);
            DatasetGraph dsg = DatasetGraphFactory.create();
            fixedMapper().map(p, StreamRDFLib.dataset(dsg));
            return dsg;
        } catch (IngestException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
