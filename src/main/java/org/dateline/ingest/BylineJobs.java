package org.dateline.ingest;

/**
 * The jobs and desks a byline prints beside its people ("Staff Writer", "Correspondent"), as the byline reader knows
 * them ({@code lexicon/bylines.txt}, role): extraction asks it so that a byline's job is not taken for a name.
 */
public final class BylineJobs {
    private BylineJobs() { }

    /** Whether a capitalised run names a job or a desk: its last word is a byline role ("Sports Writer"). */
    public static boolean isJob(String run) {
        String[] words = run.strip().split("\\s+");
        return BylineParser.get().isRole(words[words.length - 1]);
    }
}
