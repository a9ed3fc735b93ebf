package org.dateline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Span;
import org.dateline.knowledge.DataFiles;

/**
 * Reads a byline ("By A", "By A and B", "By JANE DOE, Associated Press") into its people and the
 * agency it names, using the vocabulary in {@code lexicon/bylines.txt}.
 */
final class BylineParser {
    /** A parsed byline: the people in it (spans into the text) and the agency named, if any. */
    record Byline(List<Author> authors, String agency) { }

    private static final int MAX_LENGTH = 160;
    /** A personal name: up to six capitalised words, allowing particles, initials, hyphens and apostrophes. */
    private static final Pattern NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'\u2019.-]*|\\p{Ll}{1,4}))*(?<!\\s\\p{Ll}{1,4})");

    private static final Pattern CLOSING_AGENCY = Pattern.compile("\\s*\\(([^()]{1,40})\\)\\s*$");
    /**
     * What sets off the tail of a byline from its names: a bar, bullet or middle dot, or a dash or slash between
     * spaces ("By: Jane Doe - Correspondent / @JaneDoe"; a hyphenated name has no spaces around its hyphen).
     */
    private static final Pattern BYLINE_TAIL = Pattern.compile("\\s+[|\u2022\u00b7]\\s*|\\s+[-\u2013\u2014/]\\s+");
    private static final Pattern CLOSING_STOP = Pattern.compile("[.;]$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A middle initial ("P." of "Anoop P. Varghese"): a person's name whatever the given name. */
    private static final Pattern MIDDLE_INITIAL = Pattern.compile("\\p{Lu}\\.");
    /** Words in capitals (a name, perhaps an agency) before a word in mixed case (the role): "JANE DOE AP Sports". */
    private static final Pattern CAPITALS_THEN_ROLE = Pattern.compile(
            "\\s*((?:[\\p{Lu}][\\p{Lu}'\u2019.-]*\\s+)+)(?=\\p{Lu}\\p{Ll})");
    /** A short run of capitalised words (and joiners): a desk's name, "Staff Reports". */
    private static final Pattern CAPITALISED_WORDS = Pattern.compile(
            "\\p{Lu}\\p{L}*(?:\\s+(?:\\p{Lu}\\p{L}*|and|&)){0,3}");

    private final Pattern prefix;
    private final Pattern joiner;
    private final List<Pattern> roles;
    /** Tried on every body line; most lines lack the text each needs. */
    private final List<GatedPattern> trailers;
    private final List<String> joiners;
    /** Words naming a desk before a job ("Environment correspondent"), lower case. */
    private final Set<String> desks;
    /** Given names ({@code lexicon/given-names.txt}): what a byline printed without "By" must open each name with. */
    private final Set<String> givenNames;

    private BylineParser() {
        Map<String, List<String>> rules = DataFiles.rules("lexicon/bylines.txt",
                "prefix", "role", "desk", "joiner", "trailer", "particle");
        prefix = Pattern.compile("^\\s*(?:" + alternation(rules.get("prefix")) + ")\\s*:?\\s+",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        joiners = rules.get("joiner");
        joiner = Pattern.compile("\\s+(?:" + alternation(rules.get("joiner")) + ")\\s+",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        roles = rules.get("role").stream().map(r -> Pattern.compile("(?i)\\b" + Pattern.quote(r) + "\\b")).toList();
        desks = Set.copyOf(rules.get("desk").stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
        givenNames = Names.GIVEN_NAMES;
        trailers = rules.get("trailer").stream()
                .map(t -> new GatedPattern(Pattern.compile(t, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)))
                .toList();
    }

    private static final BylineParser DEFAULT = new BylineParser();

    static BylineParser get() {
        return DEFAULT;
    }

    /** The words joining names in a byline ("and", "&"), as the lexicon lists them. */
    List<String> joiners() {
        return joiners;
    }

    private static String alternation(List<String> words) {
        return String.join("|", words.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList());
    }

    /** "By Tuesday, …" and "By March …" open sentences, not bylines. */
    private static boolean isCalendarWord(String name) {
        String w = name.strip();
        return !w.contains(" ") && (Months.number(w) != 0 || TextDates.isWeekday(w));
    }

    /** The words without a leading byline word ("By Jane Doe" → "Jane Doe"). */
    String withoutPrefix(String words) {
        return prefix.matcher(words).replaceFirst("").strip();
    }

    /** Whether the words name a job or desk ("Political editor", "AP Diplomatic Writer") rather than a person. */
    boolean isRole(String words) {
        return roles.stream().anyMatch(r -> r.matcher(words).find());
    }

    /**
     * Whether an author's name as page metadata gives it is a desk's, no person's ("Recorder Report", "Staff Reports"):
     * read as a byline, it names no one.
     */
    boolean isDesk(String name) {
        String line = "By " + name.strip();
        Byline b = parse(line, 0, line.length());
        return b != null && b.authors().isEmpty() && b.agency() == null;
    }

    /** Whether a line is a closing line about the report ("Reporting by …", "… contributed to this report"). */
    boolean isTrailer(String line) {
        RequiredText.Line stripped = new RequiredText.Line(line.strip());
        return trailers.stream().anyMatch(p -> p.find(stripped));
    }

    /**
     * The byline in {@code text[start, end)}, or null when that line is not a byline. A byline must open with a
     * byline word and name at least one person or agency; everything else is left to the caller.
     */
    Byline parse(String text, int start, int end) {
        String line = text.substring(start, end);
        if (line.strip().length() > MAX_LENGTH || line.contains("\n")) {
            return null;
        }
        Matcher p = prefix.matcher(line);
        if (!p.lookingAt()) {
            return null;
        }
        // Web copies print the time after the names: "By Jane Doe | May 4, 2019 at 12:20 PM".
        Matcher tail = BYLINE_TAIL.matcher(line);
        if (tail.find(p.end())) {
            line = line.substring(0, tail.start());
        }
        List<Author> authors = new ArrayList<>();
        String agency = null;
        boolean deskOnly = false;
        // AFP closes the byline with the agency in parentheses: "By Jane DOE (AFP)".
        Matcher closing = CLOSING_AGENCY.matcher(line);
        if (closing.find() && closing.start() > p.end() && Agencies.shortName(closing.group(1)) != null) {
            agency = Agencies.shortName(closing.group(1));
            line = line.substring(0, closing.start());
        }
        int partStart = p.end();
        String[] parts = line.substring(partStart).split(",", -1);
        // Comma-separated parts: people ("A", "B and C") or affiliations ("Associated Press", "Staff Writer").
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            int offset = partStart;
            partStart += part.length() + 1;
            String trimmed = CLOSING_STOP.matcher(part.strip()).replaceFirst("");
            String cut = trimmed;
            if (trimmed.isEmpty()) {
                continue;
            }
            String known = Agencies.shortName(trimmed);
            if (known != null) {
                agency = agency == null ? known : agency;
                continue;
            }
            // "By JOHN DOE Associated Press": an agency printed after the names without a comma.
            String suffix = Agencies.suffix(trimmed);
            if (suffix != null) {
                agency = agency == null ? Agencies.shortName(suffix) : agency;
                part = part.substring(0, part.lastIndexOf(suffix));
                if (part.isBlank()) {
                    continue;
                }
                cut = part.strip();
            }
            // "Supaporn Kittisak and Online Reporters": a desk joined after the people is no one; the people stay.
            int lastJoin = joiner.matcher(part).results().mapToInt(java.util.regex.MatchResult::start).max().orElse(-1);
            if (lastJoin > 0) {
                String desk = joiner.split(part.substring(lastJoin), -1)[1].strip();
                if (CAPITALISED_WORDS.matcher(desk).matches() && nameBeforeJob(desk, false) == null
                        && roles.stream().anyMatch(r -> r.matcher(desk).find())) {
                    part = part.substring(0, lastJoin);
                    cut = part.strip();
                }
            }
            String words = cut;
            if (roles.stream().anyMatch(r -> r.matcher(words).find())) {
                // "JANE DOE AP Sports Writer": a name in capitals, then (an agency and) the role in mixed case.
                Matcher named = CAPITALS_THEN_ROLE.matcher(part);
                if (named.lookingAt() && SPACES.split(named.group(1).strip()).length >= 2) {
                    String name = named.group(1).strip();
                    String[] tokens = SPACES.split(name);
                    String last = tokens[tokens.length - 1];
                    if (tokens.length >= 3 && Agencies.shortName(last) != null) {
                        agency = agency == null ? Agencies.shortName(last) : agency;
                        name = name.substring(0, name.length() - last.length()).strip();
                    }
                    if (NAME.matcher(name).matches() && !isCalendarWord(name)) {
                        int nameStart = start + offset + part.indexOf(name);
                        authors.add(new Author(Names.normalCase(name), new Span(nameStart, nameStart + name.length())));
                    }
                } else {
                    // "Jane Doe Staff Writer", "Jane Doe HealthDay Reporter": a name, perhaps the outlet, then the job.
                    String name = nameBeforeJob(words, true);
                    if (name != null) {
                        int nameStart = start + offset + part.indexOf(name);
                        authors.add(new Author(Names.normalCase(name), new Span(nameStart, nameStart + name.length())));
                    } else if (CAPITALISED_WORDS.matcher(words).matches() || outletsDesk(words)) {
                        // "By Staff Reports", "By Staff and Wire Reports", "By Buenos Aires Times staff": a desk, no
                        // person.
                        deskOnly = true;
                    }
                }
                continue;
            }
            boolean joined = joiner.matcher(trimmed).find();
            // "By A, The Daily Planet": a last part with no "and", after a first person, is where A works;
            // lists of people join their last name with "and" ("By A, B and C").
            if (i > 0 && i == parts.length - 1 && !joined && parts.length == 2
                    && Character.isUpperCase(trimmed.charAt(0)) && !part.strip().endsWith(".")) {
                continue;
            }
            int at = offset;
            for (String name : joiner.split(part, -1)) {
                int idx = line.indexOf(name, at);
                at = idx + name.length();
                String n = CLOSING_STOP.matcher(name.strip()).replaceFirst("");
                if (n.isEmpty()) {
                    continue;
                }
                if (!NAME.matcher(n).matches() || SPACES.split(n).length > 6 || isCalendarWord(n)) {
                    return null;
                }
                if (SPACES.split(n).length == 1) {
                    // "From Wikinews, the free news source": a person signs with two names or more; one word is
                    // the outlet the story comes from.
                    deskOnly = true;
                    continue;
                }
                int nameStart = start + idx + name.indexOf(n);
                authors.add(new Author(Names.normalCase(n), new Span(nameStart, nameStart + n.length())));
            }
        }
        if (authors.isEmpty() && agency == null && !deskOnly) {
            return null;
        }
        return new Byline(authors, agency);
    }

    /**
     * A byline printed without a byline word but with the writer's job on its line, or null: "Mihi Tautahi, Reporter"
     * (a last part after a comma or a slash that is a job) or "Helena Marchbank Environment correspondent" (job words, perhaps
     * after desk words, closing the line). The job is what shows that the line is a byline; the rest must be one of
     * personal names as {@link #parseBare} reads them, a given name of the lexicon aside (the job vouches for them).
     */
    Byline parseBareWithJob(String text, int start, int end) {
        String line = text.substring(start, end).stripTrailing();
        if (line.strip().length() > MAX_LENGTH || line.contains("\n")) {
            return null;
        }
        // "Dwight McKenzie-Forbes/Gleaner Writer": a slash sets the job off as a comma does.
        int comma = Math.max(line.lastIndexOf(','), line.lastIndexOf('/'));
        // The job is a few words ("Reporter", "Special to The Globe and Mail"), not a clause that holds a job word
        // ("…, said in a statement that the Government would look favourably on funding").
        if (comma > 0 && !line.substring(comma + 1).isBlank() && isRole(line.substring(comma + 1))
                && SPACES.split(line.substring(comma + 1).strip()).length <= MAX_JOB_WORDS) {
            return names(text, start, start + comma, false);
        }
        String[] words = SPACES.split(line.strip());
        int k = jobStart(words);
        if (k < 0) {
            return null;
        }
        int cut = line.indexOf(words[k]);
        return cut > 0 ? names(text, start, start + cut, false) : null;
    }

    /** "Buenos Aires Times staff", "Herald staff": an outlet's capitalised name, then only job words in lower case. */
    private boolean outletsDesk(String words) {
        String[] w = SPACES.split(words.strip());
        int k = w.length;
        while (k > 1 && Character.isLowerCase(w[k - 1].charAt(0)) && isRole(w[k - 1])) {
            k--;
        }
        return k < w.length && CAPITALISED_WORDS.matcher(String.join(" ", java.util.Arrays.copyOf(w, k))).matches();
    }

    /**
     * The person's name opening "Jane Doe Staff Writer" or "Jane Doe HealthDay Reporter", or null: job words close
     * the words, an outlet's name may stand before them (an agency of the lexicon, a word in capitals or in camel
     * case), and what is left is two to four words of a name opening with a given name of the lexicon ("Staff
     * Reports" is a desk), or, after "By" ({@code afterByWord}), any such name over a job of two words in title case.
     */
    private String nameBeforeJob(String words, boolean afterByWord) {
        String[] w = SPACES.split(words.strip());
        int k = jobStart(w);
        if (k > 2 && isOutletWord(w[k - 1])) {
            k--;
        }
        if (k < 2 || k > 4) {
            return null;
        }
        // After "By", a job of two words or more in title case ("By Meera Chandrasekar Staff Reporter") vouches for
        // names the lexicon's given names lack, when no word of them is a job or desk word ("By Times Staff Writer");
        // one job word may close a desk's name ("By Valley Sports Staff").
        boolean vouched = afterByWord && w.length - k >= 2 && Character.isUpperCase(w[k].charAt(0))
                && java.util.Arrays.stream(w, 0, k)
                        .noneMatch(x -> isRole(x) || desks.contains(x.toLowerCase(Locale.ROOT)));
        if (!vouched && !givenNames.contains(w[0])) {
            return null;
        }
        String name = String.join(" ", java.util.Arrays.copyOf(w, k));
        return NAME.matcher(name).matches() && words.contains(name) ? name : null;
    }

    /**
     * Where the job words closing a byline's words begin ("Environment correspondent", "Staff Writer": job words,
     * perhaps after desk words; two words at least stay before them), or -1 when no job word closes them.
     */
    private int jobStart(String[] w) {
        int k = w.length;
        boolean job = false;
        while (k > 2 && (isRole(w[k - 1]) || desks.contains(w[k - 1].toLowerCase(Locale.ROOT)))) {
            job |= isRole(w[k - 1]);
            k--;
        }
        return job ? k : -1;
    }

    /** "AP", "CNN", "HealthDay": a word naming an outlet in a byline, not a person. */
    private static boolean isOutletWord(String w) {
        if (Agencies.shortName(w) != null) {
            return true;
        }
        boolean inner = false;
        for (int i = 1; i < w.length(); i++) {
            inner |= Character.isUpperCase(w.charAt(i));
        }
        return w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && inner;
    }

    /** A byline without "By" names at most this many people. */
    private static final int MAX_BARE_NAMES = 4;
    /** At most this many words make the line of a writer's job under a byline ("Health correspondent, BBC Midlands"). */
    static final int MAX_JOB_WORDS = 6;

    /**
     * A byline printed without a byline word, as some web pages set it between the headline and the dateline
     * ("Nikos Alevras, Helga Brandt"), or null. Only a short line of personal names qualifies: one to four names of
     * two to four capitalised words, joined by commas or "and", one at least opening with a given name of the
     * lexicon ("North Korea, South Korea" is no byline). The caller asks only of a line it already holds to be
     * header, not story.
     */
    Byline parseBare(String text, int start, int end) {
        return names(text, start, end, true);
    }

    /** A bare byline over a line of the writer's job ("Priya Lal" over "Health correspondent"): no given name needed. */
    Byline parseBareOverJob(String text, int start, int end) {
        return names(text, start, end, false);
    }

    /** The names of a bare byline; one at least must open with a given name of the lexicon when {@code given} says so. */
    private Byline names(String text, int start, int end, boolean givenNeeded) {
        String line = text.substring(start, end);
        if (line.strip().length() > MAX_LENGTH || line.contains("\n")) {
            return null;
        }
        // "Jane Doe · CBC News ·": the outlet after a middle dot or bar is no name.
        Matcher tail = BYLINE_TAIL.matcher(line);
        if (tail.find() && !line.substring(0, tail.start()).isBlank()) {
            line = line.substring(0, tail.start());
        }
        // "Kartika Wulandari Putri (The Jakarta Post)": the writer's outlet in brackets closes the line and vouches for
        // the names before it, whatever their given names.
        String agency = null;
        Matcher outlet = CLOSING_AGENCY.matcher(line);
        if (outlet.find() && outlet.start() > 0) {
            agency = Agencies.shortName(outlet.group(1));
            line = line.substring(0, outlet.start());
            givenNeeded = false;
        }
        List<Author> authors = new ArrayList<>();
        boolean given = false;
        int at = 0;
        for (String part : line.split(",|" + joiner.pattern(), -1)) {
            int idx = line.indexOf(part, at);
            at = idx + part.length();
            String n = part.strip();
            String[] words = SPACES.split(n);
            if (n.isEmpty() || !NAME.matcher(n).matches() || words.length < 2 || words.length > 4
                    || authors.size() == MAX_BARE_NAMES) {
                return null;
            }
            // "Anoop P. Varghese": a middle initial is a person's name whatever the given name.
            given |= givenNames.contains(words[0]) || words.length == 3 && MIDDLE_INITIAL.matcher(words[1]).matches();
            int nameStart = start + idx + part.indexOf(n);
            authors.add(new Author(Names.normalCase(n), new Span(nameStart, nameStart + n.length())));
        }
        return given || !givenNeeded ? new Byline(authors, agency) : null;
    }
}
