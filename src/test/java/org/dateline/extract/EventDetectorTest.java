package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dateline.knowledge.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Events typed from the trigger lexicon, with who, where and when the sentence says. */
class EventDetectorTest {
    static final LocalDate DAY = LocalDate.of(2015, 11, 25);
    static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = Extractor.create(Gazetteer.empty(), null, null); // the rules alone: what these tests specify
    }

    static Event first(String kind, String... paragraphs) {
        return extractor.extract(TestArticles.of(DAY, paragraphs)).events().stream()
                .filter(e -> e.kind().equals(kind)).findFirst().orElseThrow(() -> new AssertionError("no " + kind));
    }

    @Test
    void eventHasDateAgentAndPlace() {
        Event e = first("Meeting", "NATO ambassadors held an emergency meeting in Brussels on Tuesday.");
        assertEquals("emergency meeting", e.trigger());
        assertEquals(LocalDate.of(2015, 11, 24), e.date());
        assertEquals("place/brussels", e.placeKey());
        assertTrue(e.agentKeys().contains("organization/nato"), e.agentKeys().toString());
    }

    /** Workers who "walk out" strike, in any tense (lexicon/event-triggers.tsv). */
    @Test
    void workersWhoWalkOutStrike() {
        Event e = first("Strike", "About 40 signallers will walk out for 48 hours from Tuesday, the union said.");
        assertEquals("walk out", e.trigger());
    }

    /**
     * Kinds as specific as the trigger tells (lexicon/event-triggers.tsv): a flood, a landslide, a museum reopened, an
     * alert issued, a bill passed by a vote, a plan approved, a player suspended, flights cancelled; a case postponed to
     * a day is set in the future.
     */
    @Test
    void specificKindsAndAPostponementLooksAhead() {
        assertEquals("flash floods", first("Flood", "Heavy rain and flash floods tore through the city on Friday.").trigger());
        assertEquals("landslides", first("Landslide", "Two landslides buried homes on Tuesday.").trigger());
        assertEquals("reopened", first("Opening", "The museum reopened to the public on Monday.").trigger());
        assertEquals("orange alert", first("Warning", "The weather service issued an orange alert on Friday.").trigger());
        assertEquals("passed", first("Vote", "The National Assembly on Tuesday passed the bill.").trigger());
        assertEquals("approved", first("Decision", "Regulators approved the prospectus on Monday.").trigger());
        assertEquals("suspended", first("Suspension", "The league suspended the striker for three matches.").trigger());
        // Called off for good is no postponement.
        assertEquals("canceled", first("Cancellation", "At Gimhae airport 212 flights were canceled on Thursday.").trigger());
        // DeathByNatureOrAccident: people killed by a flood or a crash died; gunmen kill.
        assertEquals("killed", first("Death", "Four people were killed after flash floods hit the town.").trigger());
        assertEquals("killed", first("Killing", "Gunmen killed four people at a checkpoint.").trigger());
        // ToldABody: telling a named outlet is an interview, a named committee testimony, a named house a speech;
        // telling a person is none; telling the court is testimony.
        assertEquals("told", first("Interview", "The mayor told Bernama Television that the plan would go ahead.").trigger());
        assertEquals("told", first("Testimony", "The minister told the Public Accounts Committee that costs rose.").trigger());
        assertEquals("told", first("Speech", "The minister told the House of Commons that costs rose.").trigger());
        assertTrue(extractor.extract(TestArticles.of(DAY, "The mayor told her that the plan would go ahead.")).events()
                .stream().noneMatch(ev -> ev.kind().equals("Statement") || ev.kind().equals("Interview")));
        assertEquals("told the court", first("Testimony", "The witness told the court that she saw the car.").trigger());
        // Published 25 November 2015: 14 December is the coming one, not last year's.
        assertEquals(LocalDate.of(2015, 12, 14),
                first("Postponement", "The magistrate postponed the case to 14 December for further investigation.").date());
    }

    /** A news release is a statement, not a rescue (lexicon/event-triggers.tsv: the longest form wins). */
    @Test
    void aNewsReleaseIsAStatement() {
        String text = "The American Heart Association said in a news release Sunday that the trial was large.";
        assertEquals("news release", first("Statement", text).trigger());
        assertTrue(extractor.extract(TestArticles.of(DAY, text)).events().stream()
                .noneMatch(ev -> ev.kind().equals("Rescue")));
    }

    @Test
    void agentBeforeAffectedAfter() {
        Event e = first("Accusation", "Russia accused Turkey on Wednesday of a deliberate provocation.");
        assertEquals(java.util.List.of("place/russia"), e.agentKeys());
        assertEquals(java.util.List.of("place/turkey"), e.affectedKeys());
        assertEquals(DAY, e.date());
    }

    @Test
    void undatedStatementTakesTheReportDate() {
        assertEquals(DAY, first("Speech", "In a speech, General Andrei Kartapolov claimed success.").date());
    }

    @Test
    void undatedStrikeStaysUndated() {
        assertNull(first("Airstrike", "Russian airstrikes were conducted in the Homs province.").date());
    }

    @Test
    void dateCarriesFromEarlierInTheParagraph() {
        Event e = first("Meeting", "Putin reacted with fury on Tuesday. Meeting King Abdullah II in Sochi, he warned Turkey.");
        assertEquals(LocalDate.of(2015, 11, 24), e.date());
        assertEquals("place/sochi", e.placeKey());
    }

    @Test
    void wholeQuotedSentencesTellNoEvents() {
        var events = extractor.extract(TestArticles.of(DAY, "\"We will never attack anyone,\" Lavrov said.")).events();
        assertTrue(events.isEmpty(), events.toString());
    }

    @Test
    void aDayAfterCountsBackFromTheDayNamed() {
        Event e = first("Shelling", "The curfew began on Friday, a day after the two armies exchanged fire on the border.");
        assertEquals(LocalDate.of(2015, 11, 19), e.date());
    }

    @Test
    void hoursLaterIsTheSameDay() {
        Event e = first("Suspension", "Ruritania grounded the jets on Monday. Hours later, the agency suspended all flights.");
        assertEquals(LocalDate.of(2015, 11, 23), e.date());
    }

    @Test
    void aMonthInTheClauseLeavesTheEventUndated() {
        assertNull(first("Abduction", "Gunmen seized 30 villagers from their farms in April 2014.").date());
    }

    @Test
    void aTimeInsideAQuotationDatesNotTheReportersSentence() {
        Event e = first("Statement", "Jane Roe said in a statement that \"the line set in May 2012 has been crossed.\"");
        assertEquals(DAY, e.date());
    }

    @Test
    void undatedDeedToldBySpeakerTakesTheLeadsDay() {
        Event e = first("Arrest", "Police raided the camp on Monday.",
                "The interior minister said 40 people had been arrested.");
        assertEquals(LocalDate.of(2015, 11, 23), e.date());
    }

    @Test
    void speechInOpeningPhraseIsTheSubjectsDeed() {
        Event e = first("Speech", "In a speech on the economy, President Jane Roe promised new jobs.");
        assertTrue(e.agentKeys().contains("person/jane-roe"), e.agentKeys().toString());
    }

    static java.util.List<Event> events(String... paragraphs) {
        return extractor.extract(TestArticles.of(DAY, paragraphs)).events();
    }

    @Test
    void aFootballResultIsASportsEventNotAnElection() {
        java.util.List<Event> es = events("Rovers beat United 3-2 on Saturday.",
                "The visitors' defeat was their fourth in a row away from home, and their coach said they deserved it.");
        assertTrue(es.stream().noneMatch(e -> e.kind().equals("Election")), es.toString());
        assertEquals("SportsEvent", first("SportsEvent", "Rovers beat United 3-2 on Saturday.").kind());
    }

    @Test
    void aContestWonAtThePollsIsAnElection() {
        assertEquals("won", first("Election", "Jane Roe won the presidential runoff on Sunday.").trigger());
        assertEquals("victory", first("Election", "The party claimed victory after the votes were counted.").trigger());
    }

    @Test
    void aContestNothingNamesIsNoEvent() {
        assertTrue(events("The proposal won praise from neighbours.").stream()
                .noneMatch(e -> e.trigger().equals("won")));
    }

    @Test
    void aSignOfSomethingIsNoSigning() {
        assertTrue(events("The team says it has found clear signs of water vapour in the planet's air.").stream()
                .noneMatch(e -> e.kind().equals("Signing")));
        assertEquals("Signing", first("Signing", "The governor signs the bill into law on Friday.").kind());
    }

    @Test
    void aTriggerWordInATitleIsNoEvent() {
        assertTrue(events("Fire Chief Dan Moss said the crews arrived within minutes.").stream()
                .noneMatch(e -> e.kind().equals("Fire")));
        assertTrue(events("Crews from the Paris Fire Brigade said the roof was lost.").stream()
                .noneMatch(e -> e.kind().equals("Fire")));
        assertEquals("Fire", first("Fire", "A fire destroyed the warehouse on Tuesday.").kind());
        assertEquals("Meeting", first("Meeting", "Meeting King Abdullah II in Sochi, he warned Turkey.").kind());
    }

    @Test
    void aRiseIsAMarketRiseOnlyWhenAMarketOrAFigureRises() {
        assertTrue(events("White smoke rose from the chimney on Wednesday.").stream()
                .noneMatch(e -> e.kind().equals("MarketRise")));
        assertTrue(events("The mayor promised that taxes will not rise next year.").stream()
                .noneMatch(e -> e.kind().equals("MarketRise")));
        assertEquals("rose", first("MarketRise", "Shares of the company rose 4 percent on Tuesday.").trigger());
    }

    @Test
    void deniedAndFutureEventsAreMarkedNotFacts() {
        assertEquals(EventModality.NEGATED,
                first("Vote", "The council did not vote on the parking plan on Tuesday.").modality());
        assertEquals(EventModality.EXPECTED,
                first("Meeting", "Ministers will meet in Brussels next week.").modality());
        assertEquals(EventModality.ASSERTED,
                first("Meeting", "Ministers met in Brussels on Monday.").modality());
    }

    /** VoteKind: a council's vote is a Vote, a referendum's a Referendum, a vote for an office an Election. */
    @Test
    void aVoteIsTypedByWhatItsSentenceNames() {
        assertEquals("Vote", kindOf("voted", "The Fairview City Council voted 5-2 on Tuesday to add bike lanes."));
        assertEquals("Referendum", kindOf("voted", "Voters in the region voted in a referendum on independence."));
        assertEquals("Election", kindOf("voted", "Millions voted on Sunday for the candidates in the presidential runoff."));
        assertEquals("Referendum", kindOf("voted", "The referendum on leaving the bloc was held on Thursday.",
                "Britain voted to leave on Thursday."), "a place votes as its electorate, in an article about a referendum");
    }

    /** "drew 1-1 with the Timbers": a game's result when a score or a sports word says so, else no event. */
    @Test
    void aDrawIsAGameOnlyWithAScore() {
        assertEquals("SportsEvent", kindOf("drew", "The Foxes drew 1-1 with the Timbers on Friday."));
        assertTrue(events("The rally drew thousands of people.").stream().noneMatch(e -> e.trigger().equals("drew")));
        assertEquals("SportsEvent", kindOf("drew", "The club drew its league match against Las Palmas in an empty stadium."));
        assertTrue(events("The rescue team drew praise for its role in the search.").stream()
                .noneMatch(e -> e.trigger().equals("drew")));
    }

    /** A company's conference call with analysts is a briefing (NewsConference); a video call is a meeting. */
    @Test
    void aConferenceCallIsABriefing() {
        assertEquals("NewsConference", kindOf("conference call",
                "The chief executive told analysts on a conference call on Tuesday that demand had stalled."));
        assertEquals("Meeting", kindOf("video call", "The two ministers held a video call on Monday."));
    }

    /** Buying is an Acquisition when a body or a price follows; "buy time" is none. */
    @Test
    void buyingABodyIsAnAcquisition() {
        assertEquals("Acquisition", kindOf("agreed to buy", "Lakeshore Dairy Cooperative has agreed to buy Pellworth Cheese Co. on Monday."));
        assertEquals("Acquisition", kindOf("buy", "The firm said it would buy a snack maker for $2.1 billion."));
        assertTrue(events("The delay will buy time for the negotiators.").stream().noneMatch(e -> e.trigger().equals("buy")));
    }

    /** StrikeOfNature: "an earthquake struck" is an Earthquake, not an Airstrike. */
    @Test
    void anEarthquakeThatStruckIsNoAirstrike() {
        java.util.List<Event> es = events("A magnitude 7.8 earthquake struck Nepal on Saturday.");
        assertTrue(es.stream().noneMatch(e -> e.kind().equals("Airstrike")), es.toString());
        assertEquals("Earthquake", kindOf("earthquake", "A magnitude 7.8 earthquake struck Nepal on Saturday."));
        assertEquals("Airstrike", kindOf("struck", "Jets struck rebel positions near Homs on Saturday."));
        // StrikeOfWar: in an article that prints no word of war, a strike form is no airstrike.
        java.util.List<Event> review = events("The curator said during a preview on Tuesday: \u201cWhat struck us first "
                + "was the hands.\u201d", "Nobody had looked inside the crates since before the war, he said.");
        assertTrue(review.stream().noneMatch(e -> e.kind().equals("Airstrike")), review.toString());
    }

    /** StrikeInSport: a strike in a sentence of a game is a blow of the game; workers who down tools strike. */
    @Test
    void aBatsmanWhoStruckSixesOrdersNoAirstrike() {
        java.util.List<Event> es = events("Pillay struck four sixes in his 88 off 79 balls before the 31st over.");
        assertTrue(es.stream().noneMatch(e -> e.kind().equals("Airstrike")), es.toString());
        assertEquals("Strike", kindOf("downed their tools", "Cane cutters downed their tools on Wednesday over pay."));
        // A "charge" in a game's sentence is a run of play, no indictment; before a court it is one.
        java.util.List<Event> game = events("Gilas held off a late charge from New Zealand to win 84-79 on Sunday night.");
        assertTrue(game.stream().noneMatch(e -> e.kind().equals("Indictment")), game.toString());
        assertEquals("Indictment", kindOf("charge", "Prosecutors filed a charge of fraud against the builder on Monday."));
    }

    /** Visits, raids, signings, announcements and inaugurations are kinds of their own. */
    @Test
    void finerKindsFromTheTriggerLexicon() {
        assertEquals("Visit", kindOf("visited", "The president visited the flooded town on Monday."));
        assertEquals("Raid", kindOf("raided", "Police raided the polling station on Sunday."));
        assertEquals("Signing", kindOf("signed", "The two leaders signed the treaty in Asmara on Monday."));
        assertEquals("Announcement", kindOf("announced", "The ministry announced the result on Monday."));
    }

    static String kindOf(String trigger, String... paragraphs) {
        return events(paragraphs).stream().filter(e -> e.trigger().equals(trigger)).findFirst()
                .orElseThrow(() -> new AssertionError("no event \"" + trigger + "\" in " + events(paragraphs))).kind();
    }

    /** WeaponFire, eruptions and deaths: "fired tear gas" is no dismissal, "cheers erupted" no disaster, "died" no killing. */
    @Test
    void triggersThatReadersWouldNotAcceptAreNotTyped() {
        assertTrue(events("Police fired tear gas at the crowd on Sunday.").stream()
                .noneMatch(e -> e.kind().equals("Dismissal")));
        assertEquals("Dismissal", kindOf("fired", "The club fired its coach Jane Roe on Monday."));
        assertTrue(events("Cheers erupted in the square when the result was read.").stream()
                .noneMatch(e -> e.kind().equals("Disaster")));
        assertEquals("Disaster", kindOf("erupted", "The volcano erupted on Tuesday, sending ash over the island."));
        assertEquals("Death", kindOf("died", "A former diver died on Friday after running out of air."));
        // "passed away" is a death, not a bill passed by a vote.
        assertEquals("Death", kindOf("passed away", "The sape master passed away at Miri Hospital on Sunday."));
        // A law starting to apply, and a hearing a court sets; a sentencing hearing stays a sentencing.
        assertEquals("EntryIntoForce", kindOf("take effect", "The cap on ferry fares will take effect on November 1."));
        assertEquals("Hearing", kindOf("confiscation hearing", "A confiscation hearing has been set for 4 September."));
        assertEquals("Sentencing", kindOf("sentencing", "A sentencing hearing is scheduled for May 11."));
    }

    /** Court and street events from the trigger lexicon: a plea, an uprising. */
    @Test
    void aPleaAndAnUprisingHaveTheirKinds() {
        assertEquals("Plea", kindOf("pleaded guilty", "The former treasurer pleaded guilty to theft in March."));
        assertEquals("Protest", kindOf("uprising", "The uprising began on January 25."));
    }

    /** "The crowd erupted in cheers": a celebration, told in the plain past by its opening verb, so dated by the lead. */
    @Test
    void aPhraseOpeningWithAPastVerbIsNarrated() {
        Event e = first("Celebration", "The crowd in the square erupted in cheers.");
        assertEquals("erupted in cheers", e.trigger());
        assertEquals(DAY, e.date());
    }

    /** ArgumentFit for a release: a document's is a Publication, a captive's a Rescue, phosphorus's none. */
    @Test
    void aReleaseIsTypedByWhatIsReleased() {
        var events = extractor.extract(TestArticles.of(DAY, "The agency's forecast, released in late June, calls for a moderate bloom.",
                "The rebels released the hostages on Tuesday.", "A fifth of the fields release more than half of the phosphorus.",
                "The judge's written decision, released Thursday, sets aside the permit."))
                .events();
        assertEquals(java.util.List.of("Publication", "Rescue", "Publication"), events.stream()
                .filter(e -> e.trigger().toLowerCase(java.util.Locale.ROOT).startsWith("releas")).map(Event::kind).toList());
    }

    /** ArgumentFit for an order: a judge's is a CourtOrder, a governor's stays a Directive. */
    @Test
    void aJudgesOrderIsACourtOrder() {
        var events = extractor.extract(TestArticles.of(DAY, "After the verdict, District Judge Nathaniel Brightwater ordered the defendant taken into custody.",
                "Governor Greg Abbott ordered state agencies to review the rules.")).events();
        assertEquals(java.util.List.of("CourtOrder", "Directive"), events.stream()
                .filter(e -> e.trigger().equals("ordered")).map(Event::kind).toList());
    }

    /** SameDeedSameDay and NegationEndsAtAnd: "was not charged and testified" testified, on the day told elsewhere. */
    @Test
    void anUndatedDeedTakesTheDayOfTheSameDeedToldElsewhere() {
        var events = extractor.extract(TestArticles.of(DAY, "Her husband, Peter Gusman, was not charged and testified for the defense.",
                "Peter Gusman testified on Monday that he reviewed the invoices.")).events();
        var testimonies = events.stream().filter(e -> e.kind().equals("Testimony")).toList();
        assertEquals(2, testimonies.size(), events.toString());
        assertEquals(EventModality.ASSERTED, testimonies.get(0).modality());
        assertEquals(LocalDate.of(2015, 11, 23), testimonies.get(0).date());
    }

    /** PersonAcquiredIsATransfer: a player acquired from a club moves; a company acquired is bought. */
    @Test
    void aPersonAcquiredIsATransfer() {
        var events = extractor.extract(TestArticles.of(DAY, "Anders Kvist, acquired from Hamilton Stokers in a trade in November, scored twice.",
                "Harwell Logistics Plc acquired Vantaard Group NV for $2 billion.")).events();
        assertEquals(java.util.List.of("Transfer", "Acquisition"), events.stream()
                .filter(e -> e.trigger().equals("acquired")).map(Event::kind).toList());
    }

    /** A Publication is typed only beside a document word: "a study published Wednesday", not "she published widely". */
    @Test
    void publishedNeedsADocument() {
        var events = extractor.extract(TestArticles.of(DAY, "A study published Wednesday found that a fifth of the fields matter most.",
                "Jane Roe has published widely on lakes since 1990.")).events();
        assertEquals(java.util.List.of("Publication"), events.stream()
                .filter(e -> e.trigger().equals("published")).map(Event::kind).toList());
    }
}
