package org.dateline.ingest;

import org.dateline.model.Span;

/**
 * One block of an article's text (a paragraph, caption, byline …) and where it sits in
 * {@link Article#text()}. Boilerplate never becomes a block: it stays only in the text.
 */
public record Block(BlockKind kind, Span span, String text) {
    public Block {
        if (span.length() != text.length()) {
            throw new IllegalArgumentException("block text does not match its span " + span);
        }
    }
}
