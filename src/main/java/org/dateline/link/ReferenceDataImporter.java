package org.dateline.link;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.dateline.model.EntityType;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.dateline.knowledge.GazetteerEntry;

/**
 * Builds gazetteer rows from the openly licensed reference files kept in {@code data/reference/}
 * (country-coder borders, the US executive and Congress from congress-legislators, hand-checked
 * {@code verified-qids.tsv}), refined by the attribute and name files in {@code data/gazetteer/sources/}.
 * Every QID comes from a reference file; the curated file may only describe QIDs those files give.
 */
public final class ReferenceDataImporter {
    static final String BORDERS = "country-coder/borders.json";
    static final String EXECUTIVE = "us-congress-legislators/executive.yaml";
    static final String LEGISLATORS = "us-congress-legislators/legislators-current.yaml";
    static final String VERIFIED = "verified-qids.tsv";
    static final String CURATED = "curated.tsv";
    static final String TRANSLITERATIONS = "transliterations.tsv";

    private final Path referenceDir;
    private final Path sourcesDir;
    private final Map<String, GazetteerRow> rows = new LinkedHashMap<>();
    /** ISO 3166-1 alpha-2 code to QID, from country-coder, so no country QID is written in code. */
    private final Map<String, String> isoToQid = new HashMap<>();

    private ReferenceDataImporter(Path referenceDir, Path sourcesDir) {
        this.referenceDir = referenceDir;
        this.sourcesDir = sourcesDir;
    }

    /**
     * Reads every reference file and returns the gazetteer rows, one per QID, sorted by QID.
     *
     * @param referenceDir a folder laid out like {@code data/reference/}
     * @param sourcesDir   the folder of {@code curated.tsv} and {@code transliterations.tsv}
     */
    public static List<GazetteerEntry> importAll(Path referenceDir, Path sourcesDir) throws IOException {
        ReferenceDataImporter importer = new ReferenceDataImporter(referenceDir, sourcesDir);
        importer.readBorders();
        importer.readExecutive();
        importer.readLegislators();
        importer.readVerified();
        importer.readCurated();
        Transliterations.load(sourcesDir.resolve(TRANSLITERATIONS)).expand(importer.rows.values());
        return importer.rows.values().stream().map(GazetteerRow::toEntry)
                .sorted(Comparator.comparingLong(e -> Long.parseLong(e.qid().substring(1)))).toList();
    }

    /**
     * ISO 3166-1 alpha-2 and alpha-3 codes ("FR", "FRA") to country QIDs, as country-coder's borders file
     * states them: open sources that name a country by its code are resolved through it, never by hand.
     */
    public static Map<String, String> countryCodes(Path referenceDir) throws IOException {
        Path file = referenceDir.resolve(BORDERS);
        JsonObject root;
        try (InputStream in = Files.newInputStream(file)) {
            root = JSON.parse(in);
        }
        Map<String, String> out = new HashMap<>();
        for (JsonValue f : root.get("features").getAsArray()) {
            JsonObject p = f.getAsObject().get("properties").getAsObject();
            String qid = str(p, "wikidata");
            if (qid == null) {
                continue;
            }
            for (String key : new String[] {"iso1A2", "iso1A3"}) {
                String code = str(p, key);
                if (code != null) {
                    out.putIfAbsent(code, qid);
                }
            }
        }
        return out;
    }

    // ---- country-coder -------------------------------------------------------------------------

    private void readBorders() throws IOException {
        Path file = referenceDir.resolve(BORDERS);
        JsonObject root;
        try (InputStream in = Files.newInputStream(file)) {
            root = JSON.parse(in);
        }
        JsonArray features = root.get("features").getAsArray();
        List<JsonObject> props = new ArrayList<>();
        List<double[]> centroids = new ArrayList<>();
        for (JsonValue f : features) {
            JsonObject p = f.getAsObject().get("properties").getAsObject();
            props.add(p);
            centroids.add(centroid(f.getAsObject().get("geometry")));
            if (p.hasKey("iso1A2") && p.hasKey("wikidata")) {
                isoToQid.put(str(p, "iso1A2"), str(p, "wikidata"));
            }
        }
        // Some countries (Russia, the US) have no polygon of their own, only their parts': take the largest part's.
        for (int i = 0; i < features.size(); i++) {
            String iso = str(props.get(i), "iso1A2");
            if (centroids.get(i) != null || iso == null) {
                continue;
            }
            double[] best = null;
            for (int k = 0; k < features.size(); k++) {
                double[] c = centroids.get(k);
                if (iso.equals(str(props.get(k), "country")) && c != null && (best == null || c[2] > best[2])) {
                    best = c;
                }
            }
            centroids.set(i, best);
        }
        for (int i = 0; i < features.size(); i++) {
            JsonObject p = props.get(i);
            String qid = str(p, "wikidata");
            if (qid == null || str(p, "nameEn") == null) {
                continue;
            }
            String level = str(p, "level");
            String parent = str(p, "country");
            String subtype = bordersSubtype(level, parent);
            EntityType type = subtype.equals("union") || subtype.equals("international-organization")
                    ? EntityType.ORGANIZATION : EntityType.PLACE;
            GazetteerRow row = new GazetteerRow(qid, str(p, "nameEn"), type, bordersPrior(subtype));
            row.subtype = subtype;
            row.country = parent == null ? "" : isoToQid.getOrDefault(parent, "");
            if (p.hasKey("aliases")) {
                for (JsonValue a : p.get("aliases").getAsArray()) {
                    String alias = a.getAsString().value();
                    // Codes such as "GB-ENG" or "RC" are not names a story prints; real names have lower case.
                    if (!alias.equals(alias.toUpperCase(Locale.ROOT))) {
                        row.aliases.add(alias);
                    }
                }
            }
            double[] c = centroids.get(i);
            if (c != null) {
                row.longitude = round(c[0]);
                row.latitude = round(c[1]);
            }
            row.sources.add(BORDERS);
            rows.put(qid, row);
        }
    }

    private static String bordersSubtype(String level, String parent) {
        if (level == null || level.equals("territory") || level.equals("subterritory")) {
            return level == null && parent == null ? "country" : "territory";
        }
        return switch (level) {
            case "region" -> "continent";
            case "subregion", "intermediateRegion" -> "region";
            case "sharedLandform" -> "landform";
            case "union" -> "union";
            case "unitedNations" -> "international-organization";
            case "subcountryGroup", "subunion" -> "group";
            default -> level;
        };
    }

    private static double bordersPrior(String subtype) {
        return switch (subtype) {
            case "country", "union", "international-organization" -> 0.9;
            case "continent" -> 0.8;
            case "territory" -> 0.6;
            case "region" -> 0.5;
            default -> 0.3; // landforms and groups share names with countries; the country should win
        };
    }

    /**
     * The area-weighted centroid (lon, lat, area) of the largest polygon, or a point's own coordinates
     * (area 0), or null without geometry.
     */
    static double[] centroid(JsonValue geometry) {
        if (geometry == null || !geometry.isObject()) {
            return null;
        }
        JsonObject g = geometry.getAsObject();
        String type = str(g, "type");
        JsonArray coords = g.get("coordinates").getAsArray();
        if ("Point".equals(type)) {
            return new double[] {num(coords.get(0)), num(coords.get(1)), 0};
        }
        List<JsonArray> polygons = new ArrayList<>();
        if ("Polygon".equals(type)) {
            polygons.add(coords);
        } else if ("MultiPolygon".equals(type)) {
            coords.forEach(p -> polygons.add(p.getAsArray()));
        } else {
            return null;
        }
        double[] best = null;
        double bestArea = -1;
        for (JsonArray polygon : polygons) {
            // Only the outer ring: holes move the centroid little and the largest part matters most.
            JsonArray ring = polygon.get(0).getAsArray();
            double a = 0, cx = 0, cy = 0;
            for (int k = 0; k + 1 < ring.size(); k++) {
                double x0 = num(ring.get(k).getAsArray().get(0)), y0 = num(ring.get(k).getAsArray().get(1));
                double x1 = num(ring.get(k + 1).getAsArray().get(0)), y1 = num(ring.get(k + 1).getAsArray().get(1));
                double cross = x0 * y1 - x1 * y0;
                a += cross;
                cx += (x0 + x1) * cross;
                cy += (y0 + y1) * cross;
            }
            if (Math.abs(a) > bestArea && a != 0) {
                bestArea = Math.abs(a);
                best = new double[] {cx / (3 * a), cy / (3 * a), bestArea / 2};
            }
        }
        return best;
    }

    // ---- congress-legislators ------------------------------------------------------------------

    private void readExecutive() throws IOException {
        for (Map<String, Object> person : yamlList(EXECUTIVE)) {
            addPerson(person, EXECUTIVE, 0.9, Map.of("prez", "us-president", "viceprez", "us-vice-president"));
        }
    }

    private void readLegislators() throws IOException {
        for (Map<String, Object> person : yamlList(LEGISLATORS)) {
            addPerson(person, LEGISLATORS, 0.6, Map.of("sen", "us-senator", "rep", "us-representative"));
        }
    }

    @SuppressWarnings("unchecked")
    private void addPerson(Map<String, Object> person, String file, double prior, Map<String, String> roles) {
        Map<String, Object> id = (Map<String, Object>) person.getOrDefault("id", Map.of());
        Map<String, Object> name = (Map<String, Object>) person.getOrDefault("name", Map.of());
        Object qid = id.get("wikidata");
        if (qid == null || name.get("last") == null) {
            return; // without a QID in the file there is nothing we may link to
        }
        String first = text(name.get("first"));
        String middle = text(name.get("middle"));
        String last = text(name.get("last"));
        String nickname = text(name.get("nickname"));
        String suffix = text(name.get("suffix"));
        String official = text(name.get("official_full"));
        // The Wikipedia title is the name the press uses ("George W. Bush", "Bernie Sanders"); the
        // official name and first + last come next. First + last alone can be a relative's name
        // ("George Bush"), so it is an alias only when it is one of the others.
        String wikipedia = text(id.get("wikipedia")).replaceAll("\\s*\\(.*\\)$", "");
        String label = !wikipedia.isEmpty() ? wikipedia : !official.isEmpty() ? official : join(first, last);
        GazetteerRow row = rows.get(qid.toString());
        if (row == null) {
            row = new GazetteerRow(qid.toString(), label, EntityType.PERSON, prior);
            rows.put(row.qid, row);
        } else {
            row.prior = Math.max(row.prior, prior);
        }
        if (!official.isEmpty()) {
            row.aliases.add(official);
        }
        if (wikipedia.isEmpty() || middle.isEmpty() || join(first, last).equals(label) || join(first, last).equals(official)) {
            row.aliases.add(join(first, last));
        }
        if (!middle.isEmpty()) {
            row.aliases.add(join(first, middle, last));
            row.aliases.add(join(first, middle.charAt(0) + ".", last));
        }
        if (!nickname.isEmpty()) {
            row.aliases.add(join(nickname, last));
        }
        if (!suffix.isEmpty()) {
            row.aliases.add(join(first, last) + " " + suffix);
        }
        row.shortNames.add(last);
        List<Map<String, Object>> terms = (List<Map<String, Object>>) person.getOrDefault("terms", List.of());
        if (!terms.isEmpty()) {
            String role = roles.get(text(terms.get(terms.size() - 1).get("type")));
            if (role != null && (row.subtype.isEmpty() || file.equals(EXECUTIVE))) {
                row.subtype = role;
            }
        }
        row.country = isoToQid.getOrDefault("US", "");
        row.sources.add(file + " (bioguide " + text(id.get("bioguide")) + ")");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> yamlList(String relative) throws IOException {
        Path file = referenceDir.resolve(relative);
        try (InputStream in = Files.newInputStream(file)) {
            Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            if (!(doc instanceof List<?> list)) {
                throw new IOException(file + ": expected a YAML list of people");
            }
            return (List<Map<String, Object>>) list;
        }
    }

    // ---- verified QIDs and curated attributes --------------------------------------------------

    private void readVerified() throws IOException {
        Path file = referenceDir.resolve(VERIFIED);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String[] c = lines.get(i).split("\t", -1);
            if (lines.get(i).isBlank()) {
                continue;
            }
            if (c.length < 4 || !c[0].matches("Q\\d+")) {
                throw new IOException(file + ":" + (i + 1) + ": expected qid, name, type, evidence");
            }
            EntityType type = EntityType.valueOf(c[2].toUpperCase(Locale.ROOT));
            GazetteerRow row = rows.get(c[0]);
            if (row == null) {
                row = new GazetteerRow(c[0], c[1], type, 0.9);
                rows.put(c[0], row);
            } else {
                row.relabel(c[1]);
                row.prior = Math.max(row.prior, 0.9);
            }
            row.type = type;
            row.sources.add(VERIFIED + " (evidence: " + c[3].strip() + ")");
        }
    }

    private void readCurated() throws IOException {
        Path file = sourcesDir.resolve(CURATED);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            String where = file + ":" + (i + 1) + ": ";
            if (c.length < 5) {
                throw new IOException(where + "expected qid, subtype, country, aliases, short_names[, note]");
            }
            GazetteerRow row = rows.get(c[0]);
            if (row == null) {
                throw new IOException(where + c[0] + " is in no reference file; add its evidence to "
                        + "data/reference/verified-qids.tsv first (a QID needs a source)");
            }
            if (!c[1].isEmpty()) {
                row.subtype = c[1];
            }
            if (!c[2].isEmpty()) {
                String country = isoToQid.get(c[2]);
                if (country == null) {
                    throw new IOException(where + "unknown country code " + c[2] + " (use an ISO 3166-1 alpha-2 code)");
                }
                row.country = country;
            }
            for (String a : c[3].isEmpty() ? new String[0] : c[3].split("\\|")) {
                row.aliases.add(a.strip());
            }
            for (String s : c[4].isEmpty() ? new String[0] : c[4].split("\\|")) {
                row.shortNames.add(s.strip());
            }
            row.sources.add("curated names and classes: gazetteer/sources/" + CURATED);
        }
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static String str(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null || !v.isString() ? null : v.getAsString().value();
    }

    private static double num(JsonValue v) {
        return v.getAsNumber().value().doubleValue();
    }

    private static double round(double d) {
        return Math.round(d * 1e5) / 1e5;
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString().strip();
    }

    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (!p.isEmpty()) {
                b.append(b.length() == 0 ? "" : " ").append(p);
            }
        }
        return b.toString();
    }

}
