package org.dateline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dateline.TestArticles;
import org.junit.jupiter.api.Test;

/** The drop patterns, tried as one alternation, drop exactly the lines one of them matches whole. */
class BoilerplateRulesTest {
    private static List<String> lexiconRegexes() throws Exception {
        List<String> regexes = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("data/lexicon/boilerplate.txt"), StandardCharsets.UTF_8)) {
            if (line.startsWith("regex:")) {
                regexes.add(line.substring("regex:".length()).strip());
            }
        }
        return regexes;
    }

    @Test
    void theAlternationAgreesWithEachPatternOnEveryLine() throws Exception {
        List<String> regexes = lexiconRegexes();
        assertTrue(regexes.size() > 3, "the lexicon's drop patterns: " + regexes);
        Pattern any = BoilerplateRules.anyOf(regexes);
        List<String> lines = new ArrayList<>(List.of("Share on Facebook", "SHARE ON TWITTER", "Photo 3 of 12", "4 min read",
                "Last updated: Oct. 3, 2015 at 4:12 PM", "-----", "Copyright 2015 UPI. All rights reserved.",
                "All rights reserved", "Share", "Updated", "The minister said 4 min read was enough.", ""));
        for (Path article : TestArticles.all()) {
            lines.addAll(Files.readAllLines(article, StandardCharsets.UTF_8));
        }
        int dropped = 0;
        for (String line : lines) {
            boolean each = regexes.stream().anyMatch(r -> Pattern.compile(r).matcher(line).matches());
            assertEquals(each, any.matcher(line).matches(), line);
            dropped += each ? 1 : 0;
        }
        assertTrue(dropped >= 7, "the cases above drop: " + dropped);
    }

    /** A long line's key is made from its start only; the verdicts must be those of the whole key. */
    @Test
    void longLinesGetTheVerdictOfTheirWholeKey() throws Exception {
        String prose = "The minister said the talks would resume on Monday, and officials from both sides agreed. ";
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("data/lexicon/boilerplate.txt"), StandardCharsets.UTF_8)) {
            int colon = line.indexOf(':');
            if (colon > 0 && !line.startsWith("#") && !line.startsWith("regex:")) {
                String label = line.substring(colon + 1).strip();
                // The label, then a short or a paragraph-long rest, a date, a run of spaces longer than any label,
                // and a capital sigma at the cut (lower-cased by what follows it).
                for (String rest : List.of("", " Oct. 3, 2015", " " + prose.repeat(3), ": 3 October 2015 " + prose,
                        " ".repeat(120) + prose.repeat(2), "Σ".repeat(40) + " " + prose, "\t\t" + prose.repeat(2))) {
                    lines.add(label + rest);
                    lines.add(label.toUpperCase(java.util.Locale.ROOT) + rest);
                }
            }
        }
        for (Path article : TestArticles.all()) {
            lines.addAll(Files.readAllLines(article, StandardCharsets.UTF_8));
        }
        BoilerplateRules rules = BoilerplateRules.get();
        int labelled = 0;
        for (String line : lines) {
            BoilerplateRules.Verdict whole = rules.classifyByWholeKey(line);
            assertEquals(whole, rules.classify(line), line);
            labelled += whole.kind() != BoilerplateRules.Kind.TEXT && line.length() > 200 ? 1 : 0;
        }
        assertTrue(labelled > 10, "long lines read as labels: " + labelled);
    }

    @Test
    void inlineFlagsStayWithTheirPattern() {
        Pattern any = BoilerplateRules.anyOf(List.of("(?i)share", "END"));
        assertTrue(any.matcher("SHARE").matches());
        assertFalse(any.matcher("end").matches(), "(?i) of the first pattern must not reach the second");
    }

    @Test
    void aNumberedBackReferenceIsRefusedWithAWayOut() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BoilerplateRules.anyOf(List.of("(a)\\1")));
        assertTrue(e.getMessage().contains("\\k<name>"), e.getMessage());
    }
}
