package org.dateline.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.extract.Mention;
import org.dateline.knowledge.DataFiles;
import org.dateline.knowledge.Gazetteer;

/**
 * What the words around a mention tell the linker, from the lexicons {@value #GENERIC_FILE} and
 * {@value #DEMONYMS_FILE}: whether an organisation's name is made of words many countries' bodies share
 * ("Workers' Party"), and which country is printed right before a name ("Singapore's Workers' Party", "the Korean
 * Democratic Party"). Whether a place's name stands for a sports team is {@link org.dateline.extract.TeamCues}'s.
 * Immutable and thread-safe.
 */
final class MentionCues {
    static final String GENERIC_FILE = "lexicon/generic-org-words.txt";
    static final String DEMONYMS_FILE = "lexicon/demonyms.tsv";
    /** Words a generic name may hold besides the generic ones. */
    private static final Set<String> JOINERS = Set.of("of", "the", "and", "for", "s");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}.]+(?:[-'’][\\p{L}\\p{N}]+)*");

    private final Set<String> generic;
    private final Map<String, String> demonyms;

    private MentionCues(Set<String> generic, Map<String, String> demonyms) {
        this.generic = Set.copyOf(generic);
        this.demonyms = Map.copyOf(demonyms);
    }

    /** The cues of the bundled lexicons (none when a file is missing). */
    static MentionCues bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final MentionCues INSTANCE = read();

        private static MentionCues read() {
            Set<String> generic = new HashSet<>();
            if (DataFiles.exists(GENERIC_FILE)) {
                for (String w : DataFiles.entries(GENERIC_FILE)) {
                    generic.add(Gazetteer.normalise(w));
                }
            }
            Map<String, String> demonyms = new HashMap<>();
            if (DataFiles.exists(DEMONYMS_FILE)) {
                for (String line : DataFiles.entries(DEMONYMS_FILE)) {
                    String[] c = line.split("\t");
                    if (c.length >= 3 && c[2].startsWith("Q")) {
                        demonyms.put(c[0].strip().toLowerCase(Locale.ROOT), c[2].strip());
                    }
                }
            }
            return new MentionCues(generic, demonyms);
        }
    }

    /** Whether every word of a name is one many countries' organisations share ("Workers' Party"). */
    boolean generic(String name) {
        boolean any = false;
        for (String w : Gazetteer.normalise(name).split(" ")) {
            if (w.isEmpty() || JOINERS.contains(w)) {
                continue;
            }
            if (!generic.contains(w)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * The country printed right before the mention, as a possessive country name ("Singapore's") or a demonym
     * ("Korean", "the South Korean"), or null. Country names are looked up in {@code gazetteer}'s hand-checked
     * layer.
     */
    String countryBefore(String text, Mention m, Gazetteer gazetteer) {
        if (text == null || m.span().start() > text.length()) {
            return null;
        }
        String head = text.substring(Math.max(0, m.span().start() - 40), m.span().start());
        List<String> words = words(head);
        int n = words.size();
        for (int k = 1; k <= Math.min(3, n); k++) {
            String phrase = String.join(" ", words.subList(n - k, n));
            String demonym = demonyms.get(phrase.toLowerCase(Locale.ROOT));
            if (demonym != null && head.stripTrailing().endsWith(words.get(n - 1))) {
                return demonym;
            }
            if (phrase.endsWith("'s") || phrase.endsWith("’s")) {
                String country = countryNamed(phrase.substring(0, phrase.length() - 2), gazetteer);
                if (country != null) {
                    return country;
                }
            }
        }
        return null;
    }

    /**
     * A name that opens with its country ("U.S. Republican Party", "British Labour Party", "Kenya National Assembly"):
     * the country's QID and the rest of the name, or null. The country is a demonym or a country's name or alias of
     * {@code gazetteer}'s hand-checked layer, of one to three words, and the rest has two words or more, so that a
     * body named after its country ("American Airlines", "Kenya Airways") is read whole first by the caller.
     */
    Qualified countryPrefix(String name, Gazetteer gazetteer) {
        String[] words = name.strip().split("\\s+");
        for (int k = Math.min(3, words.length - 2); k >= 1; k--) {
            String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
            String rest = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
            String country = demonyms.get(phrase.toLowerCase(Locale.ROOT));
            if (country == null) {
                country = countryNamed(phrase, gazetteer);
            }
            if (country != null) {
                return new Qualified(country, rest);
            }
        }
        return null;
    }

    /** The QID of the country {@code gazetteer}'s hand-checked layer knows by {@code name}, or null. */
    private static String countryNamed(String name, Gazetteer gazetteer) {
        for (var e : gazetteer.curated().lookup(name)) {
            if ("country".equals(e.subtype())) {
                return e.qid();
            }
        }
        return null;
    }

    /** A name without the country it opens with ({@link #countryPrefix}). */
    record Qualified(String country, String rest) { }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher w = WORD.matcher(s);
        while (w.find()) {
            out.add(w.group());
        }
        return out;
    }
}
