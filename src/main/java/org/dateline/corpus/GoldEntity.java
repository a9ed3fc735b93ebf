package org.dateline.corpus;

import java.util.List;
import org.dateline.model.EntityType;

/** A named entity of a converted document: its fullest name, its type and its names as printed, in order. */
public record GoldEntity(String name, EntityType type, List<String> mentions) {
    public GoldEntity {
        mentions = List.copyOf(mentions);
    }
}
