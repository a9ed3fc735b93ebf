package org.dateline.link;

import static org.dateline.link.OpenDataFiles.num;
import static org.dateline.link.OpenDataFiles.object;
import static org.dateline.link.OpenDataFiles.str;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.dateline.model.EntityType;

/**
 * Who's On First (whosonfirst-data-admin-XX repositories; CC BY 4.0 with its sources' attributions): one
 * GeoJSON record per place, any folder depth, each stating its Wikidata item in
 * {@code wof:concordances} as {@code wd:id}. Localities, municipalities, counties, regions,
 * neighbourhoods, campuses (airports) and marine areas are kept with their English names, country,
 * label point and population; records that are no longer current, deprecated or superseded are
 * skipped, and so are countries, continents and oceans (the hand-checked layer has them).
 */
final class WhosOnFirstReader implements OpenDataSource {
    static final String FOLDER = "whosonfirst";

    /** Placetypes kept, with the subtype each becomes. */
    private static final Map<String, String> SUBTYPES = Map.of("locality", "city", "localadmin", "municipality",
            "county", "county", "region", "region", "macroregion", "region", "borough", "neighbourhood",
            "neighbourhood", "neighbourhood", "macrohood", "neighbourhood", "campus", "campus",
            "marinearea", "marine-area");

    @Override
    public String folder() {
        return FOLDER;
    }

    @Override
    public void read(Path dir, Map<String, String> countries, OpenDataRows rows) throws IOException {
        for (Path f : OpenDataFiles.files(dir, ".geojson")) {
            if (f.getFileName().toString().contains("-alt-")) {
                continue; // an alternative geometry of a record read elsewhere
            }
            JsonValue root = OpenDataFiles.parse(f);
            JsonObject p = root.isObject() ? object(root.getAsObject(), "properties") : null;
            if (p == null) {
                throw new IOException(f + ": not a Who's On First record (expected a GeoJSON Feature with properties)");
            }
            offer(p, countries, rows, source(dir, f));
        }
    }

    private static void offer(JsonObject p, Map<String, String> countries, OpenDataRows rows, String source) {
        JsonObject concordances = object(p, "wof:concordances");
        String qid = str(concordances, "wd:id");
        String subtype = SUBTYPES.get(str(p, "wof:placetype"));
        if (qid == null || subtype == null || !current(p)) {
            return;
        }
        List<String> english = strings(p, "name:eng_x_preferred");
        String name = str(p, "wof:name");
        String label = english.isEmpty() ? name : english.get(0);
        if (label == null) {
            return;
        }
        List<String> aliases = new ArrayList<>();
        if (name != null) {
            aliases.add(name);
        }
        aliases.addAll(english);
        aliases.addAll(strings(p, "name:eng_x_variant"));
        Double pop = num(p, "wof:population", "gn:population");
        double prior = prior(subtype, pop == null ? 0 : pop);
        Double lat = num(p, "lbl:latitude", "geom:latitude");
        Double lon = num(p, "lbl:longitude", "geom:longitude");
        rows.offer(new OpenDataRows.Offer(source, qid, label, EntityType.PLACE, subtype,
                countries.getOrDefault(str(p, "wof:country", "iso:country"), ""), aliases, List.of(), lat, lon, prior));
    }

    /**
     * The prior of a record: from population for towns and municipalities; a first-level division at least
     * 0.6 (as in countries-states-cities), a second-level one 0.3; neighbourhoods, campuses and sea areas,
     * which share names with better-known places, 0.1 to 0.3.
     */
    static double prior(String subtype, double population) {
        return switch (subtype) {
            case "region" -> Math.max(0.6, Popularity.population(population));
            case "county" -> 0.3;
            case "campus", "marine-area" -> 0.3;
            case "neighbourhood" -> 0.1;
            default -> Popularity.population(population);
        };
    }

    /** Whether the record describes a place as it is now (not ceased, deprecated or replaced). */
    private static boolean current(JsonObject p) {
        Double current = num(p, "mz:is_current");
        if (current != null && current == 0) {
            return false;
        }
        String deprecated = str(p, "edtf:deprecated");
        if (deprecated != null && !deprecated.isBlank() && !deprecated.equals("uuuu")) {
            return false;
        }
        String ceased = str(p, "edtf:cessation");
        if (ceased != null && !ceased.isBlank() && !ceased.equals("uuuu") && !ceased.equals("..")) {
            return false;
        }
        JsonValue superseded = p.get("wof:superseded_by");
        return superseded == null || !superseded.isArray() || superseded.getAsArray().isEmpty();
    }

    private static List<String> strings(JsonObject p, String key) {
        List<String> out = new ArrayList<>();
        JsonValue v = p.get(key);
        if (v != null && v.isArray()) {
            for (JsonValue x : v.getAsArray()) {
                if (x.isString() && !x.getAsString().value().isBlank()) {
                    out.add(x.getAsString().value().strip());
                }
            }
        }
        return out;
    }
}
