package org.dateline.ingest;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Where an article's bytes came from: a file of its own, or a record of a web archive (WARC) file, fetched from
 * an address at a time. Messages name it by {@link #toString()}.
 *
 * @param file      the file read, as the user named it: a path, or a Hadoop file system address
 *                  ("hdfs://…/CC-NEWS-….warc.gz"); null for bytes given in memory
 * @param offset    the record's byte offset in the web archive file, or -1 for an article file of its own
 * @param address   the address the page was fetched from (the record's WARC-Target-URI), or null
 * @param mediaType the media type the source declared ("text/html"), or null: then the file name and the content tell
 * @param fetched   when the page was fetched (the record's WARC-Date), or null
 * @param modified  the file's last-modified time, or null
 */
public record Origin(String file, long offset, String address, String mediaType, Instant fetched, Instant modified) {

    /** An article file of its own. */
    public static Origin file(Path file, Instant modified) {
        return new Origin(file.toString(), -1, null, null, null, modified);
    }

    /** An article file of its own, named by a string (a Hadoop file system address), with its last-modified time. */
    public static Origin file(String file, Instant modified) {
        return new Origin(file, -1, null, null, null, modified);
    }

    /** A record of a web archive file: a page fetched from {@code address} at {@code fetched}. */
    public static Origin archiveRecord(String file, long offset, String address, String mediaType, Instant fetched) {
        return new Origin(file, offset, address, mediaType, fetched, null);
    }

    /** Bytes given in memory: a page fetched from {@code address} (or null) at {@code fetched} (or null). */
    public static Origin fetched(String address, String mediaType, Instant fetched) {
        return new Origin(null, -1, address, mediaType, fetched, null);
    }

    /** Whether the bytes are one record of a web archive file. */
    public boolean inArchive() {
        return file != null && offset >= 0;
    }

    /** The last segment of the file's name ("CC-NEWS-20240101.warc.gz"), or null when no file was read. */
    public String fileName() {
        if (file == null) {
            return null;
        }
        String f = file.endsWith("/") ? file.substring(0, file.length() - 1) : file;
        return f.substring(f.lastIndexOf('/') + 1);
    }

    /** "story.html", "news.warc.gz, record at byte 1234 (https://…)", or the address of bytes given in memory. */
    @Override
    public String toString() {
        if (file == null) {
            return address != null ? address : "(article given in memory)";
        }
        if (!inArchive()) {
            return file;
        }
        return file + ", record at byte " + offset + (address != null ? " (" + address + ")" : "");
    }
}
