package org.dateline.extract;

import java.util.BitSet;
import java.util.Collection;

/**
 * The shapes (first character and length) of a set of words: a word of another shape is in none of
 * them, which answers most look-ups in a small set without hashing the word. Says "maybe" for the rest.
 */
final class WordShapes {
    private static final int LENGTHS = 32;
    private final BitSet shapes = new BitSet();

    WordShapes(Collection<String> words) {
        for (String w : words) {
            shapes.set(shape(w));
        }
    }

    /** False when no word of the set has this word's first character and length. */
    boolean mayContain(String word) {
        return shapes.get(shape(word));
    }

    private static int shape(String w) {
        // Lengths from 31 up share one shape; the empty word has its own.
        return w.isEmpty() ? 0 : 1 + w.charAt(0) * LENGTHS + Math.min(w.length(), LENGTHS - 1);
    }
}
