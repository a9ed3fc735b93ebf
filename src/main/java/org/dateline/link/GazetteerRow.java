package org.dateline.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dateline.model.EntityType;
import org.dateline.knowledge.Gazetteer;
import org.dateline.knowledge.GazetteerEntry;

/**
 * A gazetteer row while it is being built from several sources: names and provenance accumulate,
 * later (more specific) sources refine the label, type and classes. Not thread-safe; build, then
 * {@link #toEntry()}.
 */
final class GazetteerRow {
    final String qid;
    String label;
    EntityType type;
    String subtype = "";
    String country = "";
    final Set<String> aliases = new LinkedHashSet<>();
    final Set<String> shortNames = new LinkedHashSet<>();
    Double latitude;
    Double longitude;
    double prior;
    final List<String> sources = new ArrayList<>();

    GazetteerRow(String qid, String label, EntityType type, double prior) {
        this.qid = qid;
        this.label = label;
        this.type = type;
        this.prior = prior;
    }

    /** Makes {@code newLabel} the label, keeping the old one as an alias. */
    void relabel(String newLabel) {
        if (!newLabel.equals(label)) {
            aliases.add(label);
            label = newLabel;
        }
    }

    GazetteerEntry toEntry() {
        String key = Gazetteer.normalise(label);
        List<String> full = new ArrayList<>();
        Set<String> fullKeys = new LinkedHashSet<>();
        fullKeys.add(key);
        for (String a : aliases) {
            if (fullKeys.add(Gazetteer.normalise(a)) && !Gazetteer.normalise(a).isEmpty()) {
                full.add(a);
            }
        }
        List<String> shorts = new ArrayList<>();
        Set<String> shortKeys = new LinkedHashSet<>();
        for (String s : shortNames) {
            String k = Gazetteer.normalise(s);
            // A short name that is also a full name would only weaken the full match.
            if (!k.isEmpty() && !fullKeys.contains(k) && shortKeys.add(k)) {
                shorts.add(s);
            }
        }
        return new GazetteerEntry(qid, label, type, subtype, country, full, latitude, longitude, prior,
                String.join("; ", sources), shorts);
    }
}
