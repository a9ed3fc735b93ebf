package org.dateline.ingest;

/** The kind of file an article was read from. */
public enum SourceFormat {
    /** Wire-style plain text (UPI, AP, Reuters, copied web pages). */
    TEXT,
    /** An HTML news page. */
    HTML
}
