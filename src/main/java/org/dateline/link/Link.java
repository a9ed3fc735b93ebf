package org.dateline.link;

/**
 * A confident match of an article's entity to a Wikidata item.
 *
 * @param qid        the Wikidata identifier ("Q76")
 * @param confidence the linker's score in [0, 1], above its NIL threshold
 * @param label      the item's English label, as the gazetteer has it
 */
public record Link(String qid, double confidence, String label) {
    public static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";

    public String iri() {
        return WIKIDATA_ENTITY + qid;
    }
}
