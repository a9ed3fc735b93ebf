package org.dateline.knowledge;

import java.util.List;
import org.dateline.model.EntityType;

/**
 * One reference entity with a verified Wikidata identifier, as kept in {@code data/gazetteer/}.
 *
 * @param qid        Wikidata identifier ("Q649")
 * @param label      English label ("Moscow")
 * @param type       person, organisation or place
 * @param subtype    a finer class ("country", "city", "governorate", "government-seat", "news-agency"), or ""
 * @param country    the QID of the country it belongs to, or "" (a country names itself)
 * @param aliases    other full names it goes by (official and short forms, transliterations, "al-" forms);
 *                   demonyms are not aliases (they live in {@code data/lexicon/demonyms.tsv})
 * @param latitude   WGS84 latitude, or null
 * @param longitude  WGS84 longitude, or null
 * @param prior      how likely a mention of one of its names means this entity, in [0, 1]
 * @param source     where the row comes from, so every QID can be traced to its evidence
 * @param shortNames names too ambiguous to link on their own ("Lincoln", "Aleppo", "Congress"): the linker
 *                   uses them only when the article supports the entity (same country)
 */
public record GazetteerEntry(String qid, String label, EntityType type, String subtype, String country,
                             List<String> aliases, Double latitude, Double longitude, double prior, String source,
                             List<String> shortNames) {
    public GazetteerEntry {
        aliases = List.copyOf(aliases);
        shortNames = List.copyOf(shortNames);
    }

    /** Whether the entry's label or one of its aliases is the name, letter case aside (not a short form of it). */
    public boolean namedExactly(String name) {
        return label.equalsIgnoreCase(name) || aliases.stream().anyMatch(a -> a.equalsIgnoreCase(name));
    }

    /** The subtype of museums and archives (the Research Organization Registry's type "archive"). */
    public static final String ARCHIVE = "archive";
    /** The subtype of the name-suggestion-index's brands (shops, chains, products). */
    public static final String BRAND = "brand";

    /** An entry without short names (the original ten-column row). */

    public GazetteerEntry(String qid, String label, EntityType type, String subtype, String country,
                          List<String> aliases, Double latitude, Double longitude, double prior, String source) {
        this(qid, label, type, subtype, country, aliases, latitude, longitude, prior, source, List.of());
    }

    /** The country this entry is in, or itself when it is a country; "" when it has none. */
    public String countryOrSelf() {
        return "country".equals(subtype) ? qid : country;
    }
}
