package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.dateline.knowledge.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Time expressions resolved against the report's date (Saturday 3 October 2015 here). */
class TimeResolverTest {
    static final LocalDate SATURDAY = LocalDate.of(2015, 10, 3);
    static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = Extractor.create(Gazetteer.empty(), null, null); // the rules alone: what these tests specify
    }

    static TimeMention first(String text, LocalDate reference) {
        return extractor.extract(TestArticles.of(reference, text)).times().get(0);
    }

    static LocalDate day(String text) {
        return first(text, SATURDAY).date();
    }

    @Test
    void weekdayResolvesToPastDay() {
        assertEquals(LocalDate.of(2015, 10, 2), day("On Friday, Obama condemned the strikes."));
        assertEquals(LocalDate.of(2015, 9, 28), day("He spoke to reporters on Monday."));
    }

    @Test
    void reportDaysOwnWeekdayIsTheReportDay() {
        assertEquals(SATURDAY, day("On Saturday, Russia vowed to intensify airstrikes."));
    }

    @Test
    void lastWeekdayIsStrictlyBefore() {
        assertEquals(LocalDate.of(2015, 9, 26), day("The decree took effect last Saturday."));
    }

    @Test
    void weekdayWithPartOfDay() {
        TimeMention t = first("The delegations had been meeting since Thursday evening.", SATURDAY);
        assertEquals("Thursday evening", t.text());
        assertEquals(LocalDate.of(2015, 10, 1), t.date());
    }

    @Test
    void futureClauseLooksAhead() {
        assertEquals(LocalDate.of(2015, 10, 4), day("The truce is due to take hold at the start of Sunday."));
        assertEquals(LocalDate.of(2015, 10, 5), day("The ministers will meet on Monday."));
    }

    @Test
    void aDayEarlierCountsFromTheLastDayMentioned() {
        var times = extractor.extract(TestArticles.of(SATURDAY,
                "Erdogan spoke on Wednesday.", "A day earlier, he had defended the decision.")).times();
        assertEquals(LocalDate.of(2015, 9, 30), times.get(0).date());
        assertEquals(LocalDate.of(2015, 9, 29), times.get(1).date());
    }

    @Test
    void explicitDatesNormalised() {
        assertEquals(LocalDate.of(2015, 10, 2), day("Obama spoke on October 2, 2015, in Washington."));
        assertEquals(LocalDate.of(2015, 8, 4), day("The blasts of Aug. 4 maimed two soldiers."));
        assertEquals(LocalDate.of(2016, 6, 24), day("Published 24 June 2016"));
        assertEquals(LocalDate.of(2015, 2, 15), day("A ceasefire from midnight 15 February."));
    }

    @Test
    void dayMonthWithoutYearTakesTheReportYearLookingBack() {
        assertEquals(LocalDate.of(2014, 12, 20), first("The talks began on Dec. 20.", LocalDate.of(2015, 1, 10)).date());
    }

    @Test
    void whatNamesNoDayIsLeftUnresolved() {
        assertNull(day("Seoul restarted the broadcasts earlier this month."));
        assertNull(day("Militants seized the girls in April 2014."));
        assertNull(day("A ceasefire signed in September unraveled."));
    }

    @Test
    void withoutAReportDateWeekdaysStayUnresolved() {
        assertNull(first("On Friday, Obama condemned the strikes.", null).date());
        assertEquals(LocalDate.of(2015, 10, 2), first("Obama spoke on October 2, 2015.", null).date());
    }

    @Test
    void possessiveWeekdayAndDaysAgo() {
        TimeMention t = first("Tuesday's vote was close.", SATURDAY);
        assertEquals("Tuesday", t.text());
        assertEquals(LocalDate.of(2015, 9, 29), t.date());
        assertEquals(LocalDate.of(2015, 10, 1), day("The talks collapsed two days ago."));
    }

    @Test
    void dayMonthMoreThanAWeekAheadIsLastYear() {
        assertEquals(LocalDate.of(2014, 10, 28), day("The accord was signed on Oct. 28 in Geneva."));
        assertEquals(LocalDate.of(2015, 10, 8), day("The envoys met on Oct. 8 to sign it."));
    }

    @Test
    void dayMonthNextYearIsNextYear() {
        assertEquals(LocalDate.of(2016, 3, 29), day("Britain leaves on March 29 next year."));
    }

    @Test
    void lastWeekdayOnThatWeekdayIsAWeekBack() {
        assertEquals(LocalDate.of(2015, 9, 26), day("The vote was held last Saturday."));
    }
}
