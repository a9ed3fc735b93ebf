package org.dateline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Shapes a newsroom archive holds that neither the development nor the holdout set prints: other agencies'
 * datelines and bylines, web-copy date stamps, and HTML pages whose metadata comes in other forms. All names
 * are invented.
 */
class NewsroomShapesTest {
    @TempDir
    Path dir;

    private Article text(String content) throws Exception {
        return Articles.read(dir, "story.txt", content);
    }

    private Article html(String content) throws Exception {
        return Articles.read(dir, "page.html", content);
    }

    private static final String STORY = " Officials met on Monday to discuss the plan, which has divided the region for months.\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            LONDON (Reuters) -                 | London         |               |      |     | Reuters
            RIO DE JANEIRO (Reuters) -         | Rio de Janeiro |               |      |     | Reuters
            ST. LOUIS (AP) —                   | St. Louis      |               |      |     | AP
            GENEVA, Switzerland (AP) _         | Geneva         | Switzerland   |      |     | AP
            NEW YORK, Oct. 3 (UPI) --          | New York       |               | 10   | 3   | UPI
            PARIS, Dec 12 (AFP) -              | Paris          |               | 12   | 12  | AFP
            (CNN) —                            |                |               |      |     | CNN
            PORT-AU-PRINCE, Haiti (AP) —       | Port-au-Prince | Haiti         |      |     | AP
            Mende, France (AFP) -              | Mende          | France        |      |     | AFP
            WELLINGTON -                       | Wellington     |               |      |     |
            (ANSA) - ROME, APR 16 -            | Rome           |               | 4    | 16  | ANSA
            """)
    void wireDatelines(String printed, String place, String region, Integer month, Integer day, String agency)
            throws Exception {
        Article a = text("Talks resume after long pause\n\n" + printed + STORY);
        Dateline d = a.dateline();
        assertEquals(place, d.place(), "place");
        assertEquals(region, d.region(), "region");
        assertEquals(month == null ? null : MonthDay.of(month, day), d.date(), "date");
        assertEquals(agency, a.agency(), "agency");
        assertEquals(printed.strip(), d.span().of(a.text()), "the span covers the dateline, dash included");
    }

    /** Dow Jones glues its double hyphen to the story after a city in capitals; a glued hyphen elsewhere is no dateline. */
    @Test
    void aDoubleHyphenGluedToTheStoryAfterACity() throws Exception {
        Article a = text("Maker agrees deal\n\nFRANKFURT--Brandtner AG agreed to buy a rival, the company said Monday.\n");
        assertEquals("Frankfurt", a.dateline().place());
        assertNull(text("Maker agrees deal\n\nBREAKING--Brandtner AG agreed to buy a rival.\n").dateline());
    }

    /**
     * "Issued on: 04/03/2026" with no dated dateline: the reading whose weekday the first paragraph names (4 March 2026
     * was a Wednesday), not the file's time; a masthead over a one-line menu is no headline.
     */
    @Test
    void anAmbiguousIssuedDateAndAMastheadOverAMenuBar() throws Exception {
        Article a = text("Night flights linked to heart attacks\n\nBy Juliette VASSEUR\n\nIssued on: 04/03/2026 - 18:05\n\n"
                + "Paris (AFP) \u2013 People under night flight paths suffer more heart attacks, according to a study "
                + "published on Wednesday.\n");
        assertEquals(java.time.LocalDate.of(2026, 3, 4), a.published().date());
        Article b = text("The Esk Valley Gazette\nNews | Sport | What's On | Obituaries | Announcements\n\n"
                + "Tributes paid to folk singer who has died aged 86\n\nBy Rachel Ainsworth\nChief Reporter\n\n"
                + "Monday, 16 March 2026\n\nTRIBUTES have been paid to the folk singer, her family said.\n");
        assertEquals("Tributes paid to folk singer who has died aged 86", b.headline().text());
    }

    /**
     * An "Updated / date" line has a breadcrumb's shape but dates the page: the headline stands over it, and the line
     * between it and a "By" byline is the standfirst. Names over the writer's job under a menu make the byline that
     * marks the headline over them.
     */
    @Test
    void anUpdatedLineUnderTheHeadlineAndABareBylineOverAJob() throws Exception {
        Article a = text("Skip to content\nRTÉ\nNews | Sport | Entertainment | Business | Lifestyle\nNews > Ireland > Connacht\n\n"
                + "Galway councillors vote to stop new short-term lets\n\nUpdated / Monday, 11 Oct 2027 21:47\n\n"
                + "The variation was passed by 11 votes to six, with one abstention\n\nBy Colm Ó Riada\nWestern Correspondent\n\n"
                + "Councillors in Galway have voted to refuse permission for new short-term lets, the council said.\n");
        assertEquals("Galway councillors vote to stop new short-term lets", a.headline().text());
        assertEquals(LocalDate.of(2027, 10, 11), a.published().date());
        assertEquals(List.of("Colm Ó Riada"), a.authors().stream().map(Author::name).toList());
        Article b = text("Skip to main content\nNATION\nKenya | Counties | Business | Health | Sports | Opinion | Africa\n"
                + "Subscribe | Sign in\n\nHealth\n\nPhone app for health promoters cut newborn deaths, study finds\n\n"
                + "Trial in two counties followed more than 31,000 births over two years\n\nWanjiru Kamau\nHealth Writer\n\n"
                + "July 20, 2027\n\nA smartphone app cut deaths among newborns by a fifth, researchers have reported.\n");
        assertEquals("Phone app for health promoters cut newborn deaths, study finds", b.headline().text());
        assertEquals(LocalDate.of(2027, 7, 20), b.published().date());
    }

    /**
     * Page text pasted with its masthead names its publisher: the site's name over its menu, not a tagline there, and
     * not over wire copy, whose publisher is its agency.
     */
    @Test
    void theMastheadOverAMenuIsThePublisher() throws Exception {
        String menu = "News | Sport | What's On | Obituaries | Announcements\n\n";
        String story = "Tributes paid to folk singer who has died aged 86\n\nBy Rachel Ainsworth\nChief Reporter\n\n"
                + "Monday, 16 March 2026\n\nTRIBUTES have been paid to the folk singer, her family said.\n";
        assertEquals("The Esk Valley Gazette", text("The Esk Valley Gazette\n" + menu + story).publisher());
        assertEquals("Yle News", text("Skip to main content\nYle News\n" + menu + story).publisher());
        assertNull(text("Your local news, every day\n" + menu + story).publisher());
        assertNull(text("Tributes paid to folk singer who has died aged 86\n\nMonday, 16 March 2026\n\n"
                + "TRIBUTES have been paid to the folk singer, her family said.\n").publisher());
        Article wire = text("Esk Valley Gazette\n" + menu + "Talks resume after long pause\n\n"
                + "LONDON, March 16, 2026 (Reuters) - Talks resumed on Monday, officials said.\n");
        assertEquals("Reuters", wire.agency());
        assertEquals("Reuters", wire.publisher());
    }

    /**
     * A broadcaster's promo over the headline is page chrome, and a headline ending in a dotted abbreviation ("Lake
     * Country, B.C.") is no standfirst sentence under it.
     */
    @Test
    void aPromoOverAHeadlineThatEndsInAnAbbreviation() throws Exception {
        Article a = text("Skip to main content\nCTV News | Vancouver\n"
                + "Local | Canada | World | Politics | Health | Sports | Video | Weather\nWatch CTV News Vancouver at Six\n\n"
                + "Thousands ordered out as wildfire grows near Lake Country, B.C.\n\n"
                + "Jaspreet Sandhu | Staff Writer\nCTV News Vancouver\nPublished Thursday, August 12, 2027 7:18PM PDT\n\n"
                + "LAKE COUNTRY, B.C. \u2014 More than 2,400 people were under evacuation order Thursday, officials said.\n");
        assertEquals("Thousands ordered out as wildfire grows near Lake Country, B.C.", a.headline().text());
    }

    /**
     * Anadolu's shape: two writers without "By" over a bar and the day, then the city and country on a line of their
     * own over the story. An Irish page's shape: the date line, then the writer's name right under it.
     */
    @Test
    void aDatelineOnItsOwnLineAndNamesUnderTheDateLine() throws Exception {
        Article a = text("Flash floods kill six in Black Sea province\n\n"
                + "Selin Karaagac and Emre Yucel   |18.08.2027 - Update : 18.08.2027\n\nRIZE, T\u00fcrkiye\n\n"
                + "At least six people were killed after torrential rain triggered flash floods, officials said.\n");
        assertEquals("Rize", a.dateline().place());
        assertEquals(List.of("Selin Karaagac", "Emre Yucel"), a.authors().stream().map(Author::name).toList());
        assertEquals(LocalDate.of(2027, 8, 18), a.published().date());
        Article b = text("Stagehand takes his final bow after 50 years\n\n"
                + "He started sweeping the stage at 16 and worked his last show on Saturday night\n\n"
                + "Mon, 18 Oct, 2027 - 06:00\nNiamh Kerrigan\n\n"
                + "For half a century the curtain at the opera house has risen on his cue, colleagues said.\n");
        assertEquals(List.of("Niamh Kerrigan"), b.authors().stream().map(Author::name).toList());
        assertNull(b.dateline());
    }

    /** A box of teasers ("Most read") is no part of the story; prose after it is. */
    @Test
    void aBoxOfTeasersIsSkippedUpToTheNextProse() throws Exception {
        // Pasted page text: one paragraph a line, so the box's lines are lines of their own.
        Article a = text("Council approves new library\n\nThe council approved the new central library on Monday after "
                + "a two-year debate over its cost and its site, officials said.\n\n"
                + "Most read\n1. Bellevue approves tallest tower on Eastside\n2. Ferry delays continue on Seattle run\n\n"
                + "Construction is due to start in the spring, the mayor said.\n");
        List<String> body = a.blocks().stream().filter(b -> b.kind() == BlockKind.BODY).map(Block::text).toList();
        assertEquals(List.of("The council approved the new central library on Monday after a two-year debate over its "
                + "cost and its site, officials said.",
                "Construction is due to start in the spring, the mayor said."), body);
    }

    /** A capitalised word before a plain hyphen is no dateline unless world geography knows it as a city. */
    @Test
    void aSlugBeforeAHyphenIsNoDateline() throws Exception {
        assertNull(text("Talks resume after long pause\n\nBREAKING -" + STORY).dateline());
    }

    /** Terminal copy's time stamp and a wire page's "Source: … | date | Editor: …" line date the story. */
    @Test
    void timeStampsAndSourceLinesDateTheStory() throws Exception {
        Article bloomberg = text("Oil rises as producers weigh pause\n2026-02-04 11:47:03.215 GMT\n\nBy Jane Doe\n\n"
                + "(Bloomberg) --" + STORY);
        assertEquals(java.time.LocalDate.of(2026, 2, 4), bloomberg.published().date());
        Article xinhua = text("Cholera deaths rise in camps\n\nSource: Xinhua | 2026-08-17 22:06:41 | Editor: Jane Doe\n\n"
                + "PORT SUDAN, Aug. 17 (Xinhua) --" + STORY + "\nThe war began in April 2023.\n");
        assertEquals(java.time.LocalDate.of(2026, 8, 17), xinhua.published().date());
    }

    /**
     * A Reuters trailer names the reporters ("Reporting by …") but is not a byline. Authors are the byline's
     * people only, as the gold schema defines them, so a story with a trailer and no byline has no authors; the
     * trailer is kept as a {@link BlockKind#TRAILER} block, where later stages find the names as people.
     */
    @Test
    void reutersTrailerNamesAreNotAuthors() throws Exception {
        Article a = text("""
                Talks resume after long pause

                LONDON (Reuters) - Officials met on Monday to discuss the plan.

                The plan has divided the region for months.

                Reporting by Jane Doe in London; Additional reporting by John Roe; Editing by Mary Major
                """);
        assertEquals(List.of(), a.authors());
        assertEquals("Reuters", a.agency());
        List<Block> trailer = a.blocks(BlockKind.TRAILER);
        assertEquals(1, trailer.size());
        assertTrue(trailer.get(0).text().startsWith("Reporting by Jane Doe"));
    }

    @Test
    void afpBylineWithCapitalSurnameAndAgencyInParentheses() throws Exception {
        Article a = text("""
                Talks resume after long pause

                By Jane DOE (AFP)

                Officials met on Monday to discuss the plan, which has divided the region for months.
                """);
        assertEquals(List.of("Jane Doe"), a.authors().stream().map(Author::name).toList());
        assertEquals("AFP", a.agency());
    }

    @Test
    void afpFullNameIsKnown() {
        assertEquals("AFP", Agencies.shortName("Agence France-Presse"));
        assertEquals("AFP", Agencies.shortName("Agence France Presse"));
    }

    @Test
    void updatedStampDatesTheStoryWhenNothingElseDoes() throws Exception {
        Article a = text("""
                Talks resume after long pause

                Updated 3:45 PM ET, Sat October 3, 2015

                (CNN) — Officials met on Monday to discuss the plan, which has divided the region for months.
                """);
        assertEquals(LocalDate.of(2015, 10, 3), a.published().date());
        assertEquals(DateSource.TEXT, a.published().source());
        assertTrue(a.blocks().stream().noneMatch(b -> b.text().startsWith("Updated")), "the stamp is furniture");
    }

    @Test
    void publishedLineBeatsUpdatedStamp() throws Exception {
        Article a = text("""
                Talks resume after long pause

                Published October 2, 2015
                Updated 3:45 PM ET, Sat October 3, 2015

                GENEVA, Switzerland (AP) _ Officials met on Friday to discuss the plan.
                """);
        assertEquals(LocalDate.of(2015, 10, 2), a.published().date());
        assertEquals(DateSource.PUBLISHED_LINE, a.published().source());
    }

    @Test
    void webCopyDateLineWithUpdateNote() throws Exception {
        Article a = text("""
                Talks resume after long pause

                March 4, 2019 / 9:05 AM / Updated 3 hours ago

                LONDON (Reuters) - Officials met on Monday to discuss the plan.
                """);
        assertEquals(LocalDate.of(2019, 3, 4), a.published().date());
        assertEquals(DateSource.PUBLISHED_LINE, a.published().source());
    }

    /**
     * "03/10/2015" is 3 October in British copy and March 10 in American copy: an all-numeric date is used only
     * when it can be read one way (a part above 12, day and month equal, or dots between the parts, which European
     * copy prints day first). Either way the line is furniture.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Published: 03/10/2015 |
            Published: 25/10/2015 | 2015-10-25
            Published: 10/25/2015 | 2015-10-25
            Published: 2015-10-03 | 2015-10-03
            Published: 03.10.2015 | 2015-10-03
            """)
    void numericPublishedDates(String line, String expected) throws Exception {
        Article a = text("Talks resume after long pause\n\n" + line + "\n\nLONDON (Reuters) -" + STORY);
        if (expected == null) {
            assertNotEquals(DateSource.PUBLISHED_LINE, a.published().source());
        } else {
            assertEquals(LocalDate.parse(expected), a.published().date());
            assertEquals(DateSource.PUBLISHED_LINE, a.published().source());
        }
        assertTrue(a.blocks().stream().noneMatch(b -> b.text().startsWith("Published")), "the line is furniture");
        assertEquals("Talks resume after long pause", a.headline().text());
    }

    /**
     * An all-numeric date that can be read two ways is read the way the dateline's month and day agree with; when
     * neither agrees, its year still dates the dateline.
     */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Published on 04/03/2026 - 18:52 | MADRID, March 4 (AFP) - | 2026-03-04 | PUBLISHED_LINE
            Published on 03/04/2026 - 18:52 | MADRID, March 4 (AFP) - | 2026-03-04 | PUBLISHED_LINE
            Published on 05/06/2026 - 18:52 | MADRID, March 4 (AFP) - | 2026-03-04 | DATELINE
            """)
    void anAmbiguousPublishedDateIsReadAsTheDatelineSays(String line, String dateline, String expected, String source)
            throws Exception {
        Article a = text("Talks resume after long pause\n\n" + line + "\n\n" + dateline + STORY);
        assertEquals(LocalDate.parse(expected), a.published().date());
        assertEquals(DateSource.valueOf(source), a.published().source());
    }

    private static String page(String head, String body) {
        return "<!DOCTYPE html><html><head><title>Talks resume after long pause - Daily Planet</title>" + head
                + "</head><body>" + body + "</body></html>";
    }

    private static final String PARAGRAPHS = "<p>LONDON — Officials met on Monday to discuss the plan, which has "
            + "divided the region for months.</p><p>The plan would take years to complete, officials said.</p>";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            array     | [{"@type":"WebPage","name":"x"},{"@type":"NewsArticle","headline":"Talks resume","datePublished":"2019-05-04T12:20:00Z","author":{"@type":"Person","name":"Jane Doe"}}]
            graph     | {"@context":"https://schema.org","@graph":[{"@type":"Organization","name":"Daily Planet"},{"@type":"ReportageNewsArticle","datePublished":"2019-05-04T12:20:00","author":[{"@type":"Person","name":"Jane Doe"}]}]}
            article   | {"@type":"Article","datePublished":"2019-05-04","author":"Jane Doe"}
            typeArray | {"@type":["NewsArticle","Article"],"datePublished":"2019-05-04T23:30:00-04:00","author":{"name":"Jane Doe"}}
            """)
    void jsonLdShapes(String shape, String json) throws Exception {
        Article a = html(page("<script type=\"application/ld+json\">" + json + "</script>",
                "<article><h1>Talks resume after long pause</h1>" + PARAGRAPHS + "</article>"));
        assertEquals(LocalDate.of(2019, 5, 4), a.published().date(), "the local date as printed, zone or none");
        assertEquals(DateSource.METADATA, a.published().source());
        assertEquals(List.of("Jane Doe"), a.authors().stream().map(Author::name).toList());
        assertEquals("London", a.dateline().place());
    }

    @Test
    void openGraphOnlyPage() throws Exception {
        Article a = html(page("<meta property=\"og:title\" content=\"Talks resume after long pause\">"
                        + "<meta property=\"og:site_name\" content=\"Daily Planet\">"
                        + "<meta property=\"article:published_time\" content=\"2019-05-04T08:00:00+01:00\">"
                        + "<meta property=\"article:author\" content=\"https://www.dailyplanet.example/staff/jane-doe\">",
                "<div class=\"story\">" + PARAGRAPHS + "</div>"));
        assertEquals("Talks resume after long pause", a.headline().text());
        assertEquals(LocalDate.of(2019, 5, 4), a.published().date());
        assertEquals("Daily Planet", a.publisher());
        assertEquals(List.of(), a.authors(), "an author given as an address is not a name");
    }

    @Test
    void articleAuthorAddressLeavesTheVisibleBylineToName() throws Exception {
        Article a = html(page("<meta property=\"article:author\" content=\"https://www.dailyplanet.example/staff/jane-doe\">",
                "<article><h1>Talks resume after long pause</h1><p class=\"byline\">By Jane Doe</p>" + PARAGRAPHS
                        + "</article>"));
        assertEquals(List.of("Jane Doe"), a.authors().stream().map(Author::name).toList());
    }

    @Test
    void siteLogoInAnotherH1IsNotTheHeadline() throws Exception {
        Article a = html(page("", "<div id=\"header\"><h1 class=\"logo\"><a href=\"/\">Daily Planet</a></h1></div>"
                + "<div id=\"main\"><h1>Talks resume after long pause</h1>"
                + "<div class=\"story-info\"><span class=\"author\">By Jane Doe</span>"
                + "<time datetime=\"2019-05-04T12:20:00+02:00\">May 4, 2019</time></div>"
                + "<div class=\"content\">" + PARAGRAPHS + "</div></div>"));
        assertEquals("Talks resume after long pause", a.headline().text());
        assertEquals(List.of("Jane Doe"), a.authors().stream().map(Author::name).toList());
        assertEquals(LocalDate.of(2019, 5, 4), a.published().date());
        assertEquals(DateSource.METADATA, a.published().source());
    }

    @Test
    void microdataArticle() throws Exception {
        Article a = html(page("", "<div itemscope itemtype=\"https://schema.org/NewsArticle\">"
                + "<h1 itemprop=\"headline\">Talks resume after long pause</h1>"
                + "<span itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\">By "
                + "<span itemprop=\"name\">Jane Doe</span></span>"
                + "<meta itemprop=\"datePublished\" content=\"2019-05-04\">"
                + "<div itemprop=\"articleBody\">" + PARAGRAPHS + "</div></div>"));
        assertEquals("Talks resume after long pause", a.headline().text());
        assertEquals(List.of("Jane Doe"), a.authors().stream().map(Author::name).toList());
        assertEquals(LocalDate.of(2019, 5, 4), a.published().date());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            <meta name="date" content="2019-05-04">             | 2019-05-04
            <meta name="dc.date" content="2019-05-04">          | 2019-05-04
            <meta name="pubdate" content="20190504">            | 2019-05-04
            <meta name="DC.date.issued" content="2019-05-04">   | 2019-05-04
            <meta itemprop="datePublished" content="2019-05-04T12:00"> | 2019-05-04
            """)
    void dateMetas(String meta, String expected) throws Exception {
        Article a = html(page(meta, "<article><h1>Talks resume after long pause</h1>" + PARAGRAPHS + "</article>"));
        assertEquals(LocalDate.parse(expected), a.published().date());
        assertEquals(DateSource.METADATA, a.published().source());
    }

    /** JSON-LD's UTC time and the page's own zone give one instant: the day is the page's ("Sep 8, 9:40 PM PDT"). */
    @Test
    void aUtcTimeIsReadInThePublishersZone() throws Exception {
        Article a = html(page("<meta property=\"article:published_time\" content=\"2026-09-08T21:40:00-07:00\">"
                        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                        + "\"datePublished\":\"2026-09-09T04:40:00Z\"}</script>",
                "<article><h1>Talks resume after long pause</h1>" + PARAGRAPHS + "</article>"));
        assertEquals(LocalDate.of(2026, 9, 8), a.published().date());
    }

    @Test
    void modifiedTimeIsNotThePublicationTime() throws Exception {
        Article a = html(page("", "<h1>Talks resume after long pause</h1>"
                + "<time class=\"updated\" datetime=\"2019-06-01T10:00:00Z\">June 1</time>"
                + "<time datetime=\"2019-05-04T10:00:00Z\">May 4</time>"
                + "<div class=\"content\">" + PARAGRAPHS + "</div>"));
        assertEquals(LocalDate.of(2019, 5, 4), a.published().date());
    }

    @Test
    void timeInTeaserListIsNotThePublicationTime() throws Exception {
        Article a = html(page("", "<ul class=\"latest\"><li><a href=\"/x\">Other story</a>"
                + "<time datetime=\"2020-01-01T10:00:00Z\">Jan 1</time></li></ul>"
                + "<h1>Talks resume after long pause</h1><div class=\"content\"><p>Published 4 May 2019</p>" + PARAGRAPHS
                + "</div>"));
        assertEquals(LocalDate.of(2019, 5, 4), a.published().date());
        assertNull(a.agency());
    }

    /**
     * PlaceBesideTheDate and a bare byline closed by its outlet in brackets: "Kartika Putri (The Jakarta Post)" over
     * "Denpasar ● Thu, June 10, 2027" gives the writer, the dateline's place and date, and the publication date.
     */
    @Test
    void aCityBesideTheDateUnderABylineClosedByItsOutlet() throws Exception {
        Article a = text("Dengue cases fall by two thirds in Bali trial\n\nKartika Wulandari Putri (The Jakarta Post)\n"
                + "Denpasar \u25cf Thu, June 10, 2027\n\nShare this article\nFacebook | X | WhatsApp | Copy link\n\n"
                + STORY);
        assertEquals(List.of("Kartika Wulandari Putri"), a.authors().stream().map(Author::name).toList());
        assertEquals("Denpasar", a.dateline().place());
        assertEquals(MonthDay.of(6, 10), a.dateline().date());
        assertEquals(LocalDate.of(2027, 6, 10), a.published().date());
        assertTrue(a.blocks().stream().noneMatch(b -> b.text().contains("WhatsApp")), "the share bar is furniture");
    }

    /** "By Buenos Aires Times staff": an outlet's staff sign the story; no person does. */
    @Test
    void anOutletsStaffIsNoAuthor() throws Exception {
        Article a = text("Four dead as flash floods sweep through the city\n\nBy Buenos Aires Times staff\n"
                + "February 20, 2027 / 11:38 AM\n\n" + STORY);
        assertEquals(List.of(), a.authors());
    }

    /** A box of highlights between the byline and "Dubai: …" is header: the colon dateline still opens the story. */
    @Test
    void aColonDatelineAfterABoxOfHighlights() throws Exception {
        Article a = text("Logistics group's shares jump 31% on market debut\n\nBy Ananya Krishnan, Staff Reporter\n"
                + "Published: March 23, 2027 17:26\n\nHighlights\n- Stock closes at Dh3.02\n- Company valued at Dh9.1 billion"
                + "\n- Proceeds to fund warehouses\n\nDubai:" + STORY);
        assertEquals("Dubai", a.dateline().place());
        assertTrue(a.blocks().stream().filter(b -> b.kind() == BlockKind.BODY).findFirst().orElseThrow().text()
                .startsWith("Dubai:"));
    }

    /** PlaceInTheByline: a page's byline marks where the writer filed from ("c-byline__location"). */
    @Test
    void aPlaceMarkedInTheBylineIsTheDatelines() throws Exception {
        Article a = html(page("", "<h1>Talks resume after long pause</h1><div class=\"c-byline\"><span class=\"c-byline__author\">"
                + "Dana Whitford</span> <span class=\"c-byline__location\">Kelowna, B.C.</span></div><div class=\"content\">"
                + "<p>Officials met on Monday to discuss the plan, which has divided the region for months.</p>"
                + "<p>The plan would take years to complete, officials said.</p></div>"));
        assertEquals("Kelowna", a.dateline().place());
        assertEquals("B.C.", a.dateline().region());
    }

    @Test
    void pictureCreditOfAPhotographerWorkingForTheOutlet() {
        String line = "Crowds gather in the square on Tuesday. Picture: Jane Doe for Daily Planet";
        CaptionParser.Caption c = CaptionParser.get().parse(line, 0, line.length(), true);
        assertEquals("Jane Doe", c.photographer());
        assertEquals("Daily Planet", c.organization());
    }

    /**
     * A section label over a date line over the headline: the date dates the page, the headline is under it; a menu
     * bar may open with the day's date ("Thursday, February 10, 2028 | E-paper | Subscribe | Login").
     */
    @Test
    void aDateBetweenTheMenuAndTheHeadline() throws Exception {
        Article a = text("Skip to content\nThe Local Sweden\nNews | Membership | Jobs | Property | Discussion | Log in\n"
                + "SWEDEN\nHealth\n\nPublished 09:12 CET, 3 March 2028 | Updated 14:05 CET, 3 March 2028\n\n"
                + "Children who spend more time outdoors less likely to need glasses, Swedish study finds\n\n"
                + "By Freja Lindahl-Okoro\n\nStockholm \u2014 Children in Sweden who spend two hours a day outdoors are "
                + "less likely to become short-sighted, a study found.\n");
        assertEquals("Children who spend more time outdoors less likely to need glasses, Swedish study finds",
                a.headline().text());
        assertEquals(List.of("Freja Lindahl-Okoro"), a.authors().stream().map(Author::name).toList());
        assertEquals("Stockholm", a.dateline().place());
        Article b = text("Skip to main content\nThe Kathmandu Post\nThursday, February 10, 2028 | E-paper | Subscribe | Login\n"
                + "National | Politics | Valley | Opinion | Money | Sports\nPolitics\n\n"
                + "RSP quits ruling coalition, prime minister must seek vote of confidence within 30 days\n\n"
                + "The party says the government broke its promise on a corruption inquiry.\n\nPost Report\n"
                + "Published at : February 10, 2028\n\nThe Rastriya Swatantra Party on Thursday withdrew from the ruling "
                + "coalition, the party said.\n");
        assertEquals("RSP quits ruling coalition, prime minister must seek vote of confidence within 30 days",
                b.headline().text());
        assertEquals("The Kathmandu Post", b.publisher());
    }

    /** A credit labelled with a byline word under the story ("Reporter: …", as Antara signs it) names its author. */
    @Test
    void aLabelledCreditUnderTheStory() throws Exception {
        Article a = text("Marapi eruption shuts Padang airport\n\nPADANG, Jan 19 (ANTARA) - Mount Marapi erupted on "
                + "Wednesday, officials said.\n\nFlights resumed on Thursday.\n\nReporter: Mira Handayani Putri\n"
                + "Editor: Yoanita Sembiring\n");
        assertEquals(List.of("Mira Handayani Putri"), a.authors().stream().map(Author::name).toList());
        Article b = text("Talks resume after long pause\n\nLONDON, March 16, 2026 (Reuters) - Talks resumed on Monday.\n\n"
                + "Note: The talks will go on.\n");
        assertEquals(List.of(), b.authors());
    }

    /**
     * A masthead, its tagline and the day's date over the menu: the headline is under the menu; a byline on a line of
     * its own under the story names its author, as the Ghana News Agency signs it.
     */
    @Test
    void aTaglineAndADateOverTheMenuAndAClosingByline() throws Exception {
        Article a = text("Manila Bulletin\nThe Nation's Leading Newspaper\nSaturday, October 14, 2028\n"
                + "News | Metro | Provincial | Nation | Business | Sports | Opinion\nHome > News > Provincial\n\n"
                + "148 rescued as ferry runs aground off Northern Samar in rough seas\n\nBy Rhoda Villaflor-Tan\n"
                + "Published Oct 14, 2028 02:35 pm\n\nTACLOBAN CITY, Oct. 14, 2028 \u2014 The Coast Guard rescued all 127 "
                + "passengers, officials said.\n");
        assertEquals("148 rescued as ferry runs aground off Northern Samar in rough seas", a.headline().text());
        Article b = text("Cape Coast Assembly passes bye-law to end sand winning on beaches\n\n"
                + "CAPE COAST, March 3 (GNA) - The Assembly has passed a bye-law banning sand winning, officials said.\n\n"
                + "The Assembly said it would review the bye-law after two years.\n\nGNA\n\nBy Efua Mensah-Bonsu\n"
                + "Edited by: Nana Ama Boakye-Sarfo\n");
        assertEquals(List.of("Efua Mensah-Bonsu"), b.authors().stream().map(Author::name).toList());
        // A paper's desk credited in the byline ("Recorder Report") names no person.
        Article c = text("Kirthar Polymer issues profit warning\n\nBy Recorder Report\n\nKARACHI: Kirthar Polymer "
                + "Industries Limited said on Tuesday its profit would fall.\n");
        assertEquals(List.of(), c.authors());
    }
}
