package org.dateline.map;

import java.io.OutputStream;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * Where mapped quads go on their way to a file or stdout in one {@link OutputFormat}. Line-based
 * syntaxes stream, so a corpus of any size maps in bounded memory; the pretty syntaxes (TriG,
 * Turtle, JSON-LD, RDF/XML) need the whole dataset to group and abbreviate, so they collect it
 * first and write it on {@link #finish()}.
 */
public final class RdfSink implements AutoCloseable {
    private final OutputFormat format;
    private final OutputStream out;
    private final String base;
    private final StreamRDF stream;
    private final DatasetGraph collected;
    private boolean finished;

    public RdfSink(OutputFormat format, OutputStream out, String base) {
        this.format = format;
        this.out = out;
        this.base = base;
        if (format.streams()) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, format.rdfFormat());
            this.stream = format.keepsGraphs() ? writer : new TriplesOnly(writer);
            this.collected = null;
        } else {
            this.collected = DatasetGraphFactory.create();
            StreamRDF into = StreamRDFLib.dataset(collected);
            this.stream = format.hasTripleTerms() ? into : new RefuseTripleTerms(into, format);
        }
        stream.start();
    }

    /** The stream to map articles into. Not thread-safe: callers serialise their writes. */
    public StreamRDF stream() {
        return stream;
    }

    /** Writes what was collected (pretty syntaxes) and flushes. */
    public void finish() {
        if (finished) {
            return;
        }
        finished = true;
        stream.finish();
        if (collected != null) {
            collected.prefixes().putAll(Prefixes.forBase(base));
            if (format == OutputFormat.JSONLD) {
                CompactJsonLd.write(collected, out);
            } else if (format.keepsGraphs()) {
                RDFWriter.source(collected).format(format.rdfFormat()).output(out);
            } else {
                var union = collected.getUnionGraph();
                union.getPrefixMapping().setNsPrefixes(collected.prefixes().getMapping());
                RDFWriter.source(union).format(format.rdfFormat()).output(out);
            }
        }
        try {
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        finish();
    }

    /** Stops early, with a message a user can act on, when a syntax cannot write RDF 1.2 triple terms. */
    private static final class RefuseTripleTerms extends StreamRDFWrapper {
        private final OutputFormat format;

        RefuseTripleTerms(StreamRDF other, OutputFormat format) {
            super(other);
            this.format = format;
        }

        @Override
        public void quad(Quad quad) {
            if (quad.getSubject().isTripleTerm() || quad.getObject().isTripleTerm()) {
                throw new IllegalArgumentException(format.cliName() + " cannot write RDF 1.2 triple terms; "
                        + "use --format trig, turtle, nquads or ntriples with --rdf-star");
            }
            super.quad(quad);
        }
    }

}
