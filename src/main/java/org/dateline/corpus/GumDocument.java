package org.dateline.corpus;

import java.util.List;

/**
 * A GUM document as an article: its text laid out by {@link DocumentText} and its named people, organisations
 * and places, and where each of their names is printed ({@code names}, in text order).
 */
public record GumDocument(String id, DocumentText text, List<GoldEntity> entities, List<NameSpan> names) {
    public GumDocument {
        entities = List.copyOf(entities);
        names = List.copyOf(names);
    }

    /** The document as training text: every proper-name mention with its entity's type. */
    public LabeledText labeled() {
        return new LabeledText("gum:" + id, text.text(), names);
    }

    /** GUM's genre, from the document name ({@code GUM_bio_dvorak} is bio). */
    public String genre() {
        return GumCorpus.genre(id);
    }
}
