package org.dateline.publish;

import java.util.LinkedHashMap;
import org.apache.jena.atlas.iterator.Iter;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.dateline.map.DL;
import org.dateline.map.Vocab.Schema;

/**
 * What a store holds, counted once: the quads a dump of it holds, and how many resources of each class Dateline
 * writes. The server's store does not change while it serves, so the figures are counted at the first request that
 * needs them (a scan of the store) and kept.
 *
 * @param quads   the quads of the named graphs a dump holds (the store's own description left out)
 * @param graphs  the named graphs
 * @param classes resources of each class, in the order they are described (articles first)
 */
record StoreFigures(long quads, long graphs, Map<Node, Long> classes) {
    /** The classes counted, as a dataset description's class partitions. */
    static final Node[] CLASSES = {Schema.NewsArticle.asNode(), Schema.Person.asNode(), Schema.Organization.asNode(),
        Schema.Place.asNode(), DL.DirectQuote.asNode(), DL.Claim.asNode(), DL.NewsEvent.asNode(),
        Schema.ImageObject.asNode()};
    /** The graph holding the store's description of itself ({@link NewsStore#DESCRIPTION}), never published. */
    static final Node PRIVATE = NodeFactory.createURI(NewsStore.DESCRIPTION);

    static StoreFigures count(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            long quads = Iter.count(Iter.filter(dataset.find(), StoreFigures::published));
            long graphs = 0;
            var names = dataset.listGraphNodes();
            while (names.hasNext()) {
                if (!PRIVATE.equals(names.next())) {
                    graphs++;
                }
            }
            Graph union = dataset.getUnionGraph();
            Map<Node, Long> classes = new LinkedHashMap<>();
            for (Node c : CLASSES) {
                // A triple held by several graphs counts once in the union graph.
                classes.put(c, Iter.count(union.find(Node.ANY, RDF.type.asNode(), c)));
            }
            return new StoreFigures(quads, graphs, classes);
        });
    }

    /** Whether a quad belongs in what is published (dumps, counts): all but the store's own description. */
    static boolean published(Quad q) {
        return !PRIVATE.equals(q.getGraph());
    }
}
