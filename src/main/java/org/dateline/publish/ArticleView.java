package org.dateline.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.dateline.map.DL;
import org.dateline.map.Vocab.Its;
import org.dateline.map.Vocab.Nif;
import org.dateline.map.Vocab.Schema;

/**
 * An article's page: headline, byline, date and dateline; its pictures with their captions; its text with the people,
 * organisations and places it names linked where they are named and its quotes highlighted; then its quotes and
 * claims grouped by speaker, its events, and who and what it names.
 */
final class ArticleView {
    private final ResourcePage page;
    private final Node article;
    private final Graph g;

    ArticleView(ResourcePage page, Node article) {
        this.page = page;
        this.article = article;
        this.g = page.labels.graph();
    }

    void render(Html html) {
        byline(html);
        images(html);
        String summary = page.labels.value(article, Schema.abstract_.asNode());
        if (summary != null) {
            html.raw("<p class=\"lead\"><strong>" + Html.esc(summary) + "</strong></p>\n");
        }
        text(html);
        speech(html);
        events(html);
        named(html);
        page.facts(html, "All facts", List.of(Schema.headline.asNode(), Schema.articleBody.asNode(),
                Schema.mentions.asNode(), Schema.abstract_.asNode()));
    }

    private void byline(Html html) {
        List<String> parts = new ArrayList<>();
        List<Node> authors = objects(article, Schema.author.asNode());
        if (!authors.isEmpty()) {
            parts.add("By " + String.join(", ", authors.stream().map(page::link).toList()));
        }
        String published = page.labels.value(article, Schema.datePublished.asNode());
        if (published != null) {
            parts.add("published " + Html.esc(published));
        }
        String dateline = page.labels.value(article, Schema.dateline.asNode());
        if (dateline != null) {
            parts.add("dateline <em>" + Html.esc(dateline) + "</em>");
        }
        for (Node org : objects(article, Schema.sourceOrganization.asNode())) {
            parts.add("from " + page.link(org));
        }
        Node url = page.labels.object(article, Schema.url.asNode());
        if (url != null && url.isURI()) {
            parts.add(Html.link(url.getURI(), "original page"));
        }
        if (!parts.isEmpty()) {
            html.raw("<p class=\"byline\">" + String.join(" · ", parts) + "</p>\n");
        }
    }

    private void images(Html html) {
        for (Node image : objects(article, Schema.image.asNode())) {
            Node content = page.labels.object(image, Schema.contentUrl.asNode());
            String caption = page.labels.value(image, Schema.caption.asNode());
            String credit = page.labels.value(image, Schema.creditText.asNode());
            html.raw("<figure>");
            if (content != null && content.isURI() && Html.linkable(content.getURI())) {
                html.raw("<img src=\"" + Html.esc(content.getURI()) + "\" alt=\"" + Html.esc(caption == null ? "" : caption)
                        + "\" loading=\"lazy\">");
            }
            List<String> under = new ArrayList<>();
            if (caption != null) {
                under.add(Html.esc(caption));
            }
            if (credit != null) {
                under.add("<span class=\"muted\">" + Html.esc(credit) + "</span>");
            }
            for (Node who : objects(image, Schema.creator.asNode())) {
                under.add("photo: " + page.link(who));
            }
            under.add(Html.link(page.href(image), "about this picture"));
            html.raw("<figcaption>" + String.join(" · ", under) + "</figcaption></figure>\n");
        }
    }

    private void text(Html html) {
        Node context = subjects(DL.reportedIn.asNode(), article).stream()
                .filter(n -> g.contains(n, Nif.isString.asNode(), Node.ANY)).findFirst().orElse(null);
        if (context == null) {
            return;
        }
        String text = page.labels.value(context, Nif.isString.asNode());
        List<ArticleText.Mark> marks = new ArrayList<>();
        for (Node span : subjects(Nif.referenceContext.asNode(), context)) {
            Node entity = page.labels.object(span, Its.taIdentRef.asNode());
            int[] at = offsets(span);
            if (entity != null && at != null) {
                String name = page.labels.label(entity);
                marks.add(new ArticleText.Mark(at[0], at[1], page.href(entity), name == null ? "" : name, kind(entity)));
            }
        }
        for (Node quote : speech()) {
            Node speaker = page.labels.object(quote, DL.speaker.asNode());
            String by = speaker == null ? "unattributed" : "said by " + name(speaker);
            for (Node span : objects(quote, DL.occurrence.asNode())) {
                int[] at = offsets(span);
                if (at != null) {
                    marks.add(new ArticleText.Mark(at[0], at[1], null, by, "quote"));
                }
            }
        }
        html.raw("<h2>Text</h2>\n<p class=\"legend muted\"><span>Marked: <a class=\"ent person\">person</a></span>"
                + "<span><a class=\"ent organization\">organisation</a></span><span><a class=\"ent place\">place</a></span>"
                + "<span><mark class=\"quote\">quoted words</mark></span></p>\n");
        html.raw(ArticleText.render(text, marks));
    }

    private void speech(Html html) {
        List<Node> quotes = speech();
        if (quotes.isEmpty()) {
            return;
        }
        Map<String, List<Node>> bySpeaker = new LinkedHashMap<>();
        Map<String, Node> speakers = new LinkedHashMap<>();
        for (Node q : quotes) {
            Node speaker = page.labels.object(q, DL.speaker.asNode());
            String key = speaker == null ? "" : name(speaker);
            bySpeaker.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
            if (speaker != null) {
                speakers.put(key, speaker);
            }
        }
        html.h2("Quotes and claims (" + quotes.size() + ")");
        bySpeaker.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Node speaker = speakers.get(e.getKey());
            html.raw("<h3>" + (speaker == null ? "Unattributed" : page.link(speaker)) + "</h3>\n");
            for (Node q : e.getValue()) {
                html.raw(EntityView.quote(page, q, false));
            }
        });
    }

    private void events(Html html) {
        List<Node> events = subjects(DL.reportedIn.asNode(), article).stream()
                .filter(n -> g.contains(n, RDF.type.asNode(), DL.NewsEvent.asNode()))
                .sorted(Comparator.comparing(this::firstOffset)).toList();
        if (events.isEmpty()) {
            return;
        }
        html.h2("Events (" + events.size() + ")");
        html.raw("<ul>\n");
        for (Node ev : events) {
            List<String> parts = new ArrayList<>();
            Node type = page.labels.object(ev, DL.eventType.asNode());
            if (type != null) {
                parts.add(page.link(type));
            }
            String date = page.labels.value(ev, Schema.startDate.asNode());
            if (date != null) {
                parts.add(Html.esc(date));
            }
            Node place = page.labels.object(ev, Schema.location.asNode());
            if (place != null) {
                parts.add("in " + page.link(place));
            }
            List<Node> who = objects(ev, DL.participant.asNode());
            if (!who.isEmpty()) {
                parts.add("with " + String.join(", ", who.stream().map(page::link).toList()));
            }
            html.raw("<li>" + page.link(ev) + (parts.isEmpty() ? "" : " — " + String.join(" · ", parts)) + "</li>\n");
        }
        html.raw("</ul>\n");
    }

    private void named(Html html) {
        List<Node> mentioned = objects(article, Schema.mentions.asNode());
        if (mentioned.isEmpty()) {
            return;
        }
        html.h2("Named in this article");
        for (String[] kind : new String[][] {{"person", "People"}, {"organization", "Organisations"}, {"place", "Places"}}) {
            List<Node> of = mentioned.stream().filter(n -> kind(n).equals(kind[0]))
                    .sorted(Comparator.comparing(this::name)).toList();
            if (!of.isEmpty()) {
                html.raw("<h3>" + kind[1] + " (" + of.size() + ")</h3><ul class=\"cols\">\n");
                for (Node n : of) {
                    Node wd = page.labels.object(n, org.apache.jena.vocabulary.OWL.sameAs.asNode());
                    html.raw("<li>" + page.link(n) + (wd != null ? " <span class=\"small\">(" + page.link(wd) + ")</span>" : "")
                            + "</li>\n");
                }
                html.raw("</ul>\n");
            }
        }
    }

    /** The article's quotes and claims, in the order they are printed. */
    private List<Node> speech() {
        return subjects(DL.reportedIn.asNode(), article).stream()
                .filter(n -> g.contains(n, RDF.type.asNode(), DL.ReportedSpeech.asNode()))
                .sorted(Comparator.comparing(this::firstOffset).thenComparing(Node::getURI)).toList();
    }

    private int firstOffset(Node n) {
        int best = Integer.MAX_VALUE;
        for (Node p : new Node[] {DL.occurrence.asNode(), DL.trigger.asNode()}) {
            for (Node span : objects(n, p)) {
                int[] at = offsets(span);
                if (at != null) {
                    best = Math.min(best, at[0]);
                }
            }
        }
        return best;
    }

    private int[] offsets(Node span) {
        String b = page.labels.value(span, Nif.beginIndex.asNode());
        String e = page.labels.value(span, Nif.endIndex.asNode());
        try {
            return b == null || e == null ? null : new int[] {Integer.parseInt(b), Integer.parseInt(e)};
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    private String kind(Node entity) {
        return ArticleText.kind(g.contains(entity, RDF.type.asNode(), Schema.Person.asNode()),
                g.contains(entity, RDF.type.asNode(), Schema.Organization.asNode()),
                g.contains(entity, RDF.type.asNode(), Schema.Place.asNode()));
    }

    private String name(Node n) {
        String l = page.labels.label(n);
        return l == null ? n.getURI() : l;
    }

    private List<Node> objects(Node s, Node p) {
        return g.find(s, p, Node.ANY).toList().stream().map(Triple::getObject).distinct().toList();
    }

    private List<Node> subjects(Node p, Node o) {
        return g.find(Node.ANY, p, o).toList().stream().map(Triple::getSubject).distinct().toList();
    }
}
