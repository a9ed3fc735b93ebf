package org.dateline.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dateline.knowledge.Gazetteer;
import org.dateline.knowledge.GazetteerEntry;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sports-clubs layer, read from sixteen rows of reep's {@code teams.csv} (see
 * {@code src/test/resources/gazetteer/sports-clubs/README.md} for where they come from and their licence).
 */
class SportsClubsReaderTest {
    static final Path FIXTURE = Path.of("src/test/resources/gazetteer/sports-clubs");
    private static final Path SOURCES = Path.of("data/gazetteer/sources");
    private static OpenDataImporter.Result result;

    @BeforeAll
    static void build() throws IOException {
        result = SportsClubsImporter.importAll(FIXTURE, SOURCES, Gazetteer.loadReference().entries());
    }

    private static Optional<GazetteerEntry> row(String qid) {
        return result.entries().stream().filter(e -> e.qid().equals(qid)).findFirst();
    }

    @Test
    void aClubIsNamedAsStoriesPrintItWithItsCountryAndAPriorFromItsProviders() {
        GazetteerEntry arsenal = row("Q9617").orElseThrow();
        assertEquals("Arsenal F.C.", arsenal.label());
        assertEquals(EntityType.ORGANIZATION, arsenal.type());
        assertEquals("football-club", arsenal.subtype());
        assertEquals(List.of("Arsenal"), arsenal.aliases(), "the label without its club affix");
        assertEquals("Q145", arsenal.country(), "\"United Kingdom\", by the hand-checked countries");
        assertEquals(0.82, arsenal.prior(), 0.001, "13 providers: the most a club gets");
        assertEquals(0.46, row("Q19575").orElseThrow().prior(), 0.001, "Carlisle United, 4 providers: 0.3 + 4 x 0.04");
        assertEquals(List.of("Real Madrid"), row("Q8682").orElseThrow().aliases(), "\"Club de Fútbol\" is an affix");
        assertEquals("reep/teams.csv", arsenal.source());
    }

    @Test
    void sidesAndClubsNoProviderCoversAreLeftOut() {
        assertTrue(row("Q971274").isEmpty(), "Arsenal F.C. Academy, a youth side");
        assertTrue(row("Q1246437").isEmpty(), "Real Madrid C, a third side");
        assertTrue(row("Q30116001").isEmpty(), "Alderney F.C.: no provider covers it");
        assertTrue(row("Q5417396").isEmpty(), "Trinidad's Everton F.C.: no provider covers it");
        assertEquals(List.of(), row("Q1775265").orElseThrow().aliases(),
                "Arsenal W.F.C. keeps its label: it is not the men's club");
        assertEquals(12, result.entries().size());
    }

    @Test
    void theTownOfATownAndNicknameNameIsAShortName() {
        assertEquals(List.of("Newcastle"), row("Q18716").orElseThrow().shortNames());
        assertEquals(List.of("Tottenham"), row("Q18741").orElseThrow().shortNames());
        assertEquals(List.of("Dortmund"), row("Q41420").orElseThrow().shortNames(), "Borussia is a club word");
        assertEquals(List.of("Manchester"), row("Q18656").orElseThrow().shortNames());
        assertEquals(List.of("Manchester"), row("Q50602").orElseThrow().shortNames());
        assertEquals(List.of(), row("Q8682").orElseThrow().shortNames(), "Madrid is not Real Madrid alone");
    }

    @Test
    void affixesGoFromEitherEndAndSideWordsMarkSides() throws IOException {
        SportsClubsReader r = new SportsClubsReader(java.nio.file.Files.readAllLines(
                SOURCES.resolve(SportsClubsReader.AFFIXES)), java.util.Map.of());
        assertEquals("Köln", r.withoutAffixes("1. FC Köln"));
        assertEquals("Bayern Munich", r.withoutAffixes("FC Bayern Munich"));
        assertEquals("River Plate", r.withoutAffixes("Club Atlético River Plate"));
        assertEquals("FC", r.withoutAffixes("FC"), "a word is always left");
        assertTrue(r.isSide("Arsenal F.C. Under-21s"));
        assertTrue(r.isSide("Real Madrid C"));
        assertTrue(!r.isSide("Club Brugge"));
    }
}
