package org.dateline.corpus;

/**
 * One word of a CoNLL-U sentence (multi-word tokens and empty nodes are not kept).
 *
 * @param form       the word as printed
 * @param upos       universal part of speech ("PROPN", "DET", ...)
 * @param xpos       language-specific part of speech ("NNP", "NNPS", ...)
 * @param head       the index (0-based, within the sentence) of the word's syntactic head, or -1 for the root
 * @param deprel     the dependency relation to that head ("flat", "compound", ...)
 * @param spaceAfter whether the original text has a space after the word
 * @param misc       the MISC column as printed ("_" when empty)
 */
public record ConlluToken(String form, String upos, String xpos, int head, String deprel, boolean spaceAfter, String misc) { }
