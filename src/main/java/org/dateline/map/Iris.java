package org.dateline.map;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dateline.BoundedMemo;
import org.dateline.extract.EntityType;

/**
 * Mints Dateline's IRIs: readable, deterministic, the same on every run and machine, under a
 * configurable base. An article's IRI comes from its source identity (outlet, date, slug); a linked
 * entity's from its Wikidata QID, so the same person in two articles is one resource; an unlinked
 * entity's from its type and normalised name.
 */
public final class Iris {
    /** The default base: where {@code dateline serve} answers, so IRIs dereference out of the box. */
    public static final String DEFAULT_BASE = "http://localhost:3030/";

    private final String base;

    public Iris(String base) {
        this.base = base.endsWith("/") || base.endsWith("#") ? base : base + "/";
    }

    public String base() {
        return base;
    }

    /** {@code <base>id/article/<outlet>/<yyyy-mm-dd>/<slug>}; a missing part becomes "unknown"/"undated". */
    public String article(String outlet, LocalDate date, String slug) {
        return base + "id/" + articlePath(outlet, date, slug);
    }

    /** The named graph holding one article's triples and provenance. */
    public String articleGraph(String outlet, LocalDate date, String slug) {
        return base + "graph/" + articlePath(outlet, date, slug);
    }

    private static String articlePath(String outlet, LocalDate date, String slug) {
        return "article/" + slugOr(outlet, "unknown") + "/" + (date == null ? "undated" : date.toString()) + "/"
                + slugOr(slug, "article");
    }

    /** The named graph holding entity descriptions shared by all articles. */
    public String entitiesGraph() {
        return base + "graph/entities";
    }

    /** A Wikidata-linked entity. */
    public String linkedEntity(String qid) {
        return base + "id/entity/" + qid;
    }

    /** An entity with no Wikidata link: {@code <base>id/person/brooks-hays}. */
    public String localEntity(EntityType type, String name) {
        return base + "id/" + type.name().toLowerCase(Locale.ROOT) + "/" + slugOr(name, "unnamed");
    }

    /** A part of an article: {@code <article>/quote/3}, {@code <article>/event/1}, {@code <article>/image/1}. */
    public static String part(String articleIri, String kind, int number) {
        return articleIri + "/" + kind + "/" + number;
    }

    /** The path of an article's text under the article's IRI. */
    private static final String TEXT = "/text";

    /** The article's text as a NIF context. */
    public static String text(String articleIri) {
        return articleIri + TEXT;
    }

    /** A NIF string in the article's text, RFC 5147 style: {@code <article>/text#char=12,20}. */
    public static String textSpan(String articleIri, int start, int end) {
        // One concatenation: the text IRI on the way was a string made for nothing.
        return articleIri + TEXT + "#char=" + start + "," + end;
    }

    /** Lower-case ASCII words joined by hyphens: "Omar al-Rashid" → "omar-al-rashid". */
    public static String slug(String s) {
        return SLUGS.get(s);
    }

    // Remembered: the same names (people, places, organisations) come back in article after article, and a Unicode
    // decomposition and four regex passes per entity were the largest cost of minting IRIs.
    private static final BoundedMemo<String, String> SLUGS = new BoundedMemo<>(1 << 16, Iris::computeSlug);

    private static String computeSlug(String s) {
        String t = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        t = t.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "");
        t = EDGE_HYPHENS.matcher(NON_ALNUM.matcher(t).replaceAll("-")).replaceAll("");
        return t.length() > 80 ? TRAILING_HYPHENS.matcher(t.substring(0, 80)).replaceAll("") : t;
    }

    // Precompiled: String.replaceAll compiles its pattern on every call, and every entity and article is slugged.
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");
    private static final Pattern TRAILING_HYPHENS = Pattern.compile("-+$");

    private static String slugOr(String s, String fallback) {
        String t = s == null ? "" : slug(s);
        return t.isEmpty() ? fallback : t;
    }
}
