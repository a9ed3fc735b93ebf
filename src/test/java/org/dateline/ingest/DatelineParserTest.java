package org.dateline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.MonthDay;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each dateline shape the wires print is read into place, region, date and agency. */
class DatelineParserTest {
    @TempDir
    Path dir;

    private static Dateline parse(String paragraph) {
        return DatelineParser.parse(paragraph, 0, paragraph.length());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "MOSCOW, Oct. 3 (UPI) -- On Saturday, Russia vowed.            | Moscow        | -       | --10-03 | UPI     | MOSCOW, Oct. 3 (UPI) --",
        "DAMASCUS, Syria, Oct. 4 (UPI) -- The army said.               | Damascus      | Syria   | --10-04 | UPI     | DAMASCUS, Syria, Oct. 4 (UPI) --",
        "Nov. 25 (UPI) -- Russia accused Turkey.                       | -             | -       | --11-25 | UPI     | Nov. 25 (UPI) --",
        "MINSK, Belarus (AP) \u2014 The leaders agreed.                | Minsk         | Belarus | -       | AP      | MINSK, Belarus (AP) \u2014",
        "KIEV (Reuters) - Ukraine said on Monday.                      | Kiev          | -       | -       | Reuters | KIEV (Reuters) -",
        "WASHINGTON, Jan. 5 (UPI) \u2013 The Senate voted.             | Washington    | -       | --01-05 | UPI     | WASHINGTON, Jan. 5 (UPI) \u2013",
        "ABUJA, Nigeria \u2014 Muhammadu Buhari was sworn in.          | Abuja         | Nigeria | -       | -       | ABUJA, Nigeria \u2014",
        "NEW YORK (AP) \u2014 Stocks fell.                             | New York      | -       | -       | AP      | NEW YORK (AP) \u2014",
        "RIO DE JANEIRO, Brazil (Reuters) - Police said.               | Rio de Janeiro | Brazil | -       | Reuters | RIO DE JANEIRO, Brazil (Reuters) -",
        "LONDON, 3 October (Reuters) - Britain said.                   | London        | -       | --10-03 | Reuters | LONDON, 3 October (Reuters) -",
        "PARIS (AFP) - France said.                                    | Paris         | -       | -       | AFP     | PARIS (AFP) -",
        "ST. LOUIS, Sept. 12 (UPI) -- Police said.                     | St. Louis     | -       | --09-12 | UPI     | ST. LOUIS, Sept. 12 (UPI) --",
        "MINSK, Belarus (AP) _ The leaders agreed.                     | Minsk         | Belarus | -       | AP      | MINSK, Belarus (AP) _",
        "Porto (AFP) - Centrist challenger Ines Carvalho won.          | Porto         | -       | -       | AFP     | Porto (AFP) -",
        "Quilpu\u00e9 (Chile) (AFP) - Firefighters battled a fire.      | Quilpu\u00e9       | Chile   | -       | AFP     | Quilpu\u00e9 (Chile) (AFP) -",
        "Bengaluru (Karnataka) [India], March 3 (ANI): The bill passed. | Bengaluru   | Karnataka | --03-03 | ANI   | Bengaluru (Karnataka) [India], March 3 (ANI):",
        "Ponta Delgada (Portugal), Feb 7 (EFE).- The PSD won.          | Ponta Delgada | Portugal | --02-07 | EFE   | Ponta Delgada (Portugal), Feb 7 (EFE).-",
        "Jos, March 10, 2026 (NAN) At least 14 miners were killed.     | Jos           | -       | --03-10 | NAN     | Jos, March 10, 2026 (NAN)",
        "Taipei, March 16 (CNA) The opposition passed a bill.          | Taipei        | -       | --03-16 | CNA     | Taipei, March 16 (CNA)",
        "MONDAY, Nov. 15, 2027 (HealthDay News) -- A pill cut LDL.     | -             | -       | --11-15 | HealthDay News | MONDAY, Nov. 15, 2027 (HealthDay News) --",
        "TUGUEGARAO CITY, Cagayan \u2014 At least 11 people died.      | Tuguegarao    | Cagayan | -       | -       | TUGUEGARAO CITY, Cagayan \u2014",
        "MEXICO CITY (AP) \u2014 The peso fell.                         | Mexico City   | -       | -       | AP      | MEXICO CITY (AP) \u2014",
        "ISLAMABAD: The National Assembly passed a bill.               | Islamabad     | -       | -       | -       | ISLAMABAD:",
        "Dubai: Shares of the company jumped 31 per cent.              | Dubai         | -       | -       | -       | Dubai:",
        "DUBAI, 16th November, 2027 (WAM) -- Qamar Air ordered jets.   | Dubai         | -       | --11-16 | WAM     | DUBAI, 16th November, 2027 (WAM) --",
        "Yenagoa, Nigeria \u2013 The party held the state.            | Yenagoa       | Nigeria | -       | -       | Yenagoa, Nigeria \u2013",
        "Stockholm \u2014 Children in Sweden play outside.              | Stockholm     | -       | -       | -       | Stockholm \u2014",
        "ABUJA\u2014A Federal High Court jailed him.                    | Abuja         | -       | -       | -       | ABUJA\u2014",
        "Zanzibar. Zuhura Mselem Kombo died on Tuesday.                | Zanzibar      | -       | -       | -       | Zanzibar.",
        "Dar es Salaam. The government raised fuel prices on Monday.  | Dar es Salaam | -       | -       | -       | Dar es Salaam.",
    })
    void datelineShapesAreRead(String paragraph, String place, String region, String date, String agency, String printed) {
        Dateline d = parse(paragraph);
        assertEquals(place, d.place(), "place");
        assertEquals(region, d.region(), "region");
        assertEquals(date == null ? null : MonthDay.parse(date), d.date(), "date");
        assertEquals(agency, d.agency(), "agency");
        assertEquals(printed, d.span().of(paragraph), "span");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "David Cameron is to resign as prime minister.",
        "U.S. - China talks resumed on Monday.",
        "NATO-led forces withdrew.",
        "The UN said - again - that it would help.",
        "I - for one - disagree.",
        "Oct. 3 was the day the talks began.",
        "Porto (Portugal) - the city voted.",
        "Smith (Jones) - who knows.",
        "Porto (AFP) The city voted.",
        "Leeds. That was where it began.",
        "Washington. St. Louis. Seattle.",
        "Jos, March 10 (Smith) At least two were hurt.",
        "Update: The council has since withdrawn the plan.",
        "Analysis: Why the vote matters.",
        "However, Smith \u2013 the coach \u2013 disagreed.",
        "Smith \u2014 the coach \u2014 disagreed.",
        "BREAKING\u2014The council resigned.",
    })
    void ordinaryParagraphHasNoDateline(String paragraph) {
        assertNull(parse(paragraph));
    }

    @Test
    void storyWithoutDatelineHasNone() throws Exception {
        Article a = Articles.read(dir, "a.txt", "Headline here\n\nBy Jane Doe\n\nThe vote was held on Friday.\n");
        assertNull(a.dateline());
    }

    @Test
    void datelineYearComesFromTheNearestDatedCaption() throws Exception {
        Article a = Articles.read(dir, "a.txt", """
                Fireworks greet the new year

                By Jane Doe
                Crowds watch fireworks over the harbor on December 31, 2015. Photo by John Roe/UPI

                SYDNEY, Jan. 1 (UPI) -- Crowds welcomed the new year.
                """);
        assertEquals(LocalDate.of(2016, 1, 1), a.published().date());
        assertEquals(DateSource.DATELINE, a.published().source());
        assertEquals(LocalDate.of(2016, 1, 1), a.datelineDate());
    }

    @Test
    void datelineOpensTheFirstBodyBlock() throws Exception {
        Article a = Articles.read(dir, "a.txt", "Headline\n\nDAMASCUS, Syria, Oct. 4 (UPI) -- The army said.\n\nMore.\n");
        Block first = a.blocks(BlockKind.BODY).get(0);
        assertEquals(first.span().start(), a.dateline().span().start());
        assertEquals("Syria", a.dateline().region());
        assertEquals("UPI", a.agency());
        assertEquals("United Press International", a.publisher());
    }
}
