package org.dateline.publish;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.dateline.map.Vocab.Schema;

/**
 * The schema.org description a page embeds for search engines ({@code <script type="application/ld+json">}): an
 * article as a {@code NewsArticle} with its headline, dates, authors, publisher, pictures and what it mentions; a
 * person, organisation or place with its name, Wikidata item and, for a place, its coordinates. A data block, never
 * run: the pages' policy forbids scripts.
 */
final class SchemaOrgJson {
    private static final int MAX_MENTIONS = 50;

    private SchemaOrgJson() { }

    /** The JSON for {@code subject}, or null when it is neither an article nor a named entity. */
    static String of(Node subject, Graph g, String base) {
        JsonObjectBuilder o;
        if (is(g, subject, Schema.NewsArticle)) {
            o = article(subject, g);
        } else if (entityType(g, subject) != null) {
            o = entity(subject, g);
        } else {
            return null;
        }
        JsonObjectBuilder withContext = Json.createObjectBuilder().add("@context", "https://schema.org").addAll(o);
        // "</" would end the script element early; JSON allows "\/" for "/".
        return withContext.build().toString().replace("</", "<\\/");
    }

    private static JsonObjectBuilder article(Node a, Graph g) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("@type", "NewsArticle").add("@id", a.getURI());
        put(o, "headline", value(g, a, Schema.headline));
        put(o, "datePublished", value(g, a, Schema.datePublished));
        put(o, "dateline", value(g, a, Schema.dateline));
        put(o, "inLanguage", value(g, a, Schema.inLanguage));
        put(o, "abstract", value(g, a, Schema.abstract_));
        put(o, "wordCount", value(g, a, Schema.wordCount));
        Node url = object(g, a, Schema.url);
        if (url != null && url.isURI()) {
            o.add("url", url.getURI());
        }
        o.add("mainEntityOfPage", a.getURI());
        o.add("author", entities(g, objects(g, a, Schema.author), Integer.MAX_VALUE));
        List<Node> publishers = objects(g, a, Schema.publisher);
        if (!publishers.isEmpty()) {
            o.add("publisher", entity(publishers.get(0), g));
        }
        JsonArrayBuilder images = Json.createArrayBuilder();
        for (Node im : objects(g, a, Schema.image)) {
            JsonObjectBuilder io = Json.createObjectBuilder().add("@type", "ImageObject");
            Node content = object(g, im, Schema.contentUrl);
            if (content != null && content.isURI()) {
                io.add("contentUrl", content.getURI()).add("url", content.getURI());
            }
            put(io, "caption", value(g, im, Schema.caption));
            put(io, "creditText", value(g, im, Schema.creditText));
            images.add(io);
        }
        o.add("image", images);
        o.add("mentions", entities(g, objects(g, a, Schema.mentions), MAX_MENTIONS));
        return o;
    }

    private static JsonArrayBuilder entities(Graph g, List<Node> nodes, int max) {
        JsonArrayBuilder arr = Json.createArrayBuilder();
        nodes.stream().filter(n -> entityType(g, n) != null).sorted(java.util.Comparator.comparing(Node::getURI))
                .limit(max).forEach(n -> arr.add(entity(n, g)));
        return arr;
    }

    private static JsonObjectBuilder entity(Node e, Graph g) {
        String type = entityType(g, e);
        JsonObjectBuilder o = Json.createObjectBuilder().add("@type", type == null ? "Thing" : type).add("@id", e.getURI());
        put(o, "name", value(g, e, Schema.name));
        List<Node> same = objects(g, e, OWL.sameAs);
        if (!same.isEmpty()) {
            o.add("sameAs", same.get(0).getURI());
        }
        List<String> titles = objects(g, e, Schema.jobTitle).stream().filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm).distinct().sorted().toList();
        if (!titles.isEmpty()) {
            o.add("jobTitle", titles.get(0));
        }
        put(o, "honorificPrefix", value(g, e, Schema.honorificPrefix));
        Node geo = object(g, e, Schema.geo);
        if (geo != null) {
            String lat = value(g, geo, Schema.latitude);
            String lon = value(g, geo, Schema.longitude);
            if (lat != null && lon != null) {
                o.add("geo", Json.createObjectBuilder().add("@type", "GeoCoordinates")
                        .add("latitude", new java.math.BigDecimal(lat)).add("longitude", new java.math.BigDecimal(lon)));
            }
        }
        return o;
    }

    private static String entityType(Graph g, Node n) {
        if (is(g, n, Schema.Person)) {
            return "Person";
        }
        if (is(g, n, Schema.Organization)) {
            return "Organization";
        }
        return is(g, n, Schema.Place) ? "Place" : null;
    }

    private static boolean is(Graph g, Node n, org.apache.jena.rdf.model.Resource type) {
        return n.isURI() && g.contains(n, RDF.type.asNode(), type.asNode());
    }

    private static void put(JsonObjectBuilder o, String key, String value) {
        if (value != null) {
            o.add(key, value);
        }
    }

    private static String value(Graph g, Node s, org.apache.jena.rdf.model.Property p) {
        Node o = object(g, s, p);
        return o != null && o.isLiteral() ? o.getLiteralLexicalForm() : null;
    }

    private static Node object(Graph g, Node s, org.apache.jena.rdf.model.Property p) {
        var it = g.find(s, p.asNode(), Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static List<Node> objects(Graph g, Node s, org.apache.jena.rdf.model.Property p) {
        return g.find(s, p.asNode(), Node.ANY).toList().stream().map(Triple::getObject).distinct().toList();
    }
}
