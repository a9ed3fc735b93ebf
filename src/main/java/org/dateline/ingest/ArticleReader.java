package org.dateline.ingest;

import java.nio.file.Path;

/** Reads a file (wire text or HTML) into an {@link Article}. Thread-safe. */
public final class ArticleReader {
    private final IngestOptions options;

    private ArticleReader(IngestOptions options) {
        this.options = options;
    }

    public static ArticleReader create(IngestOptions options) {
        return new ArticleReader(options);
    }

    public Article read(Path file) throws IngestException {
        throw new IngestException(file, "not implemented yet");
    }
}
