package org.dateline.link;

import java.util.List;
import org.dateline.knowledge.GazetteerEntry;

/**
 * Somewhere beyond the gazetteer the {@link Linker} may ask about a name it does not know, such as
 * a Wikidata endpoint ({@link WikidataCandidates}). Its answers are only candidates: they pass the
 * same scoring, NIL threshold and ambiguity margin as gazetteer entries.
 */
public interface CandidateSource {
    /**
     * Entries whose label or one of whose aliases is {@code name}, ignoring case; empty when there are
     * none or the source cannot answer now (a source must not fail the article it is asked about).
     */
    List<GazetteerEntry> lookup(String name);
}
