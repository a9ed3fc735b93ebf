package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.knowledge.Gazetteer;
import org.dateline.knowledge.GazetteerEntry;

/**
 * One candidate name with what the typing rules read around it: its words, up to 60 characters of text on each
 * side, and the shared knowledge (lexicon, cues, gazetteer). Facts several rules ask are worked out once, on
 * first use. Made per name, on one thread.
 */
final class NameContext {
    /** {@code [\s,.;:]}: what separates the words read after a name. */
    private static final Pattern WORD_GAP = Pattern.compile("[\\s,.;:]+");

    final Candidate c;
    /** The name's words as printed, split at whitespace. */
    final List<String> w;
    final String before;
    final String after;
    final BlockText bt;
    /** The name as the place tables key it ({@link Lexicon#norm}). */
    final String placeKey;
    final Lexicon lex;
    final NameCues cues;
    /** Both layers: the hand-checked one types names, the open data only in {@link TypingRules.KnownBody}. */
    private final Gazetteer gazetteer;

    /** The sequence model's name of exactly these characters, or null. */
    final ModelName model;
    private List<String> afterWords;
    private List<GazetteerEntry> known;
    private List<GazetteerEntry> knownToOpenData;

    NameContext(Candidate c, List<String> w, String before, String after, BlockText bt, Lexicon lex, NameCues cues,
                Gazetteer gazetteer, ModelName model) {
        this.model = model;
        this.c = c;
        this.w = w;
        this.before = before;
        this.after = after;
        this.bt = bt;
        this.placeKey = Lexicon.norm(c.text);
        this.lex = lex;
        this.cues = cues;
        this.gazetteer = gazetteer;
    }

    String last() {
        return w.get(w.size() - 1);
    }

    int size() {
        return w.size();
    }

    /** The first words after the name (as many as the longest place noun has): the verb of saying or a place noun. */
    List<String> afterWords() {
        if (afterWords == null) {
            int max = Math.max(1, lex.placeAfter.maxWords());
            List<String> out = new ArrayList<>();
            for (String part : WORD_GAP.split(after.strip())) {
                if (!part.isEmpty() && out.size() < max) {
                    out.add(part);
                }
            }
            afterWords = out;
        }
        return afterWords;
    }

    /** "Acme said", not "Acme, said": a verb of saying follows the name at once. */
    boolean speaks() {
        return !afterWords().isEmpty() && lex.attributionVerbs.contains(afterWords().get(0)) && !after.startsWith(",");
    }

    /** How many of the name's words are organisation keywords. */
    int orgKeywords() {
        int n = 0;
        for (String s : w) {
            if (lex.orgKeywords.contains(s)) {
                n++;
            }
        }
        return n;
    }

    /** Whether the last word is a place keyword that is part of names ("Square", "Province"). */
    boolean endsInPlaceKeyword() {
        return lex.placeNameKeywords.contains(last());
    }

    /** Two or three words, none a stop word: a name shaped like a person's "Jane Doe". */
    boolean plainName() {
        return size() >= 2 && size() <= 3 && !anyIn(w, lex.stopWords);
    }

    boolean firstIsGivenName() {
        return lex.givenNames.contains(w.get(0));
    }

    boolean generic() {
        return lex.genericNames.contains(c.text);
    }

    /** The hand-checked gazetteer's entries for the name as printed. */
    List<GazetteerEntry> known() {
        if (known == null) {
            known = gazetteer.curated().lookup(c.text);
        }
        return known;
    }

    /** The gazetteer the rules read. */
    Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * Both gazetteer layers' entries for the name as printed (the open data's brands and towns among them), looked up
     * once: the last sieves (KnownBody, KnownOpenDataPlace, KnownSurname) all ask.
     */
    List<GazetteerEntry> knownToOpenData() {
        if (knownToOpenData == null) {
            knownToOpenData = gazetteer.lookup(c.text);
        }
        return knownToOpenData;
    }

    /** What the text around the name says of sport ({@link TeamCues#sport}). */
    TeamCues.Sport sport() {
        return TeamCues.bundled().sport(bt.block.text(), c.span.shift(-bt.block.span().start()));
    }

    /** As {@link #knownToOpenData()}, for another name (a part of this one). */
    List<GazetteerEntry> knownToOpenData(String name) {
        return gazetteer.lookup(name);
    }

    /** The text after the name, up to {@code length} characters (more than {@link #after} holds when asked). */
    String afterUpTo(int length) {
        return bt.slice(c.span.end(), c.span.end() + length);
    }

    static boolean anyIn(List<String> words, Set<String> set) {
        for (String s : words) {
            if (set.contains(s)) {
                return true;
            }
        }
        return false;
    }
}
