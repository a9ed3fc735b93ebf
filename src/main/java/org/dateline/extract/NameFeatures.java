package org.dateline.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.knowledge.Gazetteer;
import org.dateline.knowledge.GazetteerEntry;
import org.dateline.model.EntityType;

/**
 * The evidence about one candidate name, as the features a learned decider weighs: what each typing rule said,
 * what the sequence model and the gazetteer say, the name's shape, whether its words are ordinary English words,
 * and what the article's other names say (a part of a longer name, a name printed again).
 */
final class NameFeatures {
    private final Lexicon lex;
    private final Gazetteer gazetteer;

    NameFeatures(Lexicon lex, Gazetteer gazetteer) {
        this.lex = lex;
        this.gazetteer = gazetteer;
    }

    /** The features of {@code c} among all the article's candidates. */
    String[] of(Candidate c, List<Candidate> all) {
        Set<String> f = new LinkedHashSet<>();
        f.add("bias");
        if (c.votes.isEmpty()) {
            f.add("first=none");
        }
        for (int i = 0; i < c.votes.size(); i++) {
            Decision d = c.votes.get(i);
            String v = d.rule() + ":" + typeName(d.type());
            f.add("v=" + v);
            if (i == 0) {
                f.add("first=" + v);
            }
        }
        if (c.modelOnly) {
            f.add("modelonly");
        }
        String first = c.votes.isEmpty() ? "none" : typeName(c.votes.get(0).type());
        if (c.model != null) {
            String m = typeName(c.model.type());
            f.add("m=" + m);
            f.add("m=" + m + ":" + bucket(c.model.probability()));
            f.add(m.equals(first) ? "agree" : "first/m=" + first + "/" + m);
            if (!c.votes.isEmpty()) {
                f.add("firstrule/m=" + c.votes.get(0).rule() + "/" + m);
            }
        } else {
            f.add("m=none");
            f.add("first/m=" + first + "/none");
        }
        List<GazetteerEntry> curated = gazetteer.curated().lookup(c.text);
        List<GazetteerEntry> known = gazetteer.lookup(c.text);
        for (GazetteerEntry e : curated) {
            f.add("g=" + typeName(e.type()));
        }
        if (known.isEmpty()) {
            f.add("go=none");
        }
        for (GazetteerEntry e : known) {
            f.add("go=" + typeName(e.type()));
        }
        if (!known.isEmpty()) {
            GazetteerEntry top = known.stream().max(java.util.Comparator.comparingDouble(GazetteerEntry::prior)).get();
            f.add("go1=" + typeName(top.type()) + ":" + bucket(top.prior()));
        }
        String[] words = c.text.split("\\s+");
        f.add("n=" + Math.min(words.length, 4));
        int common = 0;
        for (String w : words) {
            if (lex.isOrdinaryWord(w)) {
                common++;
            }
        }
        f.add(common == 0 ? "cw=none" : common == words.length ? "cw=all" : "cw=some");
        if (words.length == 1) {
            int[] wc = lex.wordCase.get(c.text.toLowerCase(Locale.ROOT));
            f.add(wc == null ? "wc=unseen" : wc[0] > 3 * wc[1] ? "wc=lower" : "wc=mixed");
        }
        if (c.text.length() > 1 && c.text.equals(c.text.toUpperCase(Locale.ROOT))) {
            f.add("caps");
        }
        if (c.initial) {
            f.add("initial");
        }
        if (c.inHeadline()) {
            f.add("headline");
        }
        if (lex.givenNames.contains(words[0])
                && !(words.length > 1 && TypingRules.GivenName.placeOrBodyByName(lex, gazetteer, c.text))) {
            f.add("given");
        }
        if (c.fixed) {
            f.add("fixed");
        }
        int same = 0;
        String partOf = null;
        for (Candidate o : all) {
            if (o == c) {
                continue;
            }
            if (o.text.equals(c.text)) {
                same++;
            } else if (partOf == null && containsWords(o.text, c.text)) {
                partOf = o.votes.isEmpty() ? (o.fixed ? typeName(o.type) : "NONE") : typeName(o.votes.get(0).type());
            }
        }
        f.add(same == 0 ? "rep=1" : "rep=2+");
        if (partOf != null) {
            f.add("partof=" + partOf);
        }
        return f.toArray(new String[0]);
    }

    private static String bucket(double p) {
        return p >= 0.6 ? "hi" : p >= 0.3 ? "mid" : "lo";
    }

    static String typeName(EntityType t) {
        return t == null ? "NONE" : t.name();
    }

    /** Whether {@code inner}'s words stand, in order, as whole words inside {@code outer}. */
    private static boolean containsWords(String outer, String inner) {
        int at = outer.indexOf(inner);
        while (at >= 0) {
            int end = at + inner.length();
            if ((at == 0 || !Character.isLetterOrDigit(outer.charAt(at - 1)))
                    && (end == outer.length() || !Character.isLetterOrDigit(outer.charAt(end)))) {
                return true;
            }
            at = outer.indexOf(inner, at + 1);
        }
        return false;
    }
}
