package org.dateline.ingest;

import java.time.LocalDate;

/** The day an article was published and where that date came from. */
public record PublicationDate(LocalDate date, DateSource source) { }
