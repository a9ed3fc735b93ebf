package org.dateline.map;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/** Passes each quad (or triple) on the first time it is sent and drops it after that: for one article's mapping. */
final class DistinctQuads extends StreamRDFWrapper {
    private final Set<Quad> seen = new HashSet<>(512);

    DistinctQuads(StreamRDF other) {
        super(other);
    }

    @Override
    public void quad(Quad quad) {
        if (seen.add(quad)) {
            super.quad(quad);
        }
    }

    @Override
    public void triple(Triple triple) {
        if (seen.add(Quad.create(Quad.defaultGraphIRI, triple))) {
            super.triple(triple);
        }
    }
}
