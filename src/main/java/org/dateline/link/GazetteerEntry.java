package org.dateline.link;

import java.util.List;
import org.dateline.extract.EntityType;

/**
 * One reference entity with a verified Wikidata identifier, as kept in {@code data/gazetteer/}.
 *
 * @param qid      Wikidata identifier ("Q649")
 * @param label    English label ("Moscow")
 * @param type     person, organisation or place
 * @param subtype  a finer class ("country", "city", "governorate", "government-body", "news-agency"), or ""
 * @param country  the QID of the country it belongs to, or "" (a country names itself)
 * @param aliases  other names it goes by: short forms, transliterations, demonyms are not aliases
 * @param latitude  WGS84 latitude, or null
 * @param longitude WGS84 longitude, or null
 * @param prior    how likely a mention of one of its names means this entity, in [0, 1]
 * @param source   the file the row comes from, so every QID can be traced to its evidence
 */
public record GazetteerEntry(String qid, String label, EntityType type, String subtype, String country,
                             List<String> aliases, Double latitude, Double longitude, double prior, String source) {
    public GazetteerEntry {
        aliases = List.copyOf(aliases);
    }
}
