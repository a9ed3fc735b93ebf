package org.dateline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dateline.extract.Extractor;
import org.dateline.ingest.ArticleReader;
import org.dateline.ingest.IngestOptions;
import org.dateline.knowledge.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each knowledge file in data/lexicon/ is read by the code that claims it: a copy with one entry changed, given to a
 * fresh JVM by {@code -Ddateline.data}, changes what that code finds in an article made to show it.
 */
class LexiconFilesTest {
    /**
     * One file's check: the entry to change in it (the whole line, replaced by {@code replacement}, or removed when
     * that is null), an article that shows the entry at work, and text that what is found in it holds with the
     * bundled file only ({@code withBundledOnly}) or with the changed file only ({@code withChangeOnly}).
     */
    private record Case(String file, String line, String replacement, String article, String withBundledOnly,
                        String withChangeOnly) { }

    private static final String HEAD = "Minister sets out plans\n\nLONDON (Reuters) - ";

    private static final List<Case> CASES = List.of(
        new Case("claim-verbs.txt", "insisted", null,
            HEAD + "Finance Minister Jane Roe insisted the new budget would cut the deficit within two years.\n",
            "mode=INDIRECT", null),
        new Case("speech-words.txt", "adverb: also", null,
            HEAD + "Finance Minister Jane Roe also insisted the new budget would cut the deficit within two years.\n",
            "mode=INDIRECT", null),
        new Case("attribution-verbs.txt", "told", null,
            HEAD + "\"We will win the vote,\" Finance Minister Jane Roe told reporters.\n",
            "speakerKey=person/jane-roe, mode=DIRECT", null),
        new Case("time-words.txt", "part-of-day: evening", null,
            HEAD + "Finance Minister Jane Roe met the French ambassador on Thursday evening.\n",
            "text=on Thursday evening", null),
        new Case("event-words.txt", "locative: near", null,
            HEAD + "Police arrested three men near Manchester on Monday, officials said.\n",
            "placeKey=place/manchester", null),
        new Case("token-words.txt", "participle: led", null,
            HEAD + "The US-led coalition has promised more aid, Finance Minister Jane Roe said on Monday.\n",
            "key=place/united-states", null),
        new Case("credits.txt", null, null,
            "Minister sets out plans\n\nJane Roe speaks in London on Monday. (AP Photo/John Doe)\n\n"
                + "LONDON (Reuters) - Finance Minister Jane Roe set out her plans on Monday.\n",
            "credit=AP Photo/John Doe", null),
        new Case("bylines.txt", "trailer: ^correction:", null,
            HEAD + "Finance Minister Jane Roe set out her plans on Monday.\n\n"
                + "Correction: An earlier version of this story gave the wrong day.\n",
            "kind=TRAILER", null),
        new Case("boilerplate.txt", "line: Advertisement", null,
            HEAD + "Finance Minister Jane Roe set out her plans on Monday.\n\nAdvertisement\n\n"
                + "She will speak again on Friday.\n",
            null, "text=Advertisement]"),
        new Case("months.tsv", "9\tSeptember|Sept|Sep", "9\tSeptember|Sep",
            "Minister sets out plans\n\nMOSCOW, Sept. 3 (UPI) -- Finance Minister Jane Roe set out her plans.\n",
            "date=--09-03", null),
        new Case("future-cues.txt", "will", null,
            "Minister sets out plans\n\nPublished: 24 June 2016\n\n"
                + "LONDON (Reuters) - Finance Minister Jane Roe will meet the French ambassador on Monday.\n",
            "text=on Monday, date=2016-06-27", "text=on Monday, date=2016-06-20"));

    private static final String CREDIT_RULE_PREFIX = "\\((?<org>\\p{Lu}[\\p{L}.&-]*)\\s+(?i:Photos?|Images?)\\s*/";

    @TempDir
    static Path dir;
    private static List<Path> articles;
    private static List<String> changed;

    @BeforeAll
    static void readWithChangedFiles() throws Exception {
        Path data = dir.resolve("data/lexicon");
        Files.createDirectories(data);
        articles = new ArrayList<>();
        for (int i = 0; i < CASES.size(); i++) {
            Case c = CASES.get(i);
            List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("data/lexicon", c.file()), StandardCharsets.UTF_8));
            int at = c.line() == null ? indexStartingWith(lines, CREDIT_RULE_PREFIX) : lines.indexOf(c.line());
            assertTrue(at >= 0, () -> c.file() + " has no line " + c.line());
            if (c.replacement() == null) {
                lines.remove(at);
            } else {
                lines.set(at, c.replacement());
            }
            Files.write(data.resolve(c.file()), lines, StandardCharsets.UTF_8);
            Path article = dir.resolve("article-" + i + ".txt");
            Files.writeString(article, c.article(), StandardCharsets.UTF_8);
            articles.add(article);
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Ddateline.data=" + dir.resolve("data"),
                LexiconProbe.class.getName()));
        articles.forEach(a -> command.add(a.toString()));
        Path out = dir.resolve("out.txt");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the probe JVM finished");
        changed = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), () -> String.join("\n", changed));
        assertEquals(CASES.size(), changed.size(), () -> String.join("\n", changed));
    }

    private static int indexStartingWith(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void eachChangedFileChangesWhatItsCodeFinds() throws Exception {
        ArticleReader reader = ArticleReader.create(IngestOptions.defaults());
        Extractor extractor = Extractor.create(Gazetteer.loadDefault());
        for (int i = 0; i < CASES.size(); i++) {
            Case c = CASES.get(i);
            String bundled = LexiconProbe.summary(reader, extractor, articles.get(i));
            String withChange = changed.get(i);
            for (String only : new String[] {c.withBundledOnly(), c.withChangeOnly()}) {
                if (only == null) {
                    continue;
                }
                boolean bundledOnly = only.equals(c.withBundledOnly());
                assertTrue(bundled.contains(only) == bundledOnly && withChange.contains(only) != bundledOnly,
                        () -> c.file() + ": \"" + only + "\" expected " + (bundledOnly ? "with the bundled file only"
                                : "with the changed file only") + "\n  bundled: " + bundled + "\n  changed: " + withChange);
            }
        }
    }
}
