package org.dateline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.dateline.knowledge.DataFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Wire-style plain text is split into headline, standfirst, byline, captions, body and trailer. */
class WireTextReaderTest {
    @TempDir
    Path dir;

    private static final String UPI = """
            Advertisement

            Rebels retake northern town after week of fighting

            "We will not leave our homes again," said a farmer who returned on Sunday.

            By Jane Doe
            Residents return to the town of Kafr Nabl on September 27, 2015. Photo by John Roe/UPI
            Residents return to the town of Kafr Nabl on September 27, 2015. Photo by John Roe/UPI | License Photo

            DAMASCUS, Syria, Sept. 28 (UPI) -- Rebel fighters retook the town on Monday.

            Advertisement

            The army said it had withdrawn to regroup.

            Latest Headlines
            Some other story
            """;

    private Article upi() throws Exception {
        return Articles.read(dir, "upi.txt", UPI);
    }

    @Test
    void captionPrintedTwiceIsOneImage() throws Exception {
        Article a = upi();
        assertEquals(1, a.images().size());
        Image i = a.images().get(0);
        assertEquals("Residents return to the town of Kafr Nabl on September 27, 2015.", i.caption());
        assertEquals("Photo by John Roe/UPI", i.credit());
        assertEquals("John Roe", i.photographer());
        assertEquals("UPI", i.creditOrganization());
        assertTrue(i.licensed(), "the second printing carries the licence marker");
        assertEquals(1, a.blocks(BlockKind.CAPTION).size());
    }

    @Test
    void wireStoryPartsBecomeBlocksInReadingOrder() throws Exception {
        Article a = upi();
        assertEquals(List.of(BlockKind.HEADLINE, BlockKind.STANDFIRST, BlockKind.BYLINE, BlockKind.CAPTION,
                BlockKind.BODY, BlockKind.BODY), a.blocks().stream().map(Block::kind).toList());
        assertEquals("Rebels retake northern town after week of fighting", a.headline().text());
        assertEquals(List.of("Jane Doe"), a.authors().stream().map(Author::name).toList());
        assertEquals(LocalDate.of(2015, 9, 28), a.published().date());
        assertEquals(DateSource.DATELINE, a.published().source());
        assertEquals("rebels-retake-northern-town-after-week-of-fighting", a.slug());
        assertEquals(UPI, a.text(), "plain text is kept whole");
    }

    @Test
    void photographerIsNotAnAuthor() throws Exception {
        assertFalse(upi().authors().stream().anyMatch(au -> au.name().equals("John Roe")));
    }

    @Test
    void linesAfterLatestHeadlinesAreNotArticleText() throws Exception {
        assertFalse(upi().blocks().stream().anyMatch(b -> b.text().contains("Some other story")));
    }

    static List<Path> goldArticles() throws Exception {
        try (var s = Files.list(GoldMetadataTest.ARTICLES)) {
            return s.filter(p -> !p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldArticles")
    void boilerplateNeverInABlock(Path file) throws Exception {
        Article a = Articles.read(file);
        List<String> furniture = DataFiles.entries("lexicon/boilerplate.txt").stream()
                .filter(l -> l.matches("(line|end|caption|credit|published):.*"))
                .map(l -> l.substring(l.indexOf(':') + 1).strip().toLowerCase(Locale.ROOT)).toList();
        for (Block b : a.blocks()) {
            for (String line : b.text().split("\n")) {
                String l = BoilerplateRules.clean(line).toLowerCase(Locale.ROOT);
                assertFalse(furniture.contains(l), b.kind() + " block holds furniture: " + line);
                assertFalse(l.startsWith("image caption") || l.startsWith("published"), line);
            }
        }
    }

    @Test
    void bylineWithTwoPeople() throws Exception {
        Article a = Articles.read(dir, "a.txt", "Headline\n\nBy Jane Doe and John Roe\n\nLONDON (Reuters) - Text.\n");
        assertEquals(List.of("Jane Doe", "John Roe"), a.authors().stream().map(Author::name).toList());
        assertEquals("Reuters", a.agency());
    }

    /** Web copies of wire stories print the reporters' names without "By" between the headline and the dateline. */
    @Test
    void namesAloneBeforeTheDatelineAreTheByline() throws Exception {
        Article a = Articles.read(dir, "a.txt",
                "Ministers meet in Athens\n\nNikos Alevras, Helga Brandt\n\nATHENS (Reuters) - Ministers met.\n");
        assertEquals(List.of("Nikos Alevras", "Helga Brandt"), a.authors().stream().map(Author::name).toList());
        assertEquals(List.of(), a.blocks(BlockKind.STANDFIRST));
        assertEquals("Nikos Alevras, Helga Brandt", a.blocks(BlockKind.BYLINE).get(0).text());
    }

    /** A name alone over the outlet's line ("BBC News, Ljubljana") is a byline printed without "By". */
    @Test
    void aNameOverTheOutletsLineIsTheByline() throws Exception {
        String body = "Voters in Slovenia go to the polls on Sunday in a runoff that the governing coalition had hoped "
                + "to avoid, officials said.\n";
        Article a = Articles.read(dir, "a.txt", "Runoff looms in Slovenia\n\nJane Hartley\nBBC News, Ljubljana\n\n" + body);
        assertEquals(List.of("Jane Hartley"), a.authors().stream().map(Author::name).toList());
        Article b = Articles.read(dir, "b.txt", "Runoff looms in Slovenia\n\nJane Hartley\n\n" + body);
        assertEquals(List.of(), b.authors(), "a name with no outlet under it is no byline");
    }

    /**
     * Names with their job on the line make a byline without "By", whatever the given name ("Mihi Tautahi, Reporter",
     * "Helena Marchbank Environment correspondent"); so does a name over the writer's handle ("@GOSTROWSKI_CNBC").
     */
    @Test
    void aNameWithItsJobOrHandleIsTheByline() throws Exception {
        String body = "\nThe line will stay closed until at least 15 October after part of a rail bridge collapsed, "
                + "officials said.\n";
        Article rnz = Articles.read(dir, "rnz.txt", "Rail bridge collapse shuts main line\n\nMihi Tautahi, Reporter\n" + body);
        assertEquals(List.of("Mihi Tautahi"), rnz.authors().stream().map(Author::name).toList());
        Article guardian = Articles.read(dir, "g.txt",
                "Wild beavers to return to the River Eden\n\nHelena Marchbank Environment correspondent\n" + body);
        assertEquals(List.of("Helena Marchbank"), guardian.authors().stream().map(Author::name).toList());
        Article gleaner = Articles.read(dir, "j.txt",
                "Rail bridge collapse shuts main line\n\nDwight McKenzie-Forbes/Gleaner Writer\n" + body);
        assertEquals(List.of("Dwight McKenzie-Forbes"), gleaner.authors().stream().map(Author::name).toList());
        Article cnbc = Articles.read(dir, "c.txt",
                "Heat pump maker to cut jobs\n\nGabriela Ostrowski\n@GOSTROWSKI_CNBC\n" + body);
        assertEquals(List.of("Gabriela Ostrowski"), cnbc.authors().stream().map(Author::name).toList());
        Article none = Articles.read(dir, "n.txt", "Heat pump maker to cut jobs\n\nMercer Vail Holdings\n" + body);
        assertEquals(List.of(), none.authors(), "capitalised words with no job, handle or given name are no byline");
        Article story = Articles.read(dir, "s.txt", "Council to buy derelict buildings\n\nMinister Ciarán Tóibín, said in a"
                + " statement that the Government would look favourably on any application by the council for funding.\n");
        assertEquals(List.of(), story.authors(), "a clause holding a job word ('for') is no job");
    }

    /** A name with its outlet after a middle dot, over a "Posted:" line, is a byline printed without "By". */
    @Test
    void aNameAndItsOutletOverThePostedLineIsTheByline() throws Exception {
        Article a = Articles.read(dir, "a.txt", "Company owner guilty in death of worker\n\n"
                + "Jane Roe \u00b7 CBC News \u00b7\nPosted: Feb 24, 2027 5:12 PM CST | Last Updated: 2 hours ago\n\n"
                + "A Manitoba jury has found the owner of an excavation company guilty of criminal negligence, "
                + "the court heard.\n");
        assertEquals(List.of("Jane Roe"), a.authors().stream().map(Author::name).toList());
    }

    /** A byline in parentheses under the story names its writers. */
    @Test
    void aBylineInParenthesesUnderTheStoryNamesTheWriters() throws Exception {
        Article a = Articles.read(dir, "a.txt", "Legislature passes power price cap\n\n"
                + "Taipei, March 16 (CNA) The opposition-controlled Legislative Yuan on Tuesday passed a bill capping "
                + "electricity prices, officials said.\n\nThe bill now goes to the Cabinet.\n\n"
                + "(By Hsieh Pei-yu and Daniel Ho)\nEnditem/dh\n");
        assertEquals(List.of("Hsieh Pei-yu", "Daniel Ho"), a.authors().stream().map(Author::name).toList());
    }

    /** A name over a line of the writer's job is a byline, even when the lexicon lacks the given name. */
    @Test
    void aNameOverTheWritersJobIsTheByline() throws Exception {
        Article a = Articles.read(dir, "a.txt", "Patients waited up to 50 hours on trolleys\n\nPublished\n27 January 2026\n"
                + "Updated\n28 January 2026\n\nShare\nSave\n\nZorawar Lalwani\nHealth correspondent, BBC Midlands\n\n"
                + "Image source, PA Media\nImage caption,\nThe trust declared a critical incident on Monday\n\n"
                + "Patients at one of England's busiest hospitals waited up to 50 hours on trolleys in corridors last "
                + "week, figures seen by the broadcaster show, as the trust declared a critical incident.\n\n"
                + "The trust, which runs the hospital, declared a critical incident on Monday, it said.\n");
        assertEquals(List.of("Zorawar Lalwani"), a.authors().stream().map(Author::name).toList());
    }

    /** A site's tagline over its menu is chrome when a standfirst without its full stop stands under the headline. */
    @Test
    void aStandfirstWithoutItsFullStopLeavesTheHeadlineUnderTheMenu() throws Exception {
        Article a = Articles.read(dir, "a.txt", "Skip to main content\nThe Allegheny Ledger\n"
                + "Pittsburgh's independent newsroom since 1998\nSubscribe\nSign in\nNews\nPolitics\nCourts\n"
                + "Courts \u203a Federal\n\nFormer schools finance chief gets 5 years for stealing $2.3 million\n\n"
                + "He told the judge he began taking the money to cover gambling losses\n\n"
                + "By Dana Kowalczyk | dkowalczyk@example.org\nSept. 16, 2025 | 4:12 p.m.\n\n"
                + "PITTSBURGH \u2014 The former business manager of a school district was sentenced Tuesday to five years "
                + "in federal prison, prosecutors said.\n");
        assertEquals("Former schools finance chief gets 5 years for stealing $2.3 million", a.headline().text());
        assertEquals(LocalDate.of(2025, 9, 16), a.published().date());
    }

    /** Given names of many countries' legislators (EveryPolitician) let a bare byline of a French name be read. */
    @Test
    void aBareBylineOfAFrenchNameIsRead() throws Exception {
        Article a = Articles.read(dir, "a.txt", "Telescope finds water on a distant planet\n\nJulien Thibodeau\n"
                + "The Canadian Press\n\nMONTREAL \u2014 A team led by researchers in Montreal says it has found water "
                + "vapour in the atmosphere of a planet, officials said.\n");
        assertEquals(List.of("Julien Thibodeau"), a.authors().stream().map(Author::name).toList());
    }

    /** A name over "at the Aviva Stadium" and a date line is a byline printed without "By"; the date line dates the page. */
    @Test
    void aNameOverWhereTheWriterFiledFromIsTheByline() throws Exception {
        Article a = Articles.read(dir, "a.txt", "Ireland hold off Scotland\n\nKearney kicks 14 points in Dublin\n\n"
                + "Ted Dolan\nat the Aviva Stadium\nSat Mar 14 2026 - 19:12\n\nIreland will go to Paris next Saturday "
                + "with the title still within reach after a nervous win over Scotland at the Aviva Stadium, the coach said.\n");
        assertEquals(List.of("Ted Dolan"), a.authors().stream().map(Author::name).toList());
        assertEquals(LocalDate.of(2026, 3, 14), a.published().date());
    }

    /** MenuUnderMasthead: a site's tagline over its menu is chrome; the headline is the line over the byline. */
    @Test
    void aTaglineOverTheSitesMenuIsNoHeadline() throws Exception {
        Article a = Articles.read(dir, "a.txt", "Skip to content\nLakeside Current\nYour local news, every day\n"
                + "Subscribe\nLog in\nNews\nPolitics\nWeather\nNews › Local Government › Housing\n"
                + "Council allows fourplexes citywide after six-hour debate\nBy Jane Roe\n"
                + "Posted Wednesday, March 27, 2024 6:05 AM\nLAKESIDE — The city council voted 8-4 early Wednesday to let "
                + "property owners build up to four homes on any residential lot in the city, officials said.\n");
        assertEquals("Council allows fourplexes citywide after six-hour debate", a.headline().text());
        assertEquals(List.of("Jane Roe"), a.authors().stream().map(Author::name).toList());
        assertEquals("Lakeside", a.dateline().place());
    }

    /** A menu bar of many labels is chrome too, and a standfirst may stand between the headline and the byline. */
    @Test
    void aLongMenuBarAndAStandfirstOverTheByline() throws Exception {
        Article a = Articles.read(dir, "a.txt", "Skip to main content\nLakeside Current\nYour local news since 1919\n"
                + "Subscribe | Sign In\nNews | Sports | Business | Opinion | Obituaries | Things to Do | e-Edition\n"
                + "Home › News › Local Politics\n\nCouncil allows fourplexes citywide after six-hour debate\n\n"
                + "Supporters say it will ease rents. Opponents say it will crowd streets.\n\n"
                + "By Jane Roe | Staff Writer\nPublished 6:40 a.m. ET March 27, 2024\n\n"
                + "LAKESIDE — The city council voted 8-4 early Wednesday to let property owners build up to four homes "
                + "on any residential lot in the city, officials said.\n");
        assertEquals("Council allows fourplexes citywide after six-hour debate", a.headline().text());
        assertEquals(List.of("Jane Roe"), a.authors().stream().map(Author::name).toList());
        assertEquals("Lakeside", a.dateline().place());
    }

    /** AFP's web pages print the date line under the story's first paragraph; it dates the page and is no prose. */
    @Test
    void aDateLineUnderTheFirstParagraphDatesThePage() throws Exception {
        Article a = Articles.read(dir, "a.txt", "Chile wildfire kills two near Valparaiso as thousands flee\n\n"
                + "Quilpu\u00e9 (Chile) (AFP) - A fast-moving wildfire tore through hillside neighbourhoods on Sunday, "
                + "killing two people, officials said.\n\n19 January 2025 - 22:40\n\nThe fire broke out shortly "
                + "after midday in a eucalyptus plantation east of the city, the forestry agency said.\n");
        assertEquals(LocalDate.of(2025, 1, 19), a.published().date());
        assertEquals("AFP", a.agency());
        assertTrue(a.blocks(BlockKind.BODY).stream().noneMatch(b -> b.text().startsWith("19 January")));
    }

    /** A standfirst of two places is no byline: no name opens with a given name. */
    @Test
    void placesAloneBeforeTheDatelineAreNoByline() throws Exception {
        Article a = Articles.read(dir, "a.txt",
                "Talks resume at the border\n\nNorth Korea, South Korea\n\nSEOUL (Reuters) - Talks resumed.\n");
        assertEquals(List.of(), a.authors());
        assertEquals("North Korea, South Korea", a.blocks(BlockKind.STANDFIRST).get(0).text());
    }

    @Test
    void upperCaseBylineIsRecasedAndItsAgencyRead() throws Exception {
        Article a = Articles.read(dir, "a.txt", """
                Headline

                By SEAN O'BRIEN, MARY MCDONALD-SMITH and JOSE DE LA CRUZ, Associated Press

                Body of the story without a dateline.
                """);
        assertEquals(List.of("Sean O'Brien", "Mary McDonald-Smith", "Jose de la Cruz"),
                a.authors().stream().map(Author::name).toList());
        assertEquals("AP", a.agency());
        assertEquals("Associated Press", a.publisher());
        for (Author au : a.authors()) {
            assertEquals(au.name().toLowerCase(Locale.ROOT), au.span().of(a.text()).toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void affiliationOnTheLineUnderTheBylineIsPartOfIt() throws Exception {
        Article a = Articles.read(dir, "a.txt", "Headline\n\nBy Laura Smith\nPolitical editor\n\nThe vote was held.\n");
        assertEquals(List.of("Laura Smith"), a.authors().stream().map(Author::name).toList());
        assertEquals(2, a.blocks(BlockKind.BYLINE).size());
        assertEquals(List.of("The vote was held."), a.blocks(BlockKind.BODY).stream().map(Block::text).toList());
    }

    @Test
    void afpStyleCapitalSurnameIsRecased() throws Exception {
        Article a = Articles.read(dir, "a.txt", "Headline\n\nBy Jane DOE\n\nPARIS (AFP) - France said so.\n");
        assertEquals("Jane Doe", a.authors().get(0).name());
        assertEquals("AFP", a.agency());
    }

    @Test
    void trailersAreTrailerBlocks() throws Exception {
        Article a = Articles.read(dir, "a.txt", """
                Headline

                KIEV (Reuters) - Ukraine said on Monday it would talk.

                Officials gave no details.

                (Reporting by Pavel Pol; Editing by Tom Hen)

                Jane Roe in Moscow contributed to this report.
                """);
        assertEquals(List.of("(Reporting by Pavel Pol; Editing by Tom Hen)",
                "Jane Roe in Moscow contributed to this report."),
                a.blocks(BlockKind.TRAILER).stream().map(Block::text).toList());
        assertTrue(a.authors().isEmpty(), "contributors are not authors");
    }

    @Test
    void apCaptionCreditNamesPhotographerAndAgency() throws Exception {
        Article a = Articles.read(dir, "a.txt", """
                Headline

                By IRINA ROE, Associated Press

                Leaders leave a briefing in Minsk, Belarus, Thursday, Feb. 12, 2015. (AP Photo/Alex Doe, File)

                MINSK, Belarus (AP) \u2014 The leaders agreed.
                """);
        Image i = a.images().get(0);
        assertEquals("Alex Doe", i.photographer());
        assertEquals("AP", i.creditOrganization());
        assertEquals("AP Photo/Alex Doe, File", i.credit());
        assertEquals("Leaders leave a briefing in Minsk, Belarus, Thursday, Feb. 12, 2015.", i.caption());
    }

    @Test
    void publishedLineGivesThePublicationDate() throws Exception {
        Article a = Articles.read(dir, "a.txt", """
                Headline

                By Irina Roe, Associated Press
                Published 1:47 pm, Thursday, February 12, 2015

                MINSK, Belarus (AP) \u2014 The leaders agreed.
                """);
        assertEquals(LocalDate.of(2015, 2, 12), a.published().date());
        assertEquals(DateSource.PUBLISHED_LINE, a.published().source());
        assertFalse(a.blocks().stream().anyMatch(b -> b.text().startsWith("Published")));
    }

    /** "Jun 7, 2017 Updated Jun 8, 2017": the page was published on the first date. */
    @Test
    void aDateLineWithAnUpdateGivesTheFirstDate() throws Exception {
        Article a = Articles.read(dir, "a.txt", """
                Council caps rentals

                By Jane Roe
                Jun 7, 2017 Updated Jun 8, 2017

                The council voted late Wednesday to cap short-term rentals.
                """);
        assertEquals(LocalDate.of(2017, 6, 7), a.published().date());
        assertEquals(DateSource.PUBLISHED_LINE, a.published().source());
    }

    /** A publication's name under the byline belongs to it; the date line after it is still the page's date. */
    @Test
    void anOutletNameUnderTheBylineKeepsTheDateLineAfterIt() throws Exception {
        Article a = Articles.read(dir, "a.txt", """
                Bookseller dies at 88

                By Arthur Roe
                Lake Superior Ledger

                September 14, 2016

                Margaret Doe, who ran the city's oldest bookstore, died Sunday at her home. She was 88.
                """);
        assertEquals(LocalDate.of(2016, 9, 14), a.published().date());
        assertEquals(DateSource.PUBLISHED_LINE, a.published().source());
        assertEquals(List.of("Arthur Roe"), a.authors().stream().map(Author::name).toList());
    }

    @Test
    void labelledPageCaptionAndCreditAreBlocksWithoutTheirLabels() throws Exception {
        Article a = Articles.read(dir, "a.txt", """
                Accessibility links

                Leaders meet in Brussels

                \u2022 Published
                24 June 2016
                Share
                Image source, Getty Images
                Image caption,
                The leaders met in the morning

                The leaders met on Friday to discuss the vote.
                """);
        assertEquals(LocalDate.of(2016, 6, 24), a.published().date());
        assertEquals(DateSource.PUBLISHED_LINE, a.published().source());
        assertEquals(List.of("Image source, Getty Images", "The leaders met in the morning"),
                a.blocks(BlockKind.CAPTION).stream().map(Block::text).toList());
        assertEquals("Getty Images", a.images().get(0).creditOrganization());
        assertNull(a.agency(), "a picture credit is not the story's agency");
        assertNull(a.dateline());
        assertEquals(List.of("The leaders met on Friday to discuss the vote."),
                a.blocks(BlockKind.BODY).stream().map(Block::text).toList());
    }

    @Test
    void withoutDatesTheOptionDateIsUsed() throws Exception {
        Path file = Articles.write(dir, "a.txt", "Headline\n\nThe vote was held on Friday.\n");
        Article a = ArticleReader.create(IngestOptions.defaults().withFallbackDate(LocalDate.of(2020, 1, 2))).read(file);
        assertEquals(LocalDate.of(2020, 1, 2), a.published().date());
        assertEquals(DateSource.OPTION, a.published().source());
    }

    @Test
    void withoutDatesOrOptionTheFileTimeIsUsed() throws Exception {
        Path file = Articles.write(dir, "a.txt", "Headline\n\nThe vote was held on Friday.\n");
        LocalDate day = LocalDate.of(2019, 3, 4);
        Files.setLastModifiedTime(file, FileTime.from(day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant()));
        Article a = Articles.read(file);
        assertEquals(day, a.published().date());
        assertEquals(DateSource.FILE_TIME, a.published().source());
    }

    @Test
    void datelineWithoutYearTakesTheOptionYearWhenTextHasNone() throws Exception {
        Path file = Articles.write(dir, "a.txt", "Headline\n\nNov. 25 (UPI) -- Russia said.\n");
        Article a = ArticleReader.create(IngestOptions.defaults().withFallbackDate(LocalDate.of(2015, 11, 26))).read(file);
        assertEquals(LocalDate.of(2015, 11, 25), a.published().date());
        assertEquals(DateSource.DATELINE, a.published().source());
    }

    @Test
    void hardWrappedParagraphsAreOneBlock() throws Exception {
        Article a = Articles.read(dir, "a.txt", """
                Headline of a wrapped story

                MOSCOW, Oct. 3 (UPI) -- On Saturday, Russia vowed to intensify
                airstrikes in Syria, as Russian forces continue bombing missions
                for the fourth day.

                Officials in Washington condemned the strikes and said they
                would drive rebels underground.
                """);
        assertEquals(2, a.blocks(BlockKind.BODY).size());
        assertTrue(a.blocks(BlockKind.BODY).get(0).text().endsWith("for the fourth day."));
    }

    @Test
    void storyOpeningWithItsDatelineHasNoHeadline() throws Exception {
        Article a = Articles.read(dir, "bare-story.txt", "KIEV (Reuters) - Ukraine said on Monday it would talk.\n\nMore.\n");
        assertNull(a.headline());
        assertEquals("Kiev", a.dateline().place());
        assertEquals("bare-story", a.slug());
    }

    @Test
    void standfirstWithoutBylineIsBodyWhenNothingMarksTheHeader() throws Exception {
        Article a = Articles.read(dir, "a.txt", "Headline\n\nFirst paragraph.\n\nSecond paragraph.\n\nThird paragraph.\n");
        assertTrue(a.blocks(BlockKind.STANDFIRST).isEmpty());
        assertEquals(3, a.blocks(BlockKind.BODY).size());
    }

    @Test
    void shortCreditLineBeforeALateDatelineIsHeaderNotStory() throws Exception {
        Article a = Articles.read(dir, "voa.txt", """
                Turkey Shoots Down Russian Warplane

                November 24, 2015 11:14 AM

                VOA News

                WASHINGTON — Turkey shot down a Russian warplane on Tuesday.

                FILE - A Russian bomber takes off from an air base in Syria. (AP Photo)

                NATO called an emergency meeting.
                """);
        assertEquals(LocalDate.of(2015, 11, 24), a.published().date());
        assertEquals("Washington", a.dateline().place());
        assertTrue(a.blocks(BlockKind.BODY).get(0).text().startsWith("WASHINGTON"));
        assertEquals(List.of("VOA News"), a.blocks(BlockKind.BYLINE).stream().map(Block::text).toList());
        assertEquals("AP", a.images().get(0).creditOrganization());
    }

    @Test
    void bylineWithTimeGivesThePublicationDate() throws Exception {
        Article a = Articles.read(dir, "a.txt", "Aid sent\n\nBy Brooks Hays | Oct. 5, 2015 at 9:14 AM\n\n"
                + "Oct. 5 (UPI) -- The U.S. said it would send aid.\n");
        assertEquals(List.of("Brooks Hays"), a.authors().stream().map(Author::name).toList());
        assertEquals(LocalDate.of(2015, 10, 5), a.published().date());
    }

    @Test
    void datelineYearFromFileTimeIsNeverAfterIt() throws Exception {
        Path file = Articles.write(dir, "a.txt", "Headline\n\nKIEV, Feb 16 (Reuters) - Ukraine said.\n");
        Files.setLastModifiedTime(file, FileTime.from(LocalDate.of(2015, 11, 1).atStartOfDay(ZoneId.systemDefault())
                .toInstant()));
        assertEquals(LocalDate.of(2015, 2, 16), Articles.read(file).published().date());
    }

    @Test
    void pageChromeOverAPastedPageIsSkippedAndTheHeadlineIsTheFirstHeadlineLikeLine() throws Exception {
        Article a = Articles.read(dir, "a.txt", """
                Skip to main Navigation
                #Business News
                Markets
                Quarterly Results
                Share this
                Mill owner agrees to sell two plants to a rival
                By JANE DOE AP Business Writer
                September 23, 2015 / 6:12 PM
                A mill owner agreed on Wednesday to sell two plants to a rival.
                "It is the right time," the owner said.
                Related Topics
                Markets
                We use cookies to improve your experience. Accept
                """);
        assertEquals("Mill owner agrees to sell two plants to a rival", a.headline().text());
        assertEquals(List.of("Jane Doe"), a.authors().stream().map(Author::name).toList());
        assertEquals(LocalDate.of(2015, 9, 23), a.published().date());
        assertEquals(DateSource.PUBLISHED_LINE, a.published().source());
        assertFalse(a.blocks().stream().anyMatch(b -> b.text().contains("cookies") || b.text().contains("Markets")),
                "menus, labels and the cookie banner are no blocks");
    }

    @Test
    void aDeskBylineHasNoAuthorsAndIsNoHeadline() throws Exception {
        Article a = Articles.read(dir, "a.txt", """
                Home | News | Local Government
                Council approves bike lanes on Main Street
                By Staff Reports
                Posted: March 14, 2017 / 9:05 PM
                The council voted 5-2 on Tuesday to add bike lanes.
                """);
        assertEquals("Council approves bike lanes on Main Street", a.headline().text());
        assertEquals(List.of(), a.authors());
        assertEquals(LocalDate.of(2017, 3, 14), a.published().date());
    }

    @Test
    void aShortHeadlineOverAParagraphStaysTheHeadline() throws Exception {
        Article a = Articles.read(dir, "a.txt", "Markets\n\nMarkets fell on Monday as oil slid.\n");
        assertEquals("Markets", a.headline().text());
    }
    /** MenuUnderMasthead: a headline over an "Updated:" stamp is the headline, past a menu label of four words. */
    @Test
    void theHeadlineOverAnUpdatedStampFollowsTheMenu() throws Exception {
        Article a = Articles.read(dir, "a.txt", """
                WXYZ 7 Springfield
                Menu
                Search
                Watch Live
                News
                7 On Your Side
                Sports
                Community Calendar
                Contests

                County board votes to cut 40 jobs as grant money runs out
                Updated: 6:42 PM EST Nov 5, 2026
                Jane Doe
                Education Reporter
                Share

                SPRINGFIELD, Ill. — The county board voted 4-1 on Wednesday night to cut 40 positions next school year.

                The cuts are expected to save about $9.6 million, the superintendent told board members.
                """);
        assertEquals("County board votes to cut 40 jobs as grant money runs out", a.headline().text());
        assertEquals(List.of("Jane Doe"), a.authors().stream().map(Author::name).toList());
        assertEquals(LocalDate.of(2026, 11, 5), a.published().date());
    }

    /** A trail of angle quotes over the headline is a breadcrumb, whatever its pieces say. */
    @Test
    void aBreadcrumbTrailIsNoHeadline() throws Exception {
        Article a = Articles.read(dir, "a.txt", """
                University of Somewhere
                News and features › 2025 › October

                Heatwaves linked to a rise in hospital admissions

                Press release issued: 22 October 2025

                Hospital admissions rise during heatwaves, a study led by the university found.
                """);
        assertEquals("Heatwaves linked to a rise in hospital admissions", a.headline().text());
        assertEquals(LocalDate.of(2025, 10, 22), a.published().date());
        assertEquals(DateSource.PUBLISHED_LINE, a.published().source());
    }

    /**
     * A trail printed in capitals ("SOUTH AFRICA | KWAZULU-NATAL") is the page's sections, not the headline, whatever
     * they name; a bare byline in capitals with the writers' job after it gives the names in normal case.
     */
    @Test
    void aTrailInCapitalsIsNoHeadlineAndBareNamesInCapitalsAreRecased() throws Exception {
        Article a = Articles.read(dir, "a.txt", """
                The Daily Planet
                News | Opinion | Politics | Business

                NORTHERN PROVINCE | RIVERTON

                Two men convicted of murdering Riverton councillor outside his home

                JANE ROE and JOHN DOE, Planet staff writers
                Published 28 Sep 2027 | 15:42

                The High Court has found two men guilty of the murder of a ward councillor in Riverton.
                """);
        assertEquals("Two men convicted of murdering Riverton councillor outside his home", a.headline().text());
        assertEquals(List.of("Jane Roe", "John Doe"), a.authors().stream().map(Author::name).toList());
    }

    /**
     * PlaceUnderTheByline: a place in capitals on its own line under a bare byline is the dateline's place (the date
     * line gives the date); a middle initial makes a name a person's though the lexicon lacks the given name.
     */
    @Test
    void aPlaceInCapitalsUnderTheBylineIsTheDatelinesPlace() throws Exception {
        Article a = Articles.read(dir, "a.txt", """
                THE DAILY PLANET
                NEWS › India › Kerala

                Six killed as landslides hit the hills after overnight downpour

                Rescue teams search for two missing; red alert in three districts till Friday

                Zorvak Q. Menon
                RIVERTON
                Published - July 21, 2027 01:22 pm IST

                Six people were killed and two are missing after landslides struck two hamlets in the district late on Tuesday night.
                """);
        assertEquals(List.of("Zorvak Q. Menon"), a.authors().stream().map(Author::name).toList());
        assertEquals("Riverton", a.dateline().place());
        assertNull(a.dateline().date(), "the line prints no date");
        assertEquals(LocalDate.of(2027, 7, 21), a.published().date());
    }

    /** The Canadian Press's closing line says when the report was first published. */
    @Test
    void aFirstPublishedTrailerDatesTheStory() throws Exception {
        Article a = Articles.read(dir, "a.txt", """
                Judge quashes permit for northern gas pipeline

                By Jane Doe
                The Canadian Press

                VANCOUVER — A judge has overturned the provincial permit for a gas pipeline, ruling on Thursday.

                "There's a difference," he said.

                This report by The Canadian Press was first published Feb. 19, 2026.
                """);
        assertEquals(LocalDate.of(2026, 2, 19), a.published().date());
        assertEquals(DateSource.PUBLISHED_LINE, a.published().source());
    }
}
