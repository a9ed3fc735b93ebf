package org.dateline.publish;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.dateline.map.CompactJsonLd;
import org.dateline.map.Prefixes;

/**
 * Dereferenceable resources: {@code GET /id/…} answers with what the store says about that resource (its own triples
 * and the links to it), as an HTML page for browsers ({@link ResourcePage}) or as RDF for machines, chosen by the
 * Accept header or a {@code format} parameter (Turtle, JSON-LD with Dateline's context as {@code map} writes it,
 * N-Triples, RDF/XML; N-Quads and TriG with the graphs that hold each triple).
 */
final class LinkedDataServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** What a client may ask for; the first is the default for clients that accept anything. */
    static final AcceptList OFFER = AcceptList.create("text/html", "text/turtle", "application/ld+json",
            "application/n-triples", "application/n-quads", "application/trig", "application/rdf+xml",
            "application/xhtml+xml");
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
        MediaType type = RdfAnswer.choose(req, OFFER);
        if (type == null) {
            RdfAnswer.notAcceptable(resp, OFFER);
            return;
        }
        resp.setHeader("Vary", "Accept");
        PrefixMap pm = Prefixes.forBase(base + "/");
        if (RdfAnswer.isHtml(type)) {
            // Rendered in the read transaction: the page looks up the names of everything it links.
            String page = Txn.calculateRead(dataset, () -> {
                Graph description = describe(subject);
                return description.isEmpty() ? null
                        : ResourcePage.render(subject, description, pm, base + "/", Labels.of(dataset.getUnionGraph()),
                                req.getRequestURI());
            });
            if (page == null) {
                notFound(resp, iri);
                return;
            }
            resp.setContentType("text/html; charset=utf-8");
            resp.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
            return;
        }
        Lang lang = RDFLanguages.contentTypeToLang(type.getContentTypeStr());
        if (RDFLanguages.isQuads(lang) && lang != Lang.JSONLD) {
            DatasetGraph quads = Txn.calculateRead(dataset, () -> describeInGraphs(subject));
            if (quads.isEmpty()) {
                notFound(resp, iri);
                return;
            }
            quads.prefixes().putAll(pm);
            resp.setContentType(lang.getContentType().getContentTypeStr() + "; charset=utf-8");
            RDFWriter.source(quads).lang(lang).output(resp.getOutputStream());
            return;
        }
        Graph description = Txn.calculateRead(dataset, () -> describe(subject));
        if (description.isEmpty()) {
            notFound(resp, iri);
            return;
        }
        resp.setContentType(lang.getContentType().getContentTypeStr() + "; charset=utf-8");
        if (lang == Lang.JSONLD) {
            // The same context as map --format jsonld, so a client reads the server's answers and the files alike.
            DatasetGraph one = DatasetGraphFactory.create();
            description.find().forEachRemaining(one.getDefaultGraph()::add);
            CompactJsonLd.write(one, resp.getOutputStream());
            return;
        }
        description.getPrefixMapping().setNsPrefixes(pm.getMapping());
        RDFWriter.source(description).lang(lang).output(resp.getOutputStream());
    }

    private static void notFound(HttpServletResponse resp, String iri) throws IOException {
        resp.sendError(HttpServletResponse.SC_NOT_FOUND, "Nothing is known about " + iri);
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

    /** The same description with the named graph of each triple, for the quad syntaxes. */
    private DatasetGraph describeInGraphs(Node subject) {
        DatasetGraph out = DatasetGraphFactory.create();
        dataset.find(Node.ANY, subject, Node.ANY, Node.ANY).forEachRemaining(q -> add(out, q));
        var incoming = dataset.find(Node.ANY, Node.ANY, Node.ANY, subject);
        try {
            int n = 0;
            while (incoming.hasNext() && n < MAX_INCOMING) {
                add(out, incoming.next());
                n++;
            }
        } finally {
            Iter.close(incoming);
        }
        return out;
    }

    private static void add(DatasetGraph out, Quad q) {
        if (StoreFigures.published(q) && !Quad.isDefaultGraph(q.getGraph())) {
            out.add(q);
        }
    }
}
