package org.dateline.publish;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.dateline.knowledge.DataFiles;
import org.dateline.map.DL;
import org.dateline.map.Vocab.Schema;

/**
 * The landing page: where to start (the query editor, the dataset's description, the dump, the ontology), what the
 * dataset holds, the newest articles, and the example queries, each runnable or open in the editor. With {@code ?ui}
 * it is the query editor's own page ({@link QueryUi}), which must be served at the root.
 */
final class HomeServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** The example queries shipped in {@code data/queries/}, shown and linked on the page. */
    static final List<String> EXAMPLES = List.of("who-said-what.rq", "said-about.rq", "places-mentioned.rq",
            "article-metadata.rq");
    /** Articles listed on the page, newest first; the rest are a query away. */
    static final int MAX_ARTICLES = 100;

    private final transient PublishedData data;

    HomeServlet(PublishedData data) {
        this.data = data;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!"/".equals(req.getRequestURI())) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no page at " + req.getRequestURI());
            return;
        }
        if ("ui".equals(req.getQueryString())) {
            QueryUi.page(resp);
            return;
        }
        StoreFigures figures = data.figures();
        Map<Node, Long> c = figures.classes();
        Html html = new Html("News as linked data").h1("Dateline");
        html.p("News articles as linked data: who said what, about whom, when and where, linked to Wikidata.");
        html.raw("<p>" + c.get(Schema.NewsArticle.asNode()) + " articles naming " + c.get(Schema.Person.asNode())
                + " people, " + c.get(Schema.Organization.asNode()) + " organisations and " + c.get(Schema.Place.asNode())
                + " places, with " + c.get(DL.DirectQuote.asNode()) + " quotes, " + c.get(DL.Claim.asNode()) + " claims and "
                + c.get(DL.NewsEvent.asNode()) + " events: " + String.format("%,d", figures.quads()) + " quads in "
                + figures.graphs() + " graphs.</p>\n");
        html.h2("Start here");
        html.raw("<ul>\n<li>" + Html.link("/news/sparql", "Query editor") + " — SPARQL endpoint <code>/news/sparql</code> "
                + "(GET or POST, read-only; without a query it answers machines with its service description)</li>\n"
                + "<li>" + Html.link(DatasetDescription.PATH, "About this dataset") + " — VoID and DCAT: counts, sources and "
                + "licences, example resources</li>\n"
                + "<li>" + Html.link(DatasetDescription.DUMP, "Download everything: news.nq.gz") + " — every graph as "
                + "gzipped N-Quads, the ontology graph included, ready to load into another store</li>\n"
                + "<li>" + Html.link("/ns", "Ontology") + " — the terms Dateline mints, and its SHACL shapes</li>\n"
                + "<li>Graph Store reads: <code>/news/data?graph=…</code></li>\n</ul>\n");
        articles(html);
        html.h2("Example queries");
        html.p("They name the graph of each pattern (GRAPH ?g), so they give the same answers on any store the dump is "
                + "loaded into, whether or not its default graph is the union of the named graphs.");
        for (String name : EXAMPLES) {
            String q = DataFiles.text("queries/" + name);
            String encoded = URLEncoder.encode(q, StandardCharsets.UTF_8);
            html.raw("<h3>" + Html.esc(name) + "</h3><p class=\"small\">"
                    + Html.link(QueryUi.EDITOR + "?query=" + encoded.replace("+", "%20"), "open in the query editor") + " · "
                    + Html.link("/news/sparql?format=text&query=" + encoded, "run (text)") + " · "
                    + Html.link("/news/sparql?format=csv&query=" + encoded, "run (CSV)") + "</p><pre>" + Html.esc(q)
                    + "</pre>\n");
        }
        resp.setContentType("text/html; charset=utf-8");
        resp.getOutputStream().write(html.page().getBytes(StandardCharsets.UTF_8));
    }

    private void articles(Html html) {
        DatasetGraph dataset = data.dataset();
        record Listed(Node article, String headline, String date) { }
        List<Listed> all = Txn.calculateRead(dataset, () -> {
            List<Listed> out = new ArrayList<>();
            var union = dataset.getUnionGraph();
            union.find(Node.ANY, Schema.headline.asNode(), Node.ANY).forEachRemaining(t -> {
                var d = union.find(t.getSubject(), Schema.datePublished.asNode(), Node.ANY);
                String date = d.hasNext() ? d.next().getObject().getLiteralLexicalForm() : "";
                d.close();
                out.add(new Listed(t.getSubject(), t.getObject().getLiteralLexicalForm(), date));
            });
            return out;
        });
        html.h2("Articles" + (all.size() > MAX_ARTICLES ? " (the newest " + MAX_ARTICLES + " of " + all.size() + ")" : ""));
        html.raw("<ul>\n");
        all.stream().sorted(Comparator.comparing(Listed::date).reversed().thenComparing(Listed::headline))
                .limit(MAX_ARTICLES)
                .forEach(a -> html.raw("<li>" + Html.link(Html.href(a.article().getURI(), data.base()), a.headline())
                        + (a.date().isEmpty() ? "" : " <span class=\"muted small\">" + Html.esc(a.date()) + "</span>")
                        + "</li>\n"));
        html.raw("</ul>\n");
    }
}
