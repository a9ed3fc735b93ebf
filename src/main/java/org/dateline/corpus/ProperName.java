package org.dateline.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the proper name inside a GUM mention, the part a news reader would call the entity's name: the mention
 * counts only when its syntactic head is a proper noun; the name is the run of proper nouns (and capitalised words) around
 * that head (with joining words between two of them: "Museum of Flight", "Sea-Air-Space"), without a leading article
 * nor a trailing possessive; a person's name is the head and its {@code flat} parts ("Charles Bolden" in "NASA
 * Administrator Charles Bolden"), and a person mention that is only a title ("the President") has none. A plural proper noun heading a person mention ("many Texans") is a group, not a name.
 */
final class ProperName {
    private static final Set<String> JOINERS = Set.of("-", "of", "and", "&", "the", "de", "del", "du", "da", "von",
            "van", "der", "bin", "al", "la", "le", "y", "for", "on", "upon");

    private final Set<String> titles;

    /** @param titles lower-case titles, words separated by one space, left off a name's start ("vice president") */
    ProperName(Set<String> titles) {
        this.titles = titles;
    }

    /** The name's first and last word indexes in the mention's sentence, or null when it has none. */
    int[] of(GumMention m, List<ConlluToken> tokens) {
        int head = -1;
        for (int w = m.start(); w <= m.end(); w++) {
            int h = tokens.get(w).head();
            if (h < m.start() || h > m.end()) {
                head = w;
                break;
            }
        }
        if (head < 0 || !tokens.get(head).upos().equals("PROPN")) {
            return null;
        }
        if (m.type().equals("person") && tokens.get(head).xpos().equals("NNPS")) {
            return null;
        }
        int l = head;
        int r = head;
        if (m.type().equals("person")) {
            // A person's name is the head and its flat parts ("Charles" + "Bolden"); words before it are titles.
            boolean grown = true;
            while (grown) {
                grown = false;
                for (int w = m.start(); w <= m.end(); w++) {
                    int h = tokens.get(w).head();
                    if ((w < l || w > r) && h >= l && h <= r && tokens.get(w).deprel().startsWith("flat")) {
                        l = Math.min(l, w);
                        r = Math.max(r, w);
                        grown = true;
                    }
                }
            }
            int t = titleEnd(tokens, l, head);
            if (t >= 0) {
                l = t + 1;
            }
            if (l == r && titles.contains(tokens.get(head).form().toLowerCase(Locale.ROOT))) {
                return null;
            }
        } else {
            for (int w = l - 1; w >= m.start() && (isName(tokens, w) || isJoiner(tokens, w)); w--) {
                if (isName(tokens, w)) {
                    l = w;
                }
            }
            for (int w = r + 1; w <= m.end() && (isName(tokens, w) || isJoiner(tokens, w)); w++) {
                if (isName(tokens, w)) {
                    r = w;
                }
            }
        }
        while (l < head && isJoiner(tokens, l)) {
            l++;
        }
        while (r > l && (isJoiner(tokens, r) || tokens.get(r).form().equals("'s") || tokens.get(r).form().equals("'"))) {
            r--;
        }
        return l <= r && l <= head && head <= r ? new int[] {l, r} : null;
    }

    /** The last word of the longest title starting at word {@code l} and ending before the head, or -1. */
    private int titleEnd(List<ConlluToken> tokens, int l, int head) {
        StringBuilder sb = new StringBuilder();
        int end = -1;
        for (int w = l; w < head; w++) {
            if (w > l) {
                sb.append(' ');
            }
            sb.append(tokens.get(w).form().toLowerCase(Locale.ROOT));
            if (titles.contains(sb.toString())) {
                end = w;
            }
        }
        return end;
    }

    /**
     * A proper noun, or a capitalised word tagged otherwise inside a name ("New" York, "National" Museum). GUM tags
     * some words of names by their lemma's part of speech ("United" of "United States" is a {@code VERB}) while
     * their Penn tag says proper noun ({@code NNP}, {@code NNPS}); either tag makes a proper noun.
     */
    private static boolean isName(List<ConlluToken> tokens, int w) {
        ConlluToken t = tokens.get(w);
        return t.upos().equals("PROPN") || t.xpos().startsWith("NNP")
                || Set.of("ADJ", "NOUN", "NUM", "X").contains(t.upos())
                && !t.form().isEmpty() && Character.isUpperCase(t.form().charAt(0));
    }

    private static boolean isJoiner(List<ConlluToken> tokens, int w) {
        return JOINERS.contains(tokens.get(w).form().toLowerCase(Locale.ROOT)) && !isName(tokens, w);
    }
}
