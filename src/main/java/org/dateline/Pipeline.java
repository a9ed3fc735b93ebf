package org.dateline;

import java.nio.file.Path;
import org.apache.jena.riot.system.StreamRDF;
import org.dateline.extract.Annotations;
import org.dateline.extract.Extractor;
import org.dateline.ingest.Article;
import org.dateline.ingest.ArticleReader;
import org.dateline.ingest.IngestException;
import org.dateline.ingest.IngestOptions;
import org.dateline.link.Gazetteer;
import org.dateline.link.Linker;
import org.dateline.map.ArticleMapper;
import org.dateline.map.Iris;

/**
 * The one path from a file to RDF: ingest → extract → link → map. The CLI, the server, the tests and
 * the benchmark all run through here. Immutable and thread-safe: build once, share.
 */
public final class Pipeline {
    private final ArticleReader reader;
    private final Extractor extractor;
    private final Linker linker;
    private final ArticleMapper mapper;

    private Pipeline(ArticleReader reader, Extractor extractor, Linker linker, ArticleMapper mapper) {
        this.reader = reader;
        this.extractor = extractor;
        this.linker = linker;
        this.mapper = mapper;
    }

    /** A pipeline with the bundled gazetteer, default reading options and the default IRI base. */
    public static Pipeline create() {
        return create(Gazetteer.loadDefault(), IngestOptions.defaults(), Iris.DEFAULT_BASE);
    }

    public static Pipeline create(Gazetteer gazetteer, IngestOptions options, String base) {
        return create(gazetteer, options, base, Linker.create(gazetteer));
    }

    /**
     * A pipeline with its own linker, e.g. {@code Linker.create(gazetteer, wikidataClient)} for online
     * linking; {@code gazetteer}'s hand-checked part ({@link Gazetteer#curated()}) still drives extraction.
     */
    public static Pipeline create(Gazetteer gazetteer, IngestOptions options, String base, Linker linker) {
        return new Pipeline(ArticleReader.create(options), Extractor.create(gazetteer.curated()), linker,
                ArticleMapper.create(new Iris(base)));
    }

    /** Reads, extracts and links one file. */
    public ProcessedArticle process(Path file) throws IngestException {
        Article article = reader.read(file);
        return process(article);
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

    /** The same pipeline writing RDF with another mapper (a fixed clock, triple terms …). */
    public Pipeline withMapper(ArticleMapper other) {
        return new Pipeline(reader, extractor, linker, other);
    }

    public ArticleMapper mapper() {
        return mapper;
    }
}
