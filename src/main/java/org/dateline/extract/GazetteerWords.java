package org.dateline.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import opennlp.tools.tokenize.SimpleTokenizer;
import org.dateline.knowledge.DataFiles;
import org.dateline.knowledge.Gazetteer;
import org.dateline.knowledge.GazetteerEntry;

/**
 * The default {@link NameDictionary}: the words of the gazetteer's labels and aliases by entity type, the
 * given names of {@code lexicon/given-names.txt} and the cities of {@code lexicon/world-cities.tsv},
 * case-insensitive; only capitalised words of three letters or more count, and never a word of
 * {@code lexicon/stop-words.txt} ("The" of "The Hague" says nothing of a name).
 */
public final class GazetteerWords implements NameDictionary {
    private final Map<String, String> classes;

    private GazetteerWords(Map<String, String> classes) {
        this.classes = classes;
    }

    public static GazetteerWords load() {
        Set<String> stop = new HashSet<>();
        for (String line : DataFiles.entries("lexicon/stop-words.txt")) {
            for (String w : line.split("\\s+")) {
                stop.add(w.toLowerCase(Locale.ROOT));
            }
        }
        Map<String, TreeSet<Character>> m = new HashMap<>();
        // The hand-checked layer: the model was trained with its words; the open-data layer is for linking.
        for (GazetteerEntry e : Gazetteer.loadDefault().curated().entries()) {
            char c = switch (e.type()) {
                case PERSON -> 'P';
                case ORGANIZATION -> 'O';
                case PLACE -> 'L';
            };
            add(m, e.label(), c);
            e.aliases().forEach(a -> add(m, a, c));
        }
        for (String line : DataFiles.entries("lexicon/given-names.txt")) {
            add(m, line, 'G');
        }
        List<String> cities = DataFiles.entries("lexicon/world-cities.tsv");
        for (String line : cities.subList(Math.min(1, cities.size()), cities.size())) {
            add(m, line.substring(0, Math.max(0, line.indexOf('\t'))), 'L');
        }
        stop.forEach(m::remove);
        Map<String, String> out = new HashMap<>();
        m.forEach((w, cs) -> {
            StringBuilder sb = new StringBuilder();
            for (char c : "GPOL".toCharArray()) {
                if (cs.contains(c)) {
                    sb.append(c);
                }
            }
            out.put(w, sb.toString());
        });
        return new GazetteerWords(Map.copyOf(out));
    }

    private static void add(Map<String, TreeSet<Character>> m, String name, char c) {
        for (String w : SimpleTokenizer.INSTANCE.tokenize(name)) {
            if (w.length() > 2 && Character.isUpperCase(w.charAt(0))) {
                m.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new TreeSet<>()).add(c);
            }
        }
    }

    @Override
    public String classOf(String word) {
        return classes.get(word.toLowerCase(Locale.ROOT));
    }
}
