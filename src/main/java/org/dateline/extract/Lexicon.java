package org.dateline.extract;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.knowledge.DataFiles;

/**
 * The news-language knowledge extraction runs on, loaded once from {@code data/lexicon/}: titles,
 * given names, name keywords, known places, attribution verbs, time words and event triggers.
 * Immutable after loading, so one instance is shared by all threads.
 */
public final class Lexicon {
    /** A place known by name: its canonical name and kind (country, city, region, seat). */
    public record Place(String name, String kind) { }

    /** An event trigger form and the event kind it tells of. */
    public record Trigger(String form, String kind, boolean datedByReport) { }

    private static final java.util.regex.Pattern DEMONYM_SHAPE =
            java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}{2,}(?:ian|ean|ican|ese|ish)s?");

    final PhraseIndex titles;
    /** Titles that are styles of address, not offices: "Mr", "Dr", "Datuk" (honorifics.txt). */
    final Set<String> honorifics;
    final Set<String> roleNouns;
    /** Nouns of kin (a father, a widow): kin-nouns.txt. */
    final Set<String> kinNouns;
    /** Endings of nouns that name a person by profession (a geophysicist, an oceanographer): role-noun-endings.txt. */
    private final List<String> roleNounEndings;
    /** Roles that say where a person lives or how they stand to a story, not what they do (standing-roles.txt). */
    final Set<String> standingRoles;
    /** Nouns that name whoever heads the body named before them, "the JRC boss" (head-of-body-nouns.txt). */
    final Set<String> headOfBodyNouns;
    /** Abbreviated titles and the role noun each stands for, "Sen." senator (title-abbreviations.tsv). */
    final Map<String, String> titleRoles;
    final Set<String> givenNames;
    /** Given names that type a name of two words or more, not a lone word (given-names-in-full.txt). */
    final Set<String> givenNamesInFull;
    final Set<String> orgKeywords;
    final Set<String> placeNameKeywords;
    /** Words of a road's name that a number follows ({@code road-words.txt}: "Interstate", "Route"). */
    final Set<String> roadWords;
    final PhraseIndex placeAfter;
    final List<String> placeBefore;
    final List<String> placeModifiers;
    final Map<String, Place> places;
    /** Place abbreviations written only with a full stop ("Ala.", "Ga."): without it the word is no place. */
    private final Set<String> dottedAbbreviations;
    final Set<String> attributionVerbs;
    final Map<String, String> pronouns;
    final Map<String, Integer> weekdays;
    final Map<String, int[]> relativeDays;
    final Map<String, String> timeModifiers;
    final List<String> futureCues;
    final Set<String> stopWords;
    final Set<String> genericNames;
    /** A party's members in the plural → the party's name ("Democrats" → "Democratic Party"; party-members.tsv). */
    final Map<String, String> partyMembers;
    /** A party's adjective before a political role ("a Labour councillor") and the party's name. */
    final Map<String, String> partyAdjectives;
    final Set<String> nonEntityHeads;
    final Map<String, Character> genderCues;
    final Set<String> femaleNames;
    final Set<String> nameOpeners;
    final Map<String, String> demonyms;
    final Map<String, String> agencies;
    final Map<String, Month> months;
    final Map<String, Trigger> triggers;
    final PhraseIndex triggerIndex;
    /**
     * World geography (data/lexicon/world-cities.tsv, world-regions.tsv), by normalised name: the kind
     * ("capital", "city", "region"). Evidence that a name is a place, weaker than person cues.
     */
    private final Map<String, String> worldPlaces;
    /** Lower-case English words a spelling dictionary never capitalises ({@code common-words.txt}). */
    final Set<String> commonWords;
    /** How open corpora write a word outside names ({@code word-case.tsv}): {lower-case count, capitalised mid-sentence}. */
    final Map<String, int[]> wordCase;
    /** Upper-case abbreviations that name no body ("GDP", "CEO", "TV"). */
    final Set<String> nonNameAcronyms;
    /** Religions and peoples used as adjectives or plural nouns ("Muslim", "Kurds"): no entity alone. */
    final Set<String> groupAdjectives;
    /** First words that make a capitalised run an event's name ("Hurricane ...", "Operation ..."). */
    final Set<String> nonEntityOpeners;

    // Quotes, speakers, times, events and tokens: read by QuoteFinder, SpeakerResolver, TimeResolver,
    // EventDetector and BlockText.
    /** Verbs that introduce reported speech without quotation marks (claim-verbs.txt). */
    final Set<String> claimVerbs;
    /** Words that may stand between a speaker and the verb, "X also said" (speech-words.txt). */
    final Set<String> speechAdverbs;
    /** Words that, right after the verb, open the speaker's description, "said the minister" (speech-words.txt). */
    final Set<String> speechArticles;
    /** Words before a name that make it no sentence subject, "met with X" (speech-words.txt). */
    final Set<String> subjectBlockers;
    /** Nouns that stand for any company or body, "the firm said" (speech-words.txt). */
    final Set<String> genericBodies;
    /** Verbs that attribute a quotation only right after it: "…," he began. */
    final Set<String> afterQuoteVerbs;
    /** Words of whom a speaker tells something: "told reporters", "told him". */
    final Set<String> hearers;
    /** Words that end a speaker's description after "said the" (relative pronouns), besides prepositions. */
    final Set<String> descriptionEnds;
    /** Verbs that make a clause of the words after a comma ("a man was killed"), not a description. */
    final Set<String> auxiliaries;
    /** Possessive determiners that open a description of a speaker, "her daughter said" (speech-words.txt). */
    final Set<String> speechPossessives;
    /** Conjunctions that open a clause as a comma does, "but according to X …" (speech-words.txt). */
    final Set<String> clauseOpeners;
    /** Words for the people a named speaker speaks with ("X and her co-authors wrote"). */
    final Set<String> companions;
    /**
     * An unnamed voice of a body ending a text, "a Kremlin spokesman", "a spokeswoman for the ministry"
     * (speech-words.txt's voices, their openers and links).
     */
    final java.util.regex.Pattern unnamedVoice;
    /** The nouns of an unnamed voice (speech-words.txt's voices: spokesman, official). */
    final Set<String> voices;
    /** Words around dates and weekdays, by kind (time-words.txt). */
    final Map<String, List<String>> timeWords;
    /** Words read around an event's trigger, by kind (event-words.txt). */
    final Map<String, List<String>> eventWords;
    /** Contest triggers and the words that make a contest an election or a game, by kind (event-arguments.txt). */
    final Map<String, List<String>> eventArguments;
    /** Words whose following full stop belongs to them ("St.", "Inc."; token-words.txt). */
    final Set<String> abbreviations;
    /** A name and a participle joined by a hyphen, "US-led" (token-words.txt's participles): groups 1 and 2. */
    final java.util.regex.Pattern nameCompound;
    /** Clock abbreviations as tokenised, "a.m" (time-words.txt). */
    final List<String> clockWords;
    /** Time zones printed after a clock time, "GMT" (time-words.txt). */
    final Set<String> timeZones;

    /** Suffixes news drops from a first-level division's name ("Oyo State" is also "Oyo"). */
    private final List<String> regionSuffixes;
    /** Words that name places somewhere but are ordinary words of news copy. */
    private final Set<String> worldCommon;

    private Lexicon() {
        titles = PhraseIndex.of(DataFiles.entries("lexicon/titles.txt"), false);
        honorifics = Set.copyOf(DataFiles.entries("lexicon/honorifics.txt"));
        roleNouns = Set.copyOf(DataFiles.entries("lexicon/role-nouns.txt"));
        roleNounEndings = List.copyOf(DataFiles.entries("lexicon/role-noun-endings.txt"));
        kinNouns = Set.copyOf(DataFiles.entries("lexicon/kin-nouns.txt"));
        standingRoles = Set.copyOf(DataFiles.entries("lexicon/standing-roles.txt"));
        headOfBodyNouns = Set.copyOf(DataFiles.entries("lexicon/head-of-body-nouns.txt"));
        titleRoles = optionalMap("lexicon/title-abbreviations.tsv");
        givenNames = words("lexicon/given-names.txt");
        givenNamesInFull = words("lexicon/given-names-in-full.txt");
        orgKeywords = Set.copyOf(DataFiles.entries("lexicon/org-keywords.txt"));
        Set<String> nameKw = new HashSet<>();
        List<String> after = new ArrayList<>();
        List<String> before = new ArrayList<>();
        List<String> modifiers = new ArrayList<>();
        for (String[] row : rows("lexicon/place-keywords.tsv")) {
            switch (row[1]) {
                case "name" -> nameKw.add(row[0]);
                case "after" -> after.add(row[0]);
                case "modifier" -> modifiers.add(row[0]);
                default -> before.add(row[0]);
            }
        }
        placeNameKeywords = Set.copyOf(nameKw);
        roadWords = Set.copyOf(DataFiles.entries("lexicon/road-words.txt"));
        placeAfter = PhraseIndex.of(after, true);
        before.sort((a, b) -> b.length() - a.length());
        placeBefore = List.copyOf(before);
        placeModifiers = List.copyOf(modifiers);
        Map<String, Place> pl = new HashMap<>();
        Set<String> dotted = new HashSet<>();
        Set<String> undotted = new HashSet<>();
        for (String[] row : rows("lexicon/place-names.tsv")) {
            Place p = new Place(row[0], row.length > 1 ? row[1] : "city");
            pl.putIfAbsent(norm(row[0]), p);
            if (row.length > 2 && !row[2].isEmpty()) {
                for (String alias : row[2].split("\\|")) {
                    pl.putIfAbsent(norm(alias), p);
                    if (alias.endsWith(".") && alias.indexOf('.') == alias.length() - 1) {
                        dotted.add(norm(alias));
                    } else {
                        undotted.add(norm(alias));
                    }
                }
            }
        }
        places = Map.copyOf(pl);
        for (String[] row : rows("lexicon/place-names.tsv")) {
            undotted.add(norm(row[0]));
        }
        dotted.removeAll(undotted);
        dottedAbbreviations = Set.copyOf(dotted);
        attributionVerbs = hashSet(DataFiles.entries("lexicon/attribution-verbs.txt"));
        Map<String, String> pr = new HashMap<>();
        for (String[] row : rows("lexicon/pronouns.tsv")) {
            pr.put(row[0], row[1]);
        }
        pronouns = Collections.unmodifiableMap(pr);
        Map<String, Integer> wd = new HashMap<>();
        for (String[] row : rows("lexicon/weekdays.tsv")) {
            wd.put(row[0], Integer.parseInt(row[1]));
        }
        weekdays = Collections.unmodifiableMap(wd);
        Map<String, int[]> rel = new LinkedHashMap<>();
        List<String[]> relRows = new ArrayList<>(rows("lexicon/relative-days.tsv"));
        relRows.sort((a, b) -> b[0].length() - a[0].length());
        for (String[] row : relRows) {
            // {offset, anchored on the previous day?, resolvable?}
            boolean resolvable = !"-".equals(row[1]);
            rel.put(row[0].toLowerCase(Locale.ROOT), new int[] {resolvable ? Integer.parseInt(row[1]) : 0,
                "previous".equals(row[2]) ? 1 : "named".equals(row[2]) ? 2 : 0, resolvable ? 1 : 0});
        }
        relativeDays = Collections.unmodifiableMap(rel);
        Map<String, String> tm = new HashMap<>();
        for (String[] row : rows("lexicon/time-modifiers.tsv")) {
            tm.put(row[0], row[1]);
        }
        timeModifiers = Map.copyOf(tm);
        futureCues = DataFiles.entries("lexicon/future-cues.txt");
        stopWords = words("lexicon/stop-words.txt");
        genericNames = Set.copyOf(DataFiles.entries("lexicon/generic-names.txt"));
        partyMembers = optionalMap("lexicon/party-members.tsv");
        partyAdjectives = optionalMap("lexicon/party-adjectives.tsv");
        nonEntityHeads = Set.copyOf(DataFiles.entries("lexicon/non-entity-heads.txt"));
        Map<String, Character> gc = new HashMap<>();
        for (String[] row : rows("lexicon/gender-cues.tsv")) {
            gc.put(row[0].toLowerCase(Locale.ROOT), row[1].charAt(0));
        }
        genderCues = Map.copyOf(gc);
        femaleNames = words("lexicon/given-names-female.txt");
        nameOpeners = Set.copyOf(DataFiles.entries("lexicon/name-openers.txt"));
        demonyms = optionalMap("lexicon/demonyms.tsv");
        agencies = optionalMap("lexicon/agencies.tsv");
        months = loadMonths();
        Map<String, Trigger> tr = new HashMap<>();
        for (String[] row : rows("lexicon/event-triggers.tsv")) {
            for (String form : row[0].split("\\|")) {
                tr.putIfAbsent(form.toLowerCase(Locale.ROOT), new Trigger(form, row[1], "report".equals(row[2])));
            }
        }
        triggers = Map.copyOf(tr);
        triggerIndex = PhraseIndex.of(new ArrayList<>(tr.keySet()), true);
        nonNameAcronyms = DataFiles.exists("lexicon/non-name-acronyms.txt")
                ? words("lexicon/non-name-acronyms.txt") : Set.of();
        nonEntityOpeners = DataFiles.exists("lexicon/non-entity-openers.txt")
                ? words("lexicon/non-entity-openers.txt") : Set.of();
        groupAdjectives = DataFiles.exists("lexicon/group-adjectives.txt")
                ? words("lexicon/group-adjectives.txt") : Set.of();
        regionSuffixes = DataFiles.entries("lexicon/region-suffixes.txt");
        worldCommon = Set.copyOf(DataFiles.entries("lexicon/world-common-words.txt"));
        worldPlaces = loadWorldPlaces();
        commonWords = Set.copyOf(DataFiles.entries("lexicon/common-words.txt"));
        Map<String, int[]> wc = new HashMap<>();
        for (String[] row : rows("lexicon/word-case.tsv")) {
            wc.put(row[0], new int[] {Integer.parseInt(row[1]), Integer.parseInt(row[2])});
        }
        wordCase = Map.copyOf(wc);

        claimVerbs = hashSet(DataFiles.entries("lexicon/claim-verbs.txt"));
        Map<String, List<String>> speechWords = DataFiles.rules("lexicon/speech-words.txt",
                "adverb", "article", "preposition", "generic-body", "voice", "voice-opener", "voice-link", "after-quote", "hearer",
                "description-end", "auxiliary", "possessive", "clause-opener");
        speechAdverbs = hashSet(speechWords.get("adverb"));
        speechArticles = hashSet(speechWords.get("article"));
        subjectBlockers = hashSet(speechWords.get("preposition"));
        genericBodies = hashSet(speechWords.get("generic-body"));
        afterQuoteVerbs = hashSet(speechWords.get("after-quote"));
        hearers = hashSet(speechWords.get("hearer"));
        descriptionEnds = hashSet(speechWords.get("description-end"));
        auxiliaries = hashSet(speechWords.get("auxiliary"));
        speechPossessives = hashSet(speechWords.get("possessive"));
        clauseOpeners = hashSet(speechWords.get("clause-opener"));
        voices = hashSet(speechWords.get("voice"));
        companions = hashSet(DataFiles.entries("lexicon/speech-companions.txt"));
        unnamedVoice = java.util.regex.Pattern.compile("(?:^|\\b)(?:(?:" + alternation(speechWords.get("voice-opener"))
                + ")\\s+(?:\\S+\\s+){0,5}?|^\\s*)(" + alternation(speechWords.get("voice")) + ")(?:\\s+(?:"
                + alternation(speechWords.get("voice-link")) + ")\\s+(?:the\\s+)?(.+?))?\\s*,?\\s*$",
                java.util.regex.Pattern.CASE_INSENSITIVE);
        timeWords = DataFiles.rules("lexicon/time-words.txt",
                "month-preposition", "year-shift", "year-determiner", "conjunction", "part-of-day", "clock", "zone");
        eventArguments = DataFiles.rules("lexicon/event-arguments.txt", "contest", "election", "sports",
                "market", "game", "vote", "referendum", "office", "purchase", "strike", "noun-of", "nature",
                "dismissal", "weapon", "eruption", "volcano", "release", "publish", "document", "captive", "order", "court",
                "lethal", "accident", "tell");
        eventWords = DataFiles.rules("lexicon/event-words.txt", "locative", "clause-opener", "clause-joiner",
                "intro-preposition", "intro-determiner", "perfect", "background");
        Map<String, List<String>> tokenWords = DataFiles.rules("lexicon/token-words.txt", "abbreviation", "participle");
        abbreviations = hashSet(tokenWords.get("abbreviation"));
        nameCompound = java.util.regex.Pattern.compile("(\\p{Lu}[\\p{L}.]*)-(" + alternation(tokenWords.get("participle")) + ")");
        clockWords = timeWords.get("clock");
        timeZones = hashSet(timeWords.get("zone"));
    }

    private Map<String, String> loadWorldPlaces() {
        Map<String, String> m = new HashMap<>();
        if (DataFiles.exists("lexicon/world-cities.tsv")) {
            for (String[] row : rows("lexicon/world-cities.tsv")) {
                if (row.length > 4 && !row[0].equals("name")) {
                    addWorld(m, row[0], "PPLC".equals(row[4]) ? "capital" : "city");
                }
            }
        }
        if (DataFiles.exists("lexicon/world-regions.tsv")) {
            for (String[] row : rows("lexicon/world-regions.tsv")) {
                if (row.length > 1 && !row[0].equals("name")) {
                    addWorld(m, row[0], "region");
                    for (String word : regionSuffixes) {
                        String suffix = " " + word;
                        if (row[0].endsWith(suffix) && row[0].length() > suffix.length() + 2) {
                            addWorld(m, row[0].substring(0, row[0].length() - suffix.length()), "region");
                        }
                    }
                }
            }
        }
        return Map.copyOf(m);
    }

    /** A world name counts only when it cannot be read as an ordinary word of news copy. */
    private void addWorld(Map<String, String> m, String name, String kind) {
        String[] parts = name.split("\\s+");
        if (name.length() < 3 || name.chars().anyMatch(Character::isDigit) || !Character.isUpperCase(name.charAt(0))) {
            return;
        }
        boolean allCommon = true;
        for (String w : parts) {
            boolean common = stopWords.contains(w) || months.containsKey(w) || weekdays.containsKey(w)
                    || orgKeywords.contains(w) || genericNames.contains(w) || nonEntityHeads.contains(w)
                    || roleNouns.contains(w.toLowerCase(Locale.ROOT)) || worldCommon.contains(w);
            allCommon &= common;
        }
        if (allCommon || parts.length == 1 && (givenNames.contains(name) || demonyms.containsKey(name)
                || titles.contains(name))) {
            return;
        }
        String key = norm(name);
        String old = m.get(key);
        if (old == null || "capital".equals(kind)) {
            m.put(key, kind);
        }
    }

    /**
     * A set for look-ups of most words of a text, which are mostly misses: a hash set answers those with one probe
     * (the word tables asked of every token, pronouns, weekdays and months, are hash maps for the same reason).
     */
    static Set<String> hashSet(java.util.Collection<String> words) {
        return Collections.unmodifiableSet(new HashSet<>(words));
    }

    /** The words as a regex alternation, each quoted. */
    private static String alternation(List<String> words) {
        return String.join("|", words.stream().map(java.util.regex.Pattern::quote).toList());
    }

    /** Whether the name is a place of {@code place-names.tsv} or of world geography (world-cities, world-regions). */
    boolean knownPlace(String name) {
        return place(name) != null || worldPlace(name) != null;
    }

    /** The kind of world place ("capital", "city", "region") a name is, or null: evidence, not proof. */
    String worldPlace(String name) {
        return worldPlaceByKey(norm(name));
    }

    /** As {@link #worldPlace}, for a name already made a key by {@link #norm}. */
    String worldPlaceByKey(String key) {
        return worldPlaces.get(key);
    }

    /** Whether the word is a verb of saying ("said", "told"). */
    boolean isAttributionVerb(String word) {
        return attributionVerbs.contains(word);
    }

    /** The month a word names ("Oct.", "October"), or null. */
    Month month(String word) {
        return months.get(word);
    }

    /** Whether the word names a month ("Oct.", "October"). */
    boolean isMonth(String word) {
        return month(word) != null;
    }

    /** Whether the word names a weekday ("Tuesday", "Tue."). */
    boolean isWeekday(String word) {
        return weekdays.containsKey(word);
    }

    /** Loads the bundled lexicon. */
    public static Lexicon load() {
        return new Lexicon();
    }

    /** The place a name (or alias) denotes, or null. */
    /** Whether the word names a place only as an abbreviation with a full stop ("Ala." but not "Ala"). */
    boolean dottedOnly(String word) {
        return dottedOnlyByKey(norm(word));
    }

    /** As {@link #dottedOnly}, for a word already made a key by {@link #norm}. */
    boolean dottedOnlyByKey(String key) {
        return dottedAbbreviations.contains(key);
    }

    /** Whether the word names a kind of division after a region's name ("State", "Province"): region-suffixes.txt. */
    boolean isRegionSuffix(String word) {
        return regionSuffixes.contains(word);
    }

    public Place place(String name) {
        return placeByKey(norm(name));
    }

    /** Whether place-names.tsv lists the name (or an alias: "UK") as a country's. */
    boolean isCountry(String name) {
        Place p = place(name);
        return p != null && "country".equals(p.kind());
    }

    /**
     * As {@link #place}, for a name already made a key by {@link #norm}: a caller asking place, dottedOnly
     * and worldPlace of one name normalises it once.
     */
    Place placeByKey(String key) {
        return places.get(key);
    }

    /** A capitalised word, a hyphen, and lower-case letters after it. */
    private static final java.util.regex.Pattern HYPHENATED =
            java.util.regex.Pattern.compile("\\p{Lu}\\p{L}*-(\\p{Ll}+)");
    /** Letters of the word after the hyphen, at least, for the dictionary's word to tell a compound from syllables. */
    private static final int MIN_COMPOUND_TAIL = 4;

    /**
     * Whether a hyphenated capitalised word ends in a dictionary word ("Centre-right", "German-occupied",
     * "Ex-treasurer"): a compound that describes a name, not the syllables of a given name ("Jong-un", "Seo-yeon").
     */
    boolean isWordCompound(String word) {
        java.util.regex.Matcher m = HYPHENATED.matcher(word);
        return m.matches() && m.group(1).length() >= MIN_COMPOUND_TAIL && isOrdinaryWord(m.group(1));
    }

    /**
     * Whether a lower-case noun names a person by role: a role noun, or a noun of a profession by its ending
     * (a hydrogeologist, a geophysicist, an oceanographer), the part after a hyphen counted alone (a great-niece).
     */
    boolean isRoleNoun(String noun) {
        String w = noun.substring(noun.lastIndexOf('-') + 1);
        if (roleNouns.contains(noun) || roleNouns.contains(w)) {
            return true;
        }
        for (String ending : roleNounEndings) {
            if (w.length() > ending.length() + 2 && w.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the dictionary writes the word in lower case ("Food", "Sentencing"): an ordinary word, capitalised. */
    boolean isOrdinaryWord(String word) {
        return commonWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The country a demonym ties to ("Russian" → "Russia"), or null when the word is not a demonym. */
    public String demonymCountry(String word) {
        String c = demonyms.get(word);
        if (c == null && word.endsWith("s")) {
            c = demonyms.get(word.substring(0, word.length() - 1));
        }
        if (c != null) {
            return c;
        }
        // Demonyms the shared table lacks ("Korean", "Soviet"-style adjectives): the regular English
        // shapes -ian, -ean, -ican, -ese, -ish, only for words that are neither places nor given names.
        // Narrow on purpose: many surnames end in -an or -i (Erdogan, Buhari).
        // The ending is tested first: it is the cheapest test and most words fail it.
        if (word.length() < 5 || !Character.isUpperCase(word.charAt(0)) || !hasDemonymEnding(word)
                || place(word) != null || givenNames.contains(word)) {
            return null;
        }
        if (DEMONYM_SHAPE.matcher(word).matches()) {
            return word;
        }
        return null;
    }

    /** Whether the word ends as DEMONYM_SHAPE requires: -ian, -ean, -ican, -ese or -ish, and an optional s. */
    private static boolean hasDemonymEnding(String word) {
        String w = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        for (String ending : DEMONYM_ENDINGS) {
            if (w.endsWith(ending) || word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> DEMONYM_ENDINGS = List.of("ian", "ean", "ican", "ese", "ish");

    /** The key places are looked up by: lower case, accents folded, curly apostrophe straightened, dots dropped, one space. */
    static String norm(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c == '’' ? '\'' : Character.toLowerCase(c));
        }
        return foldAccents(sb.toString());
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    /** "Zürich" and "Zurich", "Québec" and "Quebec" are one name: diacritics are dropped (ASCII is left as is). */
    static String foldAccents(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return MARKS.matcher(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)).replaceAll("");
            }
        }
        return s;
    }

    private static Set<String> words(String file) {
        return DataFiles.words(file);
    }

    private static List<String[]> rows(String file) {
        List<String[]> out = new ArrayList<>();
        for (String line : DataFiles.entries(file)) {
            out.add(line.split("\t", -1));
        }
        return out;
    }

    private static Map<String, String> optionalMap(String file) {
        if (!DataFiles.exists(file)) {
            return Map.of();
        }
        Map<String, String> m = new HashMap<>();
        for (String[] row : rows(file)) {
            if (row.length >= 2 && !row[0].isBlank()) {
                m.putIfAbsent(row[0].strip(), row[1].strip());
            }
        }
        return Map.copyOf(m);
    }

    private static Map<String, Month> loadMonths() {
        Map<String, Month> m = new HashMap<>();
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            m.put(full, month);
            m.put(full.substring(0, 3), month);
            m.put(full.substring(0, 3) + ".", month);
        }
        m.put("Sept.", Month.SEPTEMBER);
        m.put("Sept", Month.SEPTEMBER);
        return Collections.unmodifiableMap(m);
    }
}
