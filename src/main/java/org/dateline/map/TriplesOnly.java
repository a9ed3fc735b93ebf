package org.dateline.map;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/** Passes quads on as triples, for the syntaxes that have no named graphs (N-Triples, Turtle, RDF/XML). */
public final class TriplesOnly extends StreamRDFWrapper {
    public TriplesOnly(StreamRDF other) {
        super(other);
    }

    @Override
    public void quad(Quad quad) {
        triple(Triple.create(quad.getSubject(), quad.getPredicate(), quad.getObject()));
    }
}
