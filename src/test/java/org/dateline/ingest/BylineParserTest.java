package org.dateline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dateline.TestArticles;
import org.dateline.bench.CorpusGenerator;
import org.dateline.knowledge.Gazetteer;
import org.junit.jupiter.api.Test;
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
        "By Brooks Hays   \u2022   Oct. 3, 2015 at 12:20 PM | Brooks Hays                     | -",
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
    })
    void sentenceOpeningWithByIsNotAByline(String line) {
        assertNull(parse(line));
    }

    /** The first-character check before the prefix pattern gives every line, as printed and varied, the same byline. */
    @Test
    void theOpeningCheckNeverChangesAResult() throws Exception {
        List<String> texts = new ArrayList<>(List.of("By Jane Doe", "  by Jane Doe", "\tBY JANE DOE", "\u000BBy Jane Doe",
                "\u00a0By Jane Doe", "\u017f Jane", "\u212Ay Jane", "From Reuters", "\u0192rom Reuters", "WRITTEN BY Jane Doe",
                "Written\tby Jane Doe", "Bylines matter", "", " ", "\n", "B", "By", "By ", "\r\nBy Jane Doe",
                "\uD835\uDC01y Jane Doe", "\u00dfy", "b\u0131 Jane"));
        List<Path> files = new ArrayList<>(TestArticles.everyArticle());
        try (Stream<Path> walk = Files.walk(Path.of("data/articles"))) {
            walk.filter(ArticleReader::isArticleFile).forEach(files::add);
        }
        for (Path file : files) {
            try {
                texts.add(TextDecoder.decode(file, Files.readAllBytes(file)).text());
            } catch (IngestException e) {
                // not text: nothing to compare
            }
        }
        CorpusGenerator generator = CorpusGenerator.create(Gazetteer.loadDefault());
        for (int i = 0; i < 300; i++) {
            texts.add(generator.article(7, i).content());
        }
        BylineParser gated = BylineParser.get();
        BylineParser plain = BylineParser.ungated();
        int bylines = 0;
        for (String text : texts) {
            // Each line where it stands in the text, the text from each line on, and each line changed in case.
            int start = 0;
            while (start <= text.length()) {
                int eol = text.indexOf('\n', start);
                int end = eol < 0 ? text.length() : eol;
                BylineParser.Byline b = gated.parse(text, start, end);
                assertEquals(plain.parse(text, start, end), b, text.substring(start, end));
                assertEquals(plain.parse(text, start, text.length()), gated.parse(text, start, text.length()));
                String line = text.substring(start, end);
                for (String variant : List.of(line.toUpperCase(Locale.ROOT), line.toLowerCase(Locale.ROOT), " \t" + line)) {
                    assertEquals(plain.parse(variant, 0, variant.length()), gated.parse(variant, 0, variant.length()), variant);
                }
                bylines += b != null ? 1 : 0;
                start = end + 1;
            }
        }
        assertTrue(bylines > 100, "bylines compared: " + bylines);
    }
}
