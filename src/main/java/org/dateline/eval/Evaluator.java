package org.dateline.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dateline.link.ProcessedArticle;
import org.dateline.extract.Entity;
import org.dateline.model.EntityType;
import org.dateline.extract.Event;
import org.dateline.extract.Mention;
import org.dateline.extract.Quote;
import org.dateline.extract.SpeechMode;
import org.dateline.model.Span;
import org.dateline.model.Slugs;
import org.dateline.knowledge.Gazetteer;
import org.dateline.link.Link;

/**
 * Scores extraction against gold files ({@code NAME.gold.json} beside {@code NAME.txt}/{@code .html}).
 *
 * <p>Matching rules:
 * <ul>
 * <li><b>Entities</b>: a found entity matches a gold entity when their types agree and one of the
 *     found mention texts equals one of the gold mentions, or the names are equal, ignoring case.
 *     Matching is one-to-one, gold in file order; unmatched found entities are false positives.</li>
 * <li><b>Quotes</b>: counted per printed occurrence (a quote printed twice is two, as gold lists it
 *     twice). An occurrence matches a gold quote when its text, with whitespace and quote marks
 *     normalised, starts with the gold {@code starts_with}. Only direct quotes are counted.
 *     <i>Attribution</i> is right when the speaker entity matches (as above) the gold speaker's entity.</li>
 * <li><b>Events</b>: a gold event is found when an event's trigger equals the gold trigger, or one
 *     contains the other as words, ignoring case, or, failing that, when an event's trigger stands in
 *     a sentence where the gold trigger is printed ("airstrikes were conducted": trigger "airstrikes"
 *     for gold "conducted"); among several, the same trigger wins, then one printed in a sentence
 *     holding the whole gold trigger, then the same kind, then most participants, then the earliest
 *     (each event is used once). Event dates and kinds are scored over the
 *     gold events found; a null gold date is right only when the found date is null too. Extra events
 *     are not errors (gold lists a representative set).</li>
 * <li><b>Publication date</b>: the article's date equals gold {@code published}.</li>
 * <li><b>Headline, authors, agency, dateline</b>: as {@link MetadataScores} compares them.</li>
 * <li><b>Links</b>: over gold entities with a verified QID that were matched: a link with the same
 *     QID is a true positive, a different QID a false positive, none a false negative; links of
 *     unmatched or unverified entities are not counted.</li>
 * </ul>
 * A gold file that annotates entities only ({@link GoldArticle#entitiesOnly()}) is scored on entities alone:
 * its article adds nothing to the quote, event, date or link figures.
 */
public final class Evaluator {
    /** Turns an article file into a processed article (normally {@code Pipeline::process}). */
    @FunctionalInterface
    public interface Processor {
        ProcessedArticle process(Path file) throws Exception;
    }

    private final Processor processor;

    public Evaluator(Processor processor) {
        this.processor = processor;
    }

    /** The article files with a gold file beside them, sorted by name. */
    public static List<Path> articles(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return (n.endsWith(".txt") || n.endsWith(".html")) && Files.exists(gold(p));
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** The gold file beside an article: {@code NAME.gold.json} for {@code NAME.txt} or {@code NAME.html}. */
    public static Path goldOf(Path article) {
        return gold(article);
    }

    static Path gold(Path article) {
        String n = article.getFileName().toString();
        return article.resolveSibling(n.substring(0, n.lastIndexOf('.')) + ".gold.json");
    }

    /** Scores every article of a folder; the last element is the overall score. */
    public List<Scores> evaluate(Path dir) throws Exception {
        List<Scores> out = new ArrayList<>();
        Scores total = Scores.empty("overall");
        for (Path p : articles(dir)) {
            Scores s = score(processor.process(p), GoldArticle.read(gold(p)), p.getFileName().toString());
            out.add(s);
            total = total.plus(s, "overall");
        }
        out.add(total);
        return out;
    }

    public static Scores score(ProcessedArticle pa, GoldArticle gold, String name) {
        String text = pa.article().text();
        List<Entity> found = pa.annotations().entities();
        // Entities.
        List<String> errors = new ArrayList<>();
        Map<String, Prf> perType = new TreeMap<>();
        Map<GoldArticle.GoldEntity, Entity> match = new java.util.HashMap<>();
        Set<Entity> used = new HashSet<>();
        for (GoldArticle.GoldEntity g : gold.entities()) {
            for (Entity e : found) {
                if (!used.contains(e) && matches(e, g)) {
                    used.add(e);
                    match.put(g, e);
                    break;
                }
            }
            perType.merge(g.type(), match.containsKey(g) ? new Prf(1, 0, 0) : new Prf(0, 0, 1), Prf::plus);
            if (!match.containsKey(g)) {
                String asOther = found.stream().filter(e -> !typeName(e.type()).equals(g.type()) && sameName(e, g))
                        .findFirst().map(e -> " (found as " + typeName(e.type()) + ": " + String.join("; ", e.evidence()) + ")")
                        .orElse("");
                errors.add(name + ": missed entity " + g.type() + " " + g.name() + " " + g.mentions() + asOther);
            }
        }
        for (Entity e : found) {
            if (!used.contains(e)) {
                errors.add(name + ": extra entity " + typeName(e.type()) + " " + e.name() + " "
                        + e.mentions().stream().map(Mention::text).distinct().toList()
                        + (e.evidence().isEmpty() ? "" : " because " + String.join("; ", e.evidence())));
                perType.merge(typeName(e.type()), new Prf(0, 1, 0), Prf::plus);
            }
        }
        Ratio linked = linked(gold, match, pa, name, errors);
        Prf wikipediaLinks = wikipediaLinks(gold, match, pa, name, errors);
        if (gold.entitiesOnly()) {
            return new Scores(name, perType, Prf.ZERO, Ratio.ZERO, Ratio.ZERO, Ratio.ZERO, Ratio.ZERO, Ratio.ZERO,
                    Ratio.ZERO, MetadataScores.ZERO, Prf.ZERO, linked, wikipediaLinks, errors);
        }
        // Quotes, per occurrence.
        record Occ(String text, String speakerKey) { }
        List<Occ> occs = new ArrayList<>();
        for (Quote q : pa.annotations().quotes()) {
            if (q.mode() != SpeechMode.DIRECT) {
                continue;
            }
            for (Span s : q.occurrences()) {
                occs.add(new Occ(s.of(text), q.speakerKey()));
            }
        }
        boolean[] taken = new boolean[occs.size()];
        int tp = 0;
        int right = 0;
        for (GoldArticle.GoldQuote gq : gold.quotes()) {
            String want = normalise(gq.startsWith());
            boolean hit = false;
            for (int i = 0; i < occs.size(); i++) {
                if (!taken[i] && normalise(occs.get(i).text()).startsWith(want)) {
                    taken[i] = true;
                    tp++;
                    GoldArticle.GoldEntity speaker = gold.entity(gq.speaker());
                    Entity e = pa.annotations().entity(occs.get(i).speakerKey()).orElse(null);
                    if (speaker != null && e != null && matches(e, speaker)) {
                        right++;
                    } else {
                        errors.add(name + ": wrong speaker for \"" + gq.startsWith() + "\": want " + gq.speaker()
                                + ", got " + (e == null ? occs.get(i).speakerKey() : e.name()));
                    }
                    hit = true;
                    break;
                }
            }
            if (!hit) {
                errors.add(name + ": missed quote \"" + gq.startsWith() + "\" (" + gq.speaker() + ")");
            }
        }
        for (int i = 0; i < occs.size(); i++) {
            if (!taken[i]) {
                errors.add(name + ": extra quote \"" + abbreviate(occs.get(i).text()) + "\"");
            }
        }
        Prf quotes = new Prf(tp, occs.size() - tp, gold.quotes().size() - tp);
        // Events.
        Set<Event> usedEvents = new HashSet<>();
        int evFound = 0;
        int evDates = 0;
        int evKinds = 0;
        for (GoldArticle.GoldEvent ge : gold.events()) {
            Event best = null;
            int bestScore = -1;
            List<Span> near = sentencesWith(text, ge.trigger());
            for (Event ev : pa.annotations().events()) {
                boolean same = sameTrigger(ev.trigger(), ge.trigger());
                boolean nearby = near.stream().anyMatch(sp -> sp.contains(ev.triggerSpan()));
                if (usedEvents.contains(ev) || !same && !nearby) {
                    continue;
                }
                int score = (same ? 1000 : 0) + (nearby ? 500 : 0) + (ev.kind().equalsIgnoreCase(ge.kind()) ? 100 : 0)
                        + overlap(ev, ge, gold, pa);
                if (score > bestScore) {
                    best = ev;
                    bestScore = score;
                }
            }
            if (best != null) {
                usedEvents.add(best);
                evFound++;
                if (java.util.Objects.equals(best.date(), ge.date())) {
                    evDates++;
                } else {
                    errors.add(name + ": wrong date for event \"" + ge.trigger() + "\" (" + ge.kind() + "): want "
                            + ge.date() + ", got " + best.date() + " from \"" + best.trigger() + "\"");
                }
                if (best.kind().equalsIgnoreCase(ge.kind())) {
                    evKinds++;
                } else {
                    errors.add(name + ": wrong kind for event \"" + ge.trigger() + "\": want " + ge.kind() + ", got "
                            + best.kind() + " from \"" + best.trigger() + "\"");
                }
            } else {
                errors.add(name + ": missed event \"" + ge.trigger() + "\" (" + ge.kind() + ", " + ge.date() + ")");
            }
        }
        int n = gold.events().size();
        // Publication date.
        boolean pub = pa.article().published() != null && pa.article().published().date() != null
                && pa.article().published().date().equals(gold.published());
        if (!pub) {
            errors.add(name + ": publication date: want " + gold.published() + ", got "
                    + (pa.article().published() == null ? null : pa.article().published().date()));
        }
        MetadataScores metadata = MetadataScores.score(pa.article(), gold, name, errors);
        // Links over verified gold entities that were matched.
        int ltp = 0;
        int lfp = 0;
        int lfn = 0;
        for (GoldArticle.GoldEntity g : gold.entities()) {
            if (!g.verified() || g.wikidata() == null) {
                continue;
            }
            Entity e = match.get(g);
            Link l = e == null ? null : pa.links().get(e.key());
            if (l == null) {
                lfn++;
            } else if (l.qid().equals(g.wikidata())) {
                ltp++;
            } else {
                lfp++;
                lfn++;
            }
        }
        return new Scores(name, perType, quotes, new Ratio(right, tp), new Ratio(right, gold.quotes().size()),
                new Ratio(evFound, n), new Ratio(evDates, evFound), new Ratio(evKinds, evFound),
                new Ratio(pub ? 1 : 0, 1), metadata, new Prf(ltp, lfp, lfn), linked, wikipediaLinks, errors);
    }

    /**
     * Gold entities found and linked, over all gold entities; each link of an entity whose gold has no verified
     * QID is listed among the errors ("link to check"), so its precision can be judged by hand.
     */
    private static Ratio linked(GoldArticle gold, Map<GoldArticle.GoldEntity, Entity> match, ProcessedArticle pa,
                                String name, List<String> errors) {
        int n = 0;
        for (GoldArticle.GoldEntity g : gold.entities()) {
            Entity e = match.get(g);
            Link l = e == null ? null : pa.links().get(e.key());
            if (l == null) {
                continue;
            }
            n++;
            if (!g.verified() || g.wikidata() == null) {
                errors.add(name + ": link to check " + g.type() + " " + g.name() + " -> " + l.qid() + " " + l.label()
                        + " (" + l.confidence() + ")");
            }
        }
        return new Ratio(n, gold.entities().size());
    }

    /**
     * Links over the gold entities that carry a Wikipedia title: right when the link's label (or an alias the gazetteer
     * gives it) is the title, with or
     * without its qualifier ("Georgia (U.S. state)", "Oakland, California"), accents and case aside; a link labelled
     * otherwise is counted wrong and listed among the errors, as is a gold entity found but not linked.
     */
    private static Prf wikipediaLinks(GoldArticle gold, Map<GoldArticle.GoldEntity, Entity> match,
                                      ProcessedArticle pa, String name, List<String> errors) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (GoldArticle.GoldEntity g : gold.entities()) {
            if (g.wikipedia() == null) {
                continue;
            }
            Entity e = match.get(g);
            Link l = e == null ? null : pa.links().get(e.key());
            if (l == null) {
                fn++;
                if (e != null) {
                    errors.add(name + ": not linked " + g.type() + " " + g.name() + " (Wikipedia: " + g.wikipedia() + ")");
                }
            } else if (namesOf(l).stream().anyMatch(n -> agreesWithTitle(n, g.wikipedia()))) {
                tp++;
            } else {
                fp++;
                fn++;
                errors.add(name + ": link disagrees with Wikipedia " + g.type() + " " + g.name() + " -> " + l.qid()
                        + " " + l.label() + " (Wikipedia: " + g.wikipedia() + ")");
            }
        }
        return new Prf(tp, fp, fn);
    }

    /** The linked entry's label, aliases and short names in the bundled gazetteer ("China", "NASA"). */
    private static List<String> namesOf(Link l) {
        List<String> names = new ArrayList<>(List.of(l.label()));
        Gazetteer.loadDefault().byQid(l.qid()).ifPresent(e -> {
            names.addAll(e.aliases());
            names.addAll(e.shortNames());
        });
        return names;
    }

    static boolean agreesWithTitle(String label, String title) {
        String t = plain(title.replace('_', ' '));
        String l = plain(label);
        return l.equals(t) || l.equals(t.replaceAll("\\s*\\([^)]*\\)$", "")) || l.equals(t.replaceAll(",.*$", ""));
    }

    private static String plain(String s) {
        return Slugs.fold(s).strip();
    }

    private static String abbreviate(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= 60 ? t : t.substring(0, 57) + "...";
    }

    private static int overlap(Event ev, GoldArticle.GoldEvent ge, GoldArticle gold, ProcessedArticle pa) {
        int n = 0;
        List<String> keys = new ArrayList<>(ev.agentKeys());
        keys.addAll(ev.affectedKeys());
        for (String p : ge.participants()) {
            GoldArticle.GoldEntity g = gold.entity(p);
            if (g == null) {
                continue;
            }
            for (String k : keys) {
                if (pa.annotations().entity(k).map(e -> matches(e, g)).orElse(false)) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /** The sentences (roughly: between sentence ends or line breaks) in which a trigger is printed. */
    static List<Span> sentencesWith(String text, String trigger) {
        List<Span> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(trigger) + "\\b",
                java.util.regex.Pattern.CASE_INSENSITIVE).matcher(text);
        while (m.find()) {
            int s = m.start();
            while (s > 0 && text.charAt(s - 1) != '\n' && !(s > 1 && ".!?".indexOf(text.charAt(s - 2)) >= 0
                    && text.charAt(s - 1) == ' ')) {
                s--;
            }
            int e = m.end();
            while (e < text.length() && text.charAt(e) != '\n' && !(".!?".indexOf(text.charAt(e)) >= 0
                    && (e + 1 == text.length() || Character.isWhitespace(text.charAt(e + 1))))) {
                e++;
            }
            out.add(new Span(s, e));
        }
        return out;
    }

    static boolean sameTrigger(String found, String gold) {
        String f = " " + found.toLowerCase(Locale.ROOT).strip() + " ";
        String g = " " + gold.toLowerCase(Locale.ROOT).strip() + " ";
        return f.equals(g) || f.contains(g) || g.contains(f);
    }

    /** Types agree and a mention text or the name matches, ignoring case. */
    public static boolean matches(Entity e, GoldArticle.GoldEntity g) {
        return typeName(e.type()).equals(g.type()) && sameName(e, g);
    }

    /** Whether the entity's name or one of its mentions is the gold entity's name or one of its mentions. */
    private static boolean sameName(Entity e, GoldArticle.GoldEntity g) {
        if (e.name().equalsIgnoreCase(g.name())) {
            return true;
        }
        for (Mention m : e.mentions()) {
            for (String gm : g.mentions()) {
                if (m.text().equalsIgnoreCase(gm)) {
                    return true;
                }
            }
        }
        return false;
    }

    static String typeName(EntityType t) {
        return switch (t) {
            case PERSON -> "Person";
            case ORGANIZATION -> "Organization";
            case PLACE -> "Place";
        };
    }

    static String normalise(String s) {
        return s.replaceAll("[\"“”‘’'`]", "").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** Prints a table: one block per article, then overall. */
    public static void print(List<Scores> all, PrintStream out) {
        for (Scores s : all) {
            out.printf("%s%n", s.name());
            for (var e : s.entities().entrySet()) {
                line(out, "  entities " + e.getKey(), e.getValue());
            }
            line(out, "  entities all", s.allEntities());
            line(out, "  quotes", s.quotes());
            ratio(out, "  attribution (of found)", s.attribution());
            ratio(out, "  right speaker (of gold)", s.speakerOfGold());
            ratio(out, "  events found", s.eventsFound());
            ratio(out, "  event dates (of found)", s.eventDates());
            ratio(out, "  event kinds (of found)", s.eventKinds());
            ratio(out, "  publication date", s.published());
            ratio(out, "  headline", s.metadata().headline());
            ratio(out, "  authors", s.metadata().authors());
            ratio(out, "  agency", s.metadata().agency());
            ratio(out, "  dateline", s.metadata().dateline());
            line(out, "  links (verified QIDs)", s.links());
            ratio(out, "  gold entities linked", s.linked());
            if (s.wikipediaLinks().tp() + s.wikipediaLinks().fp() + s.wikipediaLinks().fn() > 0) {
                line(out, "  links (Wikipedia titles)", s.wikipediaLinks());
            }
        }
    }

    /** Prints the errors of every article, one a line. */
    public static void printErrors(List<Scores> all, PrintStream out) {
        for (Scores s : all.subList(0, Math.max(0, all.size() - 1))) {
            s.errors().forEach(out::println);
        }
    }

    private static void line(PrintStream out, String label, Prf p) {
        out.printf("%-28s P %.3f  R %.3f  F1 %.3f   (tp %d fp %d fn %d)%n", label, p.precision(), p.recall(), p.f1(),
                p.tp(), p.fp(), p.fn());
    }

    private static void ratio(PrintStream out, String label, Ratio r) {
        out.printf("%-28s %.3f   (%d/%d)%n", label, r.value(), r.correct(), r.total());
    }
}
