package org.dateline.link;

import org.dateline.knowledge.Gazetteer;
import org.dateline.knowledge.GazetteerEntry;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.dateline.model.EntityType;

/**
 * The rows of an open-data gazetteer build, one per QID, merged from every source that states the QID.
 * The first source to give a QID sets its label and type; a later source of the same type adds names,
 * coordinates and a country where missing and raises the prior; one that types the QID otherwise is
 * ignored (a brand's operator QID that is really a city does not turn the city into an organisation), and
 * so is one whose label shares no word with the row's names (a wrong QID in that source).
 * QIDs of the hand-checked reference layer are left out: that layer describes them. Not thread-safe.
 */
final class OpenDataRows {
    private static final Pattern QID = Pattern.compile("Q[1-9]\\d*");
    /** Longer "names" are descriptions or lists, not something a story prints as a name. */
    private static final int MAX_NAME = 100;

    private final Set<String> reserved;
    private final Map<String, GazetteerRow> rows = new HashMap<>();
    private final Map<String, Integer> added = new TreeMap<>();
    private final Map<String, Integer> merged = new TreeMap<>();

    OpenDataRows(Set<String> reserved) {
        this.reserved = Set.copyOf(reserved);
    }

    /** What one source says of one QID. Names may repeat or be empty; they are cleaned here. */
    record Offer(String source, String qid, String label, EntityType type, String subtype, String country,
                 Collection<String> aliases, Collection<String> shortNames, Double latitude, Double longitude,
                 double prior) { }

    /** Takes one source row; returns whether it added or enriched a row. */
    boolean offer(Offer o) {
        String qid = o.qid() == null ? "" : o.qid().strip();
        String label = clean(o.label());
        if (!QID.matcher(qid).matches() || label == null || reserved.contains(qid)) {
            return false;
        }
        GazetteerRow row = rows.get(qid);
        if (row == null) {
            row = new GazetteerRow(qid, label, o.type(), round(o.prior()));
            row.subtype = o.subtype() == null ? "" : o.subtype();
            row.country = o.country() == null ? "" : o.country();
            rows.put(qid, row);
            added.merge(folder(o.source()), 1, Integer::sum);
        } else if (row.type != o.type() || !Gazetteer.related(row.label, label)
                && row.aliases.stream().noneMatch(a -> Gazetteer.related(a, label))) {
            // Another type, or a name that shares no words with any name of the row ("Vigaun" given the QID
            // of Vienna): a source's error, whose names must not become aliases of a well-known entity.
            return false;
        } else {
            if (!label.equals(row.label)) {
                row.aliases.add(label);
            }
            row.prior = Math.max(row.prior, round(o.prior()));
            if (row.country.isEmpty() && o.country() != null) {
                row.country = o.country();
            }
            merged.merge(folder(o.source()), 1, Integer::sum);
        }
        for (String a : o.aliases()) {
            String c = clean(a);
            if (c != null && !c.equals(row.label)) {
                row.aliases.add(c);
            }
        }
        for (String s : o.shortNames()) {
            String c = clean(s);
            if (c != null) {
                row.shortNames.add(c);
            }
        }
        if (row.latitude == null && o.latitude() != null && o.longitude() != null) {
            row.latitude = Math.round(o.latitude() * 1e5) / 1e5;
            row.longitude = Math.round(o.longitude() * 1e5) / 1e5;
        }
        if (!row.sources.contains(o.source())) {
            row.sources.add(o.source());
        }
        return true;
    }

    /** The merged rows, sorted by QID number, so a rebuild from the same files is byte-identical. */
    List<GazetteerEntry> entries() {
        return rows.values().stream().sorted(Comparator.comparingLong(r -> Long.parseLong(r.qid.substring(1))))
                .map(GazetteerRow::toEntry).toList();
    }

    private static String folder(String source) {
        int slash = source.indexOf('/');
        return slash < 0 ? source : source.substring(0, slash);
    }

    /** Rows each source was first to give, by source folder. */
    Map<String, Integer> added() {
        return Map.copyOf(added);
    }

    /** Rows each source enriched after another gave them, by source folder. */
    Map<String, Integer> merged() {
        return Map.copyOf(merged);
    }

    private static String clean(String name) {
        if (name == null) {
            return null;
        }
        String s = name.replaceAll("[\\t\\r\\n|]+", " ").strip();
        if (s.isEmpty() || s.length() > MAX_NAME || !latin(s) || Gazetteer.normalise(s).isEmpty()) {
            return null;
        }
        return s;
    }

    /** Whether every letter is in the Latin script: English-language news prints names so ("トヨタ" it does not). */
    private static boolean latin(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    private static double round(double prior) {
        return Math.round(Math.max(0, Math.min(1, prior)) * 100) / 100.0;
    }
}
