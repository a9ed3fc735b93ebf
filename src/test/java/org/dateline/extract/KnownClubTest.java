package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.dateline.ingest.Article;
import org.dateline.knowledge.Gazetteer;
import org.dateline.link.Link;
import org.dateline.link.Linker;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * {@link TypingRules.KnownClub} over the bundled sports-clubs layer: a football club's name is the club where the
 * text speaks of sport, and the linker then links the club; elsewhere the name keeps its other meanings.
 */
class KnownClubTest {
    private static final Extractor EXTRACTOR = Extractor.create(Gazetteer.loadDefault(), null, null);

    private static Entity find(Annotations a, String name) {
        return a.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    @Test
    void aClubNamedInASentenceOfSportIsTheClubAndLinksToIt() {
        Article article = TestArticles.of(LocalDate.of(2026, 3, 2),
                "Bukayo Saka scored twice as Arsenal came from behind against Chelsea on Saturday.",
                "Tottenham drew with Everton, and Liverpool lost to Brentford.");
        Annotations a = EXTRACTOR.extract(article);
        for (String club : new String[] {"Arsenal", "Chelsea", "Tottenham", "Everton", "Liverpool"}) {
            Entity e = find(a, club);
            assertEquals(EntityType.ORGANIZATION, e == null ? null : e.type(), club + " in " + EntityRecognizerTest.names(a));
        }
        assertTrue(find(a, "Arsenal").decidedBy("KnownClub"), find(a, "Arsenal").evidence().toString());
        Map<String, Link> links = Linker.create(Gazetteer.loadDefault()).link(article, a);
        assertEquals("Q9617", links.get(find(a, "Arsenal").key()).qid(), "Arsenal F.C.");
        assertEquals("Q18741", links.get(find(a, "Tottenham").key()).qid(), "the one club of that town");
        assertEquals("Q1130849", links.get(find(a, "Liverpool").key()).qid(), "the team, not the city Q24826");
    }

    @Test
    void elsewhereAClubsNameKeepsItsOtherMeanings() {
        Annotations a = EXTRACTOR.extract(TestArticles.of(LocalDate.of(2026, 3, 2),
                "Northern said no trains would run between Carlisle and Barrow on Monday.",
                "Everton Silva, a nurse at the hospital, said the ward was full."));
        Entity carlisle = find(a, "Carlisle");
        assertTrue(carlisle == null || carlisle.type() == EntityType.PLACE, EntityRecognizerTest.names(a).toString());
        assertFalse(a.entities().stream().anyMatch(e -> e.decidedBy("KnownClub")),
                "no sport here: \"run\" and a town's name are not a match report");
        Annotations match = EXTRACTOR.extract(TestArticles.of(LocalDate.of(2026, 3, 2),
                "Carlisle beat Barrow 2-0 in League Two on Saturday."));
        assertEquals(EntityType.ORGANIZATION, find(match, "Carlisle").type(), EntityRecognizerTest.names(match).toString());
    }
}
