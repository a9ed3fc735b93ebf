package org.dateline.link;

import static org.dateline.link.LinkerFixtures.annotations;
import static org.dateline.link.LinkerFixtures.article;
import static org.dateline.link.LinkerFixtures.entity;
import static org.dateline.link.LinkerFixtures.entityIn;
import static org.dateline.link.LinkerFixtures.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.extract.Entity;
import org.dateline.extract.Mention;
import org.dateline.ingest.Article;
import org.dateline.ingest.Dateline;
import org.dateline.ingest.SourceFormat;
import org.dateline.model.Span;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.Test;
import org.dateline.knowledge.Gazetteer;
import org.dateline.knowledge.GazetteerEntry;

/** The linker on hand-built entities: it links what it is sure of and leaves the rest unlinked. */
class LinkerTest {
    static final Linker DEFAULT = Linker.create(Gazetteer.loadDefault());

    @Test
    void linksRussiaObamaAndMoscow() {
        Entity russia = entity(EntityType.PLACE, "Russia");
        Entity obama = entity(EntityType.PERSON, "Barack Obama", "Barack Obama", "Obama");
        Entity moscow = entity(EntityType.PLACE, "Moscow", "MOSCOW");
        Map<String, Link> links = DEFAULT.link(article("Moscow", null), annotations(russia, obama, moscow));
        assertEquals("Q159", links.get(russia.key()).qid());
        assertEquals("Q76", links.get(obama.key()).qid());
        assertEquals("Q649", links.get(moscow.key()).qid());
        assertEquals("http://www.wikidata.org/entity/Q76", links.get(obama.key()).iri());
        for (Link l : links.values()) {
            assertTrue(l.confidence() >= Linker.NIL_THRESHOLD && l.confidence() <= 1, l.toString());
        }
    }

    @Test
    void unknownNamesStayUnlinked() {
        Entity nobody = entity(EntityType.PERSON, "Hana Lindqvist");
        Entity smith = entity(EntityType.PERSON, "John Cantwell", "John Cantwell", "Cantwell");
        Map<String, Link> links = DEFAULT.link(article(null, null), annotations(nobody, smith,
                entity(EntityType.PLACE, "United States", "U.S.")));
        assertFalse(links.containsKey(nobody.key()));
        assertFalse(links.containsKey(smith.key()), "a full name never falls back to a senator's surname");
    }

    /** "Al Green" is keyed "green" (an Arabic article is dropped from keys): a Bill Green is still not him. */
    @Test
    void aSurnameMentionNeverLinksAPersonOfAnotherGivenName() {
        Gazetteer g = Gazetteer.of(List.of(
                entry("Q1021", "Al Green", EntityType.PERSON, "us-representative", "Q30", 0.6, List.of(), List.of())));
        Entity bill = entity(EntityType.PERSON, "Bill Green", "Bill Green", "Green");
        Entity al = entity(EntityType.PERSON, "Al Green", "Al Green", "Green");
        Map<String, Link> links = Linker.create(g).link(article(null, null), annotations(bill, al,
                entity(EntityType.PLACE, "United States")));
        assertFalse(links.containsKey(bill.key()), links.toString());
        assertEquals("Q1021", links.get(al.key()).qid());
    }

    /**
     * A person a story names by surname alone is the famous bearer of it (a person of no country, well known), unless
     * another bearer comes close: a politician of a country the article names is such a rival, one of another country
     * is not.
     */
    @Test
    void aLoneSurnameIsItsFamousBearerUnlessABearerOfTheStorysCountryRivalsHim() {
        Gazetteer g = Gazetteer.of(List.of(
                entry("Q1041", "Marten Quillfeather", EntityType.PERSON, "leadership", "", 0.59, List.of(),
                        List.of("Quillfeather")),
                entry("Q1042", "Cyril Quillfeather", EntityType.PERSON, "politician", "Q1043", 0.5, List.of(),
                        List.of("Quillfeather")),
                entry("Q1043", "Zorbia", EntityType.PLACE, "country", "", 0.9, List.of(), List.of()),
                entry("Q30", "United States", EntityType.PLACE, "country", "", 0.9, List.of(), List.of())));
        Entity surname = entity(EntityType.PERSON, "Quillfeather");
        Map<String, Link> us = Linker.create(g).link(article(null, null), annotations(surname,
                entity(EntityType.PLACE, "United States")));
        assertEquals("Q1041", us.get(surname.key()).qid(), us.toString());
        Map<String, Link> zorbia = Linker.create(g).link(article(null, null), annotations(surname,
                entity(EntityType.PLACE, "Zorbia")));
        assertFalse(zorbia.containsKey(surname.key()), "the Zorbian politician of the name is as likely");
    }

    /**
     * Keys drop an "al"/"el" article, so "El Salvador" and Salvador in Brazil share one; the entry that bears the
     * name as printed wins, and a name printed without its article still finds the entry that has one.
     */
    @Test
    void anArticlePrintedInTheNameIsKept() {
        Entity country = entity(EntityType.PLACE, "El Salvador");
        Entity city = entity(EntityType.PLACE, "Salvador");
        Entity anbar = entity(EntityType.PLACE, "Anbar");
        Map<String, Link> links = DEFAULT.link(article(null, null), annotations(country, city, anbar));
        assertEquals("Q792", links.get(country.key()).qid(), links.toString());
        assertFalse(links.containsKey(city.key()) && links.get(city.key()).qid().equals("Q792"), links.toString());
        assertEquals("Q187334", links.get(anbar.key()).qid(), "Al Anbar, printed without its article");
    }

    /** An acronym one entry alone gives as its short name links where the article supports the entry's country. */
    @Test
    void aUniqueAcronymLinksWithTheArticlesSupport() {
        Gazetteer g = Gazetteer.of(List.of(
                entry("Q1031", "Zorbian Space Agency", EntityType.ORGANIZATION, "government", "Q30", 0.4, List.of(),
                        List.of("ZSA")),
                entry("Q1032", "Quantix Research Institute", EntityType.ORGANIZATION, "education", "Q30", 0.4, List.of(),
                        List.of("QRI")),
                entry("Q1033", "Quantix Rail Inc", EntityType.ORGANIZATION, "company", "Q30", 0.4, List.of(),
                        List.of("QRI")),
                entry("Q30", "United States", EntityType.PLACE, "country", "", 0.9, List.of(), List.of())));
        Entity zsa = entity(EntityType.ORGANIZATION, "ZSA");
        Entity qri = entity(EntityType.ORGANIZATION, "QRI");
        Map<String, Link> links = Linker.create(g).link(article(null, null), annotations(zsa, qri,
                entity(EntityType.PLACE, "United States")));
        assertEquals("Q1031", links.get(zsa.key()).qid());
        assertFalse(links.containsKey(qri.key()), "two entries share the acronym");
        Map<String, Link> alone = Linker.create(g).link(article(null, null), annotations(zsa));
        assertFalse(alone.containsKey(zsa.key()), "nothing in the article ties it to the entry's country");
    }

    /**
     * An organisation's full name of three words or more that one entry alone bears links though the entry is little
     * known and the article is set in another country; a shorter name, or one two entries share, does not.
     */
    @Test
    void aLongNameOfOneBodyLinksWhereverTheStoryIsSet() {
        Gazetteer g = Gazetteer.of(List.of(
                entry("Q1031", "Zorbian Space Agency", EntityType.ORGANIZATION, "government", "Q30", 0.4, List.of(),
                        List.of()),
                entry("Q1034", "Quantix Labs", EntityType.ORGANIZATION, "company", "Q30", 0.4, List.of(), List.of()),
                entry("Q1035", "Northern Rail Company", EntityType.ORGANIZATION, "company", "Q30", 0.4, List.of(),
                        List.of()),
                entry("Q1036", "Northern Rail Company", EntityType.ORGANIZATION, "company", "Q145", 0.4, List.of(),
                        List.of()),
                entry("Q148", "China", EntityType.PLACE, "country", "", 0.9, List.of(), List.of())));
        Entity agency = entity(EntityType.ORGANIZATION, "Zorbian Space Agency");
        Entity labs = entity(EntityType.ORGANIZATION, "Quantix Labs");
        Entity rail = entity(EntityType.ORGANIZATION, "Northern Rail Company");
        Entity china = entity(EntityType.PLACE, "China");
        Map<String, Link> links = Linker.create(g).link(article(null, null), annotations(agency, china));
        assertEquals("Q1031", links.get(agency.key()).qid(), links.toString());
        Map<String, Link> others = Linker.create(g).link(article(null, null), annotations(labs, rail, china));
        assertFalse(others.containsKey(labs.key()), "two words, little known, in a story set in China");
        assertFalse(others.containsKey(rail.key()), "two entries bear the name");
    }

    /**
     * A museum, a library, a research site or a hospital is a body and the building it occupies: a story that names it
     * as a place links it to the body's entry (the bundled gazetteer's, from ROR); a name many countries' bodies share
     * ("National Archives") does not link to a foreign one, nor does a company named as a place.
     */
    @Test
    void aBodyThatIsAlsoABuildingLinksWhenNamedAsAPlace() {
        Gazetteer g = Gazetteer.loadDefault();
        String story = "The painting hangs at the Metropolitan Museum of Art in New York. L'Enfant left France for "
                + "America; his letters are kept at the National Archives.";
        Entity museum = entityIn(story, EntityType.PLACE, "Metropolitan Museum of Art");
        Entity archives = entityIn(story, EntityType.PLACE, "National Archives");
        Entity newYork = entityIn(story, EntityType.PLACE, "New York");
        Entity france = entityIn(story, EntityType.PLACE, "France");
        Map<String, Link> links = Linker.create(g).link(article(story),
                annotations(museum, newYork, archives, france));
        assertEquals("Q160236", links.get(museum.key()).qid(), links.toString());
        assertFalse(links.containsKey(archives.key()), "many countries have their National Archives: " + links);
        GazetteerEntry company = entry("Q1043", "Zorbian Steel Works", EntityType.ORGANIZATION, "company", "Q30", 0.4,
                List.of(), List.of());
        assertEquals(0.3, new CandidateScorer().typeScore(EntityType.PLACE, company), "a company is not a place");
    }

    /**
     * A place's or a body's name of two words that one entry alone bears links though the entry is little known and
     * the article names no country; not when the article is set in another country, not for a person's full name,
     * and not for a one-word name.
     */
    @Test
    void aTwoWordNameOfOnePlaceLinksUnlessTheStoryIsSetElsewhere() {
        Gazetteer g = Gazetteer.of(List.of(
                entry("Q1041", "Quarrel Strait", EntityType.PLACE, "strait", "Q30", 0.3, List.of(), List.of()),
                entry("Q1042", "Quantix Labs", EntityType.ORGANIZATION, "company", "Q30", 0.3, List.of(), List.of()),
                entry("Q1043", "Hana Lindqvist", EntityType.PERSON, "actor", "Q30", 0.3, List.of(), List.of()),
                entry("Q1044", "Quarrelby", EntityType.PLACE, "city", "Q30", 0.3, List.of(), List.of()),
                entry("Q148", "China", EntityType.PLACE, "country", "", 0.9, List.of(), List.of())));
        Entity strait = entity(EntityType.PLACE, "Quarrel Strait");
        Entity labs = entity(EntityType.ORGANIZATION, "Quantix Labs");
        Entity person = entity(EntityType.PERSON, "Hana Lindqvist");
        Entity town = entity(EntityType.PLACE, "Quarrelby");
        Map<String, Link> links = Linker.create(g).link(article(null, null), annotations(strait, labs, person, town));
        assertEquals("Q1041", links.get(strait.key()).qid(), links.toString());
        assertEquals("Q1042", links.get(labs.key()).qid(), links.toString());
        assertFalse(links.containsKey(person.key()), "a person's full name is shared far more often");
        assertFalse(links.containsKey(town.key()), "one word");
        Map<String, Link> elsewhere = Linker.create(g).link(article(null, null), annotations(strait, labs,
                entity(EntityType.PLACE, "China")));
        assertFalse(elsewhere.containsKey(strait.key()), "a story set in China");
        assertFalse(elsewhere.containsKey(labs.key()), "a story set in China");
    }

    /**
     * The agency in the dateline says who reported the story, not where it happens: UPI's country does not make
     * "St. Petersburg" in a story from Moscow the city in Florida.
     */
    @Test
    void theDatelinesAgencyIsNoPlaceOfTheStory() {
        String text = "MOSCOW, Oct. 3 (UPI) -- Officials met in St. Petersburg on Tuesday.";
        Article article = new Article(null, SourceFormat.TEXT, text, "", "test", null, List.of(), null, null, null,
                new Dateline("Moscow", null, null, "UPI", new Span(0, 23), new Span(0, 6)), null, List.of(), List.of());
        int upi = text.indexOf("UPI");
        Entity agency = new Entity("organization/united-press-international", EntityType.ORGANIZATION,
                "United Press International", List.of(new Mention(new Span(upi, upi + 3), "UPI")), List.of(), null);
        Entity city = entityIn(text, EntityType.PLACE, "St. Petersburg");
        Map<String, Link> links = DEFAULT.link(article, annotations(agency, entityIn(text, EntityType.PLACE, "MOSCOW"), city));
        assertEquals("Q656", links.get(city.key()).qid(), links.toString());
    }

    @Test
    void aLocalOfficeRulesOutAFamousNamesakeOfAnotherDomain() {
        Gazetteer g = Gazetteer.of(List.of(
                entry("Q1001", "Michael Jackson", EntityType.PERSON, "culture", "", 0.8, List.of(), List.of()),
                entry("Q1002", "Ronald Reagan", EntityType.PERSON, "culture", "", 0.77, List.of(), List.of())));
        Entity chief = new Entity("person/michael-jackson", EntityType.PERSON, "Michael Jackson",
                entity(EntityType.PERSON, "Michael Jackson").mentions(), List.of("Police Chief"), null);
        Entity singer = entity(EntityType.PERSON, "Michael Jackson");
        Entity president = new Entity("person/ronald-reagan", EntityType.PERSON, "Ronald Reagan",
                entity(EntityType.PERSON, "Ronald Reagan").mentions(), List.of("President"), null);
        Linker linker = Linker.create(g);
        assertFalse(linker.link(article(null, null), annotations(chief)).containsKey(chief.key()),
                "a police chief is not the singer");
        assertEquals("Q1002", linker.link(article(null, null), annotations(president)).get(president.key()).qid(),
                "a national office rules out nobody: the database files Reagan under culture");
        assertEquals("Q1001", linker.link(article(null, null), annotations(singer)).get(singer.key()).qid());
    }

    @Test
    void ambiguousNamesStayUnlinked() {
        Gazetteer g = Gazetteer.of(List.of(
                entry("Q1001", "Springfield", EntityType.PLACE, "city", "Q30", 0.5, List.of(), List.of()),
                entry("Q1002", "Springfield", EntityType.PLACE, "city", "Q30", 0.5, List.of(), List.of()),
                entry("Q30", "United States", EntityType.PLACE, "country", "", 0.9, List.of(), List.of())));
        Entity springfield = entity(EntityType.PLACE, "Springfield");
        assertTrue(Linker.create(g).link(article(null, null), annotations(springfield,
                entity(EntityType.PLACE, "United States"))).get(springfield.key()) == null);
    }

    @Test
    void aCityTenTimesBiggerThanItsNamesakeIsWhatTheBareNameMeans() {
        Gazetteer g = Gazetteer.of(List.of(
                entry("Q1001", "Austin", EntityType.PLACE, "city", "Q30", 0.61, List.of(), List.of()),
                entry("Q1002", "Austin", EntityType.PLACE, "city", "Q30", 0.28, List.of(), List.of()),
                entry("Q1003", "Arlington", EntityType.PLACE, "city", "Q30", 0.57, List.of(), List.of()),
                entry("Q1004", "Arlington", EntityType.PLACE, "city", "Q30", 0.46, List.of(), List.of())));
        Entity austin = entity(EntityType.PLACE, "Austin");
        Entity arlington = entity(EntityType.PLACE, "Arlington");
        Map<String, Link> links = Linker.create(g).link(article(null, null), annotations(austin, arlington));
        assertEquals("Q1001", links.get(austin.key()).qid());
        assertFalse(links.containsKey(arlington.key()), "less than tenfold apart: still ambiguous");
    }

    @Test
    void aCountrysNameIsTheCountryNotTheCityThatAlsoGoesByIt() {
        Gazetteer g = Gazetteer.of(List.of(
                entry("Q1021", "Panama", EntityType.PLACE, "country", "", 0.82, List.of(), List.of()),
                entry("Q1022", "Panama City", EntityType.PLACE, "capital", "Q1021", 0.75, List.of("Panama"), List.of()),
                entry("Q1023", "Panama City", EntityType.PLACE, "city", "Q30", 0.45, List.of("Panama"), List.of())));
        Entity panama = entity(EntityType.PLACE, "Panama");
        assertEquals("Q1021", Linker.create(g).link(article(null, null), annotations(panama)).get(panama.key()).qid());
        Gazetteer abroad = Gazetteer.of(List.of(g.entries().get(0),
                entry("Q1024", "Panama", EntityType.PLACE, "city", "Q30", 0.75, List.of(), List.of())));
        assertFalse(Linker.create(abroad).link(article(null, null), annotations(panama)).containsKey(panama.key()),
                "a namesake of another country, printed as its label, is still a rival");
    }

    @Test
    void theCountryOfTheSentencesOtherPlacesPicksBetweenNamesakes() {
        Gazetteer g = Gazetteer.of(List.of(
                entry("Q1031", "Saint Petersburg", EntityType.PLACE, "city", "Q1034", 0.73, List.of(), List.of()),
                entry("Q1032", "St. Petersburg", EntityType.PLACE, "city", "Q1035", 0.58, List.of(), List.of()),
                entry("Q1033", "Moscow", EntityType.PLACE, "capital", "Q1034", 0.9, List.of(), List.of()),
                entry("Q1034", "Russia", EntityType.PLACE, "country", "", 0.9, List.of(), List.of()),
                entry("Q1035", "United States", EntityType.PLACE, "country", "", 0.9, List.of(), List.of())));
        String text = "He toured the United States and Russia. He played in Moscow and Saint Petersburg in March.";
        Entity petersburg = entityIn(text, EntityType.PLACE, "Saint Petersburg");
        Map<String, Link> links = Linker.create(g).link(article(text), annotations(petersburg,
                entityIn(text, EntityType.PLACE, "United States"), entityIn(text, EntityType.PLACE, "Russia"),
                entityIn(text, EntityType.PLACE, "Moscow")));
        assertEquals("Q1031", links.get(petersburg.key()).qid());
        String apart = "He toured the United States and Russia. He played in Saint Petersburg in March.";
        Entity alone = entityIn(apart, EntityType.PLACE, "Saint Petersburg");
        assertFalse(Linker.create(g).link(article(apart), annotations(alone,
                entityIn(apart, EntityType.PLACE, "United States"), entityIn(apart, EntityType.PLACE, "Russia")))
                .containsKey(alone.key()), "both countries only elsewhere in the article: still ambiguous");
    }

    @Test
    void namesakesOnTheSameGroundAreOnePlace() {
        Gazetteer g = Gazetteer.of(List.of(
                new GazetteerEntry("Q1011", "Sochi", EntityType.PLACE, "city", "Q159", List.of(), 43.59, 39.73, 0.5,
                        "fixture"),
                new GazetteerEntry("Q1012", "Sochi", EntityType.PLACE, "city", "Q159", List.of(), 43.60, 39.73, 0.5,
                        "fixture"),
                new GazetteerEntry("Q1013", "Sochi", EntityType.PLACE, "city", "Q159", List.of(), 45.0, 41.0, 0.5,
                        "fixture")));
        Entity sochi = entity(EntityType.PLACE, "Sochi");
        assertFalse(Linker.create(g).link(article(null, null), annotations(sochi)).containsKey(sochi.key()),
                "a third Sochi 180 km away is another place");
        Gazetteer near = Gazetteer.of(g.entries().subList(0, 2));
        assertTrue(Set.of("Q1011", "Q1012").contains(
                Linker.create(near).link(article(null, null), annotations(sochi)).get(sochi.key()).qid()));
    }

    @Test
    void aTypeMismatchLowersTheScore() {
        Gazetteer g = Gazetteer.of(List.of(
                entry("Q810", "Jordan", EntityType.PLACE, "country", "", 0.9, List.of(), List.of())));
        Linker linker = Linker.create(g);
        double asPlace = linker.rank(entity(EntityType.PLACE, "Jordan"), LinkContext.none()).get(0).score();
        double asPerson = linker.rank(entity(EntityType.PERSON, "Jordan"), LinkContext.none()).get(0).score();
        assertTrue(asPerson < asPlace, asPerson + " < " + asPlace);
        Entity michael = entity(EntityType.PERSON, "Jordan");
        assertFalse(linker.link(article(null, null), annotations(michael)).containsKey(michael.key()),
                "a person is not linked to a country");
    }

    @Test
    void coherencePicksTheCandidateInTheArticlesCountry() {
        Gazetteer g = Gazetteer.of(List.of(
                entry("Q100", "Homs", EntityType.PLACE, "city", "Q858", 0.6, List.of(), List.of()),
                entry("Q200", "Homs", EntityType.PLACE, "city", "Q999", 0.6, List.of(), List.of()),
                entry("Q858", "Syria", EntityType.PLACE, "country", "", 0.9, List.of(), List.of()),
                entry("Q999", "Elsewhere", EntityType.PLACE, "country", "", 0.9, List.of(), List.of())));
        Linker linker = Linker.create(g);
        Entity homs = entity(EntityType.PLACE, "Homs");
        assertEquals("Q100", linker.link(article(null, null),
                annotations(homs, entity(EntityType.PLACE, "Syria"))).get(homs.key()).qid());
        assertEquals("Q200", linker.link(article("Elsewhere", null), annotations(homs)).get(homs.key()).qid(),
                "the dateline is context too");
        assertFalse(linker.link(article(null, null), annotations(homs)).containsKey(homs.key()),
                "without context the two are a tie");
    }

    @Test
    void shortNamesNeedTheArticlesSupport() {
        Entity congress = entity(EntityType.ORGANIZATION, "Congress");
        assertFalse(DEFAULT.link(article(null, null), annotations(congress)).containsKey(congress.key()));
        Map<String, Link> us = DEFAULT.link(article(null, null),
                annotations(congress, entity(EntityType.PLACE, "United States", "U.S.")));
        assertEquals("Q11268", us.get(congress.key()).qid());
        // Gold types a capital used for its government as the city (a place).
        Entity washington = entity(EntityType.PLACE, "Washington");
        assertEquals("Q61", DEFAULT.link(article(null, null), annotations(washington,
                entity(EntityType.ORGANIZATION, "State Department"))).get(washington.key()).qid());
        assertFalse(DEFAULT.link(article(null, null), annotations(washington,
                entity(EntityType.PLACE, "Syria"))).containsKey(washington.key()), "no US context, no link");
    }

    @Test
    void aHomonymLinksOnlyWhereTheArticleIsAboutItsCountry() {
        Entity georgia = entity(EntityType.PLACE, "Georgia");
        assertFalse(DEFAULT.link(article("Atlanta", null), annotations(georgia,
                entity(EntityType.PLACE, "United States", "U.S."))).containsKey(georgia.key()), "the US state");
        assertEquals("Q230", DEFAULT.link(article("Tbilisi", "Georgia"), annotations(georgia)).get(georgia.key()).qid());
    }

    @Test
    void theWhiteHouseIsOneItemAsPlaceOrActor() {
        Entity asPlace = entity(EntityType.PLACE, "White House");
        Entity asActor = entity(EntityType.ORGANIZATION, "White House");
        assertEquals("Q35525", DEFAULT.link(article(null, null), annotations(asPlace)).get(asPlace.key()).qid());
        assertEquals("Q35525", DEFAULT.link(article(null, null), annotations(asActor)).get(asActor.key()).qid());
    }

    @Test
    void namesMatchIgnoringCaseAccentsArticlesAndAl() {
        Entity qaida = entity(EntityType.ORGANIZATION, "al-Qaida");
        Entity un = entity(EntityType.ORGANIZATION, "the United Nations", "U.N.");
        Entity erdogan = entity(EntityType.PERSON, "Recep Tayyip Erdoğan");
        Map<String, Link> links = DEFAULT.link(article(null, null), annotations(qaida, un, erdogan));
        assertEquals("Q34490", links.get(qaida.key()).qid());
        assertEquals("Q1065", links.get(un.key()).qid());
        assertEquals("Q39259", links.get(erdogan.key()).qid());
    }

    @Test
    void contextCountriesComeFromConfidentLinks() {
        LinkContext c = new LinkContext(Set.of("Q858"));
        GazetteerEntry homs = Gazetteer.loadDefault().byQid("Q214094").orElseThrow();
        assertTrue(c.supports(homs));
        assertEquals(0.5, LinkContext.none().coherence(homs));
    }
}
