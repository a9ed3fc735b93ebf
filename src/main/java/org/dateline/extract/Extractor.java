package org.dateline.extract;

import org.dateline.ingest.Article;
import org.dateline.link.Gazetteer;

/** Finds entities, quotes, time expressions and events in an article. Thread-safe. */
public final class Extractor {
    private final Gazetteer gazetteer;

    private Extractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public static Extractor create(Gazetteer gazetteer) {
        return new Extractor(gazetteer);
    }

    public Annotations extract(Article article) {
        return Annotations.none();
    }
}
