package org.dateline.map;

import org.apache.jena.riot.system.StreamRDF;
import org.dateline.ProcessedArticle;

/** Writes an article's RDF to a {@link StreamRDF}. Thread-safe. */
public final class ArticleMapper {
    private final Iris iris;

    private ArticleMapper(Iris iris) {
        this.iris = iris;
    }

    public static ArticleMapper create(Iris iris) {
        return new ArticleMapper(iris);
    }

    public Iris iris() {
        return iris;
    }

    public void map(ProcessedArticle processed, StreamRDF out) {
    }
}
