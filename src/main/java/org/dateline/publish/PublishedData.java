package org.dateline.publish;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.dateline.map.Vocab.Schema;

/**
 * The published dataset as the server's pages and descriptions see it: the store, the base its IRIs are minted under,
 * what the publisher states about it, and its figures, counted at the first request that needs them.
 */
final class PublishedData {
    private final DatasetGraph dataset;
    private final String base;
    private final DatasetDescription description;
    private volatile StoreFigures figures;
    private volatile List<String> examples;

    PublishedData(DatasetGraph dataset, String base, Publication publication, boolean serviceAllowed) {
        this.dataset = dataset;
        this.base = base;
        this.description = new DatasetDescription(base, publication, serviceAllowed);
    }

    DatasetGraph dataset() {
        return dataset;
    }

    String base() {
        return base;
    }

    DatasetDescription description() {
        return description;
    }

    StoreFigures figures() {
        StoreFigures f = figures;
        if (f == null) {
            synchronized (this) {
                if (figures == null) {
                    figures = StoreFigures.count(dataset);
                }
                f = figures;
            }
        }
        return f;
    }

    /** A few resources to start from: the first article, and the first person, organisation and place it names. */
    List<String> examples() {
        List<String> e = examples;
        if (e == null) {
            e = Txn.calculateRead(dataset, () -> {
                List<String> out = new ArrayList<>();
                Graph union = dataset.getUnionGraph();
                var articles = union.find(Node.ANY, RDF.type.asNode(), Schema.NewsArticle.asNode());
                try {
                    if (!articles.hasNext()) {
                        return out;
                    }
                    Node article = articles.next().getSubject();
                    out.add(article.getURI());
                    for (Node type : new Node[] {Schema.Person.asNode(), Schema.Organization.asNode(), Schema.Place.asNode()}) {
                        union.find(article, Schema.mentions.asNode(), Node.ANY).toList().stream().map(Triple::getObject)
                                .filter(n -> n.isURI() && union.contains(n, RDF.type.asNode(), type))
                                .map(Node::getURI).sorted().findFirst().ifPresent(out::add);
                    }
                } finally {
                    articles.close();
                }
                return out;
            });
            examples = e;
        }
        return e;
    }

    /** Where the client reached this server: {@code http://localhost:3030}, from the request. */
    static String origin(HttpServletRequest req) {
        String scheme = req.getScheme();
        int port = req.getServerPort();
        boolean usual = scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        String host = req.getServerName();
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return scheme + "://" + host + (usual || port <= 0 ? "" : ":" + port);
    }
}
