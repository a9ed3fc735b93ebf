package org.dateline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML news pages: metadata, the story's blocks, and the page furniture left out. */
class HtmlReaderTest {
    @TempDir
    Path dir;

    private Article gold05() throws Exception {
        return Articles.read(GoldMetadataTest.ARTICLES.resolve("05-html-buhari-sworn-in-abuja.html"));
    }

    @Test
    void metadataComesFromJsonLdAndOpenGraph() throws Exception {
        Article a = gold05();
        assertEquals(SourceFormat.HTML, a.format());
        assertEquals("Continental Dispatch", a.publisher());
        assertEquals("https://www.continentaldispatch.example/africa/2015/05/29/buhari-sworn-in-abuja", a.url());
        assertEquals("buhari-sworn-in-abuja", a.slug());
        assertEquals(DateSource.METADATA, a.published().source());
        assertNull(a.agency());
    }

    @Test
    void figureCaptionSplitsCreditAndKeepsImageAddress() throws Exception {
        Image i = gold05().images().get(0);
        assertEquals("Kunle Dawodu", i.photographer());
        assertEquals("Continental Dispatch", i.creditOrganization());
        assertEquals("Photo: Kunle Dawodu/Continental Dispatch", i.credit());
        assertTrue(i.url().endsWith("eagle-square-oath-800.jpg"));
        assertTrue(i.caption().startsWith("Muhammadu Buhari takes the oath"));
        assertFalse(i.caption().contains("Photo:"));
    }

    @Test
    void blockquoteKeepsItsAttribution() throws Exception {
        List<Block> quotes = gold05().blocks(BlockKind.BLOCKQUOTE);
        assertEquals(1, quotes.size());
        assertTrue(quotes.get(0).text().endsWith("\u2014 President Muhammadu Buhari"), quotes.get(0).text());
    }

    @Test
    void navigationAdsRelatedLinksAndFootersAreDropped() throws Exception {
        Article a = gold05();
        for (String furniture : List.of("Advertisement", "Related", "Jonathan concedes", "Super Eagles", "Most read",
                "Naira weakens", "All rights reserved", "Share on Facebook", "Topics:", "Skip to main content")) {
            assertFalse(a.text().toLowerCase().contains(furniture.toLowerCase()), furniture);
        }
        assertFalse(a.blocks().stream().anyMatch(b -> List.of("Home", "Africa", "Nigeria").contains(b.text())),
                "navigation and the section kicker");
        assertEquals(List.of(BlockKind.HEADLINE, BlockKind.STANDFIRST, BlockKind.BYLINE, BlockKind.CAPTION),
                a.blocks().subList(0, 4).stream().map(Block::kind).toList());
    }

    @Test
    void datelineMayOpenTheFirstParagraph() throws Exception {
        Dateline d = gold05().dateline();
        assertEquals("Abuja", d.place());
        assertEquals("Nigeria", d.region());
        assertNull(d.date());
    }

    /** A credit printed in a span right after the caption's last word is a part of its own ("Tuesday" "Image: ..."). */
    @Test
    void aCreditGluedToTheCaptionIsSetApart() throws Exception {
        Article a = Articles.read(dir, "glued.html", """
                <html><head><title>Trains cross the river</title></head><body><article>
                <h1>Electric trains cross the river at last</h1>
                <figure><img src="train.jpg"><figcaption>The first train crossed the river early on Tuesday<span
                class="credit">Image: Steffen Lorenz/Riverton Press</span></figcaption></figure>
                <p>The first electric train between the two cities crossed the river on Tuesday morning, officials said.</p>
                <p>The line had waited thirty years for its overhead wires, the operator said in a statement.</p>
                </article></body></html>
                """);
        Image i = a.images().get(0);
        assertEquals("Steffen Lorenz", i.photographer());
        assertFalse(a.text().contains("TuesdayImage"), a.text());
    }

    @Test
    void pageWithoutArticleElementUsesTheDensestParagraphs() throws Exception {
        Article a = Articles.read(dir, "page.htm", """
                <html><head><title>Storm hits coast | The Gazette</title>
                <meta name="author" content="Jane Doe">
                <meta property="og:site_name" content="The Gazette">
                </head><body>
                <div class="menu"><p>Home</p><p>News</p></div>
                <h1>Storm hits coast</h1>
                <div class="content">
                  <p>MIAMI, Sept. 10 (AP) \u2014 A storm hit the coast on Sunday, cutting power to thousands of homes.</p>
                  <p>Officials said the damage was worse than expected and urged people to stay indoors.</p>
                  <div class="ad"><p>Advertisement</p></div>
                  <p>Additional reporting by John Roe.</p>
                </div>
                <div class="footer"><p>About us</p></div>
                </body></html>
                """);
        assertEquals("Storm hits coast", a.headline().text());
        assertEquals(List.of("Jane Doe"), a.authors().stream().map(Author::name).toList());
        assertEquals("AP", a.agency());
        assertEquals("Miami", a.dateline().place());
        assertEquals(2, a.blocks(BlockKind.BODY).size());
        assertEquals(1, a.blocks(BlockKind.TRAILER).size());
        assertFalse(a.text().contains("About us"));
        assertEquals("storm-hits-coast", a.slug());
    }

    /** A section label over the headline ("Music") does not begin the story: the byline under the headline is read. */
    @Test
    void aSectionLabelOverTheHeadlineLeavesTheBylineABylineOfItsOwn() throws Exception {
        Article a = Articles.read(dir, "kicker.html", """
                <html><head><title>Band ends silence</title><meta name="author" content="Ann Lee"></head>
                <body><main><article class="story">
                <p class="section-label">Music</p>
                <h1>Band ends eight-year silence with surprise set</h1>
                <div class="byline">By <a href="/staff/ann-lee">Ann Lee</a> <span class="role">Arts reporter</span></div>
                <p>PORTLAND, Maine &mdash; The crowd had been told to expect a special guest between the last two acts on
                Saturday night, and few of the 9,000 people there guessed who it would be.</p>
                <p>The four original members played for 50 minutes and closed, after two encores, with their best-known song.</p>
                </article></main></body></html>
                """);
        assertEquals(List.of("Ann Lee"), a.authors().stream().map(Author::name).toList());
        assertTrue(a.authors().get(0).span() != null, "the byline is in the article's text");
        assertEquals(1, a.blocks(BlockKind.BYLINE).size());
    }

    /** A paper's desk given as the page's author ("Recorder Report") names no person. */
    @Test
    void aDeskGivenAsAuthorNamesNoOne() throws Exception {
        Article a = Articles.read(dir, "desk.html", """
                <html><head><title>Kirthar Polymer issues profit warning</title>
                <meta name="author" content="Recorder Report"></head>
                <body><main><article class="story">
                <h1>Kirthar Polymer Industries issues profit warning as resin costs bite</h1>
                <p>KARACHI: Kirthar Polymer Industries Limited said on Tuesday its profit for the year would fall by more
                than half, blaming the cost of imported resin and a weaker rupee.</p>
                <p>Shares in the company fell 7 percent in early trade on the Pakistan Stock Exchange.</p>
                </article></main></body></html>
                """);
        assertEquals(List.of(), a.authors());
    }

    @Test
    void publicationDateIsTheLocalDayOfTheTimestamp() throws Exception {
        Article a = Articles.read(dir, "late.html", """
                <html><head><meta property="article:published_time" content="2015-05-29T23:42:00-05:00"></head>
                <body><article><h1>Late news</h1><p>Something happened late in the evening.</p></article></body></html>
                """);
        assertEquals(LocalDate.of(2015, 5, 29), a.published().date());
        assertEquals(DateSource.METADATA, a.published().source());
    }

    @Test
    void microdataAndTimeElementGiveMetadataWithoutJsonLd() throws Exception {
        Article a = Articles.read(dir, "micro.html", """
                <html><body><div itemscope itemtype="https://schema.org/NewsArticle">
                <h1 itemprop="headline">Council approves budget</h1>
                <p class="byline">By <span itemprop="author">Ann Lee</span> and <span>Bo Kim</span></p>
                <time itemprop="datePublished" datetime="2018-03-02">2 March 2018</time>
                <div itemprop="articleBody"><p>The council approved the budget on Thursday by a wide margin.</p></div>
                </div></body></html>
                """);
        assertEquals("Council approves budget", a.headline().text());
        assertEquals(List.of("Ann Lee", "Bo Kim"), a.authors().stream().map(Author::name).toList());
        assertEquals(LocalDate.of(2018, 3, 2), a.published().date());
        assertEquals(List.of("By Ann Lee and Bo Kim"), a.blocks(BlockKind.BYLINE).stream().map(Block::text).toList());
    }

    @Test
    void jsonLdArticleBodyIsTheLastResort() throws Exception {
        Article a = Articles.read(dir, "ld.html", """
                <html><head><script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle",
                 "headline":"Port reopens","datePublished":"2017-07-01T08:00:00Z",
                 "author":{"@type":"Person","name":"Lee Park"},
                 "articleBody":"BUSAN, South Korea \u2014 The port reopened on Saturday.\\n\\nShips queued."}]}
                </script></head><body><div id="app"></div></body></html>
                """);
        assertEquals("Port reopens", a.headline().text());
        assertEquals(2, a.blocks(BlockKind.BODY).size());
        assertEquals("Busan", a.dateline().place());
        assertEquals(List.of("Lee Park"), a.authors().stream().map(Author::name).toList());
        assertEquals(LocalDate.of(2017, 7, 1), a.published().date());
    }

    @Test
    void htmlExtensionIsNotNeededWhenTheContentIsHtml() throws Exception {
        Article a = Articles.read(dir, "saved.txt", "<!DOCTYPE html><html><body><article><h1>T</h1>"
                + "<p>Body text of the page.</p></article></body></html>");
        assertEquals(SourceFormat.HTML, a.format());
    }

    @Test
    void agencyCreditedAsAuthorIsTheAgencyNotAPerson() throws Exception {
        Article a = Articles.read(dir, "wire.html", """
                <html><head><script type="application/ld+json">
                {"@type":"NewsArticle","headline":"Quake strikes","datePublished":"2016-04-16",
                 "author":[{"@type":"Organization","name":"Reuters"}]}
                </script></head><body><article><h1>Quake strikes</h1>
                <p>A strong earthquake struck southern Japan on Saturday, officials said.</p></article></body></html>
                """);
        assertEquals(List.of(), a.authors());
        assertEquals("Reuters", a.agency());
    }

    @Test
    void bylineAgencyIsReadFromAPage() throws Exception {
        Article a = Articles.read(dir, "ap.html", """
                <html><body><article><h1>Markets fall</h1>
                <p class="byline">By JOHN ROE, Associated Press</p>
                <p>Stocks fell sharply on Monday as investors worried about growth.</p></article></body></html>
                """);
        assertEquals(List.of("John Roe"), a.authors().stream().map(Author::name).toList());
        assertEquals("AP", a.agency());
    }
}
