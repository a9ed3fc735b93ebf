package org.dateline.spark;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * Sends the quads of one graph (the shared entity descriptions) to one stream and all others (the article's own
 * graph) to another, so that each goes to its own output.
 */
final class GraphRouter implements StreamRDF {
    private final Node graph;
    private final StreamRDF inGraph;
    private final StreamRDF others;

    GraphRouter(Node graph, StreamRDF inGraph, StreamRDF others) {
        this.graph = graph;
        this.inGraph = inGraph;
        this.others = others;
    }

    @Override
    public void start() {
        inGraph.start();
        others.start();
    }

    @Override
    public void triple(Triple triple) {
        others.triple(triple);
    }

    @Override
    public void quad(Quad quad) {
        (graph.equals(quad.getGraph()) ? inGraph : others).quad(quad);
    }

    @Override
    public void base(String base) {
        // Line-based output has no base.
    }

    @Override
    public void prefix(String prefix, String iri) {
        // Line-based output has no prefixes.
    }

    @Override
    public void finish() {
        inGraph.finish();
        others.finish();
    }
}
