package org.dateline.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dateline.extract.Annotations;
import org.dateline.extract.Entity;
import org.dateline.model.EntityType;
import org.dateline.extract.Mention;
import org.dateline.ingest.Article;
import org.dateline.ingest.Dateline;
import org.dateline.ingest.SourceFormat;
import org.dateline.model.Span;
import org.dateline.knowledge.GazetteerEntry;

/** Hand-built articles and entities for linker tests: only what the linker reads is filled in. */
final class LinkerFixtures {
    private LinkerFixtures() { }

    static Article article(String datelinePlace, String datelineRegion) {
        Dateline d = datelinePlace == null && datelineRegion == null ? null
                : new Dateline(datelinePlace, datelineRegion, null, null, new Span(0, 0), null);
        return new Article(null, SourceFormat.TEXT, "", "", "test", null, List.of(), null, null, null, d, null,
                List.of(), List.of());
    }

    /** An article with a text and no dateline. */
    static Article article(String text) {
        return new Article(null, SourceFormat.TEXT, text, "", "test", null, List.of(), null, null, null, null, null,
                List.of(), List.of());
    }

    /** An entity named wherever {@code text} prints its name, each time a mention. */
    static Entity entityIn(String text, EntityType type, String name) {
        List<Mention> ms = new ArrayList<>();
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            ms.add(new Mention(new Span(at, at + name.length()), name));
        }
        String key = type.name().toLowerCase(Locale.ROOT) + "/" + name.toLowerCase(Locale.ROOT).replaceAll("\\W+", "-");
        return new Entity(key, type, name, ms, List.of(), null);
    }

    /** An entity with a key made from its name and one dummy-span mention per text. */
    static Entity entity(EntityType type, String name, String... mentions) {
        List<Mention> ms = new ArrayList<>();
        int at = 0;
        for (String m : mentions.length == 0 ? new String[] {name} : mentions) {
            ms.add(new Mention(new Span(at, at + m.length()), m));
            at += m.length() + 1;
        }
        String key = type.name().toLowerCase(Locale.ROOT) + "/" + name.toLowerCase(Locale.ROOT).replaceAll("\\W+", "-");
        return new Entity(key, type, name, ms, List.of(), null);
    }

    static Annotations annotations(Entity... entities) {
        return new Annotations(List.of(entities), List.of(), List.of(), List.of());
    }

    static GazetteerEntry entry(String qid, String label, EntityType type, String subtype, String country,
                                double prior, List<String> aliases, List<String> shortNames) {
        return new GazetteerEntry(qid, label, type, subtype, country, aliases, null, null, prior, "test", shortNames);
    }
}
