package org.dateline.corpus;

import java.util.List;

/**
 * A text with its names marked, the unit the name model is trained on: a document, or a sentence of a
 * corpus that has no documents.
 *
 * @param source where it comes from ("gum:GUM_bio_byron", "uner:en_ewt-ud-train.iob2:120")
 */
public record LabeledText(String source, String text, List<NameSpan> names) {
    public LabeledText {
        names = List.copyOf(names);
    }
}
