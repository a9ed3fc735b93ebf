package org.dateline.link;

/** A Wikidata endpoint could not answer a lookup: unreachable, refusing, or answering something unreadable. */
public class WikidataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WikidataException(String message) {
        super(message);
    }

    public WikidataException(String message, Throwable cause) {
        super(message, cause);
    }
}
