package org.dateline;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.jena.riot.system.StreamRDF;
import org.dateline.extract.Annotations;
import org.dateline.extract.Extractor;
import org.dateline.ingest.Article;
import org.dateline.ingest.ArticleReader;
import org.dateline.ingest.ArticleSource;
import org.dateline.ingest.ArticleSources;
import org.dateline.ingest.Origin;
import org.dateline.ingest.IngestException;
import org.dateline.ingest.IngestOptions;
import org.dateline.knowledge.Gazetteer;
import org.dateline.link.Linker;
import org.dateline.map.ArticleMapper;
import org.dateline.map.Iris;
import org.dateline.link.ProcessedArticle;

/**
 * The one path from a file, or a web archive's page, to RDF: ingest → extract → link → map. The CLI, the server, the tests and
 * the benchmark all run through here. Immutable and thread-safe: build once, share.
 */
public final class Pipeline {
    private final IngestOptions options;
    private final ArticleReader reader;
    private final Extractor extractor;
    private final Linker linker;
    private final ArticleMapper mapper;

    private Pipeline(IngestOptions options, Extractor extractor, Linker linker, ArticleMapper mapper) {
        this.options = options;
        this.reader = ArticleReader.create(options);
        this.extractor = extractor;
        this.linker = linker;
        this.mapper = mapper;
    }

    /** A pipeline with the bundled gazetteer, default reading options and the default IRI base. */
    public static Pipeline create() {
        return builder().build();
    }

    /**
     * A builder, in the style of RIOT's {@code RDFParser.create()…build()}:
     * {@code Pipeline.builder().gazetteer(g).base("https://news.example/").build()}. Every part left unset
     * takes its default.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Reads, extracts and links one file. */
    public ProcessedArticle process(Path file) throws IngestException {
        return process(read(file));
    }

    /** Reads one file, the first stage only: enough to know its checksum and its graph. */
    public Article read(Path file) throws IngestException {
        return reader.read(file);
    }

    /** Reads one article of a batch: a file, or a page of a web archive (see {@link #sources}). */
    public Article read(ArticleSource source) throws IngestException {
        return reader.read(source);
    }

    /** Reads an article from its bytes, with where and when they came from (see {@link ArticleReader#read(Origin, byte[])}). */
    public Article read(Origin origin, byte[] bytes) throws IngestException {
        return reader.read(origin, bytes);
    }

    /**
     * The articles of these files in order, lazily: a web archive stands for its pages. Close it when stopping early.
     */
    public ArticleSources sources(List<Path> files) {
        return ArticleSources.of(files, options.maxBytes());
    }

    /** Extracts and links an article already read. */
    public ProcessedArticle process(Article article) {
        Annotations annotations = extractor.extract(article);
        return new ProcessedArticle(article, annotations, linker.link(article, annotations));
    }

    /** Maps one file to RDF quads on {@code out}: its named graph plus the shared entity descriptions. */
    public ProcessedArticle map(Path file, StreamRDF out) throws IngestException {
        ProcessedArticle processed = process(file);
        mapper.map(processed, out);
        return processed;
    }

    /** Maps one article of a batch to RDF quads on {@code out}, as {@link #map(Path, StreamRDF)} does a file. */
    public ProcessedArticle map(ArticleSource source, StreamRDF out) throws IngestException {
        return map(read(source), out);
    }

    /** Maps an article already read. */
    public ProcessedArticle map(Article article, StreamRDF out) {
        ProcessedArticle processed = process(article);
        mapper.map(processed, out);
        return processed;
    }

    public ArticleMapper mapper() {
        return mapper;
    }

    /** Collects a pipeline's parts; not thread-safe, used once. */
    public static final class Builder {
        private Gazetteer gazetteer;
        private IngestOptions options = IngestOptions.defaults();
        private String base = Iris.DEFAULT_BASE;
        private Linker linker;
        private boolean tripleTerms;
        private Clock clock;
        private boolean learned = true;

        private Builder() { }

        /**
         * The gazetteer the linker links against and whose hand-checked part ({@link Gazetteer#curated()})
         * extraction types names with (default: the bundled one).
         */
        public Builder gazetteer(Gazetteer gazetteer) {
            this.gazetteer = gazetteer;
            return this;
        }

        /** How articles are read: size limit, fallback date (default: {@link IngestOptions#defaults()}). */
        public Builder ingestOptions(IngestOptions options) {
            this.options = options;
            return this;
        }

        /** The base of minted IRIs (default: {@link Iris#DEFAULT_BASE}). */
        public Builder base(String base) {
            this.base = base;
            return this;
        }

        /**
         * The linker, e.g. {@code Linker.create(gazetteer, wikidataClient)} for online linking (default:
         * {@code Linker.create(gazetteer)}); the gazetteer still drives extraction.
         */
        public Builder linker(Linker linker) {
            this.linker = linker;
            return this;
        }

        /** Whether the mapper also annotates statements with RDF triple terms (default: no). */
        public Builder tripleTerms(boolean tripleTerms) {
            this.tripleTerms = tripleTerms;
            return this;
        }

        /** The clock stamped on each article's provenance (default: the system clock); fixed for reproducible dumps. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * Whether extraction uses the learned parts, the sequence model and the name decider (default: yes); without
         * them names are found and typed by the rules and the gazetteer alone, as Dateline 0.1 did.
         */
        public Builder learned(boolean learned) {
            this.learned = learned;
            return this;
        }

        public Pipeline build() {
            Gazetteer g = gazetteer != null ? gazetteer : Gazetteer.loadDefault();
            ArticleMapper mapper = ArticleMapper.create(new Iris(base)).withTripleTerms(tripleTerms).withCoordinates(g);
            Extractor extractor = learned ? Extractor.create(g) : Extractor.create(g, null, null);
            return new Pipeline(options, extractor,
                    linker != null ? linker : Linker.create(g), clock != null ? mapper.withClock(clock) : mapper);
        }
    }
}
