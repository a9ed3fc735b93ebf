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
}
