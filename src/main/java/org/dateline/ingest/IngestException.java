package org.dateline.ingest;

import java.nio.file.Path;

/**
 * An article could not be read; the message says from where (a file, or a web archive file and the record's byte
 * offset), why, and what to do.
 */
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

    public IngestException(Origin origin, String reason) {
        this(origin, reason, null);
    }

    public IngestException(Origin origin, String reason, Throwable cause) {
        super(origin + ": " + reason, cause);
        this.path = origin.file() == null ? null : Path.of(origin.file());
    }

    /** The file read (for a web archive's record, the archive file), or null for bytes given in memory. */
    public Path path() {
        return path;
    }
}
