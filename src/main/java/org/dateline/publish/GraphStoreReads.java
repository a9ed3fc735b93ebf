package org.dateline.publish;

import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.graph.GraphZero;

/**
 * Graph Store Protocol reads that agree with SPARQL on what the default graph is. Dateline's default
 * graph is the union of the named graphs, whether the store derives it per query (TDB2) or holds it
 * ({@link UnionDefaultDataset}); so {@code ?default} returns that union, and a whole-dataset read
 * returns the named graphs alone, each triple once, ready to load into another store.
 */
final class GraphStoreReads extends GSP_R {

    @Override
    protected DatasetGraph decideDataset(HttpAction action) {
        DatasetGraph dataset = super.decideDataset(action);
        return isQuads(action) ? withDefault(dataset, GraphZero.instance()) : withDefault(dataset, dataset.getUnionGraph());
    }

    private static DatasetGraph withDefault(DatasetGraph dataset, Graph defaultGraph) {
        return new DatasetGraphWrapper(dataset) {
            @Override
            public Graph getDefaultGraph() {
                return defaultGraph;
            }
        };
    }
}
