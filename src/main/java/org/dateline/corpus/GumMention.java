package org.dateline.corpus;

/**
 * One entity mention of a GUM document, from the {@code Entity=} brackets of its CoNLL-U MISC column.
 *
 * @param cluster  the entity (coreference cluster) it refers to, unique within the document
 * @param type     GUM's entity type ("person", "organization", "place", "abstract", ...)
 * @param sentence the sentence's index in the document
 * @param start    its first word's index in the sentence
 * @param end      its last word's index in the sentence (inclusive)
 */
public record GumMention(String cluster, String type, int sentence, int start, int end) {

    public boolean covers(int sentence, int word) {
        return this.sentence == sentence && start <= word && word <= end;
    }
}
