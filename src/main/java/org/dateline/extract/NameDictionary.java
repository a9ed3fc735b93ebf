package org.dateline.extract;

/**
 * What the project's knowledge says of a word, as evidence for the sequence model's dictionary features:
 * which kinds of name it is printed in. Pluggable ({@link NameDictionaries#use}): the model learns how far to
 * trust the dictionary it was trained with, so a model is retrained when its dictionary changes much.
 */
@FunctionalInterface
public interface NameDictionary {
    /**
     * A short code of the kinds of name the word (as printed) appears in ("G" given name, "P" person, "O"
     * organisation, "L" place; several letters in that order), or null when none.
     */
    String classOf(String word);
}
