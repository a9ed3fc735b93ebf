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
    /**
     * The dateline's month and day with the year of the file's last-modified time (the latest such day not after
     * it): nothing in the article or the options gives the year, and a file can be copied or touched in any later
     * year, so the year is a guess.
     */
    DATELINE_FILE_YEAR,
    /** The file's last-modified time: a last resort. */
    FILE_TIME,
    /** When the page was fetched (a web archive record's WARC-Date): a last resort. */
    FETCH_TIME,
    /** The dateline's month and day with the year of the fetch time (the latest such day not after it): a guess. */
    DATELINE_FETCH_YEAR;

    /** Whether the date is when the source was saved or fetched, a day on or after the story's, not one it states. */
    public boolean afterTheFact() {
        return this == FILE_TIME || this == FETCH_TIME;
    }

    /**
     * Whether a date from this source rests on the file's time, which a copy or {@code touch} changes (a fetch time
     * is part of the archive record, so it does not).
     */
    public boolean fromFileTime() {
        return this == DATELINE_FILE_YEAR || this == FILE_TIME;
    }
}
