package org.dateline.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The gold annotations of one article ({@code NAME.gold.json}, schema in {@code articles/README.md}).
 * {@code entitiesOnly} marks a gold file that annotates entities alone (it has no {@code quotes},
 * {@code events} or {@code published} key, as the third-party sets converted from open corpora): quotes,
 * events and the publication date are then not scored.
 */
public record GoldArticle(String file, String headline, List<String> authors, String agency, GoldDateline dateline,
                          LocalDate published, List<GoldEntity> entities, List<GoldQuote> quotes,
                          List<GoldEvent> events, boolean entitiesOnly) {

    /** The dateline's city by canonical name and its date with the year filled in; either may be null. */
    public record GoldDateline(String place, LocalDate date) {
        /** No dateline printed. */
        public static final GoldDateline NONE = new GoldDateline(null, null);
    }

    /**
     * A gold entity: canonical name, type ("Person", "Organization", "Place"), QID if verified, surface forms, and
     * the English Wikipedia title a third-party corpus links it to (null when it gives none).
     */
    public record GoldEntity(String name, String type, String wikidata, boolean verified, List<String> mentions,
                             String wikipedia) {
        /** A gold entity without a Wikipedia title. */
        public GoldEntity(String name, String type, String wikidata, boolean verified, List<String> mentions) {
            this(name, type, wikidata, verified, mentions, null);
        }
    }

    /** A gold quote: the speaker's canonical name and the first words of the quoted span. */
    public record GoldQuote(String speaker, String startsWith) { }

    /** A gold event: trigger as printed, kind, date (or null), place and participants by canonical name. */
    public record GoldEvent(String trigger, String kind, LocalDate date, String place, List<String> participants) { }

    public GoldArticle {
        authors = List.copyOf(authors);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
    }

    /** Gold with every layer annotated. */
    public GoldArticle(String file, String headline, List<String> authors, String agency, LocalDate published,
                       List<GoldEntity> entities, List<GoldQuote> quotes, List<GoldEvent> events) {
        this(file, headline, authors, agency, GoldDateline.NONE, published, entities, quotes, events, false);
    }

    public static GoldArticle read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            JsonObject o = JSON.parse(in);
            List<GoldEntity> entities = new ArrayList<>();
            for (JsonValue v : array(o, "entities")) {
                JsonObject e = v.getAsObject();
                entities.add(new GoldEntity(str(e, "name"), str(e, "type"), str(e, "wikidata"),
                        e.hasKey("verified") && e.get("verified").getAsBoolean().value(), strings(e, "mentions"),
                        str(e, "wikipedia")));
            }
            List<GoldQuote> quotes = new ArrayList<>();
            for (JsonValue v : array(o, "quotes")) {
                JsonObject q = v.getAsObject();
                quotes.add(new GoldQuote(str(q, "speaker"), str(q, "starts_with")));
            }
            List<GoldEvent> events = new ArrayList<>();
            for (JsonValue v : array(o, "events")) {
                JsonObject e = v.getAsObject();
                String d = str(e, "date");
                events.add(new GoldEvent(str(e, "trigger"), str(e, "kind"), d == null ? null : LocalDate.parse(d),
                        str(e, "place"), strings(e, "participants")));
            }
            String pub = str(o, "published");
            GoldDateline dateline = GoldDateline.NONE;
            if (o.hasKey("dateline") && o.get("dateline").isObject()) {
                JsonObject d = o.get("dateline").getAsObject();
                String date = str(d, "date");
                dateline = new GoldDateline(str(d, "place"), date == null ? null : LocalDate.parse(date));
            }
            return new GoldArticle(str(o, "file"), str(o, "headline"), strings(o, "authors"), str(o, "agency"),
                    dateline, pub == null ? null : LocalDate.parse(pub), entities, quotes, events,
                    !o.hasKey("quotes") && !o.hasKey("events") && !o.hasKey("published"));
        } catch (org.apache.jena.atlas.json.JsonParseException e) {
            throw new IOException(file + ": not a gold JSON file: " + e.getMessage(), e);
        }
    }

    private static JsonArray array(JsonObject o, String key) {
        return o.hasKey(key) && o.get(key).isArray() ? o.get(key).getAsArray() : new JsonArray();
    }

    private static String str(JsonObject o, String key) {
        if (!o.hasKey(key) || o.get(key).isNull()) {
            return null;
        }
        return o.get(key).getAsString().value();
    }

    private static List<String> strings(JsonObject o, String key) {
        List<String> out = new ArrayList<>();
        for (JsonValue v : array(o, key)) {
            out.add(v.getAsString().value());
        }
        return out;
    }

    /** The gold entity with this canonical name, or null. */
    public GoldEntity entity(String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }
}
