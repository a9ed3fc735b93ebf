package org.dateline.extract;

import java.util.List;
import org.dateline.model.EntityType;

/**
 * A person, organisation or place the article talks about, with every mention that refers to it
 * (short forms and titles resolved within the article).
 *
 * @param key      an identifier unique within the article, stable across runs ("person/barack-obama")
 * @param type     person, organisation or place
 * @param name     the fullest name the article gives ("Jane Q. Doe")
 * @param mentions where it is named, in text order
 * @param roles    titles, ranks and roles given to it ("President", "Colonel General"), in order, no repeats
 * @param country  the country it is tied to by the text ("U.S." in "U.S. President"), as printed, or null
 * @param evidence why it is an entity of its type: the decisions taken about its mentions, one line each
 *                 ({@code PERSON by TitleBeforeName ("President" in lexicon/titles.txt)}), in text order, no repeats
 * @param honorifics styles of address printed before its name ("Mr", "Dr", "Datuk"), in order, no repeats: how the
 *                 person is addressed, kept apart from {@code roles} because they say nothing of an office
 */
public record Entity(String key, EntityType type, String name, List<Mention> mentions, List<String> roles,
                     String country, List<String> evidence, List<String> honorifics) {
    public Entity {
        mentions = List.copyOf(mentions);
        roles = List.copyOf(roles);
        evidence = List.copyOf(evidence);
        honorifics = List.copyOf(honorifics);
    }

    /** An entity no style of address is printed before. */
    public Entity(String key, EntityType type, String name, List<Mention> mentions, List<String> roles,
                  String country, List<String> evidence) {
        this(key, type, name, mentions, roles, country, evidence, List.of());
    }

    /** Whether one of the decisions behind it is {@code rule}'s ("PERSON by RoleBefore (...)" is RoleBefore's). */
    public boolean decidedBy(String rule) {
        String by = " by " + rule + " ";
        return evidence.stream().anyMatch(line -> line.contains(by) || line.endsWith(" by " + rule));
    }

    /** An entity with no recorded evidence (made by hand, as in tests). */
    public Entity(String key, EntityType type, String name, List<Mention> mentions, List<String> roles, String country) {
        this(key, type, name, mentions, roles, country, List.of(), List.of());
    }
}
