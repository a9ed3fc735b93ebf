package org.dateline.publish;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.dateline.map.DL;
import org.dateline.map.Vocab.Nif;
import org.dateline.map.Vocab.Schema;

/**
 * What a page shows for a resource it links: its name, never its IRI when the data says anything better. Articles by
 * headline, people and places by name, quotes by their words, text spans by the words they cover, graphs by the
 * article they hold, Wikidata items as "Wikidata Q…", terms of a vocabulary by their label or prefixed name. Reads
 * one graph (a store's union graph, in a read transaction); remembers what it found for the page being made.
 */
final class Labels {
    private static final int QUOTE_CHARS = 90;
    private static final Node[] NAMES = {Schema.headline.asNode(), Schema.name.asNode(), SKOS.prefLabel.asNode(),
        RDFS.label.asNode(), DCTerms.title.asNode()};
    private static final Node PRIMARY_TOPIC = NodeFactory.createURI("http://xmlns.com/foaf/0.1/primaryTopic");

    private final Graph graph;
    private final Map<Node, String> known = new HashMap<>();

    private Labels(Graph graph) {
        this.graph = graph;
    }

    static Labels of(Graph graph) {
        return new Labels(graph);
    }

    Graph graph() {
        return graph;
    }

    /** The label of {@code n}, or null when the data has none (the caller shows a short form of its IRI). */
    String label(Node n) {
        if (!n.isURI()) {
            return n.isLiteral() ? n.getLiteralLexicalForm() : null;
        }
        if (known.containsKey(n)) {
            return known.get(n);
        }
        known.put(n, null);
        String label = find(n);
        known.put(n, label);
        return label;
    }

    private String find(Node n) {
        for (Node p : NAMES) {
            String s = english(n, p);
            if (s != null) {
                return s;
            }
        }
        String text = value(n, Schema.text.asNode());
        if (text != null) {
            return "“" + shorten(text, QUOTE_CHARS) + "”";
        }
        String anchor = value(n, Nif.anchorOf.asNode());
        if (anchor != null) {
            return "“" + shorten(anchor, QUOTE_CHARS) + "”";
        }
        String caption = value(n, Schema.caption.asNode());
        if (caption != null) {
            return "Picture: " + shorten(caption, QUOTE_CHARS);
        }
        Node article = object(n, DL.reportedIn.asNode());
        if (article != null && graph.contains(n, Nif.isString.asNode(), Node.ANY)) {
            return "Text of " + orIri(article);
        }
        Node topic = object(n, PRIMARY_TOPIC);
        if (topic != null) {
            return "Graph of " + orIri(topic);
        }
        String uri = n.getURI();
        if (uri.startsWith(org.dateline.link.Link.WIKIDATA_ENTITY)) {
            return "Wikidata " + uri.substring(org.dateline.link.Link.WIKIDATA_ENTITY.length());
        }
        return null;
    }

    private String orIri(Node n) {
        String l = label(n);
        return l != null ? l : n.getURI();
    }

    /** An English value of {@code p} if there is one, else any plain value. */
    private String english(Node s, Node p) {
        String any = null;
        var it = graph.find(s, p, Node.ANY);
        try {
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (!o.isLiteral()) {
                    continue;
                }
                String lang = o.getLiteralLanguage();
                if (lang.isEmpty() || lang.startsWith("en")) {
                    return o.getLiteralLexicalForm();
                }
                any = any == null ? o.getLiteralLexicalForm() : any;
            }
        } finally {
            it.close();
        }
        return any;
    }

    String value(Node s, Node p) {
        Node o = object(s, p);
        return o != null && o.isLiteral() ? o.getLiteralLexicalForm() : null;
    }

    Node object(Node s, Node p) {
        var it = graph.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    static String shorten(String s, int max) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, one.lastIndexOf(' ', max) > max / 2 ? one.lastIndexOf(' ', max) : max) + "…";
    }
}
