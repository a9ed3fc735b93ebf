package org.dateline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A gated pattern's checks (required text, anchored literal start) never reject a line the pattern matches. */
class GatedPatternTest {
    private static final int IU = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static List<Pattern> patterns() throws IOException {
        List<Pattern> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("data/lexicon/bylines.txt"))) {
            if (line.startsWith("trailer:")) {
                out.add(Pattern.compile(line.substring("trailer:".length()).strip(), IU));
            }
        }
        for (String p : new String[] {"^correction:", "^this (story|article) was", "^follow .{1,60} on (twitter|x)\\b",
            "^ab?c", "^abc*", "^ab{2}", "^ka", "^stop", "^a b", "^ab|cd", "^(ab|cd)", "^[|]ab", "^ab[|]|x", "^1 2:"}) {
            out.add(Pattern.compile(p, IU));
            out.add(Pattern.compile(p, Pattern.CASE_INSENSITIVE));
            out.add(Pattern.compile(p));
        }
        return out;
    }

    @Test
    void anchoredPrefixesAreReadAsWritten() {
        assertEquals("correction:", GatedPattern.anchoredPrefix(Pattern.compile("^Correction:", IU)));
        assertEquals("this ", GatedPattern.anchoredPrefix(Pattern.compile("^this (story|report)", IU)));
        assertEquals("a", GatedPattern.anchoredPrefix(Pattern.compile("^ab?c", IU)));
        assertNull(GatedPattern.anchoredPrefix(Pattern.compile("^ab|cd", IU)));
        assertNull(GatedPattern.anchoredPrefix(Pattern.compile("^[(]?ab", IU)));
        assertNull(GatedPattern.anchoredPrefix(Pattern.compile("^ab", IU | Pattern.MULTILINE)));
    }

    @Test
    void gatedFindAnswersAsTheRegexDoes() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String dir : new String[] {"src/test/resources", "data/articles"}) {
            Path root = Path.of(dir);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    lines.addAll(List.of(new String(Files.readAllBytes(f), StandardCharsets.UTF_8).split("\n")));
                }
            }
        }
        String[] starts = {"Correction:", "CORRECTION:", "correction :", " correction:", "\nCorrection:", "This story was",
            "THIS STORY HAS BEEN UPDATED", "this article was corrected", "Follow Jane on Twitter", "FOLLOW x on X",
            "\u212Aa", "ka", "\u017Ftop", "STOP", "abc", "ac", "abbc", "AB", "cd", "xcd", "|ab", "1 2:", "a b", "A  b",
            "Reporting by Jane", "(Additional reporting by X)", "x; editing by Y", "He contributed to this report.",
            "", " ", "c", "correction", "Correctio:", "this  story was"};
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            String a = starts[random.nextInt(starts.length)];
            String b = random.nextBoolean() ? "" : " " + starts[random.nextInt(starts.length)];
            lines.add(a + b);
            lines.add(b + a);
        }
        int matched = 0;
        for (Pattern p : patterns()) {
            GatedPattern g = new GatedPattern(p);
            for (String line : lines) {
                boolean expected = p.matcher(line).find();
                assertEquals(expected, g.find(new RequiredText.Line(line)), p + " on " + line);
                matched += expected ? 1 : 0;
            }
        }
        assertTrue(matched > 1000, "too few matching lines: " + matched);
    }
}
