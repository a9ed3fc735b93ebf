package org.dateline.link;

import static org.dateline.link.OpenDataFiles.num;
import static org.dateline.link.OpenDataFiles.object;
import static org.dateline.link.OpenDataFiles.str;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.dateline.model.EntityType;

/**
 * Physical geography of OpenGeographyRegions (dieterdreist/OpenGeographyRegions, CC0, grown from Natural Earth's
 * 10m geography layers): seas, gulfs, straits, rivers, deserts, mountain ranges, peninsulas, islands, plains and
 * geographic areas, one GeoJSON file a layer, each feature with its English {@code name}, {@code featureclass},
 * Natural Earth {@code scalerank} (0 for the largest features, 9 for the smallest) and the {@code wikidata} id it
 * states. A feature without an id is skipped. The features have no country (most span several).
 */
final class OpenGeographyRegionsReader implements OpenDataSource {
    static final String FOLDER = "open-geography-regions";
    /**
     * Features drawn at the smallest scales (scalerank 0 to 2: the Sahara, the Alps, the Baltic Sea): what their name
     * means in the news. With no country to check them against, a prior of 0.6 links the name when it is the label.
     */
    static final double MAJOR_PRIOR = 0.6;
    /** Scalerank 3 and 4 (the Amazon River, Crimea, Java): at the index's worldwide-brand prior, still linked by label. */
    static final double REGIONAL_PRIOR = 0.55;
    /** Smaller features (Pentecost, Gaua): names that mean something else first; the name alone does not link them. */
    static final double MINOR_PRIOR = 0.3;

    @Override
    public String folder() {
        return FOLDER;
    }

    @Override
    public void read(Path dir, Map<String, String> countries, OpenDataRows rows) throws IOException {
        for (Path f : OpenDataFiles.files(dir, ".geojson")) {
            JsonValue root = OpenDataFiles.parse(f);
            if (!root.isObject() || !root.getAsObject().hasKey("features")) {
                throw new IOException(f + ": not a GeoJSON FeatureCollection (expected a \"features\" array)");
            }
            String source = source(dir, f);
            for (JsonObject feature : OpenDataFiles.objects(root.getAsObject().get("features"))) {
                JsonObject p = object(feature, "properties");
                String qid = p == null ? null : str(p, "wikidata");
                String name = p == null ? null : str(p, "name");
                if (qid == null || name == null) {
                    continue;
                }
                double[] centre = centre(feature);
                rows.offer(new OpenDataRows.Offer(source, qid, name, EntityType.PLACE, subtype(str(p, "featureclass")),
                        "", List.of(), List.of(), centre == null ? null : centre[1], centre == null ? null : centre[0],
                        prior(num(p, "scalerank"))));
            }
        }
    }

    static double prior(Double scalerank) {
        if (scalerank == null) {
            return MINOR_PRIOR;
        }
        return scalerank <= 2 ? MAJOR_PRIOR : scalerank <= 4 ? REGIONAL_PRIOR : MINOR_PRIOR;
    }

    private static String subtype(String featureClass) {
        return featureClass == null ? "" : featureClass.toLowerCase(Locale.ROOT).strip()
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /**
     * The centre of the bounding box of the feature's largest ring (by number of points): a point inside or near the
     * feature, good enough to place it on a map; null for a feature without a polygon or point.
     */
    static double[] centre(JsonObject feature) {
        JsonObject g = object(feature, "geometry");
        if (g == null || g.get("coordinates") == null || !g.get("coordinates").isArray()) {
            return null;
        }
        JsonArray ring = largestRing(g.get("coordinates").getAsArray());
        if (ring == null) {
            return null;
        }
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (JsonValue v : ring) {
            JsonArray pt = v.getAsArray();
            double x = pt.get(0).getAsNumber().value().doubleValue();
            double y = pt.get(1).getAsNumber().value().doubleValue();
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        return new double[] {round((minX + maxX) / 2), round((minY + maxY) / 2)};
    }

    /** The longest list of positions in nested GeoJSON coordinates (a position itself for a Point). */
    private static JsonArray largestRing(JsonArray a) {
        if (a.isEmpty()) {
            return null;
        }
        if (a.get(0).isNumber()) {
            JsonArray one = new JsonArray();
            one.add(a);
            return a.size() >= 2 ? one : null;
        }
        if (a.get(0).isArray() && !a.get(0).getAsArray().isEmpty() && a.get(0).getAsArray().get(0).isNumber()) {
            return a; // a list of positions: a ring or a line
        }
        JsonArray best = null;
        for (JsonValue v : a) {
            if (v.isArray()) {
                JsonArray r = largestRing(v.getAsArray());
                if (r != null && (best == null || r.size() > best.size())) {
                    best = r;
                }
            }
        }
        return best;
    }

    private static double round(double d) {
        return Math.round(d * 10_000) / 10_000.0;
    }
}
