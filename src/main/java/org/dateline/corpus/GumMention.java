package org.dateline.corpus;

/**
 * One entity mention of a GUM document, from the {@code Entity=} brackets of its CoNLL-U MISC column.
 *
 * @param cluster  the entity (coreference cluster) it refers to, unique within the document
 * @param type     GUM's entity type ("person", "organization", "place", "abstract", ...)
 * @param sentence the sentence's index in the document
 * @param start    its first word's index in the sentence
 * @param end      its last word's index in the sentence (inclusive)
 * @param identity the English Wikipedia title GUM links the entity to ({@code Antonín_Dvořák}), or null
 */
public record GumMention(String cluster, String type, int sentence, int start, int end, String identity) {

    /** A mention without a Wikipedia identity. */
    public GumMention(String cluster, String type, int sentence, int start, int end) {
        this(cluster, type, sentence, start, end, null);
    }

    public boolean covers(int sentence, int word) {
        return this.sentence == sentence && start <= word && word <= end;
    }
}
