package org.dateline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bylines in the shapes wires and sites print them: people, in order, and the agency named. */
class BylineParserTest {
    private static BylineParser.Byline parse(String line) {
        return BylineParser.get().parse(line, 0, line.length());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "By Brooks Hays                                    | Brooks Hays                     | -",
        "By Jane Doe and John Roe                          | Jane Doe;John Roe               | -",
        "By IRINA SOLBERG, Associated Press                | Irina Solberg                   | AP",
        "By Ann Lee, Bo Kim and Cy Park                    | Ann Lee;Bo Kim;Cy Park          | -",
        "BY JOHN DOE Associated Press                      | John Doe                        | AP",
        "By Jane Doe, AP Diplomatic Writer                 | Jane Doe                        | -",
        "By Jane Doe, The Daily Planet                     | Jane Doe                        | -",
        "From Reuters                                      | -                               | Reuters",
        "From Wikinews, the free news source               | -                               | -",
        "By JANE DOE AP Sports Writer                      | Jane Doe                        | AP",
        "By TOMAS DE LA CRUZ Staff Writer                  | Tomas de la Cruz                | -",
        "By Staff Reports                                  | -                               | -",
        "By Staff and Wire Reports                         | -                               | -",
        "By Brooks Hays   \u2022   Oct. 3, 2015 at 12:20 PM | Brooks Hays                     | -",
        "By Jane Doe Staff Writer                          | Jane Doe                        | -",
        "By Hsieh Pei-yu and Daniel Ho                     | Hsieh Pei-yu;Daniel Ho          | -",
        "By Carla Brandt HealthDay Reporter                | Carla Brandt                    | -",
        "By Meera Chandrasekar Staff Reporter              | Meera Chandrasekar              | -",
        "By Times Staff Writer                             | -                               | -",
        "By Valley Sports Staff                            | -                               | -",
        "By: Jane Doe - Correspondent / @JaneDoeNews       | Jane Doe                        | -",
        "WRITER: Supaporn Kittisak and Online Reporters    | Supaporn Kittisak               | -",
        "By Ann Lee and Staff Reports                      | Ann Lee                         | -",
    })
    void bylineShapes(String line, String people, String agency) {
        BylineParser.Byline b = parse(line.strip());
        assertEquals(people == null ? List.of() : List.of(people.split(";")),
                b.authors().stream().map(Author::name).toList());
        assertEquals(agency, b.agency());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "By Tuesday, officials had counted most of the votes.",
        "By the end of the year the plan had collapsed.",
        "From the archives: how the war began",
        "By staff accounts, the plan had collapsed.",
    })
    void sentenceOpeningWithByIsNotAByline(String line) {
        assertNull(parse(line));
    }
}
