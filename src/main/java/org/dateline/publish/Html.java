package org.dateline.publish;

import org.jsoup.nodes.Entities;

/** A small HTML page under construction: the few elements Dateline's pages need, always escaped. */
final class Html {
    private final StringBuilder sb = new StringBuilder();
    private final boolean wide;

    /** The pages' style: readable text, entities and quotes marked in the articles' text. */
    private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:0 1rem 2rem;"
            + "line-height:1.5;color:#222}body.wide{max-width:none;padding:0}"
            + "nav{display:flex;flex-wrap:wrap;gap:.2rem 1.2rem;padding:.6rem 0;border-bottom:1px solid #ddd;margin-bottom:1rem}"
            + "body.wide nav{padding:.5rem 1rem;margin:0}nav a{text-decoration:none;color:#1a4f8b}nav a:first-child{font-weight:700}"
            + "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #eee;padding:.3rem .5rem;"
            + "text-align:left;vertical-align:top}th{width:13rem;color:#555;font-weight:600}"
            + "code,.iri{font-family:ui-monospace,monospace;font-size:.85em;word-break:break-all}.iri{color:#666}"
            + ".muted{color:#777}.small{font-size:.85em}pre{background:#f6f6f6;padding:.7rem;overflow:auto}"
            + ".types a{background:#eef3f9;border-radius:.8rem;padding:.05rem .6rem;margin-right:.3rem;font-size:.85em;"
            + "text-decoration:none}.formats a{margin-right:.6rem}.lead{color:#444}"
            + "article.text p{margin:.6rem 0}a.ent{text-decoration:none;border-bottom:2px solid;padding:0 .1rem}"
            + "a.person{background:#fdf1dc;border-color:#e0a43a}a.organization{background:#e4f0fb;border-color:#4a8ad4}"
            + "a.place{background:#e5f6e8;border-color:#3e9e57}a.other{background:#f0f0f0;border-color:#999}"
            + "mark.quote{background:#fff7b0;padding:0}blockquote{margin:.5rem 0 .8rem;padding:.3rem .9rem;"
            + "border-left:4px solid #e0c341;background:#fffbe0}blockquote p{margin:.2rem 0}"
            + "figure{margin:1rem 0}figure img{max-width:100%;height:auto}figcaption{color:#555;font-size:.9em}"
            + ".legend span{margin-right:.8rem;font-size:.85em}.cols{columns:2 18rem}"
            + "svg.map{width:100%;max-width:30rem;height:auto;border:1px solid #ccc;background:#eaf2f8}"
            + "iframe.editor{border:0;width:100%;height:calc(100vh - 6.5rem);display:block}body.wide .lead{margin:.4rem 1rem}";

    Html(String title) {
        this(title, false);
    }

    /** @param wide a page that fills the window (the query editor's) */
    Html(String title, boolean wide) {
        this.wide = wide;
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(title)).append(" — Dateline</title>")
                .append("<style>").append(STYLE).append("</style>");
    }

    private boolean bodyOpen;

    /** Adds to the head (embedded JSON-LD, links to other formats); before anything of the body. */
    Html head(String html) {
        if (bodyOpen) {
            throw new IllegalStateException("the head is closed");
        }
        sb.append(html);
        return this;
    }

    private void openBody() {
        if (!bodyOpen) {
            bodyOpen = true;
            sb.append("</head><body").append(wide ? " class=\"wide\"" : "").append("><nav><a href=\"/\">Dateline</a>")
                    .append("<a href=\"/news/sparql\">Query</a><a href=\"/ns\">Ontology</a>")
                    .append("<a href=\"/.well-known/void\">Dataset</a><a href=\"/dumps/news.nq.gz\">Dump</a></nav>\n");
        }
    }

    static String esc(String s) {
        return Entities.escape(s == null ? "" : s);
    }

    Html raw(String html) {
        openBody();
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
        openBody();
        return sb + (wide ? "" : "<p class=\"muted small\">Published with Dateline. " + link("/.well-known/void", "About this dataset")
                + " (licences and sources).</p>") + "</body></html>\n";
    }
}
