package org.dateline.map;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.dateline.knowledge.DataFiles;

/**
 * The ontology ({@code ontology/dateline.ttl}) as the named graph {@code <https://w3id.org/dateline/ns>}: beside the
 * articles in a store, a dump or {@code map --with-ontology}, so queries can read term labels (the date sources'
 * names, the event types' scheme) wherever the data goes.
 */
public final class OntologyGraph {
    private OntologyGraph() { }

    /** Sends the ontology's triples to {@code out} as quads of the ontology graph. */
    public static void send(StreamRDF out) {
        RDFParser.source(DataFiles.open("ontology/dateline.ttl")).lang(Lang.TURTLE)
                .parse(StreamRDFLib.extendTriplesToQuads(NodeFactory.createURI(DL.ONTOLOGY), new NoStartFinish(out)));
    }

    /** The parser starts and finishes its stream; the caller's stream is started and finished by the caller. */
    private static final class NoStartFinish extends org.apache.jena.riot.system.StreamRDFWrapper {
        NoStartFinish(StreamRDF other) {
            super(other);
        }

        @Override
        public void start() { }

        @Override
        public void finish() { }

        @Override
        public void prefix(String prefix, String iri) { }

        @Override
        public void base(String base) { }
    }
}
