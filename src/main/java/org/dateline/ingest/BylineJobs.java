package org.dateline.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.dateline.knowledge.DataFiles;

/**
 * The jobs and desks a byline prints beside its people ("Staff Writer", "Correspondent"): the {@code role} words of
 * {@code lexicon/bylines.txt}. Extraction asks it so that a byline's job is not taken for a name. Immutable.
 */
public final class BylineJobs {
    private static final Set<String> ROLES = DataFiles.rules("lexicon/bylines.txt",
            "prefix", "role", "joiner", "trailer", "particle").get("role").stream()
            .map(r -> r.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    private BylineJobs() { }

    /** Whether a capitalised run names a job or a desk: it is a role, or its last word is one ("Sports Writer"). */
    public static boolean isJob(String run) {
        String lower = run.strip().toLowerCase(Locale.ROOT);
        String[] words = lower.split("\\s+");
        return ROLES.contains(lower) || ROLES.contains(words[words.length - 1]);
    }
}
