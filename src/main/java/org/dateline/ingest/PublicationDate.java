package org.dateline.ingest;

import java.time.LocalDate;

/** The day an article was published and where that date came from. */
public record PublicationDate(LocalDate date, DateSource source) {
    /**
     * Whether the date (or its year) was taken from the file's last-modified time rather than read from the article
     * or given by the user: such a date is no part of the article's identity.
     */
    public boolean fromFileTime() {
        return source.fromFileTime();
    }
}
