package org.dateline.publish;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.PrefixMapFactory;

/**
 * {@code /.well-known/void}: the dataset's VoID and DCAT description (RFC 8615's well-known place for it, as the
 * VoID guide asks), Turtle for machines by default, a readable page for browsers.
 */
final class VoidServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final AcceptList OFFER = AcceptList.create("text/turtle", "application/ld+json", "application/n-triples",
            "application/rdf+xml", "text/html", "application/xhtml+xml");

    private final transient PublishedData data;

    VoidServlet(PublishedData data) {
        this.data = data;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        MediaType type = RdfAnswer.choose(req, OFFER);
        if (type == null) {
            RdfAnswer.notAcceptable(resp, OFFER);
            return;
        }
        resp.setHeader("Vary", "Accept");
        String origin = PublishedData.origin(req);
        Model description = data.description().dataset(origin, data.figures(), data.examples());
        if (RdfAnswer.isHtml(type)) {
            resp.setContentType("text/html; charset=utf-8");
            String page = ResourcePage.render(NodeFactory.createURI(data.description().datasetIri()), description.getGraph(),
                    PrefixMapFactory.create(description.getNsPrefixMap()), data.base(), Labels.of(description.getGraph()),
                    "/.well-known/void");
            resp.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
            return;
        }
        resp.setContentType(type.getContentTypeStr() + "; charset=utf-8");
        RDFWriter.source(description).lang(RdfAnswer.lang(type)).output(resp.getOutputStream());
    }
}
