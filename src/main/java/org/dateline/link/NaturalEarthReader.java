package org.dateline.link;

import org.dateline.knowledge.Gazetteer;

import static org.dateline.link.OpenDataFiles.num;
import static org.dateline.link.OpenDataFiles.object;
import static org.dateline.link.OpenDataFiles.str;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.dateline.model.EntityType;

/**
 * Natural Earth (public domain) vector layers as GeoJSON ({@code ne_10m_populated_places.json} and any
 * other layer whose features carry {@code wikidataid}): places with their Wikidata id, English name,
 * country, coordinates and population. Features without a Wikidata id are skipped.
 */
final class NaturalEarthReader implements OpenDataSource {
    static final String FOLDER = "natural-earth";

    @Override
    public String folder() {
        return FOLDER;
    }

    @Override
    public void read(Path dir, Map<String, String> countries, OpenDataRows rows) throws IOException {
        for (Path f : OpenDataFiles.files(dir, ".json", ".geojson")) {
            JsonValue root = OpenDataFiles.parse(f);
            if (!root.isObject() || !root.getAsObject().hasKey("features")) {
                throw new IOException(f + ": not a GeoJSON FeatureCollection (expected a \"features\" array)");
            }
            String source = FOLDER + "/" + f.getFileName();
            for (JsonObject feature : OpenDataFiles.objects(root.getAsObject().get("features"))) {
                JsonObject p = object(feature, "properties");
                if (p != null) {
                    offer(p, feature, countries, rows, source);
                }
            }
        }
    }

    private static void offer(JsonObject p, JsonObject feature, Map<String, String> countries, OpenDataRows rows,
                              String source) {
        String qid = str(p, "wikidataid", "WIKIDATAID");
        String name = str(p, "NAME", "name");
        String label = str(p, "NAME_EN", "name_en");
        if (qid == null || (name == null && label == null)) {
            return;
        }
        if (label == null) {
            label = name;
        }
        List<String> aliases = new ArrayList<>();
        // Alternative names that share words with the label ("New York City" for "New York"); metropolitan
        // area names ("New York-Newark") and unrelated GeoNames matches are not the place's own name.
        for (String alt : new String[] {name, str(p, "NAMEASCII", "nameascii"), str(p, "GN_ASCII", "gn_ascii"),
                str(p, "CITYALT", "cityalt"), str(p, "LS_NAME", "ls_name"), str(p, "NAMEALT", "namealt", "name_alt")}) {
            if (alt != null && Gazetteer.related(label, alt)) {
                aliases.add(alt);
            }
        }
        String country = country(p, countries);
        Double lat = num(p, "LATITUDE", "latitude");
        Double lon = num(p, "LONGITUDE", "longitude");
        if (lat == null || lon == null) {
            double[] point = point(feature);
            if (point != null) {
                lon = point[0];
                lat = point[1];
            }
        }
        String featureClass = str(p, "FEATURECLA", "featurecla");
        boolean capital = "1".equals(intText(num(p, "ADM0CAP", "adm0cap")));
        Double pop = num(p, "POP_MAX", "pop_max");
        double prior = Popularity.population(pop == null ? 0 : pop);
        if (capital) {
            prior = Math.max(prior, 0.75); // a national capital is what its name means in the news
        }
        rows.offer(new OpenDataRows.Offer(source, qid, label, EntityType.PLACE, subtype(featureClass, capital),
                country, aliases, List.of(), lat, lon, prior));
    }

    private static String country(JsonObject p, Map<String, String> countries) {
        for (String key : new String[] {"ISO_A2", "iso_a2", "ADM0_A3", "adm0_a3", "SOV_A3"}) {
            String code = str(p, key);
            if (code != null && countries.containsKey(code)) {
                return countries.get(code);
            }
        }
        return "";
    }

    private static String subtype(String featureClass, boolean capital) {
        if (capital) {
            return "capital";
        }
        if (featureClass == null) {
            return "";
        }
        String f = featureClass.toLowerCase(Locale.ROOT).strip();
        if (f.startsWith("populated place") || f.contains("capital")) {
            return "city";
        }
        return f.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String intText(Double d) {
        return d == null ? "" : Long.toString(Math.round(d));
    }

    private static double[] point(JsonObject feature) {
        JsonObject g = object(feature, "geometry");
        if (g == null || !"Point".equals(str(g, "type"))) {
            return null;
        }
        JsonValue c = g.get("coordinates");
        if (c == null || !c.isArray()) {
            return null;
        }
        JsonArray a = c.getAsArray();
        return a.size() >= 2 && a.get(0).isNumber() && a.get(1).isNumber()
                ? new double[] {a.get(0).getAsNumber().value().doubleValue(), a.get(1).getAsNumber().value().doubleValue()}
                : null;
    }
}
