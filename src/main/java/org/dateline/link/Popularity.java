package org.dateline.link;

/**
 * Priors of open-data rows, from what the sources tell of fame: population for places, sitelinks for
 * Wikidata items. One scale for all sources, so a capital outranks a village of the same name by more
 * than the linker's ambiguity margin, and villages that share a name stay ambiguous.
 */
final class Popularity {
    private Popularity() { }

    /**
     * 0.1 for places of about 3,000 people or fewer, rising by 0.2 for each tenfold: 0.26 at 10,000,
     * 0.46 at 100,000, 0.66 at a million, 0.86 at ten million, 0.9 at most.
     */
    static double population(double population) {
        if (!(population > 0)) {
            return 0.1;
        }
        double p = 0.1 + 0.2 * (Math.log10(population) - 3.5);
        return Math.max(0.1, Math.min(0.9, p));
    }

    /**
     * A person's prior from their place in a ranking of notability (1 the most notable): 0.9 at the top,
     * 0.1 less for each tenfold, so 0.8 at rank 10, 0.7 at 100, 0.6 at 1,000 and 0.5 at 10,000, 0.5 at least.
     * At 0.5 a person's full name reaches the linker's threshold when the article's countries do not
     * contradict the entry, like a politician's (see {@code CandidateScorer}).
     */
    static double rank(double rank) {
        if (!(rank >= 1)) {
            return 0.5;
        }
        return Math.max(0.5, Math.min(0.9, 0.9 - 0.1 * Math.log10(rank)));
    }
}
