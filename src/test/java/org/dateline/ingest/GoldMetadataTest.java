package org.dateline.ingest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.dateline.eval.MetadataScores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every gold article's metadata (headline, authors, agency, dateline, publication date) is read as annotated, in
 * the development set and in the independently written holdout set alike.
 */
class GoldMetadataTest {
    static final Path ARTICLES = Path.of("src/test/resources/articles");
    static final Path HOLDOUT = Path.of("src/test/resources/holdout");
    /** Wire and pasted web copy in sports, business, courts and science, written for issue #17's ingest. */
    static final Path HOLDOUT5 = Path.of("src/test/resources/holdout5");

    static Stream<Path> goldFiles() throws IOException {
        List<Path> out = new java.util.ArrayList<>();
        for (Path dir : List.of(ARTICLES, HOLDOUT, HOLDOUT5)) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().forEach(out::add);
            }
        }
        return out.stream();
    }

    static JsonObject gold(Path goldFile) throws IOException {
        try (InputStream in = Files.newInputStream(goldFile)) {
            return JSON.parse(in);
        }
    }

    static Article read(Path goldFile) throws Exception {
        Path article = goldFile.resolveSibling(gold(goldFile).get("file").getAsString().value());
        return ArticleReader.create(IngestOptions.defaults()).read(article);
    }

    private static String str(JsonValue v) {
        return v == null || v.isNull() ? null : v.getAsString().value();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldFiles")
    void metadataMatchesGold(Path goldFile) throws Exception {
        JsonObject gold = gold(goldFile);
        Article a = read(goldFile);
        List<String> authors = gold.get("authors").getAsArray().stream().map(GoldMetadataTest::str).toList();
        JsonObject dateline = gold.get("dateline").getAsObject();
        String place = str(dateline.get("place"));
        String readPlace = a.dateline() == null ? null : a.dateline().place();
        String date = str(dateline.get("date"));
        // All fields at once, so one run shows every miss of an article.
        assertAll(
                () -> assertEquals(str(gold.get("headline")), a.headline() == null ? null : a.headline().text(), "headline"),
                () -> assertEquals(authors, a.authors().stream().map(Author::name).toList(), "authors"),
                () -> assertEquals(str(gold.get("agency")), a.agency(), "agency"),
                () -> assertEquals(place == null ? null : MetadataScores.placeKey(place), readPlace == null ? null : MetadataScores.placeKey(readPlace),
                        "dateline place"),
                () -> assertEquals(date == null ? null : LocalDate.parse(date), a.datelineDate(), "dateline date"),
                () -> assertEquals(LocalDate.parse(str(gold.get("published"))),
                        a.published() == null ? null : a.published().date(), "published"),
                () -> assertTrue(!a.published().fromFileTime(),
                        "published date found in the article, not taken from the file's time"),
                () -> assertEquals(str(gold.get("format")).toUpperCase(Locale.ROOT), a.format().name(), "format"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldFiles")
    void everyBlockIsItsSpanOfTheText(Path goldFile) throws Exception {
        Article a = read(goldFile);
        for (Block b : a.blocks()) {
            assertEquals(b.span().of(a.text()), b.text());
        }
        for (Author au : a.authors()) {
            assertEquals(au.name().toLowerCase(Locale.ROOT), au.span().of(a.text()).toLowerCase(Locale.ROOT));
        }
        if (a.dateline() != null) {
            assertTrue(a.blocks(BlockKind.BODY).get(0).span().contains(a.dateline().span()), "dateline opens the body");
        }
    }
}
