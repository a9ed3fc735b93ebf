package org.dateline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dateline.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A web archive (WARC.gz, one gzip member per record, as CC-NEWS) is read for its pages: each response of status 200
 * with HTML or text is an article, its target address and date kept as where and when it was fetched; the rest of the
 * archive is passed over, and damage is reported at its byte offset without losing the pages before it.
 */
class WebArchiveReaderTest {
    static final Instant FETCHED = Instant.parse("2016-03-01T23:30:00Z");
    static final Path HTML = TestArticles.DIR.resolve("05-html-buhari-sworn-in-abuja.html");
    static final Path WIRE = TestArticles.DIR.resolve("01-upi-koreas-deal-panmunjom.txt");
    /** A page that states neither its address nor its date. */
    static final String BARE_PAGE = "<!doctype html><html><head><title>Storm</title></head><body><article>"
            + "<h1>Storm hits the coast</h1><p>A storm hit the coast on Tuesday, closing roads and schools.</p>"
            + "<p>Officials said the roads would reopen when the water went down.</p></article></body></html>";

    @TempDir
    Path dir;

    private final ArticleReader reader = ArticleReader.create(IngestOptions.defaults());

    private Path archive() throws IOException {
        Path warc = dir.resolve("news.warc.gz");
        try (WebArchives w = WebArchives.create(warc)) {
            w.page("https://news.example.org/africa/buhari?utm_source=feed", FETCHED, "text/html; charset=utf-8",
                    Files.readString(HTML));
            w.metadata("https://news.example.org/africa/buhari?utm_source=feed");
            w.page("https://news.example.org/old-address", FETCHED, 301, "text/html", "<a href=/new>moved</a>"
                    .getBytes(StandardCharsets.UTF_8));
            w.page("https://news.example.org/logo.png", FETCHED, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            w.page("https://wire.example.org/2015/08/25/koreas-deal", FETCHED, "text/plain", Files.readString(WIRE));
            w.page("https://news.example.org/weather/storm-hits-coast", FETCHED, "text/html", BARE_PAGE);
        }
        return warc;
    }

    private List<ArticleSource> sources(Path... files) {
        List<ArticleSource> out = new ArrayList<>();
        try (ArticleSources s = ArticleSources.of(Arrays.asList(files), IngestOptions.DEFAULT_MAX_BYTES)) {
            s.forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void eachResponseWithAPageIsAnArticleAndTheRestIsPassedOver() throws Exception {
        List<ArticleSource> pages = sources(archive());
        assertEquals(3, pages.size(), pages.toString());
        List<Article> articles = new ArrayList<>();
        for (ArticleSource s : pages) {
            assertInstanceOf(ArticleSource.Page.class, s);
            articles.add(reader.read(s));
        }
        assertEquals(List.of(SourceFormat.HTML, SourceFormat.TEXT, SourceFormat.HTML),
                articles.stream().map(Article::format).toList());
        assertEquals(List.of("https://news.example.org/africa/buhari?utm_source=feed",
                "https://wire.example.org/2015/08/25/koreas-deal", "https://news.example.org/weather/storm-hits-coast"),
                articles.stream().map(a -> a.source().address()).toList());
        for (Article a : articles) {
            assertEquals(FETCHED, a.source().fetched());
            assertEquals("news.warc.gz", a.source().fileName());
            assertTrue(a.source().inArchive());
        }
    }

    @Test
    void aPageStatingItsAddressAndDateKeepsThemTheFetchIsOnlyProvenance() throws Exception {
        Article fromArchive = reader.read(sources(archive()).get(0));
        Article fromFile = reader.read(HTML);
        // The canonical address and the published time the page states, not the crawl's address and date.
        assertEquals("https://www.continentaldispatch.example/africa/2015/05/29/buhari-sworn-in-abuja", fromArchive.url());
        assertEquals(DateSource.METADATA, fromArchive.published().source());
        // The same bytes read from a file and from an archive are the same article.
        assertEquals(fromFile.text(), fromArchive.text());
        assertEquals(fromFile.sha256(), fromArchive.sha256());
        assertEquals(fromFile.slug(), fromArchive.slug());
        assertEquals(fromFile.published(), fromArchive.published());
        assertEquals(fromFile.blocks(), fromArchive.blocks());
        assertEquals(fromFile.authors(), fromArchive.authors());
    }

    @Test
    void aPageStatingNeitherTakesTheAddressItWasFetchedFromAndTheFetchDayAsALastResort() throws Exception {
        Article bare = reader.read(sources(archive()).get(2));
        assertEquals("https://news.example.org/weather/storm-hits-coast", bare.url());
        assertEquals("storm-hits-coast", bare.slug());
        // 23:30 UTC: the day in UTC, whatever the machine's zone.
        assertEquals(new PublicationDate(LocalDate.of(2016, 3, 1), DateSource.FETCH_TIME), bare.published());
    }

    @Test
    void aRelativeCanonicalAddressIsResolvedAgainstTheFetchedOne() {
        assertEquals("https://news.example.org/2016/03/01/storm",
                ArticleReader.pageAddress("/2016/03/01/storm", "https://news.example.org/weather/x?p=1"));
        assertEquals("https://other.example/a", ArticleReader.pageAddress("https://other.example/a", "https://x.example/"));
        assertEquals("https://x.example/", ArticleReader.pageAddress(null, "https://x.example/"));
        assertNull(ArticleReader.pageAddress(null, null));
    }

    @Test
    void aPageWithNoArticleIsAFailureNamingTheRecordAndTheNextPageIsRead() throws Exception {
        Path warc = dir.resolve("mixed.warc.gz");
        long second;
        try (WebArchives w = WebArchives.create(warc)) {
            w.page("https://news.example.org/index", FETCHED, "text/html", "<html><body><nav>Home</nav></body></html>");
            second = w.position();
            w.page("https://news.example.org/weather/storm-hits-coast", FETCHED, "text/html", BARE_PAGE);
        }
        List<ArticleSource> pages = sources(warc);
        assertEquals(2, pages.size());
        IngestException e = org.junit.jupiter.api.Assertions.assertThrows(IngestException.class,
                () -> reader.read(pages.get(0)));
        assertTrue(e.getMessage().startsWith(warc + ", record at byte "), e.getMessage());
        assertTrue(e.getMessage().contains("(https://news.example.org/index): no article text found"), e.getMessage());
        assertEquals(warc, e.path());
        Article next = reader.read(pages.get(1));
        // The response record follows its request record.
        assertTrue(next.source().offset() > second, next.source().toString());
    }

    @Test
    void anArchiveCutShortKeepsThePagesBeforeTheDamageAndSaysWhere() throws Exception {
        Path whole = archive();
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.warc.gz");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length - 200));
        List<ArticleSource> sources = sources(cut, WIRE);
        assertEquals(4, sources.size(), sources.toString());
        assertInstanceOf(ArticleSource.Page.class, sources.get(0));
        assertInstanceOf(ArticleSource.Page.class, sources.get(1));
        ArticleSource.Unreadable damage = assertInstanceOf(ArticleSource.Unreadable.class, sources.get(2));
        String message = damage.error().getMessage();
        assertTrue(message.startsWith(cut + ", record at byte ") && message.contains("damaged or cut short"), message);
        // The batch goes on with the next file.
        assertEquals(new ArticleSource.File(WIRE), sources.get(3));
    }

    @Test
    void aFileThatIsNoArchiveIsSaidToBeNone() throws Exception {
        Path fake = dir.resolve("fake.warc.gz");
        Files.writeString(fake, "this is not a web archive\n");
        List<ArticleSource> sources = sources(fake);
        assertEquals(1, sources.size());
        String message = assertInstanceOf(ArticleSource.Unreadable.class, sources.get(0)).error().getMessage();
        assertTrue(message.startsWith(fake + ": not a web archive"), message);
    }

    @Test
    void aPageOverTheLimitIsRefusedAloneAndTheRestIsRead() throws Exception {
        List<ArticleSource> sources = new ArrayList<>();
        try (ArticleSources s = ArticleSources.of(List.of(archive()), 4_000)) {
            while (s.hasNext()) {
                sources.add(s.next());
            }
        }
        // The Buhari page is larger than 4,000 bytes; the wire story and the bare page are not.
        String message = assertInstanceOf(ArticleSource.Unreadable.class, sources.get(0)).error().getMessage();
        assertTrue(message.contains("page too large (more than 4,000 bytes"), message);
        assertEquals(3, sources.size());
        assertInstanceOf(ArticleSource.Page.class, sources.get(1));
    }

    @Test
    void foldersListWebArchivesBesideArticleFiles() throws Exception {
        Path warc = archive();
        Files.copy(WIRE, dir.resolve("story.txt"));
        Files.writeString(dir.resolve("notes.md"), "not an article");
        assertEquals(List.of(warc, dir.resolve("story.txt")), ArticleFiles.of(List.of(dir)).files());
    }
}
