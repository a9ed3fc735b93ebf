package org.dateline.map;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/** A stream that keeps what it is sent as a list of quads (triples go to the default graph). */
public final class QuadList extends StreamRDFBase {
    private final List<Quad> quads = new ArrayList<>(256);

    @Override
    public void quad(Quad quad) {
        quads.add(quad);
    }

    @Override
    public void triple(Triple triple) {
        quads.add(Quad.create(Quad.defaultGraphIRI, triple));
    }

    /** The quads received so far, in order; the list is live, so callers may clear it to reuse the stream. */
    public List<Quad> quads() {
        return quads;
    }
}
