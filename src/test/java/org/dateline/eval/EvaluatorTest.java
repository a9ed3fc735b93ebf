package org.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.link.Link;
import org.dateline.link.ProcessedArticle;
import org.dateline.cli.EvalCommand;
import org.dateline.extract.Annotations;
import org.dateline.extract.Entity;
import org.dateline.model.EntityType;
import org.dateline.extract.Event;
import org.dateline.extract.Mention;
import org.dateline.extract.Quote;
import org.dateline.extract.SpeechMode;
import org.dateline.extract.TestArticles;
import org.dateline.ingest.Article;
import org.dateline.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The scoring rules of {@link Evaluator}, on hand-made annotations. */
class EvaluatorTest {
    static final String TEXT = "\"We will go,\" Sergei Lavrov said. Lavrov met NATO. \"We will go,\" Lavrov said.";

    static GoldArticle gold() {
        return new GoldArticle("x.txt", "h", List.of(), null, LocalDate.of(2015, 11, 25),
                List.of(new GoldArticle.GoldEntity("Sergey Lavrov", "Person", "Q1", true, List.of("Sergei Lavrov", "Lavrov")),
                        new GoldArticle.GoldEntity("NATO", "Organization", null, false, List.of("NATO")),
                        new GoldArticle.GoldEntity("Moscow", "Place", null, false, List.of("Moscow"))),
                List.of(new GoldArticle.GoldQuote("Sergey Lavrov", "We will go"),
                        new GoldArticle.GoldQuote("Sergey Lavrov", "We will go")),
                List.of(new GoldArticle.GoldEvent("met", "Meeting", LocalDate.of(2015, 11, 25), null, List.of("NATO"))));
    }

    static Span span(String s) {
        int at = TEXT.indexOf(s);
        String word = s.split(" ")[0];
        return new Span(at, at + word.length());
    }

    static ProcessedArticle processed() {
        Article art = TestArticles.of(LocalDate.of(2015, 11, 25), TEXT);
        Entity lavrov = new Entity("person/sergei-lavrov", EntityType.PERSON, "Sergei Lavrov",
                List.of(new Mention(new Span(14, 27), "Sergei Lavrov"), new Mention(span("Lavrov met"), "Lavrov")),
                List.of(), null);
        Entity nato = new Entity("place/nato", EntityType.PLACE, "NATO", List.of(new Mention(span("NATO"), "NATO")),
                List.of(), null);
        Quote q = new Quote("We will go,", List.of(new Span(1, 12), new Span(TEXT.lastIndexOf("We will go,"), TEXT.lastIndexOf("We will go,") + 11)), lavrov.key(), SpeechMode.DIRECT, null);
        Event met = new Event("Meeting", "met", span("met"), LocalDate.of(2015, 11, 24), null, List.of(lavrov.key()),
                List.of());
        return new ProcessedArticle(art, new Annotations(List.of(lavrov, nato), List.of(q), List.of(), List.of(met)),
                Map.of());
    }

    @Test
    void entityMatchesByMentionTextWhenNamesDiffer() {
        Scores s = Evaluator.score(processed(), gold(), "x");
        assertEquals(new Prf(1, 0, 0), s.entities().get("Person"));
    }

    @Test
    void entityTypesMustAgree() {
        Scores s = Evaluator.score(processed(), gold(), "x");
        assertEquals(new Prf(0, 0, 1), s.entities().get("Organization"));
        assertEquals(new Prf(0, 1, 1), s.entities().get("Place"));
    }

    @Test
    void eachOccurrenceOfARepeatedQuoteCounts() {
        Scores s = Evaluator.score(processed(), gold(), "x");
        assertEquals(new Prf(2, 0, 0), s.quotes());
        assertEquals(new Ratio(2, 2), s.attribution());
    }

    @Test
    void eventDateScoredOverEventsFound() {
        Scores s = Evaluator.score(processed(), gold(), "x");
        assertEquals(new Ratio(1, 1), s.eventsFound());
        assertEquals(new Ratio(0, 1), s.eventDates());
    }

    @Test
    void linksMissingCountAsFalseNegatives() {
        Scores s = Evaluator.score(processed(), gold(), "x");
        assertEquals(new Prf(0, 0, 1), s.links());
    }

    /** Links scored against a third-party corpus's Wikipedia titles: a label other than the title counts as wrong. */
    @Test
    void linksAreScoredAgainstWikipediaTitles() {
        GoldArticle g = gold();
        List<GoldArticle.GoldEntity> titled = List.of(
                new GoldArticle.GoldEntity("Sergey Lavrov", "Person", null, false, List.of("Sergei Lavrov", "Lavrov"),
                        "Sergey_Lavrov"),
                new GoldArticle.GoldEntity("Moscow", "Place", null, false, List.of("Moscow"), "Moscow"));
        GoldArticle withTitles = new GoldArticle(g.file(), g.headline(), g.authors(), g.agency(), g.published(), titled,
                g.quotes(), g.events());
        ProcessedArticle p = processed();
        ProcessedArticle right = new ProcessedArticle(p.article(), p.annotations(),
                Map.of("person/sergei-lavrov", new Link("Q1", 0.9, "Sergey Lavrov")));
        assertEquals(new Prf(1, 0, 1), Evaluator.score(right, withTitles, "x").wikipediaLinks());
        ProcessedArticle wrong = new ProcessedArticle(p.article(), p.annotations(),
                Map.of("person/sergei-lavrov", new Link("Q2", 0.9, "Sergei Lavrov (footballer)")));
        Scores s = Evaluator.score(wrong, withTitles, "x");
        assertEquals(new Prf(0, 1, 2), s.wikipediaLinks());
        assertTrue(s.errors().stream().anyMatch(e -> e.contains("link disagrees with Wikipedia")), s.errors().toString());
    }

    @Test
    void aTitleAgreesWithoutItsQualifierAccentsOrCase() {
        assertTrue(Evaluator.agreesWithTitle("Georgia", "Georgia_(U.S._state)"));
        assertTrue(Evaluator.agreesWithTitle("Oakland", "Oakland,_California"));
        assertTrue(Evaluator.agreesWithTitle("Antonin Dvorak", "Antonín_Dvořák"));
        assertFalse(Evaluator.agreesWithTitle("England", "United_Kingdom"));
    }

    @Test
    void prfArithmetic() {
        Prf p = new Prf(3, 1, 2);
        assertEquals(0.75, p.precision(), 1e-9);
        assertEquals(0.6, p.recall(), 1e-9);
        assertEquals(2 * 0.75 * 0.6 / 1.35, p.f1(), 1e-9);
        assertEquals(1.0, Prf.ZERO.f1(), 1e-9);
    }

    @Test
    void entityOnlyGoldScoresEntitiesAlone(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("x.gold.json");
        Files.writeString(f, "{\"file\": \"x.txt\", \"entities\": [{\"name\": \"NATO\", \"type\": \"Organization\","
                + " \"mentions\": [\"NATO\"]}]}");
        GoldArticle g = GoldArticle.read(f);
        assertTrue(g.entitiesOnly());
        assertFalse(gold().entitiesOnly());
        Scores s = Evaluator.score(processed(), g, "x");
        // Found quotes are no false positives, missing quotes and date no errors, when gold has none of them.
        assertEquals(Prf.ZERO, s.quotes());
        assertEquals(Ratio.ZERO, s.published());
        assertEquals(Ratio.ZERO, s.eventsFound());
        assertEquals(new Prf(0, 1, 0), s.entities().get("Person"));
        assertEquals(new Prf(0, 1, 1), s.entities().get("Organization").plus(s.entities().get("Place")));
        assertTrue(s.errors().stream().allMatch(e -> e.contains("entity")), s.errors().toString());
    }

    /** The head of the seed article reads as its gold says; a gold headline or dateline of another story does not. */
    @Test
    void headlineAuthorsAgencyAndDatelineAreScored() throws Exception {
        Path seed = Path.of("src/test/resources/articles/upi-2015-10-03-russia-airstrikes-syria.txt");
        Article a = org.dateline.ingest.ArticleReader.create(org.dateline.ingest.IngestOptions.defaults()).read(seed);
        GoldArticle g = GoldArticle.read(Evaluator.goldOf(seed));
        List<String> errors = new java.util.ArrayList<>();
        Ratio one = new Ratio(1, 1);
        assertEquals(new MetadataScores(one, one, one, one), MetadataScores.score(a, g, "seed", errors));
        assertEquals(List.of(), errors);
        GoldArticle other = new GoldArticle(g.file(), "Another headline", g.authors(), g.agency(),
                new GoldArticle.GoldDateline(g.dateline().place(), g.dateline().date().plusYears(1)), g.published(),
                g.entities(), g.quotes(), g.events(), false);
        Ratio none = new Ratio(0, 1);
        assertEquals(new MetadataScores(none, one, one, none), MetadataScores.score(a, other, "seed", errors));
        assertEquals(2, errors.size(), errors.toString());
        // An agency's name in other case is the same agency ("ANTARA", "Antara", "upi"); another name is not.
        GoldArticle shouted = new GoldArticle(g.file(), g.headline(), g.authors(), g.agency().toLowerCase(Locale.ROOT),
                g.dateline(), g.published(), g.entities(), g.quotes(), g.events(), false);
        assertEquals(new MetadataScores(one, one, one, one), MetadataScores.score(a, shouted, "seed", errors));
        GoldArticle otherAgency = new GoldArticle(g.file(), g.headline(), g.authors(), "AFP",
                g.dateline(), g.published(), g.entities(), g.quotes(), g.events(), false);
        assertEquals(new MetadataScores(one, one, none, one), MetadataScores.score(a, otherAgency, "seed", errors));
    }

    @Test
    void goldFileIsRead() throws IOException {
        GoldArticle g = GoldArticle.read(Path.of("src/test/resources/articles/upi-2015-10-03-russia-airstrikes-syria.gold.json"));
        assertEquals(LocalDate.of(2015, 10, 3), g.published());
        assertEquals("Andrei Kartapolov", g.quotes().get(0).speaker());
        assertTrue(g.entity("Barack Obama").verified());
        assertEquals(null, g.events().get(5).date());
    }

    @Test
    void evalCommandPrintsATableAndExitsZero() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream old = System.out;
        int code;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            code = new CommandLine(new EvalCommand()).execute("src/test/resources/articles");
        } finally {
            System.setOut(old);
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, out);
        assertTrue(out.contains("overall") && out.contains("entities all") && out.contains("publication date"), out);
    }

    @Test
    void evalCommandRefusesAFolderWithoutGold(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "text");
        assertFalse(new CommandLine(new EvalCommand()).execute(dir.toString()) == 0);
    }
}
