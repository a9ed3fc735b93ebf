package org.dateline.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.dateline.knowledge.DataFiles;

/** The news agencies Dateline knows ({@code lexicon/agencies.tsv}): short names, full names and aliases. */
final class Agencies {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Map<String, String> SHORT_BY_ALIAS = new HashMap<>();
    private static final Map<String, String> FULL_BY_SHORT = new HashMap<>();

    static {
        for (String[] row : DataFiles.entries("lexicon/agencies.tsv").stream().map(l -> l.split("\t")).toList()) {
            String shortName = row[0].strip();
            FULL_BY_SHORT.put(shortName, row.length > 1 ? row[1].strip() : shortName);
            SHORT_BY_ALIAS.put(key(shortName), shortName);
            if (row.length > 1) {
                SHORT_BY_ALIAS.put(key(row[1]), shortName);
            }
            if (row.length > 2) {
                for (String alias : row[2].split("\\|")) {
                    SHORT_BY_ALIAS.put(key(alias), shortName);
                }
            }
        }
    }

    private Agencies() { }

    private static String key(String s) {
        return SPACES.matcher(s.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** The short name of a known agency ("Associated Press" → "AP"), or null. */
    static String shortName(String alias) {
        return alias == null ? null : SHORT_BY_ALIAS.get(key(alias));
    }

    /** The agency alias {@code words} end with, as printed ("John Doe Associated Press" → "Associated Press"), or null. */
    static String suffix(String words) {
        String[] tokens = SPACES.split(words.strip());
        for (int i = 1; i < tokens.length; i++) {
            String tail = String.join(" ", java.util.Arrays.copyOfRange(tokens, i, tokens.length));
            if (SHORT_BY_ALIAS.containsKey(key(tail))) {
                return tail;
            }
        }
        return null;
    }

    /** The full name of an agency given its short name, or null when it is not a known agency. */
    static String fullName(String shortName) {
        return shortName == null ? null : FULL_BY_SHORT.get(shortName);
    }
}
