package org.dateline.corpus;

import java.util.List;

/** One document ({@code # newdoc id = ...}) of a CoNLL-U file. */
public record ConlluDocument(String id, List<ConlluSentence> sentences) {
    public ConlluDocument {
        sentences = List.copyOf(sentences);
    }
}
