package org.dateline.ingest;

/** Where an article's publication date was read from, so a consumer can judge how far to trust it. */
public enum DateSource {
    /** Explicit page metadata: JSON-LD {@code datePublished}, {@code article:published_time}, {@code <time>}. */
    METADATA,
    /** A "Published …" line in the text. */
    PUBLISHED_LINE,
    /** The dateline's month and day, with the year inferred from a date elsewhere in the text. */
    DATELINE,
    /** A full date found in the text (for instance in a photo caption). */
    TEXT,
    /** Given by the user ({@code --date}). */
    OPTION,
    /** The file's last-modified time: a last resort. */
    FILE_TIME,
    /** When the page was fetched (a web archive record's WARC-Date): a last resort. */
    FETCH_TIME;

    /** Whether the date is when the source was saved or fetched, a day on or after the story's, not one it states. */
    public boolean afterTheFact() {
        return this == FILE_TIME || this == FETCH_TIME;
    }
}
