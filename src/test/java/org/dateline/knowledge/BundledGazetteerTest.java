package org.dateline.knowledge;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * The gazetteer Dateline ships: the hand-checked layer with the open-data and notable-people layers beside it, and
 * the sports clubs apart.
 */
class BundledGazetteerTest {
    private static final Gazetteer BUNDLED = Gazetteer.loadDefault();

    private static void links(String name, String qid, EntityType type) {
        List<GazetteerEntry> hits = BUNDLED.lookup(name);
        assertTrue(!hits.isEmpty(), name + " is in the gazetteer");
        assertEquals(qid, hits.get(0).qid(), name + ": the most popular entry first " + hits);
        assertEquals(type, hits.get(0).type());
    }

    @Test
    void holdsOverAHundredThousandEntities() {
        assertTrue(BUNDLED.size() >= 200_000, "at least 200,000 entities (issue #16); entries: " + BUNDLED.size());
        assertTrue(BUNDLED.curated().size() < 2_000, "the hand-checked layer stays small");
    }

    @Test
    void knowsFootballClubsOnlyWhenAskedForClubs() {
        // reep's teams.csv states each club's QID (see src/test/resources/gazetteer/sports-clubs).
        assertEquals("Q9617", BUNDLED.lookupClubs("Arsenal").get(0).qid(), "Arsenal F.C.");
        assertEquals("Q15789", BUNDLED.lookupClubs("Bayern Munich").get(0).qid(), "FC Bayern Munich");
        assertEquals("Q1130849", BUNDLED.lookupClubs("Liverpool").get(0).qid(), "the club, not the city");
        assertTrue(BUNDLED.lookup("Liverpool").stream().noneMatch(e -> "football-club".equals(e.subtype())),
                "the general look-up finds the city, never the club");
    }

    @Test
    void knowsPlacesPeopleAndOrganisationsTheSmallLayerLacked() {
        // Each QID as its source states it: Natural Earth's wikidataid, countries-states-cities' wikiDataId,
        // the name-suggestion-index's brand:/operator:wikidata (see src/test/resources/gazetteer/open-data).
        links("Vienna", "Q1741", EntityType.PLACE);
        links("Tokyo", "Q1490", EntityType.PLACE);
        links("Kathmandu", "Q3037", EntityType.PLACE);
        links("New York City", "Q60", EntityType.PLACE);
        links("California", "Q99", EntityType.PLACE);
        links("Texas", "Q1439", EntityType.PLACE);
        links("Toyota", "Q53268", EntityType.ORGANIZATION);
        links("United States Navy", "Q11220", EntityType.ORGANIZATION);
        assertTrue(BUNDLED.lookup("Georgia").stream().anyMatch(e -> e.qid().equals("Q1428")), "the US state");
        assertTrue(BUNDLED.byQid("Q4661583").isPresent(), "a member of the Storting, from EveryPolitician");
    }

    @Test
    void knowsNotablePeopleFromTheirOwnLayer() {
        // notable-people's wikidata_code (see src/test/resources/gazetteer/notable-people).
        links("Tom Hanks", "Q2263", EntityType.PERSON);
        links("Bedřich Smetana", "Q48173", EntityType.PERSON);
        // EveryPolitician and the notable people both give her: one entry, the open data's, at the higher prior.
        GazetteerEntry may = BUNDLED.byQid("Q264766").orElseThrow();
        assertEquals("Q145", may.country());
        assertTrue(may.prior() > 0.5 && may.source().contains("everypolitician/")
                && may.source().contains("notable-people/"), may.toString());
        assertEquals(List.of(may), BUNDLED.lookup("Theresa May").stream().filter(e -> e.qid().equals("Q264766")).toList());
    }

    @Test
    void knowsPartiesAndNewspapersByTheNamesNewsPrints() {
        // Party Facts' wikidata_id and Wiki Media Cred's qid (issue #16: EveryPolitician said only "Republican").
        GazetteerEntry gop = BUNDLED.byQid("Q29468").orElseThrow();
        assertEquals("Republican Party", gop.label());
        assertTrue(gop.shortNames().contains("GOP"), gop.shortNames().toString());
        assertTrue(BUNDLED.lookup("Republican Party").contains(gop));
        GazetteerEntry nyt = BUNDLED.byQid("Q9684").orElseThrow();
        assertEquals("newspaper", nyt.subtype());
        assertTrue(BUNDLED.lookup("The New York Times").contains(nyt));
    }

    @Test
    void theHandCheckedLayerKeepsItsQidsAndRanksFirst() {
        assertEquals("Q649", BUNDLED.lookup("Moscow").get(0).qid(), "the city, before Moscow Oblast");
        assertEquals("Q84", BUNDLED.lookup("London").get(0).qid());
        for (GazetteerEntry e : BUNDLED.curated().entries()) {
            assertEquals(e, BUNDLED.byQid(e.qid()).orElseThrow());
        }
    }

    @Test
    void theCompactLayerAnswersAsAnIndexOfAllItsRowsWould() {
        List<GazetteerEntry> all = BUNDLED.entries();
        assertEquals(BUNDLED.size(), all.size());
        Gazetteer inMemory = Gazetteer.of(all);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 3) {
            GazetteerEntry e = all.get(i);
            names.add(e.label());
            names.addAll(e.aliases());
            names.addAll(e.shortNames());
            assertEquals(e, BUNDLED.byQid(e.qid()).orElseThrow());
        }
        for (String n : names) {
            String key = Gazetteer.normalise(n);
            assertEquals(qids(inMemory.lookupKey(key)), qids(BUNDLED.lookupKey(key)), n);
            assertEquals(qids(inMemory.lookupShortKey(key)), qids(BUNDLED.lookupShortKey(key)), n);
        }
        assertTrue(BUNDLED.lookup("no such place anywhere").isEmpty());
        assertTrue(BUNDLED.byQid("Q999999999999").isEmpty());
    }

    private static List<String> qids(List<GazetteerEntry> es) {
        // Entries of equal prior may come in either order; the set and the order of priors must agree.
        return es.stream().map(e -> String.format(java.util.Locale.ROOT, "%.2f %s", e.prior(), e.qid())).sorted().toList();
    }

    @Test
    void theAsciiKeyIsTheFullKey() {
        List<String> names = new ArrayList<>(List.of("The Hague", "al-Qaeda", "Abu al Hassan", "U.S.", "St. John's",
                "  New   York ", "the the", "El Salvador", "Ahmed el Tayeb", "Jean-Marie", "O'Neill", "3M", "A.B.C.",
                "Côte d'Ivoire", "Zürich", "theatre", "Al", "al ", "hotel al manar", "", ".", "--", "St. Petersburg",
                "Ste. Foy", "Main St", "Stuttgart", "Bury St Edmunds"));
        for (GazetteerEntry e : BUNDLED.curated().entries()) {
            names.add(e.label());
            names.addAll(e.aliases());
        }
        for (String n : names) {
            assertEquals(Gazetteer.fullKey(n), Gazetteer.computeKey(n), n);
        }
    }

    @Test
    void saintIsOneNameAbbreviatedOrNot() {
        assertEquals(Gazetteer.normalise("Saint Petersburg"), Gazetteer.normalise("St. Petersburg"));
        assertEquals(Gazetteer.normalise("Sainte-Foy"), Gazetteer.normalise("Ste. Foy"));
        assertEquals("main st", Gazetteer.normalise("Main St"), "a street's St is no saint");
        assertTrue(BUNDLED.lookup("Saint Petersburg").stream().anyMatch(e -> e.qid().equals("Q49236")),
                "the open-data layer's keys were built with the same rule (rebuild it when the rule changes)");
    }
}
