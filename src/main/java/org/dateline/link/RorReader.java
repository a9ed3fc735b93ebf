package org.dateline.link;

import static org.dateline.link.OpenDataFiles.object;
import static org.dateline.link.OpenDataFiles.objects;
import static org.dateline.link.OpenDataFiles.str;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.dateline.model.EntityType;

/**
 * Research Organization Registry records (ROR, CC0; one JSON record a file, as in ror-community/ror-records,
 * schema 2, or schema 1 records): active organisations with the Wikidata id the record states, their
 * names, acronyms (short names) and country. When a record occurs in several release folders, the one
 * last modified wins (ties: the later path).
 */
final class RorReader implements OpenDataSource {
    static final String FOLDER = "ror";

    @Override
    public String folder() {
        return FOLDER;
    }

    private record Record(String modified, JsonObject json, String rel) { }

    @Override
    public void read(Path dir, Map<String, String> countries, OpenDataRows rows) throws IOException {
        Map<String, Record> latest = new TreeMap<>();
        for (Path f : OpenDataFiles.files(dir, ".json")) {
            JsonValue v = OpenDataFiles.parse(f);
            if (!v.isObject() || str(v.getAsObject(), "id") == null) {
                continue; // not a ROR record (a release manifest, say)
            }
            JsonObject j = v.getAsObject();
            String modified = str(object(object(j, "admin"), "last_modified"), "date");
            Record r = new Record(modified == null ? "" : modified, j, OpenDataFiles.relative(dir, f));
            latest.merge(str(j, "id"), r, (a, b) -> b.modified().compareTo(a.modified()) >= 0 ? b : a);
        }
        for (Record r : latest.values()) {
            offer(r.json(), countries, rows);
        }
    }

    private static void offer(JsonObject j, Map<String, String> countries, OpenDataRows rows) {
        if (!"active".equals(str(j, "status"))) {
            return;
        }
        String qid = wikidata(j);
        if (qid == null) {
            return;
        }
        String label = null;
        List<String> aliases = new ArrayList<>();
        List<String> acronyms = new ArrayList<>();
        if (j.get("names") != null && j.get("names").isArray()) { // schema 2
            for (JsonObject n : objects(j.get("names"))) {
                String value = str(n, "value");
                String lang = str(n, "lang");
                List<String> types = strings(n.get("types"));
                if (value == null) {
                    continue;
                }
                if (types.contains("ror_display")) {
                    // "Toyota Motor Corporation (Japan)": the qualifier tells homonyms apart in ROR, not in print.
                    label = value.replaceAll("\\s*\\([^()]*\\)$", "");
                } else if (types.contains("acronym")) {
                    acronyms.add(value);
                } else if (lang == null || lang.equals("en") || types.contains("alias")) {
                    aliases.add(value);
                }
            }
        } else { // schema 1
            label = str(j, "name");
            aliases.addAll(strings(j.get("aliases")));
            acronyms.addAll(strings(j.get("acronyms")));
            for (JsonObject l : objects(j.get("labels"))) {
                if ("en".equals(str(l, "iso639"))) {
                    aliases.add(str(l, "label"));
                }
            }
        }
        String code = null;
        List<JsonObject> locations = objects(j.get("locations"));
        if (!locations.isEmpty()) {
            code = str(object(locations.get(0), "geonames_details"), "country_code");
        } else if (object(j, "country") != null) {
            code = str(object(j, "country"), "country_code");
        }
        List<String> types = strings(j.get("types"));
        String subtype = types.isEmpty() ? "" : types.get(0).toLowerCase(java.util.Locale.ROOT);
        rows.offer(new OpenDataRows.Offer(FOLDER, qid, label, EntityType.ORGANIZATION, subtype,
                code == null ? "" : countries.getOrDefault(code, ""), aliases, acronyms, null, null, 0.4));
    }

    /** The preferred Wikidata id of either schema's {@code external_ids}, or the first listed. */
    private static String wikidata(JsonObject j) {
        JsonValue ext = j.get("external_ids");
        JsonObject wd = null;
        if (ext != null && ext.isArray()) {
            for (JsonObject e : objects(ext)) {
                if ("wikidata".equalsIgnoreCase(str(e, "type"))) {
                    wd = e;
                }
            }
        } else if (ext != null && ext.isObject()) {
            wd = object(ext.getAsObject(), "Wikidata");
        }
        if (wd == null) {
            return null;
        }
        String preferred = str(wd, "preferred");
        if (preferred != null) {
            return preferred;
        }
        List<String> all = strings(wd.get("all"));
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<String> strings(JsonValue v) {
        List<String> out = new ArrayList<>();
        if (v != null && v.isArray()) {
            for (JsonValue x : v.getAsArray()) {
                if (x.isString()) {
                    out.add(x.getAsString().value());
                }
            }
        } else if (v != null && v.isString()) {
            out.add(v.getAsString().value());
        }
        return out;
    }
}
