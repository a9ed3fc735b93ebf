package org.dateline.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.dateline.map.DL;
import org.dateline.map.Vocab.Schema;

/**
 * The page of a person, organisation or place: who it is (its Wikidata item, titles, where it belongs; a place's
 * coordinates on a small map), what it said, article by article, what others said about it, the articles that name
 * it and the events it took part in.
 */
final class EntityView {
    private final ResourcePage page;
    private final Node entity;
    private final Graph g;

    EntityView(ResourcePage page, Node entity) {
        this.page = page;
        this.entity = entity;
        this.g = page.labels.graph();
    }

    void render(Html html) {
        Node wd = page.labels.object(entity, OWL.sameAs.asNode());
        if (wd != null) {
            html.raw("<p>Linked to " + page.link(wd) + ".</p>\n");
        }
        place(html);
        byArticle(html, "Quoted", subjects(DL.speaker.asNode(), entity), false);
        byArticle(html, "Said about " + page.title(), subjects(Schema.about.asNode(), entity).stream()
                .filter(q -> g.contains(q, RDF.type.asNode(), DL.ReportedSpeech.asNode())).toList(), true);
        mentionedIn(html);
        events(html);
        page.facts(html, "All facts", List.of());
    }

    private void place(Html html) {
        Node geo = page.labels.object(entity, Schema.geo.asNode());
        if (geo == null) {
            return;
        }
        String lat = page.labels.value(geo, Schema.latitude.asNode());
        String lon = page.labels.value(geo, Schema.longitude.asNode());
        if (lat == null || lon == null) {
            return;
        }
        try {
            html.raw(MapFigure.render(Double.parseDouble(lat), Double.parseDouble(lon), page.title()));
        } catch (NumberFormatException e) {
            html.raw("<p>Coordinates: " + Html.esc(lat) + ", " + Html.esc(lon) + "</p>\n");
        }
    }

    /** Quotes grouped under the article that reports them, newest article first. */
    private void byArticle(Html html, String heading, List<Node> quotes, boolean withSpeaker) {
        if (quotes.isEmpty()) {
            return;
        }
        Map<Node, List<Node>> grouped = new LinkedHashMap<>();
        for (Node q : quotes) {
            Node article = page.labels.object(q, DL.reportedIn.asNode());
            grouped.computeIfAbsent(article, k -> new ArrayList<>()).add(q);
        }
        html.h2(heading + " (" + quotes.size() + ")");
        int shown = 0;
        for (Map.Entry<Node, List<Node>> e : sortedByDate(grouped)) {
            if (shown >= ResourcePage.MAX_ROWS) {
                html.raw("<p class=\"muted\">… and more: ask the " + Html.link("/news/sparql", "SPARQL endpoint") + ".</p>\n");
                break;
            }
            Node article = e.getKey();
            html.raw("<h3>" + (article == null ? "Unknown article" : page.link(article) + dated(article)) + "</h3>\n");
            for (Node q : e.getValue().stream().sorted(Comparator.comparing(Node::getURI)).toList()) {
                html.raw(quote(page, q, withSpeaker));
                shown++;
            }
        }
    }

    private List<Map.Entry<Node, List<Node>>> sortedByDate(Map<Node, List<Node>> grouped) {
        return grouped.entrySet().stream().sorted(Comparator.comparing((Map.Entry<Node, List<Node>> e) ->
                e.getKey() == null ? "" : String.valueOf(page.labels.value(e.getKey(), Schema.datePublished.asNode())))
                .reversed()).toList();
    }

    private String dated(Node article) {
        String date = page.labels.value(article, Schema.datePublished.asNode());
        return date == null ? "" : " <span class=\"muted small\">" + Html.esc(date) + "</span>";
    }

    /** One quote or claim as a block quote: its words, then who said it (if asked), what about, and its own page. */
    static String quote(ResourcePage page, Node q, boolean withSpeaker) {
        Graph g = page.labels.graph();
        String text = page.labels.value(q, Schema.text.asNode());
        boolean claim = g.contains(q, RDF.type.asNode(), DL.Claim.asNode());
        List<String> under = new ArrayList<>();
        if (withSpeaker) {
            Node speaker = page.labels.object(q, DL.speaker.asNode());
            under.add(speaker == null ? "unattributed" : page.link(speaker));
        }
        List<Node> about = g.find(q, Schema.about.asNode(), Node.ANY).toList().stream().map(Triple::getObject).toList();
        if (!about.isEmpty()) {
            under.add("about " + String.join(", ", about.stream().map(page::link).sorted().toList()));
        }
        under.add(Html.link(page.href(q), claim ? "claim" : "quote"));
        return "<blockquote" + (claim ? " class=\"claim\"" : "") + "><p>" + (claim ? "(claimed) " : "")
                + Html.esc(text == null ? "" : text) + "</p><footer class=\"small muted\">" + String.join(" · ", under)
                + "</footer></blockquote>\n";
    }

    private void mentionedIn(Html html) {
        List<Node> articles = subjects(Schema.mentions.asNode(), entity).stream()
                .sorted(Comparator.comparing((Node a) -> String.valueOf(page.labels.value(a, Schema.datePublished.asNode())))
                        .reversed()).toList();
        if (articles.isEmpty()) {
            return;
        }
        html.h2("Named in " + articles.size() + " article" + (articles.size() == 1 ? "" : "s"));
        html.raw("<ul>\n");
        articles.stream().limit(ResourcePage.MAX_ROWS).forEach(a -> html.raw("<li>" + page.link(a) + dated(a) + "</li>\n"));
        html.raw("</ul>\n");
    }

    private void events(Html html) {
        List<Node> events = new ArrayList<>(subjects(DL.participant.asNode(), entity));
        subjects(Schema.location.asNode(), entity).stream().filter(e -> !events.contains(e)).forEach(events::add);
        if (events.isEmpty()) {
            return;
        }
        html.h2("Events (" + events.size() + ")");
        html.raw("<ul>\n");
        events.stream().limit(ResourcePage.MAX_ROWS).forEach(ev -> {
            Node type = page.labels.object(ev, DL.eventType.asNode());
            String date = page.labels.value(ev, Schema.startDate.asNode());
            Node article = page.labels.object(ev, DL.reportedIn.asNode());
            html.raw("<li>" + page.link(ev) + (type != null ? " — " + page.link(type) : "")
                    + (date != null ? " · " + Html.esc(date) : "") + (article != null ? " · in " + page.link(article) : "")
                    + "</li>\n");
        });
        html.raw("</ul>\n");
    }

    private List<Node> subjects(Node p, Node o) {
        return g.find(Node.ANY, p, o).toList().stream().map(Triple::getSubject).distinct().toList();
    }
}
