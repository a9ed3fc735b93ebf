package org.dateline.link;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.model.EntityType;

/**
 * Spelling variants of name parts that news writes either way ("Sergei"/"Sergey", "Qaida"/"Qaeda"),
 * read from {@code data/gazetteer/sources/transliterations.tsv}: one group of equivalent spellings a
 * line, tab-separated. Used at build time to add variant aliases to people and organisations.
 */
final class Transliterations {
    private final Map<String, List<String>> variants;

    private Transliterations(Map<String, List<String>> variants) {
        this.variants = variants;
    }

    static Transliterations load(Path file) throws IOException {
        Map<String, List<String>> map = new HashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> group = List.of(line.split("\t"));
            if (group.size() < 2) {
                throw new IOException(file + ":" + (i + 1) + ": expected two or more tab-separated spellings");
            }
            for (String g : group) {
                map.put(g.toLowerCase(Locale.ROOT), group);
            }
        }
        return new Transliterations(map);
    }

    /** Every spelling of {@code name} with one of its words replaced by a variant. */
    List<String> variantsOf(String name) {
        List<String> out = new ArrayList<>();
        String[] words = name.split("(?<=[ \\-])|(?=[ \\-])");
        for (int i = 0; i < words.length; i++) {
            List<String> group = variants.get(words[i].toLowerCase(Locale.ROOT));
            if (group == null) {
                continue;
            }
            for (String v : group) {
                if (!v.equalsIgnoreCase(words[i])) {
                    String[] copy = words.clone();
                    copy[i] = v;
                    out.add(String.join("", copy));
                }
            }
        }
        return out;
    }

    /** Adds variant aliases (and short names) to the people and organisations among {@code rows}. */
    void expand(Collection<GazetteerRow> rows) {
        for (GazetteerRow row : rows) {
            if (row.type == EntityType.PLACE) {
                continue; // place names come from country-coder with their own aliases
            }
            Set<String> names = new LinkedHashSet<>(row.aliases);
            names.add(row.label);
            for (String n : names) {
                row.aliases.addAll(variantsOf(n));
            }
            for (String s : List.copyOf(row.shortNames)) {
                row.shortNames.addAll(variantsOf(s));
            }
        }
    }
}
