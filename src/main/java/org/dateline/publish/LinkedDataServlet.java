package org.dateline.publish;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.dateline.map.Prefixes;

/**
 * Dereferenceable resources: {@code GET /id/…} answers with what the store says about that resource
 * (its own triples and the links to it), as an HTML page for browsers or as RDF for machines, chosen by
 * the Accept header (Turtle, JSON-LD, N-Triples, RDF/XML).
 */
final class LinkedDataServlet extends HttpServlet {
    /** What a client may ask for; the first is the default for clients that accept anything. */
    static final AcceptList OFFER = AcceptList.create("text/html", "text/turtle", "application/ld+json",
            "application/n-triples", "application/rdf+xml", "application/xhtml+xml");
    private static final int MAX_INCOMING = 500;

    private final transient DatasetGraph dataset;
    private final String base;

    LinkedDataServlet(DatasetGraph dataset, String base) {
        this.dataset = dataset;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String iri = base + req.getRequestURI();
        Node subject = NodeFactory.createURI(iri);
        Graph description = Txn.calculateRead(dataset, () -> describe(subject));
        if (description.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "Nothing is known about " + iri);
            return;
        }
        MediaType type = ConNeg.chooseContentType(req, OFFER, MediaType.create("text/html"));
        resp.setHeader("Vary", "Accept");
        PrefixMap pm = Prefixes.forBase(base + "/");
        if (type.getContentTypeStr().contains("html")) {
            resp.setContentType("text/html; charset=utf-8");
            resp.getOutputStream().write(ResourcePage.render(subject, description, pm, base).getBytes(StandardCharsets.UTF_8));
            return;
        }
        Lang lang = RDFLanguages.contentTypeToLang(type.getContentTypeStr());
        resp.setContentType(lang.getContentType().getContentTypeStr() + "; charset=utf-8");
        description.getPrefixMapping().setNsPrefixes(pm.getMapping());
        RDFWriter.source(description).lang(lang).output(resp.getOutputStream());
    }

    /**
     * The resource's own triples, from every graph, and up to {@value #MAX_INCOMING} triples pointing at it. Read
     * from the union graph: the page needs triples, not the graphs holding them, and both stores answer a subject or
     * an object from an index there (the in-memory store holds the union as a graph of its own), where a quad pattern
     * with any graph would look in each article's graph in turn. A triple several graphs hold counts once.
     */
    private Graph describe(Node subject) {
        Graph g = GraphFactory.createDefaultGraph();
        Graph union = dataset.getUnionGraph();
        union.find(subject, Node.ANY, Node.ANY).forEachRemaining(g::add);
        var incoming = union.find(Node.ANY, Node.ANY, subject);
        try {
            int n = 0;
            while (incoming.hasNext() && n < MAX_INCOMING) {
                g.add(incoming.next());
                n++;
            }
        } finally {
            incoming.close();
        }
        return g;
    }

    /** The HTML view of one resource. */
    static final class ResourcePage {
        private ResourcePage() { }

        static String render(Node subject, Graph g, PrefixMap pm, String base) {
            String title = titleOf(subject, g);
            Html html = new Html(title).h1(title);
            html.raw("<p class=\"iri\">" + Html.esc(subject.getURI()) + "</p>\n");
            Map<String, List<String>> rows = new LinkedHashMap<>();
            g.find(subject, Node.ANY, Node.ANY).toList().stream()
                    .sorted((a, b) -> a.getPredicate().getURI().compareTo(b.getPredicate().getURI()))
                    .forEach(t -> rows.computeIfAbsent(shortName(t.getPredicate(), pm), k -> new ArrayList<>())
                            .add(value(t.getObject(), pm, base)));
            html.raw("<table>\n");
            rows.forEach((p, vs) -> html.raw("<tr><th>" + Html.esc(p) + "</th><td>" + String.join("<br>", vs) + "</td></tr>\n"));
            html.raw("</table>\n");
            List<Triple> in = g.find(Node.ANY, Node.ANY, subject).toList();
            if (!in.isEmpty()) {
                html.h2("Pointing here");
                html.raw("<table>\n");
                in.stream().limit(200).forEach(t -> html.raw("<tr><th>" + Html.esc(shortName(t.getPredicate(), pm))
                        + " of</th><td>" + value(t.getSubject(), pm, base) + "</td></tr>\n"));
                html.raw("</table>\n");
            }
            return html.page();
        }

        private static String titleOf(Node subject, Graph g) {
            for (String p : new String[] {"https://schema.org/headline", "https://schema.org/name",
                    "http://www.w3.org/2000/01/rdf-schema#label", "https://schema.org/text"}) {
                var it = g.find(subject, NodeFactory.createURI(p), Node.ANY);
                if (it.hasNext()) {
                    String s = it.next().getObject().getLiteralLexicalForm();
                    return s.length() > 120 ? s.substring(0, 120) + "…" : s;
                }
            }
            return subject.getURI();
        }

        private static String shortName(Node n, PrefixMap pm) {
            String s = pm.abbreviate(n.getURI());
            return s != null ? s : n.getURI();
        }

        private static String value(Node o, PrefixMap pm, String base) {
            if (o.isURI()) {
                return Html.link(Html.href(o.getURI(), base), shortName(o, pm));
            }
            if (o.isLiteral()) {
                String lex = o.getLiteralLexicalForm();
                String shown = lex.length() > 600 ? lex.substring(0, 600) + "…" : lex;
                return Html.esc(shown).replace("\n", "<br>");
            }
            return Html.esc(o.toString());
        }
    }
}
