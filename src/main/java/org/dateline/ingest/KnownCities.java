package org.dateline.ingest;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.dateline.knowledge.DataFiles;

/**
 * The cities of world geography ({@code lexicon/world-cities.tsv}: 100,000 people or more, capitals and first-level
 * seats), by lower-case name: what lets a city in capitals open a dateline with a plain hyphen ("WELLINGTON - A bill
 * ..."), which other capitalised words before a hyphen do not ("BREAKING - ...").
 */
final class KnownCities {
    private static final Set<String> NAMES = load();

    private KnownCities() { }

    /** Whether world geography knows a city of this name. */
    static boolean contains(String name) {
        return NAMES.contains(name.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        for (String line : DataFiles.entries("lexicon/world-cities.tsv")) {
            out.add(line.split("\t", 2)[0].strip().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }
}
