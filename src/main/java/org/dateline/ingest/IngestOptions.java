package org.dateline.ingest;

import java.time.LocalDate;

/**
 * How files are read.
 *
 * @param maxBytes     files larger than this are refused (default 5 MB)
 * @param fallbackDate the publication date to use when the article gives none ({@code --date}), or null
 */
public record IngestOptions(long maxBytes, LocalDate fallbackDate) {
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    public static IngestOptions defaults() {
        return new IngestOptions(DEFAULT_MAX_BYTES, null);
    }

    public IngestOptions withFallbackDate(LocalDate date) {
        return new IngestOptions(maxBytes, date);
    }

    public IngestOptions withMaxBytes(long bytes) {
        return new IngestOptions(bytes, fallbackDate);
    }
}
