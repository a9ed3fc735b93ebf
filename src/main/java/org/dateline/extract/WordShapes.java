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
    /**
     * The words' first and last characters and lengths, hashed to one bit each: a word whose bit is clear
     * has no equal in the set (an equal word has the same three, so the same bit). Collisions only make more
     * bits set, so more "maybe" answers, never a wrong "no". Many words share a first letter and length with
     * a word of the set but few also share its last letter, and the three cost no hash of the whole word.
     */
    private final long[] ends;
    /** The bits of {@link #ends} less one: at least 16K, and some 32 a word or more, so few are set. */
    private final int endMask;

    /**
     * The words themselves, for a set of at most {@link #MAX_STORED} (else null), in an open-addressed table
     * placed by the same three characters' mix: {@link #contains} finds a word by comparing it with the few
     * words of its slot run, without the word's hash code (a new token's text is hashed in full on its first look-up).
     */
    private final String[] slots;
    private final int slotMask;
    private static final int MAX_STORED = 4096;

    WordShapes(Collection<String> words) {
        int bits = Math.max(1 << 14, Integer.highestOneBit(Math.max(1, words.size())) << 6);
        ends = new long[bits / 64];
        endMask = bits - 1;
        // At least four slots a word, so at most a quarter used: a probe meets an empty slot soon.
        int slotCount = words.size() <= MAX_STORED ? Integer.highestOneBit(Math.max(1, words.size())) << 3 : 0;
        slots = slotCount > 0 ? new String[slotCount] : null;
        slotMask = slotCount - 1;
        for (String w : words) {
            shapes.set(shape(w));
            if (!w.isEmpty()) {
                int bit = endBit(w);
                ends[bit >>> 6] |= 1L << bit;
            }
            if (slots != null) {
                int i = mix(w) & slotMask;
                while (slots[i] != null && !slots[i].equals(w)) {
                    i = (i + 1) & slotMask;
                }
                slots[i] = w;
            }
        }
    }

    /**
     * Whether the word is one of the set's words (as the set's contains would say, by equals), for a set of at
     * most 4,096 words. A word is stored in the first free slot of the run from its mix's slot, and no word is
     * removed, so an equal word is met before the run's first empty slot.
     */
    boolean contains(String word) {
        if (slots == null) {
            throw new IllegalStateException("no words stored for a set this large");
        }
        if (!mayContain(word)) {
            return false;
        }
        for (int i = mix(word) & slotMask; slots[i] != null; i = (i + 1) & slotMask) {
            if (slots[i].equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** The first and last characters and length mixed (0 for the empty word). */
    private static int mix(String w) {
        if (w.isEmpty()) {
            return 0;
        }
        int h = (w.charAt(0) * 0x9E3779B1) ^ (w.charAt(w.length() - 1) * 0x85EBCA6B) ^ (w.length() * 0xC2B2AE35);
        return h ^ (h >>> 15);
    }

    /** False when no word of the set has this word's first character, last character and length. */
    boolean mayContain(String word) {
        if (!shapes.get(shape(word))) {
            return false;
        }
        if (word.isEmpty()) {
            return true;
        }
        int bit = endBit(word);
        return (ends[bit >>> 6] & (1L << bit)) != 0;
    }

    private int endBit(String w) {
        return mix(w) & endMask;
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
