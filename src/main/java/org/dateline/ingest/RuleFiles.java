package org.dateline.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.knowledge.DataFiles;

/**
 * Reads ingest's "kind: value" rule files from {@code data/lexicon/}. Kept apart so every rule file is
 * read the same way and a typo in a kind fails loudly at start-up rather than silently matching nothing.
 */
final class RuleFiles {
    private RuleFiles() { }

    /** The values of each kind, in file order; {@code allowed} lists the kinds the file may use. */
    static Map<String, List<String>> rules(String file, String... allowed) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String kind : allowed) {
            out.put(kind, new ArrayList<>());
        }
        for (String entry : DataFiles.entries(file)) {
            int colon = entry.indexOf(':');
            String kind = colon < 0 ? "" : entry.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            if (!out.containsKey(kind)) {
                throw new IllegalStateException("knowledge file " + file + ": unknown rule \"" + entry
                        + "\"; expected one of " + out.keySet() + " followed by ':'");
            }
            out.get(kind).add(entry.substring(colon + 1).strip());
        }
        return out;
    }

    /** Tab-separated rows of a TSV knowledge file, comments and blank lines left out. */
    static List<String[]> rows(String file) {
        return DataFiles.entries(file).stream().map(l -> l.split("\t")).toList();
    }
}
