package org.dateline.ingest;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dateline.knowledge.DataFiles;

/** Month names and abbreviations as news copy prints them ({@code lexicon/months.tsv}). */
final class Months {
    private static final Map<String, Integer> BY_FORM = new HashMap<>();
    /**
     * A regex alternation of all forms, ignoring case, longest first so "Sept" wins over "Sep"; it opens with a
     * lookahead for the forms' first letters, so that the engine passes other positions without trying each form.
     */
    static final String ALTERNATION;

    static {
        for (String[] row : DataFiles.entries("lexicon/months.tsv").stream().map(l -> l.split("\t")).toList()) {
            int month = Integer.parseInt(row[0].strip());
            for (String form : row[1].split("\\|")) {
                BY_FORM.put(form.strip().toLowerCase(Locale.ROOT), month);
            }
        }
        String firstLetters = BY_FORM.keySet().stream().map(f -> String.format("\\u%04x", (int) f.charAt(0)))
                .distinct().sorted().collect(Collectors.joining());
        ALTERNATION = BY_FORM.keySet().stream().sorted(Comparator.comparing(String::length).reversed()
                .thenComparing(Comparator.naturalOrder()))
                .map(f -> java.util.regex.Pattern.quote(f))
                .collect(Collectors.joining("|", "(?i:(?=[" + firstLetters + "])(?:", "))"));
    }

    private Months() { }

    /** The month number of a printed form ("Sept." → 9), or 0 when it is not a month. */
    static int number(String form) {
        String f = form.strip().toLowerCase(Locale.ROOT);
        if (f.endsWith(".")) {
            f = f.substring(0, f.length() - 1);
        }
        return BY_FORM.getOrDefault(f, 0);
    }

    static List<String> forms() {
        return List.copyOf(BY_FORM.keySet());
    }
}
