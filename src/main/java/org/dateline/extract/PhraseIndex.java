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
    private static final java.util.regex.Pattern RE_SPACES = java.util.regex.Pattern.compile("\\s+");

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        boolean end;
    }

    private final Node root = new Node();
    private final boolean ignoreCase;
    /** The most words of any phrase: no match reads further. */
    private int maxWords;
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

    boolean contains(String phrase) {
        List<String> words = List.of(RE_SPACES.split(phrase.strip()));
        return longestAt(words, 0) == words.size();
    }
}
