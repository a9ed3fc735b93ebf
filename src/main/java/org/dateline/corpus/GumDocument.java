package org.dateline.corpus;

import java.util.List;

/**
 * A GUM document as an article: its text laid out by {@link DocumentText} and its named people, organisations
 * and places.
 */
public record GumDocument(String id, DocumentText text, List<GoldEntity> entities) {
    public GumDocument {
        entities = List.copyOf(entities);
    }

    /** GUM's genre, from the document name ({@code GUM_news_nasa} is news). */
    public String genre() {
        return GumCorpus.genre(id);
    }
}
