package org.dateline.publish;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Fuseki's own query editor, {@code org.apache.jena:jena-fuseki-ui} (YASQE and YASR in Fuseki's Vue application), served
 * from the jar: no CDN, nothing fetched from elsewhere. The application works out Fuseki's addresses from the path of
 * the page it runs in ({@code /$/server}, {@code /news/sparql} beside {@code /}), so its page is served at the server's
 * root, as {@code /?ui}, and its files under {@code /static/}; {@code /news/sparql} shows it to browsers
 * ({@link SparqlLanding}).
 *
 * <p>Its answers carry their own security policy: scripts, styles and connections from this server only; every other
 * answer of the server allows no script at all ({@link SecurityHeaders}).
 */
final class QueryUi extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** Where jena-fuseki-ui keeps the application in its jar. */
    static final String ROOT = "webapp";
    /** The editor's address: the page of the application, at the query view of the news dataset. */
    static final String EDITOR = "/?ui#/dataset" + NewsServer.DATASET + "/query";
    /**
     * Scripts, styles, fonts and connections from this server only (the application's styles are partly inline); it may
     * be framed by this server's own pages (the endpoint's page frames it), by no other.
     */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'self'";
    /** A file of the application: a plain name, so no request can climb out of its folder. */
    private static final Pattern FILE = Pattern.compile("/(static/)?[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript", "css", "text/css",
            "ico", "image/x-icon", "html", "text/html", "svg", "image/svg+xml", "png", "image/png",
            "woff", "font/woff", "woff2", "font/woff2", "ttf", "font/ttf");

    /** Whether the application is on the class path (it is in the jar; a host embedding Dateline may leave it out). */
    static boolean available() {
        return QueryUi.class.getClassLoader().getResource(ROOT + "/index.html") != null;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        if (!FILE.matcher(path).matches() || !send(path.substring(1), resp, path.startsWith("/static/"))) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no query editor file at " + path);
        }
    }

    /** Answers with the application's page. */
    static void page(HttpServletResponse resp) throws IOException {
        if (!send("index.html", resp, false)) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "the query editor (jena-fuseki-ui) is not on the class path");
        }
    }

    private static boolean send(String file, HttpServletResponse resp, boolean immutable) throws IOException {
        try (InputStream in = QueryUi.class.getClassLoader().getResourceAsStream(ROOT + "/" + file)) {
            if (in == null) {
                return false;
            }
            String ext = file.substring(file.lastIndexOf('.') + 1);
            String type = TYPES.getOrDefault(ext, "application/octet-stream");
            resp.setContentType(type.startsWith("text/") ? type + "; charset=utf-8" : type);
            resp.setHeader("Content-Security-Policy", POLICY);
            resp.setHeader("X-Frame-Options", "SAMEORIGIN");
            // The application's files are named by their content's hash: they never change under one name.
            resp.setHeader("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
            in.transferTo(resp.getOutputStream());
            return true;
        }
    }
}
