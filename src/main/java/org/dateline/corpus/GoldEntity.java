package org.dateline.corpus;

import java.util.List;
import org.dateline.model.EntityType;

/**
 * A named entity of a converted document: its fullest name, its type, its names as printed, in order, and the
 * English Wikipedia title the corpus links it to (null when it gives none). The title is kept for scoring links
 * only: it is never a source of Wikidata identifiers.
 */
public record GoldEntity(String name, EntityType type, List<String> mentions, String wikipedia) {
    public GoldEntity {
        mentions = List.copyOf(mentions);
    }

    /** An entity the corpus links to no Wikipedia page. */
    public GoldEntity(String name, EntityType type, List<String> mentions) {
        this(name, type, mentions, null);
    }
}
