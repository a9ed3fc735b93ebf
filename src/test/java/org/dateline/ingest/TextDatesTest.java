package org.dateline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates printed in running text; a paragraph without a four-digit year is skipped before any pattern runs. */
class TextDatesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "The talks ended on August 23, 2015 in Vienna. => 2015-08-23",
        "It was signed on 24 June 2016. => 2016-06-24",
        "Sept. 3rd, 2014 and 2014-09-04 => 2014-09-03 2014-09-04",
        "He arrived in October 2015. => 2015-10",
        "The vote is on Oct. 3 and May 4, at 10:30. => ",
        "On August 23, \uff12\uff10\uff11\uff15 the talks ended. => ",
        "Room 12345, March 5, 201 => ",
    })
    void datesAreFoundOnlyWithAYear(String text, String expected) {
        List<String> found = TextDates.find(text).stream()
                .map(f -> f.day() != null ? f.day().toString() : f.month().toString()).toList();
        assertEquals(expected == null ? "" : expected, String.join(" ", found));
    }

    /** A line of its own that holds a date and nothing but a weekday, a time or the outlet's name dates the page. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "Thursday, Feb. 12, 2015 1:47 PM => true",
        "Mar 23,2031 => true",
        "April 9, 2027 \u2014 10.52pm => true",
        "03/16/2027 08:14 PM => true",
        "Philippine Daily Inquirer / 05:10 AM October 19, 2027 => true",
        "The vote was held on April 9, 2027. => false",
        "Politics and the vote / April 9, 2027 => false",
    })
    void aDateLineHoldsADateAndLittleElse(String line, boolean expected) {
        assertEquals(expected, TextDates.isDateLine(line));
    }

    /** An all-numeric date read one way only: a part above 12, or dots (day first, as Europe prints it). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "03/16/2027 08:14 PM => 2027-03-16",
        "16/03/2027 => 2027-03-16",
        "08.11.2025, 20:41 => 2025-11-08",
        "03/10/2025 => ",
    })
    void anAllNumericDateIsReadOneWayOnly(String line, String expected) {
        assertEquals(expected == null ? null : java.time.LocalDate.parse(expected), TextDates.labelDay(line));
    }
}
