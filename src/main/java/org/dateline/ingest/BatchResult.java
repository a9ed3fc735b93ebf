package org.dateline.ingest;

import java.util.List;

/**
 * The outcome of reading a batch of files: how many were read and which failed (each failure was already
 * reported with its reason), so a command can print a summary and choose its exit status.
 */
public record BatchResult(int read, List<java.nio.file.Path> failed) {
    public BatchResult {
        failed = List.copyOf(failed);
    }

    public boolean allRead() {
        return failed.isEmpty();
    }

    /** "12 articles read, 2 files failed". */
    public String summary() {
        return read + (read == 1 ? " article" : " articles") + " read, " + failed.size()
                + (failed.size() == 1 ? " file" : " files") + " failed";
    }
}
