package org.dateline.ingest;

/** The role a block of text plays in a news article. */
public enum BlockKind {
    HEADLINE,
    /** The summary or pull quote printed under the headline. */
    STANDFIRST,
    BYLINE,
    /** A photo caption, credit included. */
    CAPTION,
    /** A paragraph of the story itself; the first may open with the dateline. */
    BODY,
    /** A quotation set apart from the body (HTML {@code <blockquote>}), attribution included. */
    BLOCKQUOTE,
    /** Closing lines about the report itself: "Reporting by …", "… contributed to this report". */
    TRAILER
}
