package org.dateline.publish;

import org.jsoup.nodes.Entities;

/** A small HTML page under construction: the few elements Dateline's pages need, always escaped. */
final class Html {
    private final StringBuilder sb = new StringBuilder();

    Html(String title) {
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(title)).append(" — Dateline</title>")
                .append("<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;"
                        + "line-height:1.45;color:#222}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;"
                        + "padding:.3rem .5rem;text-align:left;vertical-align:top}th{width:14rem;color:#555;font-weight:600}"
                        + "code,.iri{font-family:ui-monospace,monospace;font-size:.9em;word-break:break-all}"
                        + "nav a{margin-right:1rem}.muted{color:#777}pre{background:#f6f6f6;padding:.7rem;overflow:auto}</style>")
                .append("</head><body><nav><a href=\"/\">Dateline</a><a href=\"/ns\">Ontology</a>")
                .append("<a href=\"/news/sparql\">SPARQL endpoint</a></nav>\n");
    }

    static String esc(String s) {
        return Entities.escape(s == null ? "" : s);
    }

    Html raw(String html) {
        sb.append(html);
        return this;
    }

    Html h1(String text) {
        return raw("<h1>" + esc(text) + "</h1>\n");
    }

    Html h2(String text) {
        return raw("<h2>" + esc(text) + "</h2>\n");
    }

    Html p(String text) {
        return raw("<p>" + esc(text) + "</p>\n");
    }

    /**
     * A link, when {@code href} is a web address (http, https) or a path on this server; anything else (a
     * {@code javascript:} or {@code data:} address an article carried) is shown as text, never made clickable.
     */
    static String link(String href, String text) {
        return linkable(href) ? "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>" : esc(text);
    }

    static boolean linkable(String href) {
        if (href == null) {
            return false;
        }
        if (href.startsWith("/")) {
            return !href.startsWith("//") && !href.startsWith("/\\");
        }
        String h = href.toLowerCase(java.util.Locale.ROOT);
        return h.startsWith("https://") || h.startsWith("http://");
    }

    /**
     * Where a page links an IRI: one minted under {@code base} as a path on this server (so pages can be browsed
     * on whatever host and port the server runs), any other as it is.
     */
    static String href(String iri, String base) {
        String b = base.endsWith("/") ? base : base + "/";
        return iri.startsWith(b) ? iri.substring(b.length() - 1) : iri;
    }

    String page() {
        return sb + "<p class=\"muted\">Published by Dateline.</p></body></html>\n";
    }
}
