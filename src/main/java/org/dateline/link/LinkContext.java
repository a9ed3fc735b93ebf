package org.dateline.link;

import java.util.Set;
import org.dateline.knowledge.GazetteerEntry;

/**
 * What an article tells the linker about where it happens: the QIDs of the countries of its dateline
 * and of the entities already linked with confidence. "Aleppo" in a story that names Syria is the
 * Syrian one; a short name ("Congress") is linked only when its country is among these.
 *
 * @param countries country QIDs the article is about; empty when nothing is known yet
 */
public record LinkContext(Set<String> countries) {
    public LinkContext {
        countries = Set.copyOf(countries);
    }

    /** A context that supports no candidate and penalises none. */
    public static LinkContext none() {
        return new LinkContext(Set.of());
    }

    /** Whether the article names the country {@code entry} belongs to (or is). */
    public boolean supports(GazetteerEntry entry) {
        String c = entry.countryOrSelf();
        return !c.isEmpty() && countries.contains(c);
    }

    /**
     * Coherence in [0, 1]: 1 when the article names the entry's country, 0.25 when the article is
     * about other countries only, 0.5 when either side knows no country.
     */
    public double coherence(GazetteerEntry entry) {
        String c = entry.countryOrSelf();
        if (c.isEmpty() || countries.isEmpty()) {
            return 0.5;
        }
        return countries.contains(c) ? 1.0 : 0.25;
    }
}
