package org.dateline.corpus;

import java.util.List;

/**
 * One sentence of a CoNLL-U document.
 *
 * @param tokens        its words
 * @param newParagraph  whether a {@code # newpar} comment opens a paragraph (or other block) with it
 * @param block         the block kind the paragraph comment names ("head", "p", "caption", ...), or "" when none
 */
public record ConlluSentence(List<ConlluToken> tokens, boolean newParagraph, String block) {
    public ConlluSentence {
        tokens = List.copyOf(tokens);
    }
}
