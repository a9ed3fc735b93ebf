package org.dateline.link;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.extract.Entity;
import org.dateline.knowledge.DataFiles;
import org.dateline.knowledge.GazetteerEntry;
import org.dateline.model.EntityType;

/**
 * Roles printed before a person's name that rule out gazetteer entries of some subtypes: a police chief who
 * shares a famous singer's name is not the singer. Read from {@value #FILE} (role, tab, the subtypes it rules
 * out); roles are matched ignoring case. Immutable and thread-safe.
 */
final class RolesRulingOut {
    /** The bundled list. */
    static final String FILE = "gazetteer/roles-ruling-out.txt";

    private final Map<String, Set<String>> subtypesByRole;

    private RolesRulingOut(Map<String, Set<String>> subtypesByRole) {
        this.subtypesByRole = Map.copyOf(subtypesByRole);
    }

    /** The bundled list ({@value #FILE}), or none when the file is absent. */
    static RolesRulingOut bundled() {
        return DataFiles.exists(FILE) ? of(DataFiles.entries(FILE)) : new RolesRulingOut(Map.of());
    }

    /** A list from lines of the file's form ("Police Chief\tculture sports-games"). */
    static RolesRulingOut of(List<String> lines) {
        Map<String, Set<String>> out = new HashMap<>();
        for (String line : lines) {
            String[] cols = line.split("\t");
            if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()) {
                throw new IllegalStateException("knowledge file " + FILE + ": expected a role, a tab and the"
                        + " subtypes it rules out, got \"" + line + "\"");
            }
            out.put(key(cols[0]), Set.of(cols[1].strip().split("\\s+")));
        }
        return new RolesRulingOut(out);
    }

    /** Whether a role the article gives the person rules out the entry. */
    boolean rulesOut(Entity entity, GazetteerEntry entry) {
        if (entity.type() != EntityType.PERSON || entry.type() != EntityType.PERSON || entity.roles().isEmpty()) {
            return false;
        }
        for (String role : entity.roles()) {
            Set<String> ruled = subtypesByRole.get(key(role));
            if (ruled != null && ruled.contains(entry.subtype())) {
                return true;
            }
        }
        return false;
    }

    private static String key(String role) {
        return role.strip().toLowerCase(Locale.ROOT);
    }
}
