package org.dateline.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dateline.knowledge.DataFiles;
import org.dateline.model.EntityType;

/**
 * The Wikidata classes (values of P31) Dateline keeps, and the type and subtype each maps to, as
 * listed in {@code data/gazetteer/sources/wikidata-classes.tsv}; earlier lines are more specific.
 */
public final class WikidataClasses {
    /** The bundled class map, relative to the data root. */
    static final String BUNDLED = "gazetteer/sources/" + WikidataDumpReader.CLASSES_FILE;

    /** A kept class; a lower rank (earlier line) is more specific and wins. */
    public record Kept(String qid, EntityType type, String subtype, String label, int rank) { }

    private final Map<String, Kept> classes;

    private WikidataClasses(Map<String, Kept> classes) {
        this.classes = Map.copyOf(classes);
    }

    public static WikidataClasses bundled() {
        try {
            return parse(DataFiles.lines(BUNDLED), BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WikidataClasses parse(List<String> lines, String file) throws IOException {
        Map<String, Kept> map = new HashMap<>();
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length < 3 || !c[0].matches("Q\\d+")) {
                throw new IOException(file + ":" + (i + 1) + ": expected class QID, type, subtype, label");
            }
            try {
                map.putIfAbsent(c[0], new Kept(c[0], EntityType.valueOf(c[1].toUpperCase(Locale.ROOT)), c[2],
                        c.length > 3 ? c[3] : "", map.size()));
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ":" + (i + 1) + ": type must be person, organization or place, not "
                        + c[1], e);
            }
        }
        return new WikidataClasses(map);
    }

    /** Every kept class, most specific first. */
    List<String> qids() {
        return classes.values().stream().sorted(java.util.Comparator.comparingInt(Kept::rank)).map(Kept::qid).toList();
    }

    /** The class of {@code qid}, if kept. */
    public Optional<Kept> get(String qid) {
        return Optional.ofNullable(classes.get(qid));
    }

    /** The most specific kept class among an item's classes, if any. */
    Optional<Kept> best(List<String> itemClasses) {
        Kept best = null;
        for (String c : itemClasses) {
            Kept k = classes.get(c);
            if (k != null && (best == null || k.rank() < best.rank())) {
                best = k;
            }
        }
        return Optional.ofNullable(best);
    }
}
