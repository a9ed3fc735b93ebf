package org.dateline.link;

import static org.dateline.link.LinkerFixtures.annotations;
import static org.dateline.link.LinkerFixtures.article;
import static org.dateline.link.LinkerFixtures.entityIn;
import static org.dateline.link.LinkerFixtures.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dateline.extract.Entity;
import org.dateline.extract.TeamCues;
import org.dateline.knowledge.Gazetteer;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names that stand for something else than the entry they match: a country's name for its national team or
 * its government, and organisation names many countries' bodies share. The words come from the bundled
 * lexicons ({@code team-cues.tsv}, {@code generic-org-words.txt}, {@code demonyms.tsv}).
 */
class MetonymyTest {
    /** Singapore, and a party of generic words of its own (the open data's). */
    private static final org.dateline.knowledge.GazetteerEntry SINGAPORE =
            entry("Q334", "Singapore", EntityType.PLACE, "country", "", 0.9, List.of(), List.of());
    private static final org.dateline.knowledge.GazetteerEntry WORKERS_PARTY =
            entry("Q2299911", "Workers' Party", EntityType.ORGANIZATION, "political-party", "Q334", 0.5, List.of(), List.of());

    private static final Gazetteer GAZETTEER = Gazetteer.loadReference();
    private static final Linker LINKER = Linker.create(Gazetteer.of(List.of(
            entry("Q34", "Sweden", EntityType.PLACE, "country", "", 0.9, List.of(), List.of()),
            entry("Q35", "Denmark", EntityType.PLACE, "country", "", 0.9, List.of(), List.of()),
            SINGAPORE,
            entry("Q884", "South Korea", EntityType.PLACE, "country", "", 0.9, List.of(), List.of()))),
            java.util.Set.of());
    private final MentionCues cues = MentionCues.bundled();
    private final TeamCues teams = TeamCues.bundled();

    private Map<String, Link> link(String text, Entity... entities) {
        return LINKER.link(article(text), annotations(entities));
    }

    @Test
    void aCountryThatBeatsAnotherIsATeamAndStaysUnlinked() {
        String text = "Sweden beat Denmark 2-1 in a World Cup qualifier in Stockholm on Saturday.";
        Entity sweden = entityIn(text, EntityType.PLACE, "Sweden");
        Entity denmark = entityIn(text, EntityType.PLACE, "Denmark");
        Map<String, Link> links = link(text, sweden, denmark);
        assertNull(links.get(sweden.key()), "the winner is a team");
        assertNull(links.get(denmark.key()), "so is the loser");
    }

    @Test
    void theSameCountryInPoliticsIsTheCountry() {
        String text = "Sweden led the talks with Denmark on Saturday, the ministry said.";
        Entity sweden = entityIn(text, EntityType.PLACE, "Sweden");
        Entity denmark = entityIn(text, EntityType.PLACE, "Denmark");
        Map<String, Link> links = link(text, sweden, denmark);
        assertEquals("Q34", links.get(sweden.key()).qid(), "'led' without a word of sport is not a match");
        assertEquals("Q35", links.get(denmark.key()).qid());
    }

    @Test
    void teamCuesNeedTheirSentenceToSpeakOfSport() {
        String match = "The coach said Brazil's striker scored twice as Brazil drew with Denmark.";
        String talks = "Brazil's president, a former minister, resigned. Brazil faces a hard winter.";
        assertTrue(teams.team(match, entityIn(match, EntityType.PLACE, "Brazil").mentions().get(0).span()));
        assertTrue(teams.team(match, entityIn(match, EntityType.PLACE, "Denmark").mentions().get(0).span()));
        for (var m : entityIn(talks, EntityType.PLACE, "Brazil").mentions()) {
            assertFalse(teams.team(talks, m.span()), "no sport word, no score in the sentence: " + m);
        }
        String score = "Final: Sweden 3-0 Denmark.";
        assertTrue(teams.team(score, entityIn(score, EntityType.PLACE, "Sweden").mentions().get(0).span()), "a score after the name");
        String year = "Sweden 2015-16 budget was passed.";
        assertFalse(teams.team(year, entityIn(year, EntityType.PLACE, "Sweden").mentions().get(0).span()), "a year span is no score");
    }

    @Test
    void aGovernmentNamedByItsCountryIsNotTheCountry() {
        String text = "Sweden said it would expel the diplomats.";
        Entity government = entityIn(text, EntityType.ORGANIZATION, "Sweden");
        assertFalse(link(text, government).containsKey(government.key()),
                "an organisation named by a country is its government, another item");
    }

    /** A two-layer gazetteer: {@code curated} as the hand-checked layer, {@code open} as an open-data layer. */
    private static Gazetteer layered(Path dir, List<org.dateline.knowledge.GazetteerEntry> curated,
                                     List<org.dateline.knowledge.GazetteerEntry> open) throws java.io.IOException {
        try (GazetteerWriter w = GazetteerWriter.create(dir.resolve("entities.tsv"))) {
            for (var e : curated) {
                w.write(e);
            }
        }
        try (GazetteerWriter w = GazetteerWriter.create(dir.resolve("open-data.tsv.gz"))) {
            for (var e : open) {
                w.write(e);
            }
        }
        return Gazetteer.load(dir);
    }

    @Test
    void genericPartyNamesNeedTheirCountryPrintedOrInTheDateline(@TempDir Path dir) throws Exception {
        Linker linker = Linker.create(layered(dir,
                List.of(SINGAPORE),
                List.of(WORKERS_PARTY)), java.util.Set.of());
        String korea = "Kim Jong Un met Trump in Singapore. The Workers' Party of Korea praised him.";
        Entity wpk = entityIn(korea, EntityType.ORGANIZATION, "Workers' Party");
        assertFalse(linker.link(article(korea), annotations(wpk,
                entityIn(korea, EntityType.PLACE, "Singapore"))).containsKey(wpk.key()),
                "a country named elsewhere in the article is no evidence for a party of generic words");
        String singapore = "Singapore's Workers' Party won ten seats.";
        Entity wp = entityIn(singapore, EntityType.ORGANIZATION, "Workers' Party");
        assertEquals("Q2299911", linker.link(article(singapore), annotations(wp)).get(wp.key()).qid(),
                "the country printed right before the name");
    }

    /**
     * A name of generic words is the party of the country most of the story's surely linked entities belong to (two
     * or more, more than any other country's), as it is the dateline's; not when two countries have as many.
     */
    @Test
    void aGenericNameIsThePartyOfTheCountryTheStoryIsMostlyAbout(@TempDir Path dir) throws Exception {
        Linker linker = Linker.create(layered(dir,
                List.of(SINGAPORE,
                        entry("Q1000001", "Tampines", EntityType.PLACE, "city", "Q334", 0.6, List.of(), List.of()),
                        entry("Q148", "China", EntityType.PLACE, "country", "", 0.9, List.of(), List.of()),
                        entry("Q956", "Beijing", EntityType.PLACE, "capital", "Q148", 0.8, List.of(), List.of())),
                List.of(WORKERS_PARTY)), java.util.Set.of());
        String home = "The Workers' Party won in Tampines, the opposition said in Singapore.";
        Entity wp = entityIn(home, EntityType.ORGANIZATION, "Workers' Party");
        assertEquals("Q2299911", linker.link(article(home), annotations(wp,
                entityIn(home, EntityType.PLACE, "Tampines"), entityIn(home, EntityType.PLACE, "Singapore")))
                .get(wp.key()).qid());
        String two = "As in China and Beijing, so in Singapore and Tampines the Workers' Party lost.";
        Entity tie = entityIn(two, EntityType.ORGANIZATION, "Workers' Party");
        assertFalse(linker.link(article(two), annotations(tie, entityIn(two, EntityType.PLACE, "China"),
                entityIn(two, EntityType.PLACE, "Beijing"), entityIn(two, EntityType.PLACE, "Singapore"),
                entityIn(two, EntityType.PLACE, "Tampines"))).containsKey(tie.key()), "two countries, as many entities");
    }

    /** A name that opens with its country is that country's body of the rest of the name, and no other's. */
    @Test
    void aNameOpeningWithItsCountryIsThatCountrysBody(@TempDir Path dir) throws Exception {
        Linker linker = Linker.create(layered(dir,
                List.of(SINGAPORE),
                List.of(WORKERS_PARTY)), java.util.Set.of());
        String text = "The Singaporean Workers' Party and the Malaysian Workers' Party met.";
        Entity ours = entityIn(text, EntityType.ORGANIZATION, "Singaporean Workers' Party");
        Entity theirs = entityIn(text, EntityType.ORGANIZATION, "Malaysian Workers' Party");
        Map<String, Link> links = linker.link(article(text), annotations(ours, theirs));
        assertEquals("Q2299911", links.get(ours.key()).qid(), links.toString());
        assertFalse(links.containsKey(theirs.key()), "the gazetteer knows no Malaysian party of the name");
    }

    @Test
    void genericNamesAndPrintedCountries() {
        assertTrue(cues.generic("Workers' Party"));
        assertTrue(cues.generic("National Assembly"));
        assertTrue(cues.generic("Council of Ministers"), "every government has one (an alias of the Council of the EU)");
        assertTrue(cues.generic("the Democratic Party"));
        assertFalse(cues.generic("Workers' Party of Korea"), "a country's name makes it specific");
        assertFalse(cues.generic("Scottish National Party"));
        String text = "The South Korean Democratic Party and Singapore's Workers' Party";
        assertEquals(demonymQid("South Korean"), cues.countryBefore(text,
                entityIn(text, EntityType.ORGANIZATION, "Democratic Party").mentions().get(0), GAZETTEER));
        assertEquals(GAZETTEER.lookup("Singapore").get(0).qid(), cues.countryBefore(text,
                entityIn(text, EntityType.ORGANIZATION, "Workers' Party").mentions().get(0), GAZETTEER));
    }

    private static String demonymQid(String demonym) {
        for (String line : org.dateline.knowledge.DataFiles.entries(MentionCues.DEMONYMS_FILE)) {
            String[] c = line.split("\t");
            if (c[0].equals(demonym)) {
                return c[2];
            }
        }
        throw new AssertionError(demonym + " not in " + MentionCues.DEMONYMS_FILE);
    }
}
