package org.dateline.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A trie of phrases over words, so a text is matched against a whole list in one pass: at each
 * word, follow the trie as far as the text allows and keep the longest phrase that ends there.
 * Linear in the text, whatever the size of the list.
 */
final class PhraseIndex {
    // Patterns that String.matches/split/replaceAll compiled on every call, compiled once.
    private static final java.util.regex.Pattern RE_SPACES = java.util.regex.Pattern.compile("\\s+");

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        boolean end;
    }

    private final Node root = new Node();
    private final boolean ignoreCase;
    /** The most words of any phrase: no match reads further. */
    private int maxWords;
    /**
     * The first characters of the phrases' first words, as looked up (folded when ignoring case): a
     * word starting with another character starts no phrase, and most words of a text start none.
     * Used for folded look-ups; firstWordShapes for the others.
     */
    private final java.util.BitSet firstChars = new java.util.BitSet();
    /** The shapes of the phrases' first words, for look-ups of words already as looked up (no folding). */
    private WordShapes firstWordShapes;

    private PhraseIndex(boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
    }

    static PhraseIndex of(List<String> phrases, boolean ignoreCase) {
        PhraseIndex idx = new PhraseIndex(ignoreCase);
        for (String p : phrases) {
            Node n = idx.root;
            String[] words = RE_SPACES.split(p.strip());
            for (String w : words) {
                n = n.next.computeIfAbsent(idx.key(w), k -> new Node());
            }
            idx.maxWords = Math.max(idx.maxWords, words.length);
            n.end = true;
        }
        for (String first : idx.root.next.keySet()) {
            if (!first.isEmpty()) {
                idx.firstChars.set(first.charAt(0));
            }
        }
        idx.firstWordShapes = new WordShapes(idx.root.next.keySet());
        return idx;
    }

    private String key(String w) {
        return ignoreCase ? w.toLowerCase(Locale.ROOT) : w;
    }

    /** The first words of the phrases, as looked up (folded when ignoring case). */
    java.util.Set<String> firstWords() {
        return java.util.Collections.unmodifiableSet(root.next.keySet());
    }

    /** The most words of any phrase: {@link #longestAt} reads no further than that many words. */
    int maxWords() {
        return maxWords;
    }

    /** The number of words of the longest phrase starting at {@code words[from]}, or 0. */
    int longestAt(List<String> words, int from) {
        return longestAt(words, from, ignoreCase);
    }

    /** As {@link #longestAt(List, int)}, for words already in lower case (no case folding per look-up). */
    int longestAtLower(List<String> lowerWords, int from) {
        return longestAt(lowerWords, from, false);
    }

    private int longestAt(List<String> words, int from, boolean fold) {
        if (from < words.size() && !mayStart(words.get(from), fold)) {
            return 0;
        }
        Node n = root;
        int best = 0;
        for (int i = from; i < words.size(); i++) {
            String w = words.get(i);
            n = n.next.get(fold ? w.toLowerCase(Locale.ROOT) : w);
            if (n == null) {
                break;
            }
            if (n.end) {
                best = i - from + 1;
            }
        }
        return best;
    }

    /**
     * False when no phrase can start with the word: looked up as it is, a first word must have its first
     * character and length; folded, its first character (lower-cased) must start one.
     */
    private boolean mayStart(String word, boolean fold) {
        if (!fold) {
            return firstWordShapes.mayContain(word);
        }
        if (word.isEmpty()) {
            return true;
        }
        char c = word.charAt(0);
        if (c >= 128) {
            // Lower-casing a non-ASCII character may change more than that character: look it up.
            return true;
        }
        return firstChars.get(Character.toLowerCase(c));
    }

    /**
     * Whether the phrase has no whitespace anywhere (Java's, which strip() removes and which holds the
     * regex's \s): then strip and split leave it whole.
     */
    private static boolean isOneWord(String phrase) {
        for (int i = 0; i < phrase.length(); i++) {
            if (Character.isWhitespace(phrase.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    boolean contains(String phrase) {
        if (isOneWord(phrase)) {
            // What the split below gives for a phrase of one word, without the regex.
            return longestAt(List.of(phrase), 0) == 1;
        }
        List<String> words = List.of(RE_SPACES.split(phrase.strip()));
        return longestAt(words, 0) == words.size();
    }
}
