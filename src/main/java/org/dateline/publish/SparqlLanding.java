package org.dateline.publish;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFWriter;

/**
 * The SPARQL endpoint's address without a query: a browser gets the query editor ({@link QueryUi}), a machine the
 * SPARQL 1.1 service description (Turtle unless it asks for another syntax), as the Service Description
 * recommendation suggests. A request with a query passes on to Fuseki.
 */
final class SparqlLanding extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final AcceptList OFFER = AcceptList.create("text/turtle", "application/ld+json", "application/n-triples",
            "application/rdf+xml", "text/html", "application/xhtml+xml");
    /** The endpoint's page frames the editor, which is served from the server's root: it may frame this server only. */
    static final String POLICY = SecurityHeaders.POLICY.replace("default-src 'none';", "default-src 'none'; frame-src 'self';");

    private final transient PublishedData data;

    SparqlLanding(PublishedData data) {
        this.data = data;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        boolean read = "GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod());
        if (!read || req.getQueryString() != null && (req.getParameter("query") != null || req.getParameter("update") != null)) {
            chain.doFilter(req, resp);
            return;
        }
        MediaType type = RdfAnswer.choose(req, OFFER);
        if (type == null) {
            RdfAnswer.notAcceptable(resp, OFFER);
            return;
        }
        resp.setHeader("Vary", "Accept");
        if (RdfAnswer.isHtml(type)) {
            resp.setContentType("text/html; charset=utf-8");
            resp.setHeader("Content-Security-Policy", POLICY);
            resp.getOutputStream().write(page(req.getRequestURI()).getBytes(StandardCharsets.UTF_8));
            return;
        }
        String endpoint = PublishedData.origin(req) + req.getRequestURI();
        Model sd = data.description().service(endpoint, PublishedData.origin(req), data.figures());
        resp.setContentType(type.getContentTypeStr() + "; charset=utf-8");
        RDFWriter.source(sd).lang(RdfAnswer.lang(type)).output(resp.getOutputStream());
    }

    /** The endpoint's page: a line saying what it is, and Fuseki's query editor filling the rest of the window. */
    static String page(String path) {
        String editor = QueryUi.available() ? "<iframe class=\"editor\" title=\"SPARQL query editor\" src=\""
                + Html.esc(QueryUi.EDITOR) + "\"></iframe>\n"
                : "<p>The query editor (jena-fuseki-ui) is not on this server's class path.</p>\n";
        return new Html("SPARQL endpoint", true)
                .raw("<p class=\"lead\">SPARQL endpoint <code>" + Html.esc(path) + "</code>: read-only, SPARQL 1.1 over "
                        + "GET or POST. Machines get its " + Html.link(path + "?format=turtle", "service description")
                        + "; the dataset is described at " + Html.link(DatasetDescription.PATH, "/.well-known/void")
                        + ". Example queries are on the " + Html.link("/", "home page") + ".</p>\n")
                .raw(editor)
                .page();
    }
}
