package org.dateline.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.dateline.model.EntityType;
import org.dateline.knowledge.GazetteerEntry;

/**
 * Streams a Wikidata JSON dump ({@code latest-all.json[.gz]}: a JSON array with one entity a line)
 * into gazetteer rows, keeping items whose P31 ("instance of") is one of the classes listed in
 * {@code data/gazetteer/sources/wikidata-classes.tsv}. Memory stays bounded: one line at a time.
 */
public final class WikidataDumpReader {
    /** The class map, relative to the gazetteer sources folder. */
    public static final String CLASSES_FILE = "wikidata-classes.tsv";

    /** What a dump pass read and kept. */
    public record Stats(long read, long kept) { }

    private final WikidataClasses classes;
    private final Set<EntityType> types;
    private final int minSitelinks;

    private WikidataDumpReader(WikidataClasses classes, Set<EntityType> types, int minSitelinks) {
        this.classes = classes;
        this.types = Set.copyOf(types);
        this.minSitelinks = minSitelinks;
    }

    /** A reader keeping items of {@code types} whose class is in {@code classFile}. */
    public static WikidataDumpReader create(Path classFile, Set<EntityType> types) throws IOException {
        return create(classFile, types, 0);
    }

    /**
     * A reader keeping items of {@code types} whose class is in {@code classFile} and that have at least
     * {@code minSitelinks} sitelinks (Wikipedia and sister-project pages: a measure of fame that keeps a
     * gazetteer to what news names).
     */
    public static WikidataDumpReader create(Path classFile, Set<EntityType> types, int minSitelinks) throws IOException {
        return new WikidataDumpReader(WikidataClasses.parse(Files.readAllLines(classFile, StandardCharsets.UTF_8),
                classFile.toString()), types, minSitelinks);
    }

    /** Reads {@code dump} (gzipped when its name ends in {@code .gz}), passing each kept row to {@code sink}. */
    public Stats read(Path dump, Consumer<GazetteerEntry> sink) throws IOException {
        try (InputStream raw = Files.newInputStream(dump);
             InputStream in = dump.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            long read = 0;
            long kept = 0;
            long lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                String s = line.strip();
                if (s.endsWith(",")) {
                    s = s.substring(0, s.length() - 1);
                }
                if (s.isEmpty() || s.equals("[") || s.equals("]")) {
                    continue;
                }
                JsonObject item;
                try {
                    item = JSON.parse(s);
                } catch (JsonException e) {
                    throw new IOException(dump + ":" + lineNo + ": not a Wikidata entity line ("
                            + e.getMessage() + "); expected the JSON dump format, one entity a line", e);
                }
                read++;
                GazetteerEntry e = toEntry(item, dump.getFileName().toString());
                if (e != null) {
                    sink.accept(e);
                    kept++;
                }
            }
            return new Stats(read, kept);
        }
    }

    /** The gazetteer row of one dump entity, or null when its class or type is not kept or it has no English label. */
    GazetteerEntry toEntry(JsonObject item, String sourceName) {
        String id = string(item.get("id"));
        if (id == null || !id.startsWith("Q")) {
            return null; // properties and lexemes are not things articles name
        }
        // The class file lists specific classes first: a city is also a "human settlement".
        WikidataClasses.Kept cls = classes.best(itemValues(item, "P31")).orElse(null);
        if (cls == null || !types.contains(cls.type())) {
            return null;
        }
        String label = englishLabel(item);
        if (label == null || sitelinks(item) < minSitelinks) {
            return null;
        }
        List<String> aliases = new ArrayList<>();
        JsonValue al = path(item, "aliases", "en");
        if (al != null && al.isArray()) {
            for (JsonValue a : al.getAsArray()) {
                String v = a.isObject() ? string(a.getAsObject().get("value")) : null;
                if (v != null && !aliases.contains(v)) {
                    aliases.add(v);
                }
            }
        }
        String country = "";
        List<String> countries = itemValues(item, cls.type() == EntityType.PERSON ? "P27" : "P17");
        if (cls.subtype().equals("country")) {
            country = "";
        } else if (!countries.isEmpty()) {
            country = countries.get(0);
        }
        Double lat = null;
        Double lon = null;
        JsonValue coord = firstValue(item, "P625");
        if (coord != null && coord.isObject()) {
            lat = number(coord.getAsObject().get("latitude"));
            lon = number(coord.getAsObject().get("longitude"));
        }
        return new GazetteerEntry(id, label, cls.type(), cls.subtype(), country, aliases, lat, lon,
                prior(item), "Wikidata dump " + sourceName + " (CC0)");
    }

    /**
     * Popularity from the number of Wikipedia sitelinks: a name shared by a capital with 200 sitelinks
     * and a village with 3 most likely means the capital.
     */
    private static double prior(JsonObject item) {
        return prior(sitelinks(item));
    }

    private static int sitelinks(JsonObject item) {
        JsonValue links = item.get("sitelinks");
        return links != null && links.isObject() ? links.getAsObject().size() : 0;
    }

    /** The prior of an item with {@code sitelinks} sitelinks; shared with online lookups so both rank alike. */
    static double prior(int sitelinks) {
        return Math.round(Math.min(0.9, 0.2 + 0.7 * Math.log1p(sitelinks) / Math.log1p(200)) * 100) / 100.0;
    }

    private static String englishLabel(JsonObject item) {
        JsonValue en = path(item, "labels", "en");
        if (en == null) {
            en = path(item, "labels", "mul");
        }
        return en != null && en.isObject() ? string(en.getAsObject().get("value")) : null;
    }

    /** The item ids of a property's statements ("P31" → ["Q5"]), deprecated ones left out. */
    private static List<String> itemValues(JsonObject item, String property) {
        List<String> out = new ArrayList<>();
        JsonValue claims = path(item, "claims", property);
        if (claims == null || !claims.isArray()) {
            return out;
        }
        for (JsonValue st : claims.getAsArray()) {
            if (!st.isObject() || "deprecated".equals(string(st.getAsObject().get("rank")))) {
                continue;
            }
            JsonValue v = path(st.getAsObject(), "mainsnak", "datavalue", "value");
            if (v != null && v.isObject()) {
                String id = string(v.getAsObject().get("id"));
                if (id != null) {
                    out.add(id);
                }
            }
        }
        return out;
    }

    private static JsonValue firstValue(JsonObject item, String property) {
        JsonValue claims = path(item, "claims", property);
        if (claims == null || !claims.isArray() || claims.getAsArray().isEmpty()) {
            return null;
        }
        JsonValue st = claims.getAsArray().get(0);
        return st.isObject() ? path(st.getAsObject(), "mainsnak", "datavalue", "value") : null;
    }

    private static JsonValue path(JsonObject o, String... keys) {
        JsonValue v = o;
        for (String k : keys) {
            if (v == null || !v.isObject()) {
                return null;
            }
            v = v.getAsObject().get(k);
        }
        return v;
    }

    private static String string(JsonValue v) {
        return v != null && v.isString() ? v.getAsString().value() : null;
    }

    private static Double number(JsonValue v) {
        return v != null && v.isNumber() ? v.getAsNumber().value().doubleValue() : null;
    }
}
