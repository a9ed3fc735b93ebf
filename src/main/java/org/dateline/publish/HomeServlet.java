package org.dateline.publish;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.dateline.knowledge.DataFiles;
import org.dateline.map.Vocab.Schema;

/** The landing page: the articles served, the example queries (runnable) and where the endpoints are. */
final class HomeServlet extends HttpServlet {
    /** The example queries shipped in {@code data/queries/}, shown and linked on the page. */
    static final List<String> EXAMPLES = List.of("who-said-what.rq", "said-about.rq", "places-mentioned.rq",
            "article-metadata.rq");

    private final transient DatasetGraph dataset;

    HomeServlet(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!"/".equals(req.getRequestURI())) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no page at " + req.getRequestURI());
            return;
        }
        Html html = new Html("News as linked data").h1("Dateline");
        html.p("News articles as linked data: who said what, about whom, when and where.");
        html.raw("<p>SPARQL endpoint: <code>/news/sparql</code> (GET or POST, read-only). Graph Store reads: "
                + "<code>/news/data?graph=…</code>. Ontology: " + Html.link("/ns", "/ns") + ".</p>\n");
        html.h2("Articles");
        html.raw("<ul>\n");
        Txn.executeRead(dataset, () -> dataset.find(Node.ANY, Node.ANY, Schema.headline.asNode(), Node.ANY)
                .forEachRemaining(q -> html.raw("<li>" + Html.link(q.getSubject().getURI(),
                        q.getObject().getLiteralLexicalForm()) + "</li>\n")));
        html.raw("</ul>\n");
        html.h2("Example queries");
        for (String name : EXAMPLES) {
            String q = DataFiles.text("queries/" + name);
            html.raw("<h3>" + Html.esc(name) + " — " + Html.link("/news/sparql?format=text&query="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8), "run") + "</h3><pre>" + Html.esc(q) + "</pre>\n");
        }
        resp.setContentType("text/html; charset=utf-8");
        resp.getOutputStream().write(html.page().getBytes(StandardCharsets.UTF_8));
    }

    static Node iri(String s) {
        return NodeFactory.createURI(s);
    }
}
