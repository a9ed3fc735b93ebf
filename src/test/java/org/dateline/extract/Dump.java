package org.dateline.extract;

import java.nio.file.Path;
import org.dateline.eval.GoldArticle;
import org.dateline.link.Gazetteer;

/** Development aid: prints what extraction finds in one gold article. */
final class Dump {
    public static void main(String[] args) throws Exception {
        Extractor x = Extractor.create(Gazetteer.loadDefault());
        for (String a : args) {
            Path p = Path.of(a);
            String n = p.getFileName().toString();
            GoldArticle gold = GoldArticle.read(p.resolveSibling(n.substring(0, n.lastIndexOf('.')) + ".gold.json"));
            var art = TestArticles.read(p, gold.published());
            Annotations an = x.extract(art);
            System.out.println("== " + n);
            for (Entity e : an.entities()) {
                System.out.println("E " + e.type() + " " + e.name() + " " + e.mentions().stream().map(Mention::text).toList()
                        + " roles=" + e.roles() + " country=" + e.country());
            }
            for (Quote q : an.quotes()) {
                System.out.println("Q " + q.speakerKey() + " x" + q.occurrences().size() + " | "
                        + q.text().substring(0, Math.min(50, q.text().length())));
            }
            for (TimeMention t : an.times()) {
                System.out.println("T " + t.text() + " -> " + t.date());
            }
            for (Event ev : an.events()) {
                System.out.println("V " + ev.kind() + " '" + ev.trigger() + "' " + ev.date() + " @" + ev.placeKey() + " a="
                        + ev.agentKeys() + " o=" + ev.affectedKeys());
            }
        }
    }
}
