package org.dateline.ingest;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import org.dateline.knowledge.DataFiles;

/**
 * What an HTML page says about itself: schema.org JSON-LD ({@code NewsArticle} and kin) first, then
 * OpenGraph / {@code article:*} meta, {@code <meta name="author">}, microdata and {@code <time>}.
 * Jena's small JSON reader parses the JSON-LD as plain JSON; no RDF is involved at this stage.
 */
record PageMetadata(String headline, List<String> authors, String publisher, String url, String published,
                    String articleBody) {

    /** The kinds of rule {@code lexicon/html-classes.txt} holds, read here and by {@link HtmlReader}. */
    static final String[] HTML_CLASS_KINDS = {"noise", "standfirst", "byline", "credit", "modified", "location"};
    /** Class or itemprop words marking a time as a modification time ({@code lexicon/html-classes.txt}). */
    private static final List<String> MODIFIED = DataFiles.rules("lexicon/html-classes.txt", HTML_CLASS_KINDS)
            .get("modified").stream()
            .map(w -> w.toLowerCase(Locale.ROOT)).toList();

    // CSS queries are parsed here, once: jsoup parses a query string again on every select().
    private static final Evaluator META_CONTENT = Selector.evaluatorOf("meta[content]");
    private static final Evaluator CANONICAL = Selector.evaluatorOf("link[rel=canonical][href]");
    private static final Evaluator PUBLISHED_TIME = Selector.evaluatorOf("[itemprop=datePublished], time[pubdate]");
    private static final Evaluator AUTHOR = Selector.evaluatorOf("[itemprop=author]");
    private static final Evaluator NAME = Selector.evaluatorOf("[itemprop=name]");
    private static final Evaluator TIME = Selector.evaluatorOf("time[datetime]");
    private static final Evaluator FURNITURE = Selector.evaluatorOf("nav, aside, footer, li");
    private static final Evaluator JSON_LD = Selector.evaluatorOf("script[type=application/ld+json]");
    /** Between the names of a {@code <meta name="author">}. */
    private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s*(?:,|;|" + BylineParser.get().joiners().stream()
            .map(j -> Character.isLetter(j.charAt(0)) ? "\\b" + Pattern.quote(j) + "\\b" : Pattern.quote(j))
            .collect(Collectors.joining("|")) + ")\\s*");

    static PageMetadata of(Document doc) {
        JsonObject ld = newsArticle(doc);
        // Selected once: each look-up below would otherwise walk the whole document again (ten per page).
        Elements metas = doc.select(META_CONTENT);
        String headline = first(str(ld, "headline"), meta(metas, "og:title"), doc.title());
        List<String> authors = new ArrayList<>(ld == null ? List.of() : people(ld.get("author")));
        if (authors.isEmpty()) {
            String author = meta(metas, "author");
            if (author != null && !author.startsWith("http")) {
                authors.addAll(List.of(AUTHOR_SEPARATOR.split(author)));
                authors.removeIf(String::isBlank);
            }
        }
        if (authors.isEmpty()) {
            authors.addAll(microdataAuthors(doc));
        }
        String publisher = first(meta(metas, "og:site_name"), ld == null ? null : first(names(ld.get("publisher"))));
        Element canonical = doc.selectFirst(CANONICAL);
        String url = first(canonical == null ? null : canonical.attr("href"), meta(metas, "og:url"), str(ld, "url"),
                ld == null ? null : id(ld.get("mainEntityOfPage")));
        Element time = doc.selectFirst(PUBLISHED_TIME);
        if (time == null) {
            time = storyTime(doc);
        }
        String timeValue = time == null ? null
                : first(time.attr("content"), time.attr("datetime"), time.normalName().equals("time") ? time.text() : null);
        String published = inPublishersZone(str(ld, "datePublished"), meta(metas, "article:published_time"),
                meta(metas, "og:published_time"), meta(metas, "datePublished"), meta(metas, "date"), meta(metas, "pubdate"),
                meta(metas, "dc.date"), meta(metas, "dc.date.issued"), meta(metas, "dcterms.created"), timeValue);
        return new PageMetadata(headline, List.copyOf(authors), publisher, url, published, str(ld, "articleBody"));
    }

    /**
     * The first of the publication times given, but in the publisher's own zone when another one gives the same instant
     * with an offset: JSON-LD's "2026-09-09T04:40:00Z" is the page's "2026-09-08T21:40:00-07:00", printed "Sep 8",
     * so the day is the 8th.
     */
    private static String inPublishersZone(String... values) {
        String chosen = first(values);
        OffsetDateTime utc = offsetTime(chosen);
        if (utc == null || utc.getOffset().getTotalSeconds() != 0) {
            return chosen;
        }
        for (String v : values) {
            OffsetDateTime t = offsetTime(v);
            if (t != null && t.getOffset().getTotalSeconds() != 0 && t.toInstant().equals(utc.toInstant())) {
                return v;
            }
        }
        return chosen;
    }

    /** An ISO date-time with an offset or "Z", or null. */
    private static OffsetDateTime offsetTime(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Authors marked with microdata: {@code itemprop="author"} holding an {@code itemprop="name"}, or its own text. */
    private static List<String> microdataAuthors(Document doc) {
        List<String> out = new ArrayList<>();
        for (Element a : doc.select(AUTHOR)) {
            Element name = a.selectFirst(NAME);
            Element from = name != null ? name : a;
            String raw = first(from.attr("content"), from.text());
            String value = raw == null ? "" : BylineParser.get().withoutPrefix(raw);
            if (!value.isBlank() && !value.startsWith("http") && !out.contains(value)) {
                out.add(value);
            }
        }
        return out;
    }

    /**
     * A page without publication metadata still stamps its story with a {@code <time datetime>} by the headline:
     * the first one outside navigation, sidebars, footers and lists of teasers, unless it is marked as a
     * modification time.
     */
    private static Element storyTime(Document doc) {
        for (Element t : doc.select(TIME)) {
            String marks = (t.attr("itemprop") + " " + t.className()).toLowerCase(Locale.ROOT);
            if (t.closest(FURNITURE) == null && MODIFIED.stream().noneMatch(marks::contains)) {
                return t;
            }
        }
        return null;
    }

    /** The first JSON-LD object whose type is an article ("NewsArticle", "ReportageNewsArticle", "BlogPosting" …). */
    private static JsonObject newsArticle(Document doc) {
        for (Element script : doc.select(JSON_LD)) {
            JsonValue v;
            try {
                v = JSON.parseAny(script.data());
            } catch (RuntimeException e) {
                continue; // a page's broken JSON-LD is common; the other metadata still serve
            }
            JsonObject found = findArticle(v);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static JsonObject findArticle(JsonValue v) {
        if (v == null) {
            return null;
        }
        if (v.isArray()) {
            for (JsonValue item : v.getAsArray()) {
                JsonObject found = findArticle(item);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!v.isObject()) {
            return null;
        }
        JsonObject o = v.getAsObject();
        for (String type : strings(o.get("@type"))) {
            String t = type.toLowerCase(Locale.ROOT);
            if (t.endsWith("article") || t.equals("blogposting") || t.equals("report")) {
                return o;
            }
        }
        return findArticle(o.get("@graph"));
    }

    private static List<String> strings(JsonValue v) {
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (v.isString()) {
            out.add(v.getAsString().value());
        } else if (v.isArray()) {
            for (JsonValue item : v.getAsArray()) {
                out.addAll(strings(item));
            }
        }
        return out;
    }

    /** Names of people or organisations given as a string, an object with "name", or an array of them. */
    private static List<String> names(JsonValue v) {
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (v.isString()) {
            String s = v.getAsString().value().strip();
            if (!s.isEmpty() && !s.startsWith("http")) {
                out.add(s);
            }
        } else if (v.isArray()) {
            JsonArray a = v.getAsArray();
            a.forEach(item -> out.addAll(names(item)));
        } else if (v.isObject()) {
            JsonValue name = v.getAsObject().get("name");
            if (name != null && name.isString() && !name.getAsString().value().isBlank()) {
                out.add(name.getAsString().value().strip());
            }
        }
        return out;
    }

    /** Like {@link #names} but leaving out organisations given as authors, which are not people. */
    private static List<String> people(JsonValue v) {
        if (v != null && v.isArray()) {
            List<String> out = new ArrayList<>();
            v.getAsArray().forEach(item -> out.addAll(people(item)));
            return out;
        }
        if (v != null && v.isObject() && strings(v.getAsObject().get("@type")).stream()
                .anyMatch(t -> t.equalsIgnoreCase("Organization") || t.endsWith("Organization"))) {
            JsonValue name = v.getAsObject().get("name");
            // An agency credited as author still tells the story's agency; keep it so the reader can see it.
            return name != null && name.isString() && Agencies.shortName(name.getAsString().value()) != null
                    ? List.of(name.getAsString().value()) : List.of();
        }
        return names(v);
    }

    private static String id(JsonValue v) {
        if (v == null) {
            return null;
        }
        if (v.isString()) {
            return v.getAsString().value();
        }
        return v.isObject() ? str(v.getAsObject(), "@id") : null;
    }

    private static String str(JsonObject o, String key) {
        if (o == null) {
            return null;
        }
        JsonValue v = o.get(key);
        return v != null && v.isString() ? v.getAsString().value() : null;
    }

    /** The first non-blank content among {@code metas} named {@code name} (as property, name or itemprop). */
    private static String meta(Elements metas, String name) {
        for (Element m : metas) {
            if (name.equalsIgnoreCase(m.attr("property")) || name.equalsIgnoreCase(m.attr("name"))
                    || name.equalsIgnoreCase(m.attr("itemprop"))) {
                String c = m.attr("content").strip();
                if (!c.isEmpty()) {
                    return c;
                }
            }
        }
        return null;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : values.get(0);
    }
}
