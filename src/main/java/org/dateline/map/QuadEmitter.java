package org.dateline.map;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/** Writes quads of one named graph to a {@link StreamRDF}, with small helpers for Dateline's literals. */
final class QuadEmitter {
    private final StreamRDF out;
    private final Node graph;
    private LocalDate lastDate;
    private Node lastDateNode;

    QuadEmitter(StreamRDF out, String graphIri) {
        this.out = out;
        this.graph = NodeFactory.createURI(graphIri);
    }

    Node graph() {
        return graph;
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    void add(Node s, Property p, Node o) {
        out.quad(Quad.create(graph, s, p.asNode(), o));
    }

    void add(Node s, Property p, Resource o) {
        add(s, p, o.asNode());
    }

    void addIri(Node s, Property p, String iri) {
        add(s, p, iri(iri));
    }

    void type(Node s, Resource type) {
        add(s, org.apache.jena.vocabulary.RDF.type, type.asNode());
    }

    /** A plain string; null or blank values are left out rather than written empty. */
    void string(Node s, Property p, String value) {
        if (value != null && !value.isBlank()) {
            add(s, p, NodeFactory.createLiteralString(value));
        }
    }

    /** An English-language string. */
    void english(Node s, Property p, String value) {
        if (value != null && !value.isBlank()) {
            add(s, p, NodeFactory.createLiteralLang(value, "en"));
        }
    }

    void date(Node s, Property p, LocalDate date) {
        if (date != null) {
            // An article writes the same date many times (every quote is of the report's day): one node for it.
            if (!date.equals(lastDate)) {
                lastDate = date;
                lastDateNode = NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate);
            }
            add(s, p, lastDateNode);
        }
    }

    void dateTime(Node s, Property p, Instant time) {
        add(s, p, NodeFactory.createLiteralDT(time.toString(), XSDDatatype.XSDdateTime));
    }

    void integer(Node s, Property p, long value) {
        add(s, p, NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger));
    }

    void nonNegative(Node s, Property p, long value) {
        add(s, p, nonNegative(value));
    }

    /**
     * Text offsets are small numbers written twice for every span of every article. Sharing their literal nodes
     * spares building (and validating, which Jena does for a number) a new literal each time.
     */
    private static final AtomicReferenceArray<Node> SMALL_NON_NEGATIVE = new AtomicReferenceArray<>(1 << 14);

    private static Node nonNegative(long value) {
        if (value < 0 || value >= SMALL_NON_NEGATIVE.length()) {
            return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDnonNegativeInteger);
        }
        int i = (int) value;
        Node n = SMALL_NON_NEGATIVE.get(i);
        if (n == null) {
            n = NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDnonNegativeInteger);
            SMALL_NON_NEGATIVE.set(i, n);
        }
        return n;
    }

    /** A decimal in its canonical form ("0.75", "1.0"), so the same number is the same literal in every store. */
    void decimal(Node s, Property p, BigDecimal value) {
        add(s, p, decimal(value));
    }

    static Node decimal(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return NodeFactory.createLiteralDT((v.scale() < 1 ? v.setScale(1) : v).toPlainString(), XSDDatatype.XSDdecimal);
    }

    void bool(Node s, Property p, boolean value) {
        add(s, p, NodeFactory.createLiteralDT(Boolean.toString(value), XSDDatatype.XSDboolean));
    }
}
