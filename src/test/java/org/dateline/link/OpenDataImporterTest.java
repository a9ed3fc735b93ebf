package org.dateline.link;

import org.dateline.knowledge.GazetteerEntry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The open-data gazetteer sources, each read from a few rows of the real files (see
 * {@code src/test/resources/gazetteer/open-data/README.md} for where they come from and their licences).
 */
class OpenDataImporterTest {
    static final Path FIXTURE = Path.of("src/test/resources/gazetteer/open-data");
    private static Map<String, String> countries;
    private static OpenDataImporter.Result result;

    @BeforeAll
    static void build() throws IOException {
        countries = ReferenceDataImporter.countryCodes(Path.of("data/reference"));
        GazetteerEntry tokyoChecked = new GazetteerEntry("Q1490", "Tokyo", EntityType.PLACE, "city", "", List.of(),
                null, null, 0.9, "test");
        result = OpenDataImporter.importAll(FIXTURE, countries, List.of(tokyoChecked));
    }

    private static Optional<GazetteerEntry> row(String qid) {
        return result.entries().stream().filter(e -> e.qid().equals(qid)).findFirst();
    }

    @Test
    void countryCodesComeFromCountryCoder() {
        assertEquals(countries.get("AT"), countries.get("AUT"));
        assertTrue(countries.get("US").matches("Q\\d+"));
    }

    @Test
    void naturalEarthPlacesCarryCountryCoordinatesAndPopulation() {
        GazetteerEntry vienna = row("Q1741").orElseThrow();
        assertEquals("Vienna", vienna.label());
        assertEquals(EntityType.PLACE, vienna.type());
        assertEquals("capital", vienna.subtype());
        assertEquals(countries.get("AT"), vienna.country());
        assertEquals(48.2, vienna.latitude(), 0.01);
        assertTrue(vienna.source().startsWith("natural-earth/ne_10m_populated_places.json"), vienna.source());
        GazetteerEntry nyc = row("Q60").orElseThrow();
        assertEquals("New York City", nyc.label(), "the English name");
        assertTrue(nyc.aliases().contains("New York"), "a related alternative name: " + nyc.aliases());
        assertFalse(nyc.aliases().contains("New York-Newark"), "a metropolitan area is not the city's name");
        assertTrue(nyc.prior() > vienna.prior(), "population ranks");
    }

    @Test
    void aSecondSourceGivingAnUnrelatedNameToAQidIsIgnored() {
        GazetteerEntry vienna = row("Q1741").orElseThrow();
        assertTrue(vienna.source().contains("countries-states-cities/cities/AT.json"), "the same name merges");
        assertFalse(vienna.aliases().contains("Vigaun"), "countries-states-cities gives Vigaun Vienna's QID");
    }

    @Test
    void firstLevelDivisionsAndCountiesComeFromCountriesStatesCities() {
        GazetteerEntry georgia = row("Q1428").orElseThrow();
        assertEquals("Georgia", georgia.label());
        assertEquals("region", georgia.subtype());
        assertEquals(countries.get("US"), georgia.country(), "the US state, not the country");
        assertTrue(row("Q99").isPresent() && row("Q1439").isPresent(), "California and Texas");
        assertEquals(2, result.entries().stream().filter(e -> e.subtype().equals("county")).count());
        assertTrue(row("Q1490").isEmpty(), "a QID of the hand-checked layer is left to it");
    }

    /**
     * The file gives all three "Florida" records the US state's population, and Puerto Rico's municipality the
     * state's QID: a population not below the country's is no division's own.
     */
    @Test
    void aDivisionCannotHoldMorePeopleThanItsCountry() {
        GazetteerEntry florida = row("Q812").orElseThrow();
        assertEquals(countries.get("US"), florida.country(), "the state, not Puerto Rico's municipality");
        assertEquals(27.76, florida.latitude(), 0.01);
        assertEquals(0.87, florida.prior(), 0.01, "the state keeps its population");
        assertEquals(0.6, row("Q16593").orElseThrow().prior(), 0.001, "Uruguay's department does not");
    }

    /**
     * The file gives San Antonio in Puerto Rico the population of San Antonio, Texas: a population that places of one
     * name and different QIDs share is neither's own.
     */
    @Test
    void aPopulationThatNamesakesShareIsNoOnesOwn() {
        assertEquals(Popularity.population(0), row("Q49366856").orElseThrow().prior(), 0.01, "Puerto Rico's");
        assertEquals(Popularity.population(0), row("Q975").orElseThrow().prior(), 0.01,
                "nor Texas's, when no other source gives it");
        assertEquals(Popularity.population(678815), row("Q16562").orElseThrow().prior(), 0.01, "El Paso keeps its own");
    }

    @Test
    void whosOnFirstLocalitiesTakeTheirEnglishNameAndSkipSupersededRecords() {
        GazetteerEntry bay = row("Q39521").orElseThrow();
        assertEquals("St. Paul's Bay", bay.label(), "name:eng_x_preferred before wof:name");
        assertTrue(bay.aliases().contains("San Pawl il-Baħar"), bay.aliases().toString());
        assertEquals("city", bay.subtype());
        assertEquals(countries.get("MT"), bay.country());
        assertEquals(35.95, bay.latitude(), 0.01);
        assertEquals(Popularity.population(14057), bay.prior(), 0.01, "population from wof:population");
        assertTrue(bay.source().startsWith("whosonfirst/mt/data/"), bay.source());
        assertTrue(row("Q39507").isEmpty(), "a record deprecated and superseded is not current");
    }

    @Test
    void politiciansAndPartiesComeFromEveryPolitician() {
        GazetteerEntry mp = row("Q4661583").orElseThrow();
        assertEquals("Aani Aanisson Rysstad", mp.label());
        assertEquals(EntityType.PERSON, mp.type());
        assertEquals(countries.get("NO"), mp.country(), "the legislature's country, from countries.json");
        assertEquals(1, result.entries().stream().filter(e -> e.subtype().equals("political-party")
                && e.source().contains("everypolitician")).count());
        assertEquals(2, result.entries().stream().filter(e -> e.type() == EntityType.PERSON).count(),
                "a member without a Wikidata id is left out");
    }

    @Test
    void partiesComeFromPartyFactsWithTheAbbreviationsItStates() {
        GazetteerEntry gop = row("Q29468").orElseThrow();
        assertEquals("Republican Party", gop.label());
        assertEquals("political-party", gop.subtype());
        assertEquals(countries.get("USA"), gop.country(), "the alpha-3 code of the row");
        assertEquals(List.of("GOP"), gop.shortNames(), "'GOP/Grand/Old/Party' is a flattened list: its abbreviation");
        assertEquals(PartyFactsReader.ACTIVE_PRIOR, gop.prior());
        assertEquals(PartyFactsReader.DISSOLVED_PRIOR, row("Q42183").orElseThrow().prior(),
                "the Whig Party, dissolved by wikipedia.csv");
        assertEquals(List.of(), row("Q9630").orElseThrow().shortNames(), "'Lab' is a shortened word, not an acronym");
        assertEquals(List.of(), row("Q29552").orElseThrow().shortNames(), "a one-letter 'D' is no name");
        GazetteerEntry greens = row("Q49766").orElseThrow();
        assertEquals("Alliance '90/The Greens", greens.label(), "three Party Facts ids with one QID are one row");
        assertTrue(greens.aliases().contains("Bündnis 90/Die Grünen"), "the native name: " + greens.aliases());
        assertEquals(List.of("GRÜNE"), greens.shortNames());
        assertEquals(1, greens.source().split("; ").length, greens.source());
    }

    @Test
    void partyFactsAbbreviationsNeedTwoCapitals() {
        assertEquals(List.of("AfD"), PartyFactsReader.abbreviations("AfD"));
        assertEquals(List.of(), PartyFactsReader.abbreviations("Con"));
        assertEquals(List.of("CDU/CSU"), PartyFactsReader.abbreviations("CDU/CSU"), "a union of two parties");
        assertEquals(List.of(), PartyFactsReader.abbreviations("Lib/Dems"));
        assertEquals(List.of(), PartyFactsReader.abbreviations(""));
    }

    @Test
    void newspapersComeFromWikiMediaCredWithoutWikipediasQualifier() {
        GazetteerEntry nyt = row("Q9684").orElseThrow();
        assertEquals("The New York Times", nyt.label());
        assertEquals(EntityType.ORGANIZATION, nyt.type());
        assertEquals(countries.get("US"), nyt.country());
        assertEquals(WikiMediaCredReader.PRIOR, nyt.prior());
        GazetteerEntry star = row("Q7765582").orElseThrow();
        assertEquals("The Southern Star", star.label(), "'(Alabama)' is Wikipedia's");
        assertEquals(WikiMediaCredReader.QUALIFIED_PRIOR, star.prior(), "Wikipedia qualified the name: not its first meaning");
        assertEquals(4, result.entries().stream().filter(e -> e.source().startsWith("wiki-media-cred")).count(),
                "a list entry without an article is left out; a publisher listed twice is one row");
        assertEquals(4, result.added().get("wiki-media-cred"), "and counts once: " + result.added());
    }

    @Test
    void aSourceFolderMayBeASymbolicLink(@TempDir Path dir) throws IOException {
        Files.createSymbolicLink(dir.resolve(WikiMediaCredReader.FOLDER),
                FIXTURE.resolve(WikiMediaCredReader.FOLDER).toAbsolutePath());
        OpenDataImporter.Result linked = OpenDataImporter.importAll(dir, countries, List.of());
        assertEquals(List.of(WikiMediaCredReader.FOLDER), linked.sourcesRead());
        assertEquals(4, linked.entries().size(), "the fixture's four papers kept, read through the link");
    }

    @Test
    void rorRecordsGiveOrganisationsTheirNamesAndAcronyms() {
        GazetteerEntry toyota = row("Q53268").orElseThrow();
        assertEquals("Toyota Motor Corporation", toyota.label(), "ROR's country qualifier dropped");
        assertEquals(EntityType.ORGANIZATION, toyota.type());
        assertTrue(toyota.aliases().contains("Toyota"), "the brand name from the name-suggestion-index merges");
        assertTrue(toyota.aliases().stream().allMatch(a -> a.chars().allMatch(c -> c < 0x3000)),
                "names in other scripts are left out: " + toyota.aliases());
        assertEquals(1, result.entries().stream().filter(e -> e.source().contains("ror")
                && e.label().startsWith("Toyota")).count(), "a record in two release folders is one row");
        GazetteerEntry press = row("Q112205151").orElseThrow();
        assertEquals("Iowa State University Digital Press", press.label());
        assertEquals(List.of("ISUDP"), press.shortNames(), "an acronym is a short name");
    }

    @Test
    void brandsAndOperatorsComeFromTheNameSuggestionIndex() {
        GazetteerEntry navy = row("Q11220").orElseThrow();
        assertEquals("United States Navy", navy.label());
        assertEquals("operator", navy.subtype());
        assertTrue(row("Q246").isPresent(), "Volkswagen");
        assertTrue(result.added().get("name-suggestion-index") >= 2, result.added().toString());
    }

    @Test
    void placesNamedLikeABetterKnownPlaceOfTheirCountryYield() {
        GazetteerEntry capital = new GazetteerEntry("Q1", "Springfield", EntityType.PLACE, "city", "Q30", List.of(),
                null, null, 0.9, "test");
        GazetteerEntry county = new GazetteerEntry("Q2", "Springfield", EntityType.PLACE, "county", "Q30", List.of(),
                null, null, 0.6, "test");
        GazetteerEntry abroad = new GazetteerEntry("Q3", "Springfield", EntityType.PLACE, "city", "Q16", List.of(),
                null, null, 0.6, "test");
        List<GazetteerEntry> out = OpenDataImporter.yieldToNamesakes(List.of(county, abroad), List.of(capital));
        assertEquals(OpenDataImporter.NAMESAKE_PRIOR, out.get(0).prior());
        assertEquals(0.6, out.get(1).prior(), "another country's namesake keeps its prior");
    }

    @Test
    void physicalFeaturesComeFromOpenGeographyRegionsWithAPriorFromTheirScale() {
        GazetteerEntry sahara = row("Q6583").orElseThrow();
        assertEquals("Sahara", sahara.label());
        assertEquals(EntityType.PLACE, sahara.type());
        assertEquals("desert", sahara.subtype());
        assertEquals("", sahara.country(), "a feature of no one country");
        assertEquals(OpenGeographyRegionsReader.MAJOR_PRIOR, sahara.prior(), "scalerank 1");
        assertTrue(sahara.latitude() > 15 && sahara.latitude() < 30 && sahara.longitude() > -15 && sahara.longitude() < 35,
                "the centre of its outline: " + sahara.latitude() + ", " + sahara.longitude());
        assertTrue(sahara.source().startsWith("open-geography-regions/geojson/deserts.geojson"), sahara.source());
        assertEquals(OpenGeographyRegionsReader.REGIONAL_PRIOR, row("Q3783").orElseThrow().prior(), "the Amazon River, scalerank 4");
        assertEquals("river", row("Q3783").orElseThrow().subtype());
        assertEquals(OpenGeographyRegionsReader.MINOR_PRIOR, row("Q960808").orElseThrow().prior(), "Pentecost, scalerank 7");
        assertEquals(5, result.added().get("open-geography-regions"), "Trarza states no QID: " + result.added());
    }

    @Test
    void aFeatureNamedLikeAnotherEntryAtLeastAsPopularYields() {
        GazetteerEntry country = new GazetteerEntry("Q27", "Ireland", EntityType.PLACE, "country", "", List.of(),
                null, null, 0.9, "test");
        GazetteerEntry island = new GazetteerEntry("Q22890", "Ireland", EntityType.PLACE, "island", "", List.of(),
                null, null, 0.6, "open-geography-regions/geojson/islands.geojson");
        GazetteerEntry desert = new GazetteerEntry("Q6583", "Sahara", EntityType.PLACE, "desert", "", List.of(),
                null, null, 0.6, "open-geography-regions/geojson/deserts.geojson");
        GazetteerEntry village = new GazetteerEntry("Q5", "Sahara", EntityType.PLACE, "city", "Q30", List.of(),
                null, null, 0.1, "whosonfirst/x.geojson");
        List<GazetteerEntry> out = OpenDataImporter.featuresYield(List.of(island, desert, village), List.of(country));
        assertEquals(OpenDataImporter.NAMESAKE_PRIOR, out.get(0).prior(), "the island yields to the country");
        assertEquals(0.6, out.get(1).prior(), "the desert does not yield to a less popular village");
        assertEquals(0.1, out.get(2).prior(), "only the features yield");
    }
}
