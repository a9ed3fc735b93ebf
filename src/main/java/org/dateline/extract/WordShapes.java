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

    /** As {@link #mayContain(String)} for the word of that first character and length (length > 0), without making it. */
    boolean mayContain(char first, int length) {
        return shapes.get(shape(first, length));
    }

    private static int shape(String w) {
        // The empty word has a shape of its own.
        return w.isEmpty() ? 0 : shape(w.charAt(0), w.length());
    }

    private static int shape(char first, int length) {
        // Lengths from 31 up share one shape.
        return 1 + first * LENGTHS + Math.min(length, LENGTHS - 1);
    }
}
