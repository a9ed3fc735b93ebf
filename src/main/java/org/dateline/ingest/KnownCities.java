package org.dateline.ingest;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.dateline.knowledge.DataFiles;

/**
 * The cities of world geography ({@code lexicon/world-cities.tsv}: 100,000 people or more, capitals and first-level
 * seats) and the lexicon's known cities ({@code lexicon/place-names.tsv}), by lower-case name: what lets a city in
 * capitals open a dateline with a plain hyphen ("WELLINGTON - A bill ...") or a glued double one ("FRANKFURT--Acme
 * AG ..."), which other capitalised words do not ("BREAKING - ...").
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
        // The lexicon's known cities by the names news prints ("Frankfurt" for Frankfurt am Main) and their aliases.
        for (String line : DataFiles.entries("lexicon/place-names.tsv")) {
            String[] c = line.split("\t", -1);
            if (c.length >= 2 && c[1].strip().equals("city")) {
                out.add(c[0].strip().toLowerCase(Locale.ROOT));
                if (c.length >= 3 && !c[2].isBlank()) {
                    for (String alias : c[2].split("\\|")) {
                        out.add(alias.strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return Set.copyOf(out);
    }
}
