package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** TimeResolver's day and year tests, read in place, agree with the regex and stream tests they replaced. */
class DayYearTest {
    private static final Pattern RE_ORDINAL_SUFFIX = Pattern.compile("(?:st|nd|rd|th)$");

    private static boolean isDayByRegex(String s) {
        if (s.isEmpty() || s.length() > 4 || !Character.isDigit(s.charAt(0))) {
            return false;
        }
        String digits = RE_ORDINAL_SUFFIX.matcher(s).replaceFirst("");
        return digits.length() <= 2 && digits.chars().allMatch(Character::isDigit);
    }

    private static boolean isYearByStream(String s) {
        return s.length() == 4 && s.chars().allMatch(Character::isDigit) && (s.startsWith("19") || s.startsWith("20")
                || s.startsWith("18"));
    }

    /** The whitespace-separated words and the word and number runs of the articles' lines. */
    private static List<String> articleWords() throws IOException {
        List<String> out = new ArrayList<>();
        for (Path root : List.of(Path.of("data/articles"), Path.of("src/test/resources"))) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String text;
                    try {
                        text = Files.readString(f);
                    } catch (IOException | java.io.UncheckedIOException e) {
                        continue; // not UTF-8 text
                    }
                    for (String w : text.split("[\\s\\p{Punct}]+")) {
                        out.add(w);
                    }
                    for (String w : text.split("\\s+")) {
                        out.add(w);
                    }
                }
            }
        }
        return out;
    }

    @Test
    void dayAndYearAgreeWithTheOldTests() throws IOException {
        List<String> words = articleWords();
        String[] parts = {"1", "2", "0", "9", "19", "20", "18", "st", "nd", "rd", "th", "s", "t", "h", "d", "\n", "\r\n",
            "\u2028", "\u0085", "٣", "x", "-", "ST", "Th", "\uD835\uDFCE", "."};
        Random rnd = new Random(7);
        for (int n = 0; n < 200000; n++) {
            StringBuilder b = new StringBuilder();
            int k = 1 + rnd.nextInt(4);
            for (int j = 0; j < k; j++) {
                b.append(parts[rnd.nextInt(parts.length)]);
            }
            words.add(b.toString());
        }
        words.addAll(List.of("", "1", "21st", "3rd", "31", "100", "2nd\n", "1st\u2028", "12th", "1th", "2016", "1999",
                "1800", "1700", "20١٦", "١٩٩٠"));
        int days = 0;
        int years = 0;
        for (String w : words) {
            boolean day = isDayByRegex(w);
            boolean year = isYearByStream(w);
            assertEquals(day, TimeResolver.isDay(w), () -> "isDay '" + w + "'");
            assertEquals(year, TimeResolver.isYear(w), () -> "isYear '" + w + "'");
            days += day ? 1 : 0;
            years += year ? 1 : 0;
        }
        assertTrue(days > 1000, "days: " + days);
        assertTrue(years > 1000, "years: " + years);
    }
}
