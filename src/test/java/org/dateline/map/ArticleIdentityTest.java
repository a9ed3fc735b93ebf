package org.dateline.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneId;
import org.dateline.TestArticles;
import org.dateline.ingest.Article;
import org.dateline.ingest.ArticleReader;
import org.dateline.ingest.DateSource;
import org.dateline.ingest.IngestOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article's IRI depends on what the article says (and the user's --date), never on its file's time. */
class ArticleIdentityTest {
    private static final String YEARLESS = """
            Shipping group warns of slower trade

            LONDON, Feb 8 (Reuters) - A shipping group said on Thursday that trade would slow.

            The group cut its forecast for the year.
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text, LocalDate modified) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(modified.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant()));
        return file;
    }

    private static Article read(Path file, IngestOptions options) throws Exception {
        return ArticleReader.create(options).read(file);
    }

    @Test
    void yearlessDatelineGivesTheSameIriWhateverTheFileTime() throws Exception {
        Article first = read(write("a.txt", YEARLESS, LocalDate.of(2019, 3, 1)), IngestOptions.defaults());
        Article touched = read(write("a.txt", YEARLESS, LocalDate.of(2024, 6, 30)), IngestOptions.defaults());
        ArticleMapper mapper = TestArticles.fixedMapper();
        assertNotEquals(first.published().date(), touched.published().date(), "the guessed year follows the file");
        assertEquals(DateSource.DATELINE_FILE_YEAR, first.published().source(), "the year is said to be the file's");
        assertEquals(LocalDate.of(2019, 2, 8), first.published().date());
        assertEquals(mapper.articleIri(first), mapper.articleIri(touched));
        assertEquals(mapper.articleGraph(first), mapper.articleGraph(touched));
        assertTrue(mapper.articleIri(first).contains("/undated/"), mapper.articleIri(first));
        assertTrue(mapper.articleIri(first).endsWith("-" + first.contentKey()), mapper.articleIri(first));
    }

    @Test
    void theSameWordsWrappedOrWithCarriageReturnsKeepTheirKey() throws Exception {
        Article lf = read(write("a.txt", YEARLESS, LocalDate.of(2019, 3, 1)), IngestOptions.defaults());
        Article crlf = read(write("b.txt", YEARLESS.replace("\n", "\r\n"), LocalDate.of(2021, 3, 1)),
                IngestOptions.defaults());
        Article other = read(write("c.txt", YEARLESS.replace("slow", "grow"), LocalDate.of(2019, 3, 1)),
                IngestOptions.defaults());
        assertEquals(lf.contentKey(), crlf.contentKey());
        assertNotEquals(lf.contentKey(), other.contentKey(), "another story, another key");
        ArticleMapper mapper = TestArticles.fixedMapper();
        assertNotEquals(mapper.articleIri(lf), mapper.articleIri(other), "two undated stories with one headline");
    }

    @Test
    void theDateOptionGivesTheYearAndDatesTheIri() throws Exception {
        IngestOptions dated = IngestOptions.defaults().withFallbackDate(LocalDate.of(2018, 2, 9));
        Article a = read(write("a.txt", YEARLESS, LocalDate.of(2024, 6, 30)), dated);
        assertEquals(LocalDate.of(2018, 2, 8), a.published().date());
        assertEquals(DateSource.DATELINE, a.published().source());
        assertTrue(TestArticles.fixedMapper().articleIri(a).contains("/reuters/2018-02-08/"),
                TestArticles.fixedMapper().articleIri(a));
    }

    @Test
    void anArticleWithNoDateAtAllIsUndatedNotFileTimed() throws Exception {
        String text = "Council delays vote on parking fees\n\nThe council put off its vote on Tuesday.\n";
        Article a = read(write("a.txt", text, LocalDate.of(2020, 5, 5)), IngestOptions.defaults());
        Article b = read(write("a.txt", text, LocalDate.of(2023, 1, 9)), IngestOptions.defaults());
        assertEquals(DateSource.FILE_TIME, a.published().source());
        assertEquals(TestArticles.fixedMapper().articleIri(a), TestArticles.fixedMapper().articleIri(b));
    }

    @Test
    void aDatedArticleKeepsItsReadableIri() throws Exception {
        Path copy = dir.resolve("sample.txt");
        Files.copy(TestArticles.SAMPLE, copy);
        Files.setLastModifiedTime(copy, FileTime.from(LocalDate.of(2030, 1, 1).atStartOfDay(ZoneId.systemDefault()).toInstant()));
        Article a = read(copy, IngestOptions.defaults());
        assertEquals(Iris.DEFAULT_BASE + "id/article/upi/2015-10-03/russia-vows-to-intensify-airstrikes-claims-panic-and",
                TestArticles.fixedMapper().articleIri(a));
    }

    @Test
    void theDateOptionBeatsAnOlderDateTheStoryMentions() throws Exception {
        String text = YEARLESS.replace("The group cut", "On March 3, 2012, the group cut");
        IngestOptions dated = IngestOptions.defaults().withFallbackDate(LocalDate.of(2018, 2, 9));
        Article a = read(write("a.txt", text, LocalDate.of(2024, 6, 30)), dated);
        assertEquals(LocalDate.of(2018, 2, 8), a.published().date(), "the user's date, not the event of 2012");
        Article alone = read(write("b.txt", text, LocalDate.of(2024, 6, 30)), IngestOptions.defaults());
        assertEquals(LocalDate.of(2012, 2, 8), alone.published().date(), "without --date the printed date is the witness");
        assertEquals(DateSource.DATELINE, alone.published().source());
    }

    @Test
    void pageMetadataDatesAYearlessDatelineWhateverTheFileTime() throws Exception {
        String html = """
                <html><head><title>Shipping group warns of slower trade</title>
                <meta property="article:published_time" content="2017-02-08T10:00:00Z"></head>
                <body><article><h1>Shipping group warns of slower trade</h1>
                <p>LONDON, Feb 8 (Reuters) - A shipping group said on Thursday that trade would slow.</p>
                <p>The group cut its forecast for the year.</p></article></body></html>
                """;
        Article a = read(write("a.html", html, LocalDate.of(2024, 6, 30)), IngestOptions.defaults());
        Article b = read(write("a.html", html, LocalDate.of(2020, 1, 1)), IngestOptions.defaults());
        assertEquals(DateSource.METADATA, a.published().source());
        assertEquals(LocalDate.of(2017, 2, 8), a.datelineDate());
        String iri = TestArticles.fixedMapper().articleIri(a);
        assertTrue(iri.contains("/2017-02-08/"), iri);
        assertEquals(iri, TestArticles.fixedMapper().articleIri(b));
    }
}
