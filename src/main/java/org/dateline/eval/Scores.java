package org.dateline.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How one article (or the sum of several) scored against its gold file.
 *
 * @param name            the article's file name, or "overall"
 * @param entities        entity matching per type ("Person", "Organization", "Place")
 * @param quotes          quote detection, counted per printed occurrence
 * @param attribution     correct speakers among the gold quotes found
 * @param speakerOfGold   correct speakers among all gold quotes (found with the right speaker)
 * @param eventsFound     gold events the detector found
 * @param eventDates      correct dates among the gold events found
 * @param eventKinds      kinds agreeing with gold among the gold events found
 * @param published       publication date right (0 or 1 per article)
 * @param metadata        headline, authors, agency and dateline right (each 0 or 1 per article)
 * @param links           Wikidata links over gold entities with verified QIDs
 * @param linked          gold entities (all, verified QID or not) found and linked to some QID: how much of an
 *                        article's people, organisations and places the linker covers, right or wrong; the
 *                        links of entities without a verified QID are listed among the errors for checking by hand
 * @param wikipediaLinks  links over gold entities the corpus ties to an English Wikipedia page (third-party sets
 *                        converted from GUM): a link is right when its label or an alias is the page's title, with
 *                        or without the title's qualifier; an approximation (a right link labelled otherwise than
 *                        the title counts as wrong), for corpora whose gold has no QIDs
 * @param errors          one readable line per error (false positive or missed entity, missed quote, wrong
 *                        speaker, missed event, wrong event date), prefixed by the article's name
 */
public record Scores(String name, Map<String, Prf> entities, Prf quotes, Ratio attribution, Ratio speakerOfGold,
                     Ratio eventsFound, Ratio eventDates, Ratio eventKinds, Ratio published,
                     MetadataScores metadata, Prf links,
                     Ratio linked, Prf wikipediaLinks, List<String> errors) {
    public Scores {
        // Sorted by type name, so reports print in the same order on every run.
        entities = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(entities));
        errors = List.copyOf(errors);
    }

    /** Entity counts over all types. */
    public Prf allEntities() {
        return entities.values().stream().reduce(Prf.ZERO, Prf::plus);
    }

    public Scores plus(Scores o, String newName) {
        Map<String, Prf> e = new TreeMap<>(entities);
        o.entities.forEach((k, v) -> e.merge(k, v, Prf::plus));
        return new Scores(newName, e, quotes.plus(o.quotes), attribution.plus(o.attribution),
                speakerOfGold.plus(o.speakerOfGold), eventsFound.plus(o.eventsFound), eventDates.plus(o.eventDates),
                eventKinds.plus(o.eventKinds), published.plus(o.published), metadata.plus(o.metadata), links.plus(o.links),
                linked.plus(o.linked), wikipediaLinks.plus(o.wikipediaLinks),
                java.util.stream.Stream.concat(errors.stream(), o.errors.stream()).toList());
    }

    public static Scores empty(String name) {
        return new Scores(name, Map.of(), Prf.ZERO, Ratio.ZERO, Ratio.ZERO, Ratio.ZERO, Ratio.ZERO, Ratio.ZERO,
                Ratio.ZERO, MetadataScores.ZERO, Prf.ZERO, Ratio.ZERO, Prf.ZERO, List.of());
    }
}
