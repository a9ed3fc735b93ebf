package org.dateline.link;

import java.util.List;

/**
 * A Wikidata item a SPARQL endpoint returned for a name, before it is mapped to a Dateline type.
 *
 * @param qid         the item ("Q76")
 * @param label       its English label, or the name looked up when it has none
 * @param labelMatch  whether the name is the item's English label (else one of its English aliases)
 * @param classes     its P31 ("instance of") classes, as QIDs
 * @param country     its country (P27 citizenship for people, else P17), as a QID, or ""
 * @param description its English description, or ""
 * @param sitelinks   the number of its Wikipedia and sister-project pages, a measure of fame; 0 when unknown
 */
public record WikidataItem(String qid, String label, boolean labelMatch, List<String> classes, String country,
                           String description, int sitelinks) {
    public WikidataItem {
        classes = List.copyOf(classes);
    }
}
