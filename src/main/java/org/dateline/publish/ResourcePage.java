package org.dateline.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.vocabulary.RDF;
import org.dateline.map.Vocab.Schema;

/**
 * The HTML view of one resource, for people: its name as the title, every link shown by the name of what it links
 * (never a bare IRI when the data has a name), links to the same description as Turtle, JSON-LD and the other
 * syntaxes, and schema.org JSON-LD in the head for search engines. Articles ({@link ArticleView}) and the people,
 * organisations and places they name ({@link EntityView}) have pages of their own; anything else gets its facts and
 * what points to it.
 */
final class ResourcePage {
    /** The syntaxes a page links, by the {@code format} names {@link RdfAnswer} knows. */
    private static final String[][] FORMATS = {{"turtle", "Turtle"}, {"jsonld", "JSON-LD"}, {"ntriples", "N-Triples"},
        {"nquads", "N-Quads"}, {"trig", "TriG"}, {"rdfxml", "RDF/XML"}};
    static final int MAX_ROWS = 200;

    private final Node subject;
    private final Graph description;
    private final PrefixMap pm;
    private final String base;
    final Labels labels;
    private final String path;

    private ResourcePage(Node subject, Graph description, PrefixMap pm, String base, Labels labels, String path) {
        this.subject = subject;
        this.description = description;
        this.pm = pm;
        this.base = base;
        this.labels = labels;
        this.path = path;
    }

    /**
     * @param description what is said of the subject (its triples and those pointing at it)
     * @param labels      where the names of linked resources are looked up (the store's union graph)
     * @param path        the page's path on this server, for its links to other formats
     */
    static String render(Node subject, Graph description, PrefixMap pm, String base, Labels labels, String path) {
        return new ResourcePage(subject, description, pm, base, labels, path).render();
    }

    private String render() {
        String title = title();
        Graph g = labels.graph();
        Html html = new Html(title);
        String json = SchemaOrgJson.of(subject, g, base);
        if (json != null) {
            html.head("<script type=\"application/ld+json\">" + json + "</script>");
        }
        html.raw("<h1>" + Html.esc(title) + "</h1>\n");
        html.raw("<p class=\"types\">" + String.join("", description.find(subject, RDF.type.asNode(), Node.ANY).toList()
                .stream().map(Triple::getObject).sorted(Comparator.comparing(Node::toString)).map(this::link).toList())
                + "</p>\n");
        html.raw("<p class=\"iri small\">" + Html.esc(subject.getURI()) + "</p>\n");
        StringBuilder formats = new StringBuilder("<p class=\"formats small\">This page as data: ");
        for (String[] f : FORMATS) {
            formats.append(Html.link(path + "?format=" + f[0], f[1]));
        }
        html.raw(formats.append("</p>\n").toString());
        if (has(Schema.NewsArticle)) {
            new ArticleView(this, subject).render(html);
        } else if (has(Schema.Person) || has(Schema.Organization) || has(Schema.Place)) {
            new EntityView(this, subject).render(html);
        } else {
            facts(html, "Facts", List.of());
        }
        pointingHere(html);
        return html.page();
    }

    boolean has(org.apache.jena.rdf.model.Resource type) {
        return description.contains(subject, RDF.type.asNode(), type.asNode());
    }

    String title() {
        String l = labels.label(subject);
        if (l == null) {
            l = description.find(subject, Node.ANY, Node.ANY).toList().stream().map(Triple::getObject)
                    .filter(Node::isLiteral).map(Node::getLiteralLexicalForm).findFirst().orElse(null);
        }
        return l == null ? shortIri(subject) : Labels.shorten(l, 120);
    }

    /** The subject's own triples as a table of property → values, leaving out the properties a view shows itself. */
    void facts(Html html, String heading, List<Node> shownElsewhere) {
        Map<Node, List<Node>> rows = new LinkedHashMap<>();
        description.find(subject, Node.ANY, Node.ANY).toList().stream()
                .filter(t -> !t.getPredicate().equals(RDF.type.asNode()) && !shownElsewhere.contains(t.getPredicate()))
                .sorted(Comparator.comparing((Triple t) -> propertyName(t.getPredicate())).thenComparing(t -> t.getObject().toString()))
                .forEach(t -> rows.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject()));
        if (rows.isEmpty()) {
            return;
        }
        html.raw("<h2>" + Html.esc(heading) + "</h2>\n<table>\n");
        rows.forEach((p, vs) -> html.raw("<tr><th>" + Html.esc(propertyName(p)) + "</th><td>"
                + String.join("<br>", vs.stream().map(this::value).toList()) + "</td></tr>\n"));
        html.raw("</table>\n");
    }

    private void pointingHere(Html html) {
        List<Triple> in = description.find(Node.ANY, Node.ANY, subject).toList().stream()
                .filter(t -> !t.getSubject().equals(subject))
                .sorted(Comparator.comparing((Triple t) -> propertyName(t.getPredicate())).thenComparing(t -> t.getSubject().toString()))
                .toList();
        if (in.isEmpty()) {
            return;
        }
        html.raw("<details><summary>What points here (" + in.size() + ")</summary><table>\n");
        in.stream().limit(MAX_ROWS).forEach(t -> html.raw("<tr><th>" + Html.esc(propertyName(t.getPredicate()))
                + " of</th><td>" + link(t.getSubject()) + "</td></tr>\n"));
        html.raw("</table></details>\n");
    }

    /** A property's name: its label in the ontology graph, else its prefixed name. */
    String propertyName(Node p) {
        String prefixed = pm.abbreviate(p.getURI());
        return prefixed != null ? prefixed : p.getURI();
    }

    /** A value: a link named by what it links to, or a literal's text. */
    String value(Node o) {
        if (o.isURI()) {
            return link(o);
        }
        if (o.isLiteral()) {
            String lex = o.getLiteralLexicalForm();
            String shown = lex.length() > 600 ? lex.substring(0, 600) + "…" : lex;
            return Html.esc(shown).replace("\n", "<br>");
        }
        return Html.esc(o.toString());
    }

    /** A link to a resource, shown by its name. */
    String link(Node n) {
        if (!n.isURI()) {
            return Html.esc(n.toString());
        }
        String label = labels.label(n);
        return Html.link(href(n), label != null ? label : shortIri(n));
    }

    String href(Node n) {
        String iri = n.getURI();
        if (iri.startsWith(org.dateline.link.Link.WIKIDATA_ENTITY)) {
            // The item's page for people, where the entity IRI would answer with data.
            return "https://www.wikidata.org/wiki/" + iri.substring(org.dateline.link.Link.WIKIDATA_ENTITY.length());
        }
        return Html.href(iri, base);
    }

    /** An IRI no label names: its prefixed name, else host and path without the scheme. */
    String shortIri(Node n) {
        String iri = n.getURI();
        String prefixed = pm.abbreviate(iri);
        if (prefixed != null) {
            return prefixed;
        }
        return iri.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "");
    }
}
