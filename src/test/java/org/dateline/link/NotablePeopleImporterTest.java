package org.dateline.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.extract.Entity;
import org.dateline.knowledge.Gazetteer;
import org.dateline.knowledge.GazetteerEntry;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notable-people layer, read from a few rows of the database's {@code top.csv.gz} (see
 * {@code src/test/resources/gazetteer/notable-people/README.md} for where they come from and their licence).
 */
class NotablePeopleImporterTest {
    static final Path FIXTURE = Path.of("src/test/resources/gazetteer/notable-people");
    private static OpenDataImporter.Result result;

    @BeforeAll
    static void build() throws IOException {
        GazetteerEntry reaganChecked = new GazetteerEntry("Q9960", "Ronald Reagan", EntityType.PERSON, "us-president",
                "Q30", List.of(), null, null, 0.9, "test");
        result = NotablePeopleImporter.importAll(FIXTURE, List.of(reaganChecked));
    }

    private static Optional<GazetteerEntry> row(String qid) {
        return result.entries().stream().filter(e -> e.qid().equals(qid)).findFirst();
    }

    @Test
    void notablePeopleTakeTheirWikipediaNameAndAPriorFromTheirRank() {
        GazetteerEntry hanks = row("Q2263").orElseThrow();
        assertEquals("Tom Hanks", hanks.label());
        assertEquals(EntityType.PERSON, hanks.type());
        assertEquals("culture", hanks.subtype());
        assertEquals("", hanks.country(), "the database names no country a story would print");
        assertTrue(hanks.aliases().isEmpty(), "no names the source does not give");
        assertEquals(List.of("Hanks"), hanks.shortNames(), "the surname his name ends with");
        assertEquals(0.67, hanks.prior(), 0.001, "rank 188: 0.9 - 0.1 log10(188)");
        assertTrue(row("Q180850").orElseThrow().prior() < hanks.prior(), "Tom Jones (rank 1,380) after Hanks (188)");
        assertEquals("notable-people/top.csv", hanks.source());
        assertEquals("Tom Jones", row("Q180850").orElseThrow().label(), "the title's qualifier is dropped");
        assertEquals("Bedřich Smetana", row("Q48173").orElseThrow().label());
        assertEquals("discovery-science", row("Q463581").orElseThrow().subtype());
        assertTrue(row("Q868").isEmpty(), "a one-word name (Aristotle) is left out");
        assertTrue(row("Q271850").isEmpty(), "past rank 10,000 (kept in the file for being born by 500 AD)");
        assertTrue(row("Q9960").isEmpty(), "a QID of the hand-checked layer is left to it");
        assertEquals(List.of("notable-people", "supraverden"), result.sourcesRead());
        assertEquals(5, result.entries().stream().filter(e -> e.type() == EntityType.PERSON).count());
    }

    @Test
    void aNotablePersonLinksByFullNameAndNamesakesOfLikeFameStayUnlinked() {
        Gazetteer g = Gazetteer.of(result.entries());
        Entity hanks = LinkerFixtures.entity(EntityType.PERSON, "Tom Hanks");
        Entity cox = LinkerFixtures.entity(EntityType.PERSON, "Brian Cox");
        Entity tom = LinkerFixtures.entity(EntityType.PERSON, "Tom");
        Map<String, Link> links = Linker.create(g).link(LinkerFixtures.article(null, null),
                LinkerFixtures.annotations(hanks, cox, tom));
        assertEquals("Q2263", links.get(hanks.key()).qid());
        assertFalse(links.containsKey(cox.key()), "the actor (rank 3,430) and the physicist (7,627) are both Brian Cox");
        assertFalse(links.containsKey(tom.key()), "a given name alone is nobody's");
    }

    @Test
    void theSurnameIsTheNamesLastWordWithItsParticleAndNoneForATitleOrAByname() {
        assertEquals(Optional.of("Gorbachev"), NotablePeopleReader.surname("Mikhail Gorbachev"));
        assertEquals(Optional.of("van Gogh"), NotablePeopleReader.surname("Vincent van Gogh"));
        assertEquals(Optional.of("King"), NotablePeopleReader.surname("Martin Luther King Jr."));
        assertEquals(Optional.of("Ford"), NotablePeopleReader.surname("Henry Ford II"));
        assertEquals(Optional.empty(), NotablePeopleReader.surname("Pope Francis"), "a title, then a given name");
        assertEquals(Optional.empty(), NotablePeopleReader.surname("Joan of Arc"));
        assertEquals(Optional.empty(), NotablePeopleReader.surname("Alexander the Great"));
        assertEquals(Optional.empty(), NotablePeopleReader.surname("Elizabeth II"));
        assertEquals(Optional.empty(), NotablePeopleReader.surname("Valéry Giscard d'Estaing"), "no capital: not sure");
    }

    @Test
    void aFamousPersonNamedBySurnameAloneLinksWhenNoOtherBearerIsNearlyAsFamous() {
        Gazetteer g = Gazetteer.of(result.entries());
        Entity hanks = LinkerFixtures.entity(EntityType.PERSON, "Hanks");
        Entity cox = LinkerFixtures.entity(EntityType.PERSON, "Cox");
        Entity jones = LinkerFixtures.entity(EntityType.ORGANIZATION, "Jones");
        Entity smetana = LinkerFixtures.entity(EntityType.PERSON, "Smetana", "Smetana", "Bedrich Smetana");
        Map<String, Link> links = Linker.create(g).link(LinkerFixtures.article(null, null),
                LinkerFixtures.annotations(hanks, cox, jones, smetana));
        assertEquals("Q2263", links.get(hanks.key()).qid(), "a story names anyone else in full once");
        assertEquals(Linker.NIL_THRESHOLD, links.get(hanks.key()).confidence(), 1e-9);
        assertFalse(links.containsKey(cox.key()), "the actor and the physicist: two people of the surname");
        assertFalse(links.containsKey(jones.key()), "an organisation's name is no surname");
        assertFalse(links.containsKey(smetana.key()), "named in full elsewhere, the name is not famous by itself");
    }

    @Test
    void aPersonWithNoCountryYieldsToACheckedNamesake() {
        GazetteerEntry hanks = row("Q2263").orElseThrow();
        GazetteerEntry jones = row("Q180850").orElseThrow();
        GazetteerEntry withCountry = new GazetteerEntry(jones.qid(), jones.label(), jones.type(), jones.subtype(), "Q145",
                List.of(), null, null, jones.prior(), jones.source());
        GazetteerEntry checkedHanks = new GazetteerEntry("Q1001", "Tom Hanks", EntityType.PERSON, "us-representative",
                "Q30", List.of(), null, null, 0.6, "test");
        GazetteerEntry checkedJones = new GazetteerEntry("Q1002", "Tom Jones", EntityType.PERSON, "us-representative",
                "Q30", List.of(), null, null, 0.6, "test");
        List<GazetteerEntry> out = NotablePeopleImporter.yieldToCheckedPeople(List.of(hanks, withCountry),
                List.of(checkedHanks, checkedJones));
        assertEquals(OpenDataImporter.NAMESAKE_PRIOR, out.get(0).prior(), "nothing in an article tells them apart");
        assertEquals(jones.prior(), out.get(1).prior(), "a person with a country is told apart by the article's");
    }

    @Test
    void aFolderWithoutTheFileIsAClearError(@TempDir Path dir) {
        IOException e = assertThrows(IOException.class, () -> NotablePeopleImporter.importAll(dir, List.of()));
        assertTrue(e.getMessage().contains("no *.csv or *.csv.gz file found"), e.getMessage());
    }

    @Test
    void internationalOrganisationsComeFromSupraverdenWithTheirEnglishNamesAndAbbreviations() {
        GazetteerEntry imf = row("Q7804").orElseThrow();
        assertEquals("International Monetary Fund", imf.label());
        assertEquals(EntityType.ORGANIZATION, imf.type());
        assertEquals("international-organization", imf.subtype());
        assertEquals("", imf.country(), "a body of no one country");
        assertEquals(List.of("IMF"), imf.shortNames(), "an abbreviation is a short name");
        assertEquals(SupraverdenReader.PRIOR, imf.prior());
        assertEquals("supraverden/general_list.yaml", imf.source());
        GazetteerEntry europol = row("Q207203").orElseThrow();
        assertTrue(europol.aliases().contains("European Police Office"), europol.aliases().toString());
        assertTrue(europol.aliases().contains("European Union Agency for Law Enforcement Cooperation"));
        assertEquals(4, result.added().get("supraverden"), "the fifth body states no QID: " + result.added());
    }
}
