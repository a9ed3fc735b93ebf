package org.dateline.cli;

import java.time.LocalDate;
import org.dateline.Pipeline;
import org.dateline.ingest.IngestOptions;
import org.dateline.link.Gazetteer;
import org.dateline.map.Iris;
import picocli.CommandLine.Option;

/** The options every command that maps articles shares. */
final class PipelineOptions {
    @Option(names = "--base", paramLabel = "IRI",
            description = "Base of the IRIs minted for articles and entities (default: ${DEFAULT-VALUE}).")
    String base = Iris.DEFAULT_BASE;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date for articles that carry none (else the file's time is used).")
    LocalDate date;

    @Option(names = "--max-size", paramLabel = "BYTES",
            description = "Refuse files larger than this (default: ${DEFAULT-VALUE}).")
    long maxSize = IngestOptions.DEFAULT_MAX_BYTES;

    Pipeline pipeline() {
        return pipeline(base);
    }

    Pipeline pipeline(String iriBase) {
        IngestOptions options = IngestOptions.defaults().withMaxBytes(maxSize).withFallbackDate(date);
        return Pipeline.create(Gazetteer.loadDefault(), options, iriBase);
    }
}
