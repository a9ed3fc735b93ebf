package org.dateline.ingest;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Month names and abbreviations as news copy prints them ({@code lexicon/months.tsv}). */
final class Months {
    private static final Map<String, Integer> BY_FORM = new HashMap<>();
    /** A regex alternation of all forms, longest first so "Sept" wins over "Sep". */
    static final String ALTERNATION;

    static {
        for (String[] row : RuleFiles.rows("lexicon/months.tsv")) {
            int month = Integer.parseInt(row[0].strip());
            for (String form : row[1].split("\\|")) {
                BY_FORM.put(form.strip().toLowerCase(Locale.ROOT), month);
            }
        }
        ALTERNATION = BY_FORM.keySet().stream().sorted(Comparator.comparing(String::length).reversed()
                .thenComparing(Comparator.naturalOrder()))
                .map(f -> java.util.regex.Pattern.quote(f)).collect(Collectors.joining("|", firstLetterGate() + "(?i:", ")"));
    }

    /**
     * A lookahead admitting only the letters a month form can start with: without it the regex engine tries
     * every form at every position of every paragraph, which the profile showed as a top cost of reading.
     */
    private static String firstLetterGate() {
        StringBuilder letters = new StringBuilder();
        for (String form : BY_FORM.keySet()) {
            char c = form.charAt(0);
            if (!Character.isLetter(c)) {
                return ""; // a form opening with a symbol: no cheap gate, keep the plain alternation
            }
            for (char x : new char[] {Character.toLowerCase(c), Character.toUpperCase(c)}) {
                if (letters.indexOf(String.valueOf(x)) < 0) {
                    letters.append(x);
                }
            }
        }
        return "(?=[" + letters + "])";
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
