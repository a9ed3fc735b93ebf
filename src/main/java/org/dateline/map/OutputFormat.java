package org.dateline.map;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** The RDF syntaxes Dateline writes, by the names users type on the command line. */
public enum OutputFormat {
    TRIG(RDFFormat.TRIG_BLOCKS, true, false, "trig"),
    TURTLE(RDFFormat.TURTLE_BLOCKS, false, false, "ttl"),
    NQUADS(RDFFormat.NQUADS, true, true, "nq"),
    NTRIPLES(RDFFormat.NTRIPLES, false, true, "nt"),
    JSONLD(RDFFormat.JSONLD11, true, false, "jsonld"),
    RDFXML(RDFFormat.RDFXML_PLAIN, false, false, "rdf");

    private final RDFFormat format;
    private final boolean quads;
    private final boolean streaming;
    private final String extension;

    OutputFormat(RDFFormat format, boolean quads, boolean streaming, String extension) {
        this.format = format;
        this.quads = quads;
        this.streaming = streaming;
        this.extension = extension;
    }

    public RDFFormat rdfFormat() {
        return format;
    }

    public Lang lang() {
        return format.getLang();
    }

    /** Whether the syntax keeps named graphs (one per article); triple syntaxes merge them. */
    public boolean keepsGraphs() {
        return quads;
    }

    /** Whether it can be written quad by quad as articles are mapped, without holding them in memory. */
    public boolean streams() {
        return streaming;
    }

    /** Whether the syntax can write RDF-star triple terms ({@code << s p o >>}). */
    public boolean hasTripleTerms() {
        return this != JSONLD && this != RDFXML;
    }

    public String extension() {
        return extension;
    }

    /** The name users type: "trig", "nquads" … */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a name a user typed (case-insensitive; "ttl", "nq", "nt", "json-ld", "xml" accepted too). */
    public static OutputFormat parse(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace("-", "");
        for (OutputFormat f : values()) {
            if (f.cliName().equals(n) || f.extension.equals(n)) {
                return f;
            }
        }
        if (n.equals("xml") || n.equals("rdf/xml")) {
            return RDFXML;
        }
        if (n.equals("json")) {
            return JSONLD;
        }
        throw new IllegalArgumentException("unknown RDF format '" + name + "'; choose one of "
                + Arrays.stream(values()).map(OutputFormat::cliName).collect(Collectors.joining(", ")));
    }
}
