package org.dateline.map;

import java.time.LocalDate;
import java.util.Locale;
import org.dateline.model.Slugs;
import org.dateline.model.EntityType;

/**
 * Mints Dateline's IRIs: readable, deterministic, the same on every run and machine, under a
 * configurable base. An article's IRI comes from its source identity (outlet, date, slug); a linked
 * entity's from its Wikidata QID, so the same person in two articles is one resource; an unlinked
 * organisation's or place's from its type and normalised name; an unlinked person's from its name and the
 * evidence that identifies it (see {@link #localPerson}).
 */
public final class Iris {
    /**
     * The default base, the same for {@code map} and {@code serve} on any port: where {@code serve} answers by
     * default, so IRIs dereference out of the box (its pages link them as paths, so browsing works on any port). A
     * constant, not the server's address: a store re-served on another port keeps its IRIs. Publishing under a
     * domain of one's own is {@code --base}.
     */
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

    /** An organisation or place with no Wikidata link: {@code <base>id/organization/syrian-observatory-for-human-rights}. */
    public String localEntity(EntityType type, String name) {
        return base + "id/" + type.name().toLowerCase(Locale.ROOT) + "/" + slugOr(name, "unnamed");
    }

    /**
     * An unlinked person. A name alone is no identity (two James Wilsons, a footballer and a state senator, are
     * two people), so a person is one resource per article, {@code <article>/person/james-wilson}, unless the
     * article gives evidence another article can share: a role ({@code <base>id/person/james-wilson/state-senator})
     * or, for a byline or photo credit, the outlet ({@code <base>id/person/marisa-kettleby/upi}). Two articles
     * then name one resource only when both name and evidence agree.
     *
     * @param qualifier the role or outlet that identifies the person, or null
     */
    public String localPerson(String name, String qualifier, String articleIri) {
        String q = qualifier == null ? "" : Slugs.slug(qualifier);
        return q.isEmpty() ? articleIri + "/person/" + slugOr(name, "unnamed")
                : base + "id/person/" + slugOr(name, "unnamed") + "/" + q;
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

    private static String slugOr(String s, String fallback) {
        String t = s == null ? "" : Slugs.slug(s);
        return t.isEmpty() ? fallback : t;
    }
}
