package org.dateline.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.dateline.Pipeline;
import org.dateline.ingest.IngestOptions;
import org.dateline.knowledge.Gazetteer;

/**
 * What every executor needs to build the same pipeline as {@code dateline map} would: the IRI base and the reading
 * options. Sent with the job; equal settings give the same pipeline.
 *
 * @param base         the base of minted IRIs
 * @param fallbackDate the publication date for articles that carry none ({@code --date}), or null
 * @param maxBytes     articles (and web archive pages) larger than this are refused
 * @param tripleTerms  whether statements are also annotated with RDF triple terms ({@code --rdf-star})
 */
public record JobSettings(String base, LocalDate fallbackDate, long maxBytes, boolean tripleTerms) implements Serializable {

    /** A pipeline for these settings, with the bundled gazetteer: what {@code dateline map} builds for its options. */
    Pipeline pipeline() {
        return Pipeline.builder().gazetteer(Gazetteer.loadDefault())
                .ingestOptions(IngestOptions.defaults().withMaxBytes(maxBytes).withFallbackDate(fallbackDate))
                .base(base).tripleTerms(tripleTerms).build();
    }
}
