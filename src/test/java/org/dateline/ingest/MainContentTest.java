package org.dateline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.dateline.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pages with heavy chrome (holdout7: menus, cookie banners, teasers as {@code <article>}s, comments, sidebars, old
 * table layouts): the story's paragraphs are read, as {@code NAME.body.json} lists them, and the chrome is not.
 */
class MainContentTest {
    static final Path MESSY = Path.of("src/test/resources/holdout7");

    static Stream<Path> pages() throws IOException {
        try (Stream<Path> s = Files.list(MESSY)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList().stream();
        }
    }

    private static String spaced(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** The text of the story's own blocks: body paragraphs and blockquotes. */
    private static String storyText(Article a) {
        return spaced(a.blocks().stream().filter(b -> b.kind() == BlockKind.BODY || b.kind() == BlockKind.BLOCKQUOTE)
                .map(Block::text).collect(Collectors.joining(" ")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyParagraphOfTheStoryIsRead(Path page) throws Exception {
        String story = storyText(Articles.read(page));
        Path bodyFile = Path.of(page.toString().replace(".html", ".body.json"));
        List<String> paragraphs = JSON.parseAny(Files.readString(bodyFile)).getAsArray().stream()
                .map(v -> spaced(v.getAsString().value())).toList();
        assertFalse(paragraphs.isEmpty());
        for (String p : paragraphs) {
            assertTrue(story.contains(p), page.getFileName() + ": story paragraph not read: " + p);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "01-html-sports-tides-comeback-tacoma.html | Seattle 2, Portland 1",
        "01-html-sports-tides-comeback-tacoma.html | Overnight I-5 closures",
        "01-html-sports-tides-comeback-tacoma.html | Ekberg signs contract extension",
        "01-html-sports-tides-comeback-tacoma.html | We use cookies",
        "01-html-sports-tides-comeback-tacoma.html | What a finish",
        "03-html-courts-treasurer-sentenced-pueblo.html | Six years is not enough",
        "02-html-business-lakeshore-buys-pellworth.html | Harley-Davidson",
        "02-html-business-lakeshore-buys-pellworth.html | Milk prices fall",
        "02-html-business-lakeshore-buys-pellworth.html | DJIA",
        "02-html-business-lakeshore-buys-pellworth.html | Copyright",
        "03-html-courts-treasurer-sentenced-pueblo.html | Steel mill to add 150 jobs",
        "03-html-courts-treasurer-sentenced-pueblo.html | Vick pleads guilty in treasurer case",
        "04-html-local-bend-council-bridge.html | School Board adopted its budget",
        "04-html-local-bend-council-bridge.html | Deschutes Public Library",
        "04-html-local-bend-council-bridge.html | Voters approve $71 million",
        "05-html-science-icefield-thinning-fairbanks.html | Permafrost thaw",
        "05-html-science-icefield-thinning-fairbanks.html | Ferry Columbia",
        "05-html-science-icefield-thinning-fairbanks.html | Printer-friendly version",
        "06-html-sports-brandt-wins-snowbasin-stage.html | Rio Tinto Stadium",
        "06-html-sports-brandt-wins-snowbasin-stage.html | Kyle Whittingham",
        "06-html-sports-brandt-wins-snowbasin-stage.html | We value your privacy",
    })
    void chromeIsNotRead(String page, String chrome) throws Exception {
        Article a = Articles.read(MESSY.resolve(page));
        assertFalse(a.text().contains(chrome), page + ": chrome read as text: " + chrome);
    }

    @Test
    void storyFromTheSidebarOfTeaserArticlesIsTheOneMapped() {
        // The sidebar's teasers are <article>s and the story is not: the graph describes the council vote.
        DatasetGraph dsg = TestArticles.map(MESSY.resolve("04-html-local-bend-council-bridge.html"));
        List<String> literals = dsg.stream().map(q -> q.getObject()).filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm).toList();
        assertTrue(literals.contains("Karen Albrecht"), "the mayor quoted in the story is in the graph");
        assertTrue(literals.stream().noneMatch(l -> l.contains("Deschutes Public Library")
                || l.contains("Bend-La Pine School Board")), "a teaser's text is in the graph");
    }

    @Test
    void storyTextSplitByLineBreaksInATableLayoutIsParagraphs() throws Exception {
        Article a = Articles.read(MESSY.resolve("05-html-science-icefield-thinning-fairbanks.html"));
        assertEquals("Juneau Icefield thinning twice as fast, study finds", a.headline().text());
        assertEquals("Fairbanks", a.dateline().place());
        List<Block> body = a.blocks(BlockKind.BODY);
        assertTrue(body.stream().anyMatch(b -> b.text().equals("The work was paid for by the National Science "
                + "Foundation and NASA.")), "the last paragraph is a block of its own");
    }

    @Test
    void pageNestedThousandsDeepIsStillRead(@TempDir Path dir) throws Exception {
        // Readability recurses over the tree and overflows its stack here; the reader falls back to its own walk.
        String story = "KIEV, Ukraine \u2014 The government said on Monday it would hold talks with the rebels.";
        Article a = Articles.read(dir, "deep.html", "<html><body>" + "<div>".repeat(20_000) + "<p>" + story + "</p>"
                + "</div>".repeat(20_000) + "</body></html>");
        assertEquals(story, a.blocks(BlockKind.BODY).get(0).text());
        assertEquals("Kiev", a.dateline().place());
    }

    @Test
    void blockquoteFooterAndFigureCreditSurviveReadability() throws Exception {
        // Readability drops a blockquote's <footer> and figures outside the story's text; Dateline keeps both.
        Article a = Articles.read(Path.of("src/test/resources/holdout4/06-html-mh17-shot-down-ukraine.html"));
        assertTrue(a.blocks(BlockKind.BLOCKQUOTE).get(0).text()
                .endsWith("Mark Rutte, prime minister of the Netherlands"));
        assertEquals("Pavel Sirko", a.images().get(0).photographer());
    }
}
