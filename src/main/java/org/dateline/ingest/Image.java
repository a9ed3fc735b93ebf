package org.dateline.ingest;

import org.dateline.model.Span;

/**
 * A picture printed with the article: its caption, its credit and, when known, its address.
 *
 * @param caption      the caption without its credit
 * @param captionSpan  where the caption (first printing) sits in the text
 * @param credit       the credit as printed ("Photo by Jane Doe/UPI"), or null
 * @param photographer the person credited, or null
 * @param photographerSpan where the photographer's name is printed, or null
 * @param creditOrganization the agency or publisher in the credit ("UPI"), or null
 * @param licensed     whether the page marks the picture as licensable ("| License Photo")
 * @param url          the image address (HTML pages), or null
 */
public record Image(String caption, Span captionSpan, String credit, String photographer, Span photographerSpan,
                    String creditOrganization, boolean licensed, String url) { }
