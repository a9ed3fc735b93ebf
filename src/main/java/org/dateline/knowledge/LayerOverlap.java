package org.dateline.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of QIDs that several compact layers give, merged as an open-data build merges its sources (see
 * {@code data/gazetteer/README.md}): the first layer's row sets the label, type, subtype and country; a later
 * layer's row of the same type whose label is related to one of its names adds that label as an alias, what the
 * first lacks (country, coordinates) and its prior when higher (a politician that EveryPolitician and the
 * notable-people database both give keeps the database's higher prior). A later row of another type, or whose
 * name shares nothing with the first's, is a source's error and is ignored: its names find nothing (a
 * Who's On First town given a painter's QID does not make the painter a place, nor the town a person). Computed
 * once when the layers are loaded; immutable and thread-safe.
 */
final class LayerOverlap {
    private static final LayerOverlap NONE = new LayerOverlap(Map.of(), Set.of(), 0);

    /** The merged row of each QID several layers give. */
    private final Map<String, GazetteerEntry> merged;
    /** Later layers' rows that were not merged: hits on them are dropped. */
    private final Set<GazetteerEntry> ignored;
    /** How many rows the layers hold beyond one per QID. */
    private final int repeated;

    private LayerOverlap(Map<String, GazetteerEntry> merged, Set<GazetteerEntry> ignored, int repeated) {
        this.merged = Map.copyOf(merged);
        this.ignored = Set.copyOf(ignored);
        this.repeated = repeated;
    }

    /** The overlap of {@code layers}, given in order of precedence. */
    static LayerOverlap of(List<CompactLayer> layers) {
        if (layers.size() < 2) {
            return NONE;
        }
        Map<String, List<GazetteerEntry>> rowsByQid = new HashMap<>();
        for (int j = 1; j < layers.size(); j++) {
            CompactLayer later = layers.get(j);
            for (int r = 0; r < later.size(); r++) {
                long n = later.qidAt(r);
                for (int i = 0; i < j; i++) {
                    if (layers.get(i).hasQid(n)) {
                        String qid = "Q" + n;
                        if (!rowsByQid.containsKey(qid)) {
                            List<GazetteerEntry> rows = new ArrayList<>();
                            for (CompactLayer l : layers) {
                                GazetteerEntry e = l.byQid(qid);
                                if (e != null) {
                                    rows.add(e);
                                }
                            }
                            rowsByQid.put(qid, rows);
                        }
                        break;
                    }
                }
            }
        }
        Map<String, GazetteerEntry> merged = new HashMap<>();
        Set<GazetteerEntry> ignored = new HashSet<>();
        int repeated = 0;
        for (Map.Entry<String, List<GazetteerEntry>> m : rowsByQid.entrySet()) {
            List<GazetteerEntry> rows = m.getValue();
            GazetteerEntry row = rows.get(0);
            for (GazetteerEntry later : rows.subList(1, rows.size())) {
                if (later.type() == row.type() && related(row, later.label())) {
                    row = enriched(row, later);
                } else {
                    ignored.add(later);
                }
            }
            merged.put(m.getKey(), row);
            repeated += rows.size() - 1;
        }
        return new LayerOverlap(merged, ignored, repeated);
    }

    /** The entry to give for {@code hit}, a row of one of the layers: itself, its QID's merged row, or null. */
    GazetteerEntry resolve(GazetteerEntry hit) {
        if (merged.isEmpty()) {
            return hit;
        }
        GazetteerEntry m = merged.get(hit.qid());
        if (m == null) {
            return hit;
        }
        return ignored.contains(hit) ? null : m;
    }

    /** The merged row of {@code qid} when several layers give it, else null. */
    GazetteerEntry byQid(String qid) {
        return merged.get(qid);
    }

    /** Whether several layers give {@code qid}. */
    boolean shared(String qid) {
        return merged.containsKey(qid);
    }

    /** How many rows the layers hold beyond one per QID. */
    int repeated() {
        return repeated;
    }

    /** Whether {@code name} contains or is contained in one of the row's names, word for word, once normalised. */
    private static boolean related(GazetteerEntry row, String name) {
        return Gazetteer.related(row.label(), name) || row.aliases().stream().anyMatch(a -> Gazetteer.related(a, name));
    }

    /** {@code row} with what {@code later} adds: its names, the higher prior, a country and coordinates it lacked. */
    private static GazetteerEntry enriched(GazetteerEntry row, GazetteerEntry later) {
        Set<String> fullKeys = new HashSet<>();
        fullKeys.add(Gazetteer.normalise(row.label()));
        List<String> aliases = new ArrayList<>();
        List<String> more = new ArrayList<>(row.aliases());
        more.add(later.label());
        more.addAll(later.aliases());
        for (String a : more) {
            String k = Gazetteer.normalise(a);
            if (!k.isEmpty() && fullKeys.add(k)) {
                aliases.add(a);
            }
        }
        Set<String> shortKeys = new HashSet<>();
        List<String> shorts = new ArrayList<>();
        for (String s : concat(row.shortNames(), later.shortNames())) {
            String k = Gazetteer.normalise(s);
            if (!k.isEmpty() && !fullKeys.contains(k) && shortKeys.add(k)) {
                shorts.add(s);
            }
        }
        boolean place = row.latitude() != null && row.longitude() != null;
        Set<String> sources = new LinkedHashSet<>(List.of(row.source().split("; ")));
        sources.addAll(List.of(later.source().split("; ")));
        return new GazetteerEntry(row.qid(), row.label(), row.type(), row.subtype(),
                row.country().isEmpty() ? later.country() : row.country(), aliases,
                place ? row.latitude() : later.latitude(), place ? row.longitude() : later.longitude(),
                Math.max(row.prior(), later.prior()), String.join("; ", sources), shorts);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
