package org.dateline.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.knowledge.DataFiles;
import org.dateline.model.Sentences;
import org.dateline.model.Span;

/**
 * Whether a country's or a city's name stands for a sports team ("Sweden beat Denmark 2-1", "Sacramento rallied
 * past Stockton 4-3"): an organisation, not the place. The cues are words of {@value #FILE}; a score right after
 * the name counts as one. Read by the recogniser, which types such a name an organisation, and by the linker,
 * which links no place for it. Immutable and thread-safe.
 */
public final class TeamCues {
    static final String FILE = "lexicon/team-cues.tsv";
    /**
     * The rules that type a name as a sports team ({@code KnownClub}, the decider's {@code KnownClubOverDecider},
     * the resolver's {@code TeamNamedByPlace}): the linker looks such an entity up among the sports clubs.
     */
    public static final List<String> TEAM_RULES = List.of(TypingRules.KnownClub.NAME, NameDecider.CLUB_OVER_DECIDER,
            EntityResolver.TEAM_NAMED_BY_PLACE);
    /** A score right after a team's name or in its sentence: "2-1", "3–0", "1 - 1". */
    private static final Pattern SCORE = Pattern.compile("(?<![\\d/.:-])\\d{1,2}\\s?[-–]\\s?\\d{1,2}(?![\\d/.:-]|\\s?(?:%|per))");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}.]+(?:[-'’][\\p{L}\\p{N}]+)*");

    private final List<String> after;
    /** Sports roles right after the name or its possessive that make it a team's in any sentence ("the Ireland captain"). */
    private final List<String> role;
    private final List<String> before;
    private final List<String> owner;
    private final Set<String> sport;
    private final List<String> place;
    /** A results line: two names, each with its points, and nothing else ("Ireland 24 Scotland 19", "Leeds 2, Hull 1"). */
    private static final Pattern RESULTS_LINE = Pattern.compile(
            "\\s*\\p{Lu}[\\p{L} .'’-]{1,40}? \\d{1,3},? \\p{Lu}[\\p{L} .'’-]{1,40}? \\d{1,3}\\s*");
    /** A name and a score right before another name: "Scotland 1-2 Norway" makes the second a team too. */
    private static final Pattern SCORE_BETWEEN_NAMES = Pattern.compile(
            "\\p{Lu}[\\p{L}.'’-]*\\s\\d{1,2}\\s?[-–]\\s?\\d{1,2}\\s$");
    /** A possessive followed by a capitalised word: "Poland's Zofia Nowak". */
    private static final Pattern POSSESSIVE_BEFORE_NAME = Pattern.compile("['’]s\\s+\\p{Lu}");
    /** A relative pronoun after the name, set off by a comma: ", who", ", which". */
    private static final Pattern RELATIVE = Pattern.compile(",\\s+(?:who|which)\\s+");
    /** "COPENHAGEN, Denmark (AP)": the country or region after a dateline's city in capitals. */
    private static final Pattern DATELINE_CITY_BEFORE = Pattern.compile("^\\s*\\p{Lu}[\\p{Lu}. '-]+,\\s*$");

    private TeamCues(List<String> after, List<String> role, List<String> before, List<String> owner, Set<String> sport,
                     List<String> place) {
        this.after = List.copyOf(after);
        this.role = List.copyOf(role);
        this.before = List.copyOf(before);
        this.owner = List.copyOf(owner);
        this.sport = Set.copyOf(sport);
        this.place = List.copyOf(place);
        String cues = before.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b).orElse("at");
        this.upNext = Pattern.compile("\\s*\\p{Lu}[\\p{L}\\d.'’&-]*(?:\\s\\p{Lu}[\\p{L}\\d.'’&-]*){0,3}:\\s+(?i:at|" + cues
                + ")\\s+", Pattern.UNICODE_CASE);
    }

    /**
     * An AP "Up next" line up to the opponent: "Hornets: Host Indiana on Sunday.", "Magic: At Washington on Monday
     * night.": a team's name (capitalised words), a colon, then "at" or a cue before a name.
     */
    private final Pattern upNext;

    /** The cues of the bundled lexicon (none when the file is missing). */
    public static TeamCues bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final TeamCues INSTANCE = read();

        private static TeamCues read() {
            List<String> after = new ArrayList<>();
            List<String> role = new ArrayList<>();
            List<String> before = new ArrayList<>();
            List<String> owner = new ArrayList<>();
            Set<String> sport = new HashSet<>();
            List<String> place = new ArrayList<>();
            if (DataFiles.exists(FILE)) {
                for (String line : DataFiles.entries(FILE)) {
                    String[] c = line.split("\t");
                    if (c.length < 2 || c[0].equals("kind")) {
                        continue;
                    }
                    String words = c[1].strip().toLowerCase(Locale.ROOT);
                    switch (c[0].strip()) {
                        case "after" -> after.add(words);
                        case "role" -> role.add(words);
                        case "before" -> before.add(words);
                        case "owner" -> owner.add(words);
                        case "sport" -> sport.add(words);
                        case "place" -> place.add(words);
                        default -> throw new IllegalStateException(FILE + ": unknown kind '" + c[0]
                                + "' in line '" + line + "' (expected after, role, before, owner, sport or place)");
                    }
                }
            }
            return new TeamCues(after, role, before, owner, sport, place);
        }
    }

    /**
     * Whether the name printed at {@code span} of {@code text} names a sports team: a score follows or precedes the
     * name, it is the opponent of an "Up next" line, or an after, before or owner cue touches it while its sentence
     * speaks of sport (a sport word or a score).
     */
    public boolean team(String text, Span span) {
        return team(text, span, false);
    }

    /**
     * As {@link #team(String, Span)}; in a {@code sportsStory} (one where a name already stands for a team by a
     * sporting sentence) a cue alone is enough: "Scotland face Croatia in Zagreb on Tuesday" says no sport word, but
     * in a match report it tells of the next match, not of a trip.
     */
    public boolean team(String text, Span span, boolean sportsStory) {
        if (text == null || span.end() > text.length()) {
            return false;
        }
        int start = span.start();
        int end = span.end();
        String tail = text.substring(end, Math.min(text.length(), end + 60)).toLowerCase(Locale.ROOT);
        String head = text.substring(Math.max(0, start - 40), start).toLowerCase(Locale.ROOT);
        String rest = tail.stripLeading();
        Matcher score = SCORE.matcher(rest);
        if (score.lookingAt() || SCORE_BETWEEN_NAMES.matcher(text.substring(Math.max(0, start - 40), start)).find()
                || upNext.matcher(text.substring(text.lastIndexOf('\n', Math.max(0, start - 1)) + 1, start)).matches()) {
            return true;
        }
        // "France, who beat Wales 38-12": the cue after a relative pronoun is the name's.
        Matcher relative = RELATIVE.matcher(rest);
        if (relative.lookingAt()) {
            rest = rest.substring(relative.end());
        }
        // "the Ireland captain", "Brazil's striker", "Ireland 24 Scotland 19": a team's, whatever the sentence says.
        if (RESULTS_LINE.matcher(line(text, start, end)).matches() || startsWithAny(rest, role)
                || (rest.startsWith("'s ") || rest.startsWith("’s ")) && startsWithAny(rest.substring(3), role)) {
            return true;
        }
        // "beating Poland's Zofia Nowak": the possessive before a name is the country of the person who plays.
        String printed = text.substring(end, Math.min(text.length(), end + 60)).stripLeading();
        if (POSSESSIVE_BEFORE_NAME.matcher(printed).lookingAt()) {
            return false;
        }
        boolean cue = startsWithAny(rest, after)
                || (rest.startsWith("'s ") || rest.startsWith("’s ")) && startsWithAny(rest.substring(3), owner)
                || endsWithAny(head.stripTrailing(), before);
        return cue && (sportsStory || sporting(sentence(text, start, end)));
    }

    /**
     * Whether the name printed at {@code span} of {@code text} is the place itself where a team of its name plays: a
     * place cue right before it ("the trip from Sweden"), or it follows a dateline's city in capitals ("COPENHAGEN,
     * Denmark"), and no team cue touches it.
     */
    public boolean placeItself(String text, Span span) {
        if (text == null || span.end() > text.length() || team(text, span)) {
            return false;
        }
        String head = text.substring(Math.max(0, span.start() - 40), span.start()).toLowerCase(Locale.ROOT);
        String trimmed = head.stripTrailing();
        if (trimmed.endsWith(" the")) {
            trimmed = trimmed.substring(0, trimmed.length() - 4).stripTrailing(); // "in the Netherlands"
        }
        return !trimmed.equals(head) && endsWithAny(trimmed, place)
                || DATELINE_CITY_BEFORE.matcher(text.substring(0, span.start())).matches();
    }

    /**
     * Whether a name printed {@code mentions} times, {@code teamMentions} of them as a team's, stands for the team:
     * when most of its mentions do ("FC Barcelona played its match" once in a story of the city does not).
     */
    public static boolean mostlyTeam(int teamMentions, int mentions) {
        return teamMentions > 0 && 2 * teamMentions >= mentions;
    }

    /**
     * What the text says of sport around a name, strongest first: a team cue touches it in a sentence of sport
     * ("Carlisle beat Barrow 2-0"), a cue touches it ("Tottenham drew with Everton"), its sentence speaks of sport (a
     * sport word or a score), or nothing.
     */
    public enum Sport { CUE_IN_SPORT, CUE, SENTENCE, NONE }

    /**
     * What the text around the name printed at {@code span} of {@code text} says of sport ({@link Sport}): where a
     * club's name ("Everton", "Arsenal") names the club.
     */
    public Sport sport(String text, Span span) {
        if (text == null || span.end() > text.length()) {
            return Sport.NONE;
        }
        if (team(text, span, false)) {
            return Sport.CUE_IN_SPORT;
        }
        return team(text, span, true) ? Sport.CUE
                : sporting(sentence(text, span.start(), span.end())) ? Sport.SENTENCE : Sport.NONE;
    }

    /** Whether a sentence speaks of sport: one of the sport words, or a score. */
    private boolean sporting(String sentence) {
        String s = sentence.toLowerCase(Locale.ROOT);
        if (SCORE.matcher(s).find()) {
            return true;
        }
        List<String> words = new ArrayList<>();
        Matcher w = WORD.matcher(s);
        while (w.find()) {
            words.add(w.group());
        }
        for (int i = 0; i < words.size(); i++) {
            if (sport.contains(words.get(i)) || i + 1 < words.size() && sport.contains(words.get(i) + " " + words.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** The line of {@code text} that holds the span. */
    private static String line(String text, int start, int end) {
        int b = text.lastIndexOf('\n', start - 1) + 1;
        int e = text.indexOf('\n', end);
        return text.substring(b, e < 0 ? text.length() : e);
    }

    private static String sentence(String text, int start, int end) {
        return Sentences.around(text, new Span(start, end)).of(text);
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
