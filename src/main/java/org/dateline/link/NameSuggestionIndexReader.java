package org.dateline.link;

import static org.dateline.link.OpenDataFiles.object;
import static org.dateline.link.OpenDataFiles.str;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.dateline.knowledge.GazetteerEntry;
import org.dateline.model.EntityType;

/**
 * The name-suggestion-index (osmlab/name-suggestion-index, BSD 3-Clause): the brands, operators and transit
 * networks OpenStreetMap mappers tag, from its {@code data/} folder, each with the {@code brand:wikidata},
 * {@code operator:wikidata} or {@code network:wikidata} the index states. A brand or operator used in one
 * country gets that country; one used worldwide ({@code 001}) ranks a little higher.
 */
final class NameSuggestionIndexReader implements OpenDataSource {
    static final String FOLDER = "name-suggestion-index";
    /** The tag families whose {@code :wikidata} names an organisation. */
    private static final String[] KEYS = {"brand", "operator", "network"};

    @Override
    public String folder() {
        return FOLDER;
    }

    @Override
    public void read(Path dir, Map<String, String> countries, OpenDataRows rows) throws IOException {
        for (Path f : OpenDataFiles.files(dir, ".json")) {
            String rel = OpenDataFiles.relative(dir, f);
            String subtype = rel.contains("brands/") ? GazetteerEntry.BRAND : rel.contains("operators/") ? "operator"
                    : rel.contains("transit/") ? "transit-network" : null;
            if (subtype == null) {
                continue; // flags name places and groups by subject, not by the bearer's own name
            }
            JsonValue root = OpenDataFiles.parse(f);
            if (!root.isObject()) {
                throw new IOException(f + ": expected an object with \"items\"");
            }
            for (JsonObject item : OpenDataFiles.objects(root.getAsObject().get("items"))) {
                offer(item, subtype, countries, rows, FOLDER + "/" + rel);
            }
        }
    }

    private static void offer(JsonObject item, String subtype, Map<String, String> countries, OpenDataRows rows,
                              String source) {
        JsonObject tags = object(item, "tags");
        if (tags == null) {
            return;
        }
        List<String> include = strings(object(item, "locationSet"), "include");
        String country = include.size() == 1 ? countries.getOrDefault(include.get(0).toUpperCase(Locale.ROOT), "") : "";
        double prior = include.contains("001") ? 0.55 : 0.4;
        for (String key : KEYS) {
            String qid = str(tags, key + ":wikidata");
            String name = str(tags, key);
            if (qid == null || name == null) {
                continue;
            }
            String english = str(tags, key + ":en");
            List<String> aliases = new ArrayList<>();
            aliases.add(name);
            if (name.equals(str(tags, "name"))) {
                String nameEn = str(tags, "name:en");
                if (nameEn != null) {
                    aliases.add(nameEn);
                }
            }
            // Short forms and the index's lower-case match names are too loose to link alone.
            List<String> shortNames = new ArrayList<>();
            String shortName = str(tags, key + ":short");
            if (shortName != null) {
                shortNames.add(shortName);
            }
            shortNames.addAll(strings(item, "matchNames"));
            rows.offer(new OpenDataRows.Offer(source, qid, english != null ? english : name, EntityType.ORGANIZATION,
                    subtype, country, aliases, shortNames, null, null, prior));
        }
    }

    private static List<String> strings(JsonObject o, String key) {
        List<String> out = new ArrayList<>();
        JsonValue v = o == null ? null : o.get(key);
        if (v != null && v.isArray()) {
            for (JsonValue x : v.getAsArray()) {
                if (x.isString()) {
                    out.add(x.getAsString().value());
                }
            }
        }
        return out;
    }
}
