package org.dateline.ingest;

import java.nio.file.Path;

/** A file could not be read as a news article; the message says which file, why and what to do. */
public class IngestException extends Exception {
    private final transient Path path;

    public IngestException(Path path, String reason) {
        super(path + ": " + reason);
        this.path = path;
    }

    public IngestException(Path path, String reason, Throwable cause) {
        super(path + ": " + reason, cause);
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
