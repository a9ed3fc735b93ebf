package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dateline.ingest.Article;
import org.dateline.knowledge.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.dateline.model.EntityType;

/** Direct and reported speech and who said it, one attribution shape per test. */
class QuoteFinderTest {
    static final LocalDate DAY = LocalDate.of(2015, 10, 3);
    static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = Extractor.create(Gazetteer.empty(), null, null); // the rules alone: what these tests specify
    }

    static Annotations run(String... paragraphs) {
        return extractor.extract(TestArticles.of(DAY, paragraphs));
    }

    static List<Quote> direct(Annotations a) {
        return a.quotes().stream().filter(q -> q.mode() == SpeechMode.DIRECT).toList();
    }

    static String speaker(Annotations a, Quote q) {
        return a.entity(q.speakerKey()).map(Entity::name).orElse(null);
    }

    @Test
    void quoteThenNameSaid() {
        Annotations a = run("\"We will respond,\" Foreign Minister Sergei Lavrov said.");
        assertEquals(1, direct(a).size());
        assertEquals("Sergei Lavrov", speaker(a, direct(a).get(0)));
        assertEquals("We will respond,", direct(a).get(0).text());
    }

    /** A quotation whose speaker cannot be told is kept, unattributed, never given to a guess; scare quotes are not. */
    @Test
    void aQuotationWithNoSpeakerIsKeptUnattributed() {
        Annotations a = run("The statement was posted overnight.",
                "\"We will not back down from this fight,\" the statement read, calling the plan \"a disgrace.\"");
        assertEquals(1, direct(a).size(), direct(a).toString());
        assertEquals("We will not back down from this fight,", direct(a).get(0).text());
        assertEquals(null, direct(a).get(0).speakerKey());
    }

    /** ItIsTheBodyJustBefore: "it said" is the body that spoke just before. */
    @Test
    void itSaidIsTheBodyThatSpokeJustBefore() {
        Annotations a = run("Net profit rose 20 percent, Acme Cement Co. said in a filing on Monday. Demand remained "
                + "\"strong across all regions,\" it said, and prices climbed.",
                "Zorblet Holdings said its plants ran at 84 per cent. Demand from Europe, it said, remained \"soft but "
                + "stable.\"");
        assertEquals(List.of("Acme Cement Co.", "Zorblet Holdings"), direct(a).stream()
                .filter(q -> q.speakerKey() != null).map(q -> speaker(a, q)).toList(), direct(a).toString());
    }

    /** AccordingToBeforeQuote after "but", with no comma after the source: the name right after "according to". */
    @Test
    void accordingToWithNoCommaAfterTheSource() {
        Annotations a = run("Sri Lanka were without the seamer Dulaj Amarasekera, but according to Janith Wijeratne the "
                + "bowlers who replaced him had been \"brilliant with the new ball, and braver than me with the field\".");
        assertEquals(1, direct(a).size(), direct(a).toString());
        assertEquals("Janith Wijeratne", speaker(a, direct(a).get(0)));
    }

    /**
     * HeadlineRoleIsItsOneHolder: a standfirst's bare role is the one person the story names with it, below; the
     * subject after a semicolon opens another clause and speaks no part of the quote.
     */
    @Test
    void aStandfirstsRoleIsTheOnePersonHoldingIt() {
        Annotations a = run("STANDFIRST|Minister says 4% ceiling protects ‘thousands of families’; Opposition warns "
                + "landlords will sell",
                "Social Accommodation Minister Roderick Hili-Galea, who piloted the bill, told the House that the cap "
                + "would protect families.");
        assertEquals(1, direct(a).size(), direct(a).toString());
        assertEquals("Roderick Hili-Galea", speaker(a, direct(a).get(0)));
    }

    @Test
    void speechIsAClauseClosedInsideTheMarks() {
        assertTrue(QuoteFinder.isSpeech("We will not back down from this fight,"));
        assertTrue(!QuoteFinder.isSpeech("a disgrace."), "too short for a clause");
        assertTrue(!QuoteFinder.isSpeech("the most important deal of the decade"), "no punctuation of its own");
    }

    @Test
    void quoteThenSaidName() {
        Annotations a = run("\"It is very meaningful,\" said South Korean security chief Kim Kwan-jin.");
        assertEquals("Kim Kwan-jin", speaker(a, direct(a).get(0)));
    }

    @Test
    void nameSaidColonQuote() {
        Annotations a = run("Mr Cameron said: “I held nothing back.”", "David Cameron later left.");
        assertEquals("David Cameron", speaker(a, direct(a).get(0)));
    }

    /**
     * A paragraph that closes on a colon introduces the quotation in the next as its subject's, with a verb of saying
     * before the colon or without one.
     */
    @Test
    void aParagraphClosingOnAColonIntroducesTheNextQuotation() {
        Annotations a = run("In a video posted on Thursday, the hospital's chief executive, Gerald Baca, spoke directly to families:",
                "\u201cI am sorry. Two families have lost someone they trusted us to care for.\u201d",
                "Health officials said tests would continue.");
        assertEquals("Gerald Baca", speaker(a, direct(a).get(0)));
    }

    /** A comma inside the description set off by commas ("University of California, Irvine") is the description's. */
    @Test
    void aCommaInsideTheDescriptionBeforeTheVerb() {
        Annotations a = run("\"The aquifer drops every drought,\" lead author Priya Natarajan, a hydrologist at the "
                + "University of California, Irvine, told reporters.");
        assertEquals("Priya Natarajan", speaker(a, direct(a).get(0)));
    }

    @Test
    void quoteSplitByAttributionIsOneSpeaker() {
        Annotations a = run("\"Intelligence says militants are leaving,\" Andrei Kartapolov said. \"Panic started among them.\"");
        assertEquals(2, direct(a).size());
        assertTrue(direct(a).stream().allMatch(q -> "Andrei Kartapolov".equals(speaker(a, q))));
    }

    @Test
    void pronounAfterNamedSpeakerResolves() {
        Annotations a = run("Recep Tayyip Erdogan took a softer line on Wednesday. \"We have no intention to escalate,\" he said.");
        assertEquals("Recep Tayyip Erdogan", speaker(a, direct(a).get(0)));
    }

    @Test
    void pronounSkipsANameInAParticipialPhrase() {
        Annotations a = run("Vladimir Putin had reacted with fury. Meeting King Abdullah II in Sochi, he called the downing "
                + "\"a stab in the back\" and warned of consequences.");
        assertEquals("Vladimir Putin", speaker(a, direct(a).get(0)));
    }

    @Test
    void speakerNamedOnlyByTitle() {
        Annotations a = run("The accord was read out by security chief Kim Kwan-jin, head of the office.",
                "Kim Jong Un imposed a state of war.",
                "\"It is very meaningful,\" the security chief said.");
        assertEquals("Kim Kwan-jin", speaker(a, direct(a).get(0)));
    }

    @Test
    void organisationAsSpeaker() {
        Annotations a = run("The White House called the deal \"a potentially significant step\" toward peace.");
        Quote q = direct(a).get(0);
        assertEquals("White House", speaker(a, q));
        assertEquals(EntityType.ORGANIZATION, a.entity(q.speakerKey()).orElseThrow().type());
    }

    @Test
    void partialQuotesInsideASentenceShareTheSubject() {
        Annotations a = run("German Chancellor Angela Merkel, who had pushed for the summit with French President Francois "
                + "Hollande, said \"we now have a glimmer of hope.\" She cautioned that \"we have no illusions\" and "
                + "that \"there is much work still to do.\"");
        assertEquals(3, direct(a).size());
        assertTrue(direct(a).stream().allMatch(q -> "Angela Merkel".equals(speaker(a, q))));
    }

    @Test
    void quoteContinuedIntoNextParagraph() {
        Annotations a = run("Mr Cameron said: “I fought this campaign in the only way I know how. I held nothing back.",
                "“I was absolutely clear about my belief.”", "David Cameron spoke outside.");
        assertEquals(2, direct(a).size());
        assertEquals("David Cameron", speaker(a, direct(a).get(1)));
    }

    @Test
    void quotePrintedTwiceIsOneQuotationWithTwoOccurrences() {
        Annotations a = run("STANDFIRST|\"There was nobody but terrorists,\" Russian Colonel General Andrei Kartapolov said.",
                "\"There was nobody but terrorists,\" Kartapolov said.");
        assertEquals(1, direct(a).size());
        assertEquals(2, direct(a).get(0).occurrences().size());
    }

    @Test
    void captionNamePrefixGivesTheSpeaker() {
        Annotations a = run("CAPTION|Nigel Farage: “Let June 23 go down in our history”");
        assertEquals("Nigel Farage", speaker(a, direct(a).get(0)));
    }

    @Test
    void blockquoteFooterGivesTheSpeaker() {
        Annotations a = run("BLOCKQUOTE|“I belong to everybody and I belong to nobody.”\n— President Muhammadu Buhari");
        assertEquals("Muhammadu Buhari", speaker(a, direct(a).get(0)));
    }

    @Test
    void scareQuotesAndHeadlineQuotesAreNotQuotes() {
        Annotations a = run("HEADLINE|Russia claims \"panic and desertion\" among militants",
                "The so-called \"safe zones\" remain empty.");
        assertTrue(direct(a).isEmpty(), direct(a).toString());
    }

    @Test
    void paraphraseIsIndirect() {
        Annotations a = run("Colonel General Andrei Kartapolov claimed Russian bombers have hit important targets.");
        Quote q = a.quotes().get(0);
        assertEquals(SpeechMode.INDIRECT, q.mode());
        assertEquals("Russian bombers have hit important targets", q.text());
        assertEquals("Andrei Kartapolov", speaker(a, q));
    }

    /**
     * SubjectSetOffByCommas: the name opening a sentence and set off by commas is who reports ("X, of the GFZ in
     * Potsdam, said …"); a description in the quotation that follows ("the 39-year-old geophysicist", a profession by
     * its ending) is that person's, an author of the study standing to the story as a resident does.
     */
    @Test
    void aSubjectSetOffByCommasReportsAndHasSpoken() {
        Annotations a = run("Abu Sneineh, a hydrogeologist at the School of Science, said the team had found 37 zones.",
                "Co-author Dr Felix Wendt-Oberländer, of the GFZ in Potsdam, said the same method had been tested.",
                "\"What differs is how quickly each side can act,\" the 39-year-old geophysicist said.");
        List<Quote> claims = a.quotes().stream().filter(q -> q.mode() == SpeechMode.INDIRECT).toList();
        assertEquals(List.of("Abu Sneineh", "Felix Wendt-Oberländer"), claims.stream().map(q -> speaker(a, q)).toList());
        assertEquals("Felix Wendt-Oberländer", speaker(a, direct(a).get(0)), "a style of address is no title of office");
        Annotations b = run("Co-author Felix Wendt-Oberländer, of the GFZ in Potsdam, said the same method had been tested.",
                "\"What differs is how quickly each side can act,\" the 39-year-old geophysicist said.");
        assertEquals("Felix Wendt-Oberländer", speaker(b, direct(b).get(0)), "an author stands to the study");
    }

    @Test
    void accordingToIsIndirect() {
        Annotations a = run("Fighting has killed more than 5,000 people since April, according to the United Nations.");
        Quote q = a.quotes().get(0);
        assertEquals(SpeechMode.INDIRECT, q.mode());
        assertEquals("United Nations", speaker(a, q));
    }

    @Test
    void quoteOccurrenceSpansPointAtTheWords() {
        Article art = TestArticles.of(DAY, "\"We need calm,\" Geir Pedersen said.");
        Quote q = extractor.extract(art).quotes().get(0);
        assertEquals("We need calm,", q.firstOccurrence().of(art.text()));
    }

    @Test
    void unnamedOfficialIsNoSpeaker() {
        Annotations a = run("\"The meeting was constructive,\" Kremlin spokesman Dmitry Peskov said.",
                "A senior U.S. official said the talks were hard. \"We were clear,\" the official said.");
        assertEquals(1, direct(a).size(), direct(a).toString());
    }

    @Test
    void claimBeforeTheAttributionIsTheClaim() {
        Annotations a = run("Obama and Putin met on Monday, the Kremlin said, a week after the jet was downed.");
        Quote q = a.quotes().get(0);
        assertEquals("Obama and Putin met on Monday", q.text());
        assertEquals("Kremlin", speaker(a, q));
    }

    @Test
    void creditInParenthesesIsNeverTheSubject() {
        Annotations a = run("WASHINGTON (AP) — Secretary of State Hillary Clinton said Thursday the results stood, calling the "
                + "vote \"neither free nor fair.\"");
        assertEquals("Hillary Clinton", speaker(a, direct(a).get(0)));
    }

    @Test
    void sheSkipsAManNamedInBetween() {
        Annotations a = run("Chancellor Angela Merkel arrived first. Then French President Francois Hollande spoke of hope. "
                + "\"We have no illusions,\" she said. \"There is work to do,\" he added.");
        assertEquals("Angela Merkel", speaker(a, direct(a).get(0)));
        assertEquals("Francois Hollande", speaker(a, direct(a).get(1)));
    }

    /**
     * SheIsTheSubjectJustBefore: "she" after a paragraph whose subject is a person of unknown gender is that person,
     * not a woman named paragraphs back; PossessiveRoleBeforeName: "Zondi's widow, Thandiwe Zondi, said" is about the
     * widow, not Zondi; RoleBetweenNames reads a title of several words as one ("Minister Datuk Seri").
     */
    @Test
    void sheIsTheSubjectJustNamedAndAPossessivesKinIsTheSubject() {
        Annotations a = run("The victims were Babu, 52, and his mother Kunjamma, 78.",
                "Panchayat president Salini Joseph said residents had complained about cracks on the slope.",
                "\"We had written to the revenue department,\" she said.");
        assertEquals("Salini Joseph", speaker(a, direct(a).get(0)));
        Annotations b = run("Councillor Bongani Zondi was shot outside his home in 2025.",
                "Outside court, Zondi's widow, Thandiwe Zondi, said the family had waited two years.",
                "\"Today somebody listened,\" she told reporters.");
        assertEquals("Thandiwe Zondi", speaker(b, direct(b).get(0)));
        Annotations c = run("The Dewan Rakyat today passed the bill.",
                "Winding up the debate, Housing Minister Datuk Seri Hasnah Ariff said the tribunal would sit soon.",
                "\"A dispute should not take two years,\" she said.");
        assertEquals("Hasnah Ariff", speaker(c, direct(c).get(0)));
    }

    /**
     * ManNamedJustBefore: "he" is the man just introduced in the paragraph before, not a subject paragraphs back; when a
     * sentence of those paragraphs has a subject who could be "he", that subject keeps it.
     */
    @Test
    void heIsTheManJustIntroducedNotASubjectParagraphsBack() {
        Annotations a = run("Lena Brandt beat Kowalczyk in straight sets on Tuesday.",
                "Kowalczyk had not dropped a set all week.",
                "\"I was ready,\" Brandt said.",
                "Brandt is coached by her father, Olaf Brandt, who watched from the stands.",
                "\"She was calm,\" he told reporters.");
        assertEquals("Olaf Brandt", speaker(a, direct(a).get(1)));
        Annotations b = run("Lena Brandt beat Kowalczyk in straight sets on Tuesday.",
                "Jan Kowalczyk praised Olaf Brandt, who watched from the stands.",
                "\"She was calm,\" he told reporters.");
        assertEquals("Jan Kowalczyk", speaker(b, direct(b).get(0)));
    }

    /**
     * SpeakerWithCompanions: "X and her co-authors wrote" is X's; "testified" attributes like "said"; VoiceBeforePronoun:
     * a "she" after "A police spokeswoman said ..." speaks for the police, not for the woman named before; "the
     * statement said" is the body that last spoke.
     */
    @Test
    void companionsTestimonyAndTheVoiceOfABody() {
        Annotations a = run("Maria Baumgartner led the study.",
                "\"Our findings support restricting night flights,\" Baumgartner and her co-authors wrote in the paper.",
                "\"I was told to write that,\" the nurse, Kimberly Hasselbach, testified on Jan. 7.",
                "Mayor Sandra Kellett said the town was cut off.",
                "A Grafton Police spokeswoman said officers had rescued a man from his car.",
                "\"He is very lucky,\" she said.",
                "The State Emergency Service said in a statement that it had 420 volunteers in the field.",
                "\"Our volunteers have been working for 72 hours,\" the statement said.");
        List<Quote> q = direct(a);
        assertEquals(4, q.size(), q.toString());
        assertEquals("Maria Baumgartner", speaker(a, q.get(0)));
        assertEquals("Kimberly Hasselbach", speaker(a, q.get(1)));
        assertEquals("Grafton Police", speaker(a, q.get(2)));
        assertEquals("State Emergency Service", speaker(a, q.get(3)));
    }

    @Test
    void organisationNamedByItsHeadWord() {
        Annotations a = run("The Defence Ministry said fighting continued. “The enemy has been repelled,” the ministry said.");
        assertEquals("Defence Ministry", speaker(a, direct(a).get(0)));
    }

    @Test
    void britishSingleQuotes() {
        Annotations a = run("Labour leader Jeremy Corbyn spoke. ‘We don’t accept it,’ he told the BBC.");
        assertEquals("We don’t accept it,", direct(a).get(0).text());
        assertEquals("Jeremy Corbyn", speaker(a, direct(a).get(0)));
    }

    @Test
    void unnamedVoiceOfANamedBody() {
        Annotations a = run("\"We are monitoring the situation,\" a Kremlin spokesman said.",
                "A spokeswoman for the State Department said: \"The United States condemns the attack.\"",
                "\"We will appeal,\" said a spokesman for Boeing Co.",
                "\"The talks were useful,\" a senior official said.");
        assertEquals(3, direct(a).size(), direct(a).toString());
        assertEquals("Kremlin", speaker(a, direct(a).get(0)));
        assertEquals("State Department", speaker(a, direct(a).get(1)));
        assertEquals("Boeing Co.", speaker(a, direct(a).get(2)));
    }

    /** Economists of a named firm speak for it; "the agency said" is the body last named as a speaker. */
    /**
     * An unnamed voice whose body's name is longer ("A Ministry of Education (MOE) spokeswoman said") speaks for that
     * body, and "the spokeswoman said" later, when no person holds that role, is the same voice.
     */
    @Test
    void theSpokeswomanOfABodyNamedInFullIsThatBodysVoice() {
        Annotations a = run("A Ministry of Education (MOE) spokeswoman said the ministry was studying the findings.",
                "\"We will consider how the approach can be extended to more schools,\" the spokeswoman said.");
        assertEquals("Ministry of Education", speaker(a, direct(a).get(0)));
    }

    /** AccordingToBeforeQuote: a partial quotation in a sentence that opens "According to X," is X's. */
    @Test
    void aQuotationAfterAccordingToIsItsNamesWords() {
        Annotations a = run("Minister Hasnah Ariff spoke in the house on Tuesday.",
                "According to Hasnah, the tribunal \"will sit in every state capital\" from its first year.");
        assertEquals(1, direct(a).size(), a.quotes().toString());
        assertEquals("Hasnah Ariff", speaker(a, direct(a).get(0)));
    }

    @Test
    void unnamedVoicesWithoutAnArticleAndTheAgency() {
        Annotations a = run("Economists at Handelsbanken said in a note that a December move looked \"closer to a coin toss\" now.",
                "The Consumer Product Safety Commission said on Tuesday that owners should stop riding the bikes.",
                "\"Consumers should immediately stop using the recalled batteries,\" the agency said in its notice.");
        assertEquals(2, direct(a).size(), a.quotes().toString());
        assertEquals("Handelsbanken", speaker(a, direct(a).get(0)));
        assertEquals("Consumer Product Safety Commission", speaker(a, direct(a).get(direct(a).size() - 1)));
    }

    /** An unnamed voice of a body with a relative clause before the verb speaks for the body. */
    @Test
    void anUnnamedVoiceWithARelativeClause() {
        Annotations a = run("A spokesperson for the UK Health Security Agency (UKHSA), which issues heat-health alerts in"
                + " England, said the agency would \"consider the findings carefully\" as it reviews its guidance.");
        assertEquals(1, direct(a).size(), a.quotes().toString());
        assertEquals("UK Health Security Agency", speaker(a, direct(a).get(0)));
    }

    /** ShortFormOfBody: a body's leading words, printed alone later, are the body, not a place the model guessed. */
    @Test
    void theCompanySaidAfterItsShortForm() {
        Extractor pipeline = Extractor.create(Gazetteer.loadDefault(), SequenceModelNames.load(), NameDecider.loadDefault());
        Annotations a = pipeline.extract(TestArticles.of(DAY,
                "The decision sets aside the approval the BC Energy Regulator granted Northern Crest Gas Transmission Ltd. in"
                        + " March 2025 for the 214-kilometre pipeline.",
                "Northern Crest, a subsidiary of Westmark Energy Corp., said in a statement that it was reviewing the decision.",
                "\"We remain confident in the science behind our plans,\" the company said."));
        assertEquals("Northern Crest Gas Transmission Ltd.", speaker(a, direct(a).get(0)));
    }

    @Test
    void speakerSetOffByCommasBeforeTheVerb() {
        Annotations a = run("Sergei Lavrov met the envoys on Friday.",
                "\"We will proceed with the motion,\" the party's secretary, Jane Roe, told reporters.");
        assertEquals("Jane Roe", speaker(a, direct(a).get(0)));
    }

    @Test
    void theRoleIsTheNearerPersonHoldingIt() {
        Annotations a = run("\"We will act,\" Prime Minister Paolo Rossi said.",
                "In Berlin, Finance Minister Jane Roe said the move must not replace reforms. "
                        + "\"Nobody should use this as an excuse,\" the minister said.");
        assertEquals("Jane Roe", speaker(a, direct(a).get(1)));
    }

    @Test
    void theFirmIsTheLastOrganisationThatSpoke() {
        Annotations a = run("Acme Airlines, which has five of the planes, said customers would get home.",
                "\"Customers will return as planned,\" the firm said in a statement.");
        assertEquals("Acme Airlines", speaker(a, direct(a).get(0)));
        Annotations b = run("Harbour County Police said in a statement that it would seek a confiscation order.",
                "\"We will pursue every penny,\" the force said.");
        assertEquals("Harbour County Police", speaker(b, direct(b).get(0)));
    }

    @Test
    void aDescriptionAsSubjectCarriesThePronounToItsPerson() {
        Annotations a = run("Rovers won 2-1 on Sunday, with Danish midfielder Lars Holm scoring twice late on.",
                "Rovers coach Martin Keller said his side had been patient. \"We waited for our chance,\" Keller said.",
                "The Danish midfielder laughed when he was asked whether it was the best goal of his career.",
                "\"Perhaps,\" he said. \"I did not see it go in.\"");
        assertEquals(3, direct(a).size());
        assertEquals("Martin Keller", speaker(a, direct(a).get(0)));
        assertTrue(direct(a).stream().skip(1).allMatch(q -> "Lars Holm".equals(speaker(a, q))), a.quotes().toString());
    }

    /** A description with the name in apposition after it ("The family's lawyer, Anna Kessler,") has that subject. */
    @Test
    void aDescriptionWithItsNameInAppositionIsThatPersonsSubject() {
        Annotations a = run("Hartog's granddaughter Miriam Hartog-Lindqvist, 84, who lodged the claim with her cousin "
                        + "Daniel Hartog, said she had first seen the painting in a photograph.",
                "\"This one he underlined twice,\" she told reporters by telephone from Haifa.",
                "Daniel Hartog, who lives in New York, said the family had not yet decided whether to sell it.",
                "The family's lawyer, Anna Kessler of the London firm Kessler Marsh, praised Glasgow for co-operating. "
                        + "\"Glasgow Museums opened its files to us,\" she said.");
        assertEquals("Miriam Hartog-Lindqvist", speaker(a, direct(a).get(0)));
        assertEquals("Anna Kessler", speaker(a, direct(a).get(1)));
    }

    @Test
    void aQuoteOfTheAgedRoleGoesToThePersonWithThatRole() {
        Annotations a = run("Coach Anna Berg said goalkeeper Tom Reese would miss the next game.",
                "\"It is only a bruise,\" the 31-year-old goalkeeper told reporters.");
        assertEquals("Tom Reese", speaker(a, direct(a).get(0)));
    }

    @Test
    void accordingToAfterTheQuoteNamesTheSpeaker() {
        Annotations a = run("Chief Executive Paula Stern spoke to analysts on Monday.",
                "\"This is the first step, not the last,\" according to a memo Stern sent to staff.");
        assertEquals("Paula Stern", speaker(a, direct(a).get(0)));
    }

    @Test
    void aFirmWithAnAmpersandAndALegalSuffixSpeaksWholly() {
        Annotations a = run("\"We are making hard choices,\" Baxter & Lowe Co said in a statement.");
        assertEquals("Baxter & Lowe Co", speaker(a, direct(a).get(0)));
    }

    @Test
    void aTitledWomanIsSheWhenTheNextSentenceOpensWithShe() {
        Annotations a = run("Mayor Helen Ward said the plan was sound.",
                "Councilwoman Dipa Rao disagreed. She said, \"Most shoppers walk here.\"");
        assertEquals("Dipa Rao", speaker(a, direct(a).get(0)));
    }

    /** "the 26-year-old said": an age alone stands for the person named in the sentence before, and no further. */
    @Test
    void anAgeAloneSpeaksForThePersonJustNamed() {
        Annotations a = run("Thomas Ekberg, who joined the club in March, has scored 14 goals this season. "
                + "\"I just tried to stay calm and hit the target,\" the 26-year-old said.",
                "The match drew a record crowd. The stadium was full an hour before kick-off. "
                + "\"It was the loudest night of the year here,\" the 41-year-old said.");
        assertEquals("Thomas Ekberg", speaker(a, direct(a).get(0)));
        assertEquals(null, speaker(a, direct(a).get(1)), "no person named in that sentence or the one before");
    }

    /** "said Harbor coach Ann Kowalski": the team only names the speaker's affiliation. */
    @Test
    void aBodyBeforeARoleAndANameIsTheSpeakersAffiliation() {
        Annotations a = run("The Harbor lost for the first time in five games.",
                "\"We gave away a soft goal at the end, and that is on all of us,\" said Harbor coach Ann Kowalski.");
        assertEquals("Ann Kowalski", speaker(a, direct(a).get(0)));
    }

    /** A woman's given name from the data file makes "she" hers, over a woman named earlier. */
    @Test
    void sheIsTheWomanJustNamedWhenHerGivenNameSaysSo() {
        Annotations a = run("Judge Nadia Ferris read the charges.",
                "Marjorie Vick apologised before the sentence was read. \"I am ashamed of what I did,\" she said.");
        assertEquals("Marjorie Vick", speaker(a, direct(a).get(0)));
    }

    /** A sentence whose subject is "she" speaks for the woman "she" stands for, not for the man quoted before her. */
    @Test
    void aSentenceOpeningWithSheIsAWomans() {
        Annotations a = run("Fiddler Alan Thwaite, who played with her for 30 years, said: \"People talk about her voice.\"",
                "In 1978 Maggie Garrow founded the festival. She ran it until 2011.",
                "She stood down in 1999, saying she had \"said everything I had to say in that chamber, twice.\"");
        assertEquals("Maggie Garrow", speaker(a, direct(a).get(1)));
    }

    /**
     * DescribedInAppositionJustAfter: "The curator …. '…,' he said" before "Taras Hnatiuk, the curator," is his; a
     * hyphenated kin noun after a possessive ("Zhuravska's great-niece, Larysa Zhuravska,") makes the next name the
     * subject; a role noun before a body's noun ("The passenger association Pro Bahn") describes no person.
     */
    @Test
    void aRoleNamedJustAfterAndAHyphenatedKinNoun() {
        Annotations a = run("Culture Minister Yevhen Kravets told reporters that reopening museums was \"a form of defense.\"",
                "The curator of the exhibition spent three years looking for her family. \"I found her great-niece online,\" he said.",
                "Taras Hnatiuk, the curator, who has worked at the museum since 2009, said the family had kept 14 sketches.",
                "Vira Zhuravska's great-niece, Larysa Zhuravska, traveled from Lviv for the opening.",
                "\"My grandmother never talked about her sister,\" she told the Kyiv Independent.");
        assertEquals("Taras Hnatiuk", speaker(a, direct(a).get(1)));
        assertEquals("Larysa Zhuravska", speaker(a, direct(a).get(2)));
        Annotations b = run("Zofia Nowicka, a passenger, said the fare was low. \"It costs less than a pizza,\" Nowicka said.",
                "The passenger association Pro Bahn called the timetable \"a missed opportunity\" because trains do not connect.");
        assertEquals("Pro Bahn", speaker(b, direct(b).get(1)));
    }

    /**
     * NamedNextAfterTheDescription: a description no one named holds ("The head of Ateliers de Belfort", "An official at
     * the ministry", "The returning officer for the election") is the person named next, opening a sentence, with a
     * comma after the name; the quote between is theirs, not the last-named man's.
     */
    @Test
    void aDescriptionNamedAfterItsQuoteIsThatPerson() {
        Annotations a = run("Kessler chief executive Beat Aeschlimann said on a call with analysts that the deal made sense.",
                "Aeschlimann said the group expected savings of 85 million euros by 2030.",
                "The head of Ateliers de Belfort, who will join the board once the deal closes, said the company had turned"
                        + " down two approaches.",
                "\"We were never for sale to just anyone,\" she said.",
                "Sandrine Keller-Moreau, who has run the family-founded company since 2021, said no plant would close.");
        assertEquals("Sandrine Keller-Moreau", speaker(a, direct(a).get(0)));
        Annotations b = run("The Independent National Electoral Commission has declared Chukwuemeka Anyanwu-Obi of the Unity Party winner of the election.",
                "The returning officer for the election announced the result on Monday.",
                "\"Having satisfied the requirements of the law, Chukwuemeka Anyanwu-Obi is hereby declared the winner,\" he said.",
                "The returning officer, Ifeanyi Nwosu, a professor of soil science, said turnout was 41 per cent.");
        assertEquals("Ifeanyi Nwosu", speaker(b, direct(b).get(0)));
    }

    /**
     * SaidSheOrHe: "Nélida Toconás, 62, …, said she woke" tells she is a woman, so the "she" closing a quotation over two
     * paragraphs is hers, not the mayor's; a title going on in a portfolio list before the name ("The Minister for
     * Housing, Local Government and Heritage, Ciarán Tóibín, said") makes the name the subject.
     */
    @Test
    void saidSheTellsTheSubjectsGenderAndATitlesPortfolioListEndsInTheSubject() {
        Annotations a = run("Mayor Lucía Sarapura said the hospital had kept operating. \"Tartagal has never seen water like "
                        + "this,\" she said.",
                "Nélida Toconás, 62, who has lived beside the river for 40 years, said she woke to the sound of the wall.",
                "\"I heard it before I saw it. I took my grandson and ran uphill.",
                "\"When I came back this morning there was no house,\" she told Noticias Argentinas.");
        assertEquals("Nélida Toconás", speaker(a, direct(a).get(1)));
        Annotations b = run("Lorraine Keogh, who chairs the residents' association, said the vote was overdue. \"Nobody is "
                        + "crying for the owners,\" she said.",
                "The Minister for Housing, Local Government and Heritage, Ciarán Tóibín, said in a statement that the "
                        + "Government would \"look favourably\" on any application.");
        assertEquals("Ciarán Tóibín", speaker(b, direct(b).get(1)));
    }

    /** "A spokesperson for the Department of … (Daera) said … on "…"": the acronym in brackets does not hide the body. */
    @Test
    void anAcronymInBracketsBeforeTheVerbBelongsToTheName() {
        Annotations a = run("A spokesperson for the Department of Agriculture, Environment and Rural Affairs (Daera) said "
                + "the department would work with landowners on \"a long-term plan to make the site safe.\"");
        assertEquals("Department of Agriculture, Environment and Rural Affairs", speaker(a, direct(a).get(0)));
    }

    /** "…," the study's lead author, Dr Jane Doe of Acme, told …: the person in apposition, not her body, speaks. */
    @Test
    void aPersonInAppositionWithTheirBodyAfterThemSpeaks() {
        Annotations a = run("\"We expected to find ticks in the forest,\" the study's lead author, Dr Hanne Verlinden-Dupuis "
                + "of Sciensano, told The Brussels Times.");
        assertEquals("Hanne Verlinden-Dupuis", speaker(a, direct(a).get(0)));
    }

    /**
     * RoleBetweenNames with a modifier: "said Conservative group leader Cllr Gareth Pocock-Bryant" is the councillor's
     * quote, not the party's; "Cameron said Lord Smith would …" keeps Cameron as the one who said it.
     */
    @Test
    void aModifiedRoleBetweenAPartyAndAPersonMakesThePersonTheSpeaker() {
        Annotations a = run("\"This is a tax on a day at the beach,\" said Conservative group leader Cllr Gareth Pocock-Bryant.",
                "David Cameron said Lord Smith of Kelvin would oversee the transfer, a plan he summed up as \"English votes "
                        + "for English laws.\"");
        assertEquals("Gareth Pocock-Bryant", speaker(a, direct(a).get(0)));
        assertEquals("David Cameron", speaker(a, direct(a).get(1)));
    }

    /**
     * Courts: "Defence KC Jane Doe" holds the role barrister (title-abbreviations.tsv), so "The barrister added … "…," he
     * said" is hers, not the defendant's named in that sentence; "Prosecuting barrister Aoife Roe told the court …":
     * the participle before the role is the role's, and Aoife Roe is the subject a following "she said" stands for.
     */
    @Test
    void aBarristerIsARoleAndItsParticipleDoesNotHideTheSubject() {
        Annotations a = run("Sentencing him on Wednesday, Judge Niamh Devlin-Crawford said he had shown \"a complete disregard\" for the law.",
                "Prosecuting barrister Aoife Loughran-Shields told the court that waste was buried across four fields.",
                "Leachate had been detected in a ditch, she said, describing the land as \"a slow-motion pollution incident.\"",
                "Declan Corr-Hamill had pleaded guilty in January.",
                "Defence KC Martin Torrens-Boyd said his client had got into financial difficulty.",
                "The barrister added that Corr-Hamill had sold his house to pay for the clean-up.",
                "\"That is not a gesture. It is everything he has,\" he said.");
        assertEquals("Aoife Loughran-Shields", speaker(a, direct(a).get(1)));
        assertEquals("Martin Torrens-Boyd", speaker(a, direct(a).get(2)));
    }

    /**
     * Courts of the Channel Islands: "Deputy Bailiff Jane Roe" and "Crown Advocate John Roe" are titles (titles.txt), so
     * the names are people's; the Deputy Bailiff is the judge and the Crown Advocate the prosecutor
     * (title-abbreviations.tsv): "The prosecutor described the scheme as "…"" is his.
     */
    @Test
    void aCrownAdvocateIsTheProsecutorAndADeputyBailiffTheJudge() {
        Annotations a = run("Sentencing him in the Royal Court, Deputy Bailiff Gillian Le Marquand-Herve said the offending was "
                        + "\"among the most serious this court has seen\".",
                "Crown Advocate Simon Laffoley-Pitman said the defendant had raised invoices from a company he controlled.",
                "The prosecutor described the scheme as \"sophisticated, patient and deliberately hidden\", and said it was "
                        + "uncovered in October.",
                "\"The reputation of this Island depends on people like you,\" the judge said.");
        assertEquals("Gillian Le Marquand-Herve", speaker(a, direct(a).get(0)));
        assertEquals("Simon Laffoley-Pitman", speaker(a, direct(a).get(1)));
        assertEquals("Gillian Le Marquand-Herve", speaker(a, direct(a).get(2)));
    }

    /**
     * SaidTheThenName: after "said the …", a person right after a preposition is no speaker ("a teacher from Jane
     * Town"), and a body after one gives way to the person set off by a comma after it.
     */
    @Test
    void afterSaidTheAPersonAfterAPrepositionIsNoSpeaker() {
        Annotations a = run("Jairam Sahadeo-Khan took five wickets for the visitors on Saturday.",
                "\"The ball was gripping from the first over,\" said the 29-year-old, a teacher from Anna Regina.",
                "\"It was a fair result,\" said the head of Acme Holdings, Jane Doe.");
        assertEquals("Jairam Sahadeo-Khan", speaker(a, direct(a).get(0)));
        assertEquals("Jane Doe", speaker(a, direct(a).get(1)));
    }

    /**
     * RoleNotHeldIsTheLastNamed: a description by kin ("the father of two", kin-nouns.txt) is the person last named,
     * whatever their trade; a trade ("the retired nurse") is not someone with a title of office.
     */
    @Test
    void theFatherOfTwoIsTheDeckhandNamedBefore() {
        Annotations a = run("Deckhand Jonel de la Peña, 33, from Cebu, said the boat had been hauling its nets.",
                "\"Gordon pushed us to the raft first,\" the father of two told the Press and Journal.");
        assertEquals("Jonel de la Peña", speaker(a, direct(a).get(0)));
    }

    /**
     * RoleNotHeldIsTheLastNamed: a person described only by where they live ("Sandy Bay resident", standing-roles.txt)
     * may be "the retired teacher" of the next paragraph; a person with a title of office may not.
     */
    @Test
    void aResidentMayBeTheRetiredTeacherWhoSpeaksNext() {
        Annotations a = run("Sandy Bay resident Graham Pitt-Doyle, 71, who walks his kelpie every morning, said he would now drive.",
                "\"I have walked here for 20 years,\" the retired teacher said.",
                "Councillor Ruth Amos-Fairbairn said the ban was fair.",
                "\"Nobody wanted this,\" the retired nurse said.");
        assertEquals("Graham Pitt-Doyle", speaker(a, direct(a).get(0)));
        assertTrue(direct(a).stream().noneMatch(q -> "Ruth Amos-Fairbairn".equals(speaker(a, q))));
    }

    /**
     * BodysHeadIsItsTitledPerson: "the JRC boss" is whoever was named with a title after "JRC"; a county prefect is a
     * title before a name; ParticipleTakesTheSaidSubject: ", describing … as "…"" is said by the subject of "said".
     */
    @Test
    void aBodysBossAPrefectAndAParticipleAfterSaid() {
        Annotations a = run("The railcars were rebuilt in Kingston, according to JRC managing director Sheree Lindo-Bhola.",
                "\"Every bolt was checked by somebody who remembers the old line,\" the JRC boss said.",
                "Italy sent two Canadair aircraft on Tuesday, the Interior Ministry's Civil Protection Directorate said in a "
                        + "statement, describing the situation as \"serious but under control.\"",
                "Split-Dalmatia County Prefect Marija Jukic-Pavlinovic said: \"Nobody has been left without a roof.\"");
        assertEquals("Sheree Lindo-Bhola", speaker(a, direct(a).get(0)));
        assertEquals("Civil Protection Directorate", speaker(a, direct(a).get(1)));
        assertEquals("Marija Jukic-Pavlinovic", speaker(a, direct(a).get(2)));
    }

    /**
     * Quotations typed with straight single marks, as pasted British copy has them: 'like this' is a quotation, and a
     * capitalised title after "the" ("the Deputy Bailiff described …") is the role; "rock 'n' roll" and the plural's
     * apostrophe in "the players' union" quote nothing.
     */
    @Test
    void straightSingleQuotesQuoteAndACapitalisedTitleIsTheRole() {
        Annotations a = run("Deputy Bailiff Gillian Le Marquand-Herve said the offending was serious.",
                "The court heard the players' union had backed rock 'n' roll nights at the club.",
                "The Royal Court, where the Deputy Bailiff described the breach as 'among the most serious this court has seen'.");
        assertEquals(1, direct(a).size(), direct(a).toString());
        assertEquals("among the most serious this court has seen", direct(a).get(0).text());
        assertEquals("Gillian Le Marquand-Herve", speaker(a, direct(a).get(0)));
    }

    /**
     * A role's complement before the name in apposition ("The agency's head of environmental crime, Gareth
     * Kernaghan-Steele, said … adding: "…"") makes the name the subject: not the next person named below.
     */
    @Test
    void aRolesComplementBeforeTheNameEndsInTheSubject() {
        Annotations a = run("The agency's head of environmental crime, Gareth Kernaghan-Steele, said it would cost "
                        + "£2.3 million to remove the waste, adding: \"This is one of the largest deposits we have dealt with.\"",
                "A confiscation hearing will be held on June 4.",
                "Bernadette Haughey-Keys, whose family farm borders the site, said lorries had arrived at night.");
        assertEquals("Gareth Kernaghan-Steele", speaker(a, direct(a).get(0)));
    }

    /** "Holt adviser Mark Reyes …. "…," he said": a name, a role and a name: the second is the one who speaks. */
    @Test
    void aNameBeforeARoleAndANameIsTheSubjectsAffiliation() {
        Annotations a = run("Governor Tom Holt met voters on Monday.",
                "Holt adviser Mark Reyes did not hide his frustration. \"We lost the room in ten minutes,\" he said.");
        assertEquals("Mark Reyes", speaker(a, direct(a).get(0)));
    }

    /** "U.N. Secretary-General Jane Roe welcomed …, which he said …": a body, a capitalised title, then the person. */
    @Test
    void aBodyBeforeATitleAndANameIsTheSubjectsAffiliation() {
        Annotations a = run("President Omar Haddad signed the accord in the capital.",
                "U.N. Secretary-General Paulo Mendes welcomed the accord, which he said showed \"a wind of hope\" in the region.");
        assertEquals("Paulo Mendes", speaker(a, direct(a).get(0)));
    }

    /** "stepped out to announce "…"", "…," he began: verbs of saying from data/lexicon/attribution-verbs.txt. */
    @Test
    void anInfinitiveOrOpeningVerbOfSayingAttributesTheQuote() {
        Annotations a = run("Later, Cardinal Pierre Aubert stepped onto the balcony to announce \"Habemus Papam\" to the crowd.",
                "Bishop Luis Ortega bowed to the square. \"Brothers and sisters, good evening,\" he began, to cheers.");
        assertEquals("Pierre Aubert", speaker(a, direct(a).get(0)));
        assertEquals("Luis Ortega", speaker(a, direct(a).get(1)));
    }

    /** "Mr. Clinton" after Bill and Hillary Clinton: the title's gender keeps people of one surname apart. */
    @Test
    void aGenderedTitleKeepsPeopleOfOneSurnameApart() {
        Annotations a = run("Bill Clinton and Hillary Clinton arrived together.", "\"It is a great day,\" Mr. Clinton said.",
                "Hillary Clinton and Bill Clinton left together.", "\"We will be back,\" Mrs. Clinton said.");
        assertEquals("Bill Clinton", speaker(a, direct(a).get(0)));
        assertEquals("Hillary Clinton", speaker(a, direct(a).get(1)));
    }

    /** "Juan Perez, a farmer who …" then "the farmer said": a description in apposition names the person again. */
    @Test
    void aDescriptionInAppositionNamesThePersonAgain() {
        Annotations a = run("Juan Perez, a farmer who lost his crop, stood by the river with Mayor Ann Holt.",
                "\"We have never seen water like this in the valley,\" the farmer said.");
        assertEquals("Juan Perez", speaker(a, direct(a).get(0)));
    }

    /** ColonIntroducesQuote: "Grace Liu disagreed: “…”" is Liu's, not the neighbouring quote's speaker's. */
    @Test
    void aClauseEndingInAColonGivesItsSubjectTheQuote() {
        Annotations a = run("Mayor Tom Reyes said the plan was \"a good start.\" Councilwoman Grace Liu disagreed: "
                + "\"It costs far too much for what it does.\"");
        assertEquals("Tom Reyes", speaker(a, direct(a).get(0)));
        assertEquals("Grace Liu", speaker(a, direct(a).get(1)));
    }

    /** "the councilwoman said": a title printed before a name (titles.txt) is a role the description names again. */
    @Test
    void aTitleIsARoleForTheDescription() {
        Annotations a = run("Mayor Tom Reyes and Councilwoman Grace Liu met on Monday.",
                "\"We did everything we could,\" the councilwoman said.");
        assertEquals("Grace Liu", speaker(a, direct(a).get(0)));
    }

    /** NameAfterPreposition: "officials in Springfield said" gives the claim to no place; "a lawyer for Jane Doe" is not Doe. */
    @Test
    void aNameAfterAPrepositionIsNotTheSpeaker() {
        Annotations a = run("Officials in Springfield said the bridge would be closed to traffic for a month.",
                "\"She will appeal the verdict as soon as she can,\" a lawyer for Jane Doe said.");
        assertTrue(a.quotes().stream().filter(q -> q.mode() == SpeechMode.INDIRECT).noneMatch(q -> q.speakerKey() != null
                && q.speakerKey().startsWith("place/")), a.quotes().toString());
        assertEquals(null, speaker(a, direct(a).get(0)));
    }

    /** TellingHasAHearer: the claim after "told" starts past its hearer; a hearer and a time alone claim nothing. */
    @Test
    void theClaimAfterToldStartsPastTheHearer() {
        Annotations a = run("Finance Minister Jane Roe told reporters on Tuesday that the budget would be cut.",
                "Chief executive Tom Beck told analysts on Tuesday.");
        List<Quote> claims = a.quotes().stream().filter(q -> q.mode() == SpeechMode.INDIRECT).toList();
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("the budget would be cut", claims.get(0).text());
    }

    /** AbbreviatedTitleIsRole: "the senator said" is whoever was printed "Sen. Jane Roe", "the doctor" "Dr. Ann Holt". */
    @Test
    void anAbbreviatedTitleIsARoleForTheDescription() {
        Annotations a = run("Mayor Tom Reyes and Sen. Walter Brennan of Elko met on Monday.",
                "\"We cannot staff the beds we have,\" the senator said.",
                "Dr. Ann Holt, a family physician, was at the meeting as well.",
                "\"We will see more babies born in cars,\" the 51-year-old doctor said.");
        assertEquals("Walter Brennan", speaker(a, direct(a).get(0)));
        assertEquals("Ann Holt", speaker(a, direct(a).get(1)));
    }

    /** ReportersAreNotInTheStory: "she added" after a speaker whose name tells no gender is not the byline's reporter. */
    @Test
    void theBylinesReporterIsNoAntecedent() {
        Annotations a = run("BYLINE|By Helena Marsh, a reporter", "\"Most of the damage comes from a few fields,\" said Priya Venkataraman, "
                + "the study's lead author.", "\"We could get most of the benefit for a third of the money,\" she added.");
        assertEquals("Priya Venkataraman", speaker(a, direct(a).get(1)));
    }

    /** DashNamesWithinItsParagraph: a quoted section head "‘…’ - analysis" takes no speaker from the next paragraph. */
    @Test
    void aDashAttributionLooksOnlyInItsParagraph() {
        Annotations a = run("‘The rebuild has stalled’ - analysis",
                "Four games into his second campaign, coach Alasdair Keir has one point.");
        assertEquals(List.of(), direct(a));
    }

    /** DescribedInApposition for a body: "Acme Grain Growers Inc., a cooperative that …" then "the cooperative said". */
    @Test
    void aDescriptionInAppositionNamesTheBodyAgain() {
        Annotations a = run("Acme Grain Growers Inc., a cooperative that represents 900 farms, said it would study the plan.",
                "\"Our members have added cover crops on their own dime,\" the cooperative said in a statement.");
        assertEquals("Acme Grain Growers Inc.", speaker(a, direct(a).get(0)));
    }

    /** CarriedOnQuoteTakesItsClose: a quotation run on over paragraphs is said by whoever the last one names. */
    @Test
    void aQuotationCarriedOnIsSaidByWhoeverClosesIt() {
        Annotations a = run("Sen. Walter Brennan of Elko argued that small hospitals cannot hire nurses.",
                "\"In Elko County we are already flying patients to Reno. If this passes, some of those beds close.",
                "\"I would ask every member who votes yes to explain that,\" Brennan said.");
        assertEquals(2, direct(a).size(), direct(a).toString());
        assertEquals("Walter Brennan", speaker(a, direct(a).get(0)));
        assertEquals("Walter Brennan", speaker(a, direct(a).get(1)));
    }

    /** RoleNotHeldIsTheLastNamed: "the goaltender said", no one titled so, is the untitled person just named. */
    @Test
    void aRoleNoOneHoldsIsThePersonJustNamed() {
        Annotations a = run("Coach Rob Tennant was blunt.", "Erik Sandvold, who faced 12 shots in the third period, said the rebound should "
                + "never have been there.", "\"I have to control that puck,\" the goaltender said.");
        assertEquals("Erik Sandvold", speaker(a, direct(a).get(0)));
    }

    /** NamedModifierAgrees: "the Scotland head coach" is not the man printed plain "coach Henrik Aasland". */
    @Test
    void aNamedModifierMustAgreeWithTheTitle() {
        Annotations a = run("Norway were transformed after coach Henrik Aasland sent on a substitute.",
                "Alasdair Keir said: \"We were the better team for 45 minutes.\"",
                "\"We will look at it properly,\" the Scotland head coach told reporters.");
        assertEquals("Alasdair Keir", speaker(a, direct(a).get(1)));
    }

    /** QuestionThenSpeaker: a quoted question or exclamation is followed by its speaker as a quote ending in a comma is. */
    @Test
    void aQuestionMarkStandsForTheComma() {
        Annotations a = run("Leader of the Opposition Raj Patel said the party objected.",
                "\"Are we supposed to read it in our sleep?\" Patel said, before leading members out.",
                "\"Why now?\" The bill passed on Monday after a long debate, officials said.");
        assertEquals("Raj Patel", speaker(a, direct(a).get(0)));
        assertEquals(1, direct(a).size(), "a new sentence with no speaker at its head gives the question none");
    }

    /** "the judge said" finds a person titled Justice; an age set off after a name keeps the name the speaker's. */
    @Test
    void theJudgeIsTheJusticeAndAnAgeAfterTheNameIsTheNames() {
        Annotations a = run("Superior Court Justice Renata Szabo sentenced the driver on Wednesday.",
                "\"No sentence I impose can give this family back what they have lost,\" the judge said.",
                "The PSD candidate Tiago Medeiros Furtado won the vote.",
                "\"We will talk to every party,\" Medeiros Furtado, 47, a former mayor of Ribeira Grande, told "
                        + "supporters.");
        assertEquals("Renata Szabo", speaker(a, direct(a).get(0)));
        assertEquals("Tiago Medeiros Furtado", speaker(a, direct(a).get(1)));
    }

    /**
     * PronounInOpeningPhrase, AccordingToOpensTheSentence, PossessiveRoleInPlaceBeforeName: who a later pronoun or
     * partial quote belongs to when the sentence's first name is not its subject.
     */
    @Test
    void subjectsBehindAnOpeningPhraseACitationOrARoleInAPlace() {
        Annotations a = run("Defence lawyer Marisa Lo Bianco asked for a shorter term.",
                "In a statement she read to the court, the victim's mother, Sunita Mehra, described her daughter.",
                "\"She wanted to be the person who holds your hand,\" she said.",
                "According to Helena Sousa Melo, a political scientist, the likeliest outcome is a minority government.",
                "\"Nobody wants to repeat 2020,\" she said.",
                "Chega's leader in the Azores, Nuno Arruda, said voters were \"tired of the same two parties\".");
        assertEquals("Sunita Mehra", speaker(a, direct(a).get(0)));
        assertEquals("Helena Sousa Melo", speaker(a, direct(a).get(1)));
        Quote partial = a.quotes().stream().filter(q -> q.text().startsWith("tired")).findFirst().orElseThrow();
        assertEquals("Nuno Arruda", speaker(a, partial));
    }

    /**
     * A speaker described before being named: a body's role ("The Red Crescent's provincial head, Zeynep Aydemir,"), a
     * person right after the description ("The actor Fionnuala Daly-Ryan"), a body in apposition ("the company said"),
     * a person in apposition after "according to" a body's role noun.
     */
    @Test
    void describedSpeakersFoundThroughBodiesAndAppositions() {
        Annotations a = run("Stage manager Eileen Walsh said the cast had gathered at noon.",
                "The head of the Red Crescent in the province said kitchens had been sent.",
                "\"People left their homes with nothing,\" she said.",
                "The Red Crescent's provincial head, Zeynep Aydemir, said volunteers had arrived.",
                "The actor Fionnuala Daly-Ryan, who has played there since 1998, said she had never gone on without him.",
                "\"There is no show without Miley,\" she said.",
                "The land is owned by Taieri Fields Ltd, a company set up by three farming families.",
                "\"We have spent two years on flood modelling,\" the company said in a statement.",
                "According to the Otago Regional Council's natural hazards manager, Dr Imogen Pask, the stopbank was "
                        + "\"not designed for houses behind it\".");
        assertEquals("Zeynep Aydemir", speaker(a, direct(a).get(0)));
        assertEquals("Fionnuala Daly-Ryan", speaker(a, direct(a).get(1)));
        assertEquals("Taieri Fields Ltd", speaker(a, direct(a).get(2)));
        Quote partial = a.quotes().stream().filter(q -> q.text().startsWith("not designed")).findFirst().orElseThrow();
        assertEquals("Imogen Pask", speaker(a, partial));
    }

    /**
     * NamedNextAfterTheDescription with a title before the name ("The general secretary, Mr Robert Nabongo,"); a
     * photographer in a caption's credit is no one a later "he" stands for.
     */
    @Test
    void aDescribedSpeakerNamedNextWithATitleAndNoPhotographerAsSubject() throws Exception {
        String text = "Workers strike over pay cut\n\nBy Isaac Mutebi\n\n"
                + "JINJA, April 13 (Reuters) - Workers gather at the factory gate on Monday. PHOTO/ISAAC MUTEBI\n\n"
                + "The general secretary of the workers' union said the union would not call off the strike.\n\n"
                + "\"Our members are cutting cane for Shs9,000 a day. It is hunger,\" he said.\n\n"
                + "The general secretary, Mr Robert Nabongo, said 12 workers had been arrested on Monday.\n";
        org.dateline.ingest.Article article = org.dateline.ingest.ArticleReader.create(
                org.dateline.ingest.IngestOptions.defaults()).read(org.dateline.ingest.Origin.file("strike.txt",
                java.time.Instant.parse("2027-04-13T10:00:00Z")), text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Annotations a = extractor.extract(article);
        assertEquals("Robert Nabongo", speaker(a, direct(a).get(0)));
    }

    /** "…," the statement read: right after a quotation, "read" attributes it to the body that issued the statement. */
    @Test
    void theStatementReadIsTheBodysVoice() {
        Annotations a = run("In a statement issued on Sunday, Busoga Cane Millers Ltd said the pay cut was temporary.",
                "\"The company has not made a profit in three of the last four years,\" the statement read.");
        assertEquals("Busoga Cane Millers Ltd", speaker(a, direct(a).get(0)));
    }

    /**
     * A description with a curly possessive ("The broadcaster’s lawyer said"), named in the next paragraph after the
     * description again, the name's own affiliation before the comma ("The lawyer, Jocelyn Tiongson-Ramos of FLAG,").
     */
    @Test
    void aDescribedSpeakerNamedAfterTheDescriptionAgain() {
        Annotations a = run("Associate Justice Leonora Baltazar-Cruz wrote the decision.",
                "The broadcaster\u2019s lawyer said the acquittal should make officials think twice.",
                "\u201cThis case should never have been filed,\u201d she said.",
                "The lawyer, Jocelyn Tiongson-Ramos of the Free Legal Assistance Group, said her client had spent "
                        + "heavily on his defense.");
        assertEquals("Jocelyn Tiongson-Ramos", speaker(a, direct(a).get(0)));
    }

    /** PossessiveTitleBeforeName: a body's possessive, a title in capitals and a comma before the name the sentence is about. */
    @Test
    void aNameAfterABodysTitleInCapitalsIsTheSubject() {
        Annotations a = run("Qamar Air PJSC said on Tuesday it had ordered 40 jets.",
                "Qamar Air's Chief Executive Officer, Ritu Malhotra-Shah, told reporters that deliveries would begin "
                        + "in 2030.",
                "\"The new jets let us carry more passengers on every flight,\" she said.");
        assertEquals("Ritu Malhotra-Shah", speaker(a, direct(a).get(0)));
    }

    /**
     * QuotationRunOnTakesItsClose: a paragraph of quotation alone that runs on after another speaker's paragraph is
     * said by whoever closes it; when the close names no one, by the speaker of the paragraph before.
     */
    @Test
    void aQuotationRunOnAfterAnotherSpeakerIsTheClosersOwn() {
        Annotations a = run("Transport Scotland said in a statement that it would \"consider any business case on its "
                        + "merits\", but that no money had been set aside.",
                "\"We all want better transport. But the last tram project came in years late.",
                "\"This is a vote for a line on a map, not a tram,\" said Conservative group leader Iain Drummond-Hay.",
                "Councillor Ruth Armitage said the vote was \"historic\".",
                "\"We have waited long enough. The city needs this line.",
                "\"We will make the case to ministers.\"");
        assertEquals("Iain Drummond-Hay", speaker(a, startingWith(a, "We all want")));
        assertEquals("Ruth Armitage", speaker(a, startingWith(a, "We have waited")));
        assertEquals("Ruth Armitage", speaker(a, startingWith(a, "We will make")));
    }

    private static Quote startingWith(Annotations a, String start) {
        return a.quotes().stream().filter(q -> q.text().startsWith(start)).findFirst().orElseThrow();
    }

    /**
     * SaidTheDescription with RoleNotHeldIsTheLastNamed: "…," said the 51-year-old oil services businessman, after a
     * quotation run on from a paragraph of quotation alone, is the person the paragraph before it was about.
     */
    @Test
    void saidTheDescriptionAfterAQuotationRunOn() {
        Annotations a = run("Kemepade won 178,412 votes against 121,095 for Boma Ikiriko-Dappa.",
                "Ikiriko-Dappa did not attend the declaration. In a video, he accused the party of using armed thugs.",
                "\"Our agents were chased out of polling units by armed men before a single vote was counted.",
                "\"We will not accept a result written in a hotel room,\" said the 51-year-old oil services businessman.");
        assertEquals("Boma Ikiriko-Dappa", speaker(a, startingWith(a, "Our agents")));
        assertEquals("Boma Ikiriko-Dappa", speaker(a, startingWith(a, "We will not")));
    }

    /**
     * "According to X, a description, claim": the apposition is no part of the claim (an article and no verb), and
     * SourceOfTheParagraph: a later quotation in the paragraph with no attribution of its own is X's.
     */
    @Test
    void aParagraphThatOpensByCitingItsSource() {
        Annotations a = run("According to Søren Kjærgaard, a coral physiologist at the University of Copenhagen, the "
                + "tolerance has limits. Laboratory tests showed the corals began to bleach at about 32 degrees, a level "
                + "the gulf could reach \u201cwithin the lifetime of children born today.\u201d",
                "According to police, a man was arrested, and two officers were hurt.");
        assertEquals("Søren Kjærgaard", speaker(a, startingWith(a, "within the lifetime")));
        assertTrue(a.quotes().stream().anyMatch(q -> q.text().equals("the tolerance has limits")),
                a.quotes().toString());
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("and two officers")), a.quotes().toString());
    }

    /**
     * "The Tall Blacks' coach said …": a body's possessive (plural too) goes with the role, so the other side's coach,
     * named before, is not the one; the coach named next after the description is.
     */
    @Test
    void anotherSidesCoachIsNotTheOneDescribed() {
        Annotations a = run("Gilas coach Paolo Cruz said his players never panicked.",
                "The Tall Blacks' coach said his team had given itself too much to do.",
                "\"You can't spot a team like this 17 points and expect to get away with it,\" he said.",
                "The coach, Blair Henare, said the defence had kept them in the game.");
        assertEquals("Blair Henare", speaker(a, startingWith(a, "You can't spot")));
    }

    /**
     * PossessiveRoleIsItsHolder: "…," her daughter said is the person introduced as "Her daughter, …", after the
     * quotation or before it; "his lawyer said" with no lawyer named is no one (not the client last named).
     */
    @Test
    void aPossessiveRoleIsWhoeverHoldsIt() {
        Annotations a = run("Ana Torres, who founded a bilingual preschool in Brentwood, died on Monday.",
                "Her daughter, Maria Lopez, said her mother never stopped teaching.",
                "Torres was born in Ponce, Puerto Rico, and moved to Long Island in 1968.",
                "\"She believed every child deserved a story in their own language,\" her daughter said.",
                "Her son, Miguel Torres, lives in Florida. His son said: \"She was stubborn in the best way.\"",
                "John Baker, a dairy farmer, was fined on Tuesday.",
                "\"He accepts the fine and has fixed the pond,\" his lawyer said.");
        assertEquals("Maria Lopez", speaker(a, startingWith(a, "She believed")));
        assertEquals("Miguel Torres", speaker(a, startingWith(a, "She was stubborn")));
        assertNull(startingWith(a, "He accepts").speakerKey(), a.quotes().toString());
    }

    /**
     * DescriptionSubject with a body's name before the role ("The Leinster coach said"): the other side's coach named
     * before is not the one; the coach named next after the quotation is, and "he said" is him.
     */
    @Test
    void aRoleInANamedBodyOpeningASentence() {
        Annotations a = run("Stormers head coach Wandile Mqhayi told reporters the side had stayed in the fight.",
                "Kian Oosthuizen, 23, kicked the winning penalty.",
                "The Leinster coach said his side had lost the match at the breakdown.",
                "\"We gave them too much ball in the wrong areas,\" he said.",
                "The coach, Declan Hearne, said a lock would have a scan on his shoulder.");
        assertEquals("Declan Hearne", speaker(a, startingWith(a, "We gave them")));
    }

    /**
     * A body's name glossed in brackets ("Yuanta Co (元大投顧) analyst Lu Pei-shan") is still the affiliation of the
     * person after its role noun; and "Coun." is a councillor's title, so the name after "said Coun." speaks.
     */
    @Test
    void aGlossedBodysAnalystAndACouncillorsAbbreviatedTitle() {
        Annotations a = run("According to Yuanta Securities Investment Consulting Co (\u5143\u5927\u6295\u9867) analyst Lu "
                        + "Pei-shan (\u5442\u4f69\u73ca), the price was \"on the high side, but defensible,\" analysts said.",
                "Coun. Ravi Sandhar told council: \"We have known for 40 years that these pipes are in the ground.\"",
                "\"This should be paid for by the province and Ottawa,\" said Coun. Janelle Kowalchuk, who moved a motion.");
        assertEquals("Lu Pei-shan", speaker(a, startingWith(a, "on the high side")));
        assertEquals("Janelle Kowalchuk", speaker(a, startingWith(a, "This should be paid")));
    }

    /**
     * RoleNotHeldIsTheLastNamed: a titled person who just spoke is the one a role no one holds describes ("the
     * researcher said" after "Lead author Dr Cynthia Chebet-Langat … said: '…'"); "the pensioner" is a role.
     */
    @Test
    void theDescriptionOfWhoeverJustSpoke() {
        Annotations a = run("Lead author Dr Cynthia Chebet-Langat, a lecturer in aquatic science, said: \u201cWe expected "
                        + "to find plastic.\u201d",
                "\u201cThe good news is that most of it is in the gut,\u201d the researcher said.",
                "Valentina Rusnac-Oprea, 61, a retired teacher from Balti, said she had traveled through the night.",
                "\"My daughter is in Parma. My son is in Dublin,\" the pensioner told reporters.");
        assertEquals("Cynthia Chebet-Langat", speaker(a, startingWith(a, "The good news")));
        assertEquals("Valentina Rusnac-Oprea", speaker(a, startingWith(a, "My daughter")));
    }

    /**
     * KinOfTheNamedSpeaks: "Callum Ferris-Oakley's mother said he was '…'" is his mother's, named only later as "his
     * mother, Anne Ferris-Oakley", never his.
     */
    @Test
    void aNamedPersonsMotherSpeaks() {
        Annotations a = run("Callum Ferris-Oakley's mother said he was \"the first into the water and the last out\".",
                "Callum Ferris-Oakley, 34, a plumber from Plymouth, set off from Totnes with two friends.",
                "The coroner recorded a conclusion of misadventure.",
                "In a statement, his mother, Anne Ferris-Oakley, said: \"He loved that river.\"");
        assertEquals("Anne Ferris-Oakley", speaker(a, startingWith(a, "the first into")));
    }

    /**
     * DescriptionSubject after a possessive: "Her younger sister told the court …" opens the paragraph before "'…,' she
     * said", so the quote is the sister's, named later as "The sister, Kavya Mehra", not the mother's named before.
     */
    @Test
    void aSisterDescribedByAPossessiveSpeaks() {
        Annotations a = run("Anjali's mother, Sunita Mehra, described her daughter as the one who always stayed late.",
                "\"She would have been very good at it,\" she said.",
                "Her younger sister told the court she has not been able to ride a bicycle since the crash.",
                "\"I take the bus now,\" she said.",
                "The sister, Kavya Mehra, 19, told reporters that the family had hoped for a longer sentence.");
        assertEquals("Sunita Mehra", speaker(a, startingWith(a, "She would")));
        assertEquals("Kavya Mehra", speaker(a, startingWith(a, "I take the bus")));
    }

    /** AccordingToBeforeQuote, set off by commas mid-sentence: the quoted words are the cited person's. */
    @Test
    void accordingToSetOffByCommasBeforeAQuote() {
        Annotations a = run("Lead author Tahmina Akter-Rahman said the gap remained.",
                "The effect, according to co-author Prof Mahfuzul Karim-Bhuiyan of the University of Dhaka, was strongest "
                        + "in winter, when the air is \"almost still for weeks at a time.\"");
        assertEquals("Mahfuzul Karim-Bhuiyan", speaker(a, startingWith(a, "almost still")));
    }
}
