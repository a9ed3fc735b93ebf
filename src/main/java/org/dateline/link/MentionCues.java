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
 * What the words around a mention tell the linker, from the lexicons {@value #TEAM_FILE},
 * {@value #GENERIC_FILE} and {@value #DEMONYMS_FILE}: whether a country's or a city's name stands for a sports
 * team ("Sweden beat Denmark 2-1": an organisation, not the place), whether an organisation's name is made of
 * words many countries' bodies share ("Workers' Party"), and which country is printed right before a name
 * ("Singapore's Workers' Party", "the Korean Democratic Party"). Immutable and thread-safe.
 */
final class MentionCues {
    static final String TEAM_FILE = "lexicon/team-cues.tsv";
    static final String GENERIC_FILE = "lexicon/generic-org-words.txt";
    static final String DEMONYMS_FILE = "lexicon/demonyms.tsv";
    /** Words a generic name may hold besides the generic ones. */
    private static final Set<String> JOINERS = Set.of("of", "the", "and", "for", "s");
    /** A score right after a team's name or in its sentence: "2-1", "3–0", "1 - 1". */
    private static final Pattern SCORE = Pattern.compile("(?<![\\d/.:-])\\d{1,2}\\s?[-–]\\s?\\d{1,2}(?![\\d/.:-]|\\s?(?:%|per))");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}.]+(?:[-'’][\\p{L}\\p{N}]+)*");

    private final List<String> after;
    private final List<String> before;
    private final List<String> owner;
    private final Set<String> sport;
    private final Set<String> generic;
    private final Map<String, String> demonyms;

    private MentionCues(List<String> after, List<String> before, List<String> owner, Set<String> sport,
                        Set<String> generic, Map<String, String> demonyms) {
        this.after = List.copyOf(after);
        this.before = List.copyOf(before);
        this.owner = List.copyOf(owner);
        this.sport = Set.copyOf(sport);
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
            List<String> after = new ArrayList<>();
            List<String> before = new ArrayList<>();
            List<String> owner = new ArrayList<>();
            Set<String> sport = new HashSet<>();
            if (DataFiles.exists(TEAM_FILE)) {
                for (String line : DataFiles.entries(TEAM_FILE)) {
                    String[] c = line.split("\t");
                    if (c.length < 2 || c[0].equals("kind")) {
                        continue;
                    }
                    String words = c[1].strip().toLowerCase(Locale.ROOT);
                    switch (c[0].strip()) {
                        case "after" -> after.add(words);
                        case "before" -> before.add(words);
                        case "owner" -> owner.add(words);
                        case "sport" -> sport.add(words);
                        default -> throw new IllegalStateException(TEAM_FILE + ": unknown kind '" + c[0]
                                + "' in line '" + line + "' (expected after, before, owner or sport)");
                    }
                }
            }
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
            return new MentionCues(after, before, owner, sport, generic, demonyms);
        }
    }

    /** Cues given directly (for tests). */
    static MentionCues of(List<String> after, List<String> before, List<String> owner, Set<String> sport,
                          Set<String> generic, Map<String, String> demonyms) {
        return new MentionCues(after, before, owner, sport, generic, demonyms);
    }

    /**
     * Whether the mention names a sports team: a score follows the name, or an after, before or owner cue
     * touches it while its sentence speaks of sport (a sport word or a score).
     */
    boolean team(String text, Mention m) {
        if (text == null || m.span().end() > text.length()) {
            return false;
        }
        int start = m.span().start();
        int end = m.span().end();
        String tail = text.substring(end, Math.min(text.length(), end + 60)).toLowerCase(Locale.ROOT);
        String head = text.substring(Math.max(0, start - 40), start).toLowerCase(Locale.ROOT);
        String rest = tail.stripLeading();
        Matcher score = SCORE.matcher(rest);
        if (score.lookingAt()) {
            return true;
        }
        boolean cue = startsWithAny(rest, after)
                || (rest.startsWith("'s ") || rest.startsWith("’s ")) && startsWithAny(rest.substring(3), owner)
                || endsWithAny(head.stripTrailing(), before);
        return cue && sporting(sentence(text, start, end));
    }

    /** Whether a sentence speaks of sport: one of the sport words, or a score. */
    private boolean sporting(String sentence) {
        String s = sentence.toLowerCase(Locale.ROOT);
        if (SCORE.matcher(s).find()) {
            return true;
        }
        List<String> words = words(s);
        for (int i = 0; i < words.size(); i++) {
            if (sport.contains(words.get(i)) || i + 1 < words.size() && sport.contains(words.get(i) + " " + words.get(i + 1))) {
                return true;
            }
        }
        return false;
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
                String country = phrase.substring(0, phrase.length() - 2);
                for (var e : gazetteer.curated().lookup(country)) {
                    if ("country".equals(e.subtype())) {
                        return e.qid();
                    }
                }
            }
        }
        return null;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher w = WORD.matcher(s);
        while (w.find()) {
            out.add(w.group());
        }
        return out;
    }

    /** The sentence around a span: from the last full stop, question or exclamation mark or line break before it to the next. */
    static String sentence(String text, int start, int end) {
        int b = start;
        while (b > 0 && !boundary(text, b - 1)) {
            b--;
        }
        int e = end;
        while (e < text.length() && !boundary(text, e)) {
            e++;
        }
        return text.substring(b, e);
    }

    private static boolean boundary(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n' || c == '!' || c == '?') {
            return true;
        }
        // A full stop ends a sentence when a space and a capital follow, not inside "U.S." or "2.5".
        return c == '.' && i + 2 < text.length() && text.charAt(i + 1) == ' ' && Character.isUpperCase(text.charAt(i + 2))
                && !(i >= 2 && text.charAt(i - 2) == '.');
    }

    private static boolean startsWithAny(String s, List<String> cues) {
        for (String c : cues) {
            if (s.startsWith(c) && (s.length() == c.length() || !Character.isLetterOrDigit(s.charAt(c.length())))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithAny(String s, List<String> cues) {
        for (String c : cues) {
            if (s.endsWith(c) && (s.length() == c.length() || !Character.isLetterOrDigit(s.charAt(s.length() - c.length() - 1)))) {
                return true;
            }
        }
        return false;
    }
}
