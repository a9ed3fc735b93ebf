package org.dateline.extract;

import java.nio.file.Path;

/** Development aid: prints what extraction finds in one gold article. */
final class Dump {
    public static void main(String[] args) throws Exception {
        org.dateline.Pipeline pipeline = org.dateline.Pipeline.create();
        for (String a : args) {
            Path p = Path.of(a);
            String n = p.getFileName().toString();
            var pa = pipeline.process(p);
            var art = pa.article();
            Annotations an = pa.annotations();
            System.out.println("== " + n + " published=" + art.published() + " dateline=" + art.dateline()
                    + " authors=" + art.authors() + " agency=" + art.agency() + " publisher=" + art.publisher());
            if (System.getProperty("blocks") != null) {
                art.blocks().forEach(b -> System.out.println("B " + b.kind() + " | " + b.text()));
                art.images().forEach(i -> System.out.println("I " + i));
            }
            for (Entity e : an.entities()) {
                System.out.println("E " + e.type() + " " + e.name() + " " + e.mentions().stream().map(Mention::text).toList()
                        + " roles=" + e.roles() + " country=" + e.country() + " link=" + pa.links().get(e.key()));
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
