package org.dateline.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Slugs;
import org.dateline.knowledge.GazetteerEntry;
import org.dateline.model.EntityType;

/**
 * Within-article coreference: groups the names {@link EntityRecognizer} found into entities. Full
 * names anchor the groups; a short form joins the nearest full name it is part of ("Doe" → "Jane
 * Doe", "Kim" → "Kim Min-jun", "Widget" → "Widget Party"); an acronym joins the name whose
 * initials it spells ("WHO"); names the gazetteer or the place lexicon know by one identity merge
 * ("UK", "Britain"). A one-word name with no evidence and no full form is dropped.
 */
final class EntityResolver {
    // Patterns that String.matches/split/replaceAll compiled on every call, compiled once.
    /** The separators of the initials' parts: {@link #initials} reads the same parts without the split. */
    private static final java.util.regex.Pattern RE_SPACES_HYPHENS = java.util.regex.Pattern.compile("[\\s-]+");
    private static final java.util.regex.Pattern RE_FINAL_S = java.util.regex.Pattern.compile("s$");
    private static final java.util.regex.Pattern RE_ARABIC_ARTICLE = java.util.regex.Pattern.compile("^(?:al|el|ad|as|ash|an|ar|at|az)-");

    /** One entity under construction. */
    static final class Group {
        EntityType type;
        final List<Candidate> members = new ArrayList<>();
        String canonical;
        String key;

        /** The member text with the most words, then the most characters, then first in alphabetical order. */
        String longest() {
            Candidate best = null;
            for (Candidate c : members) {
                if (best == null || LONGEST.compare(c, best) > 0) {
                    best = c;
                }
            }
            return best == null ? "" : best.text;
        }
    }

    /** The longest name of a group: most words, then most characters, then the first in reverse text order. */
    private static final Comparator<Candidate> LONGEST = Comparator.comparingInt(Candidate::spacedWords)
            .thenComparingInt((Candidate c) -> c.text.length())
            .thenComparing(c -> c.text, Comparator.reverseOrder());


    private final Lexicon lex;
    /** Words that open a name but are no short form of it alone ("Northern", "New"). */
    private final Set<String> directions;
    private final java.util.function.Function<String, List<GazetteerEntry>> gazetteer;
    /** Both gazetteer layers: the open data's towns ("Hoboken") among them. */
    private final java.util.function.Function<String, List<GazetteerEntry>> openData;
    private final TeamCues teams = TeamCues.bundled();
    /** The rule that makes a place standing for its team the team ({@link #teamsNamedByPlace}). */
    static final String TEAM_NAMED_BY_PLACE = "TeamNamedByPlace";
    /**
     * In a story of sport, a place this many of whose mentions stand for its team is the team, however often the story
     * names it otherwise ("Sri Lanka were without the seamer", "Credit to Sri Lanka": a match report's side).
     */
    private static final int TEAM_MENTIONS = 4;
    /** "in ", "near ", "the town of ": a place cue ending the text before a name. */
    private final EndCue placeBefore;

    EntityResolver(Lexicon lex, NameCues cues, java.util.function.Function<String, List<GazetteerEntry>> gazetteer,
                   java.util.function.Function<String, List<GazetteerEntry>> openData) {
        this.openData = openData;
        this.lex = lex;
        this.directions = cues.directions;
        this.placeBefore = cues.placeBefore;
        this.gazetteer = gazetteer;
    }

    /** The capitals opening the text's words and hyphenated parts ("Islamic State" → "IS", "Jean-Claude" → "JC"). */
    static String initials(String text) {
        StringBuilder sb = new StringBuilder();
        for (String part : RE_SPACES_HYPHENS.split(text)) {
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                sb.append(part.charAt(0));
            }
        }
        return sb.toString();
    }

    /** Indexes over the groups built so far, so each short form is resolved without a scan. */
    private final class Index {
        final Map<String, List<Candidate>> personWords = new HashMap<>();
        final Map<String, Group> firstWords = new HashMap<>();
        final Map<String, Group> initials = new HashMap<>();
        /** A long name's initials but the first ("DCMS" of "Department for Digital, Culture, Media and Sport"). */
        final Map<String, Group> tailInitials = new HashMap<>();
        /** Short forms that joined a body as acronyms ("(Defra)"): printed again alone, they are that body. */
        final Map<String, Group> acronyms = new HashMap<>();
        final Map<String, Group> names = new HashMap<>();
        /** Clubs by their plural ("Pines" of "Portland Pines"), as stories name them after the first time. */
        final Map<String, Group> nicknames = new HashMap<>();
        /** A body's name without its last words ("Northern Crest" of "Northern Crest Gas Transmission Ltd."). */
        final Map<String, Group> leadingWords = new HashMap<>();

        void add(Group g, Candidate m) {
            names.putIfAbsent(m.text.toLowerCase(Locale.ROOT), g);
            if (m.tokenCount() < 2) {
                return;
            }
            String[] parts = m.text.split(" ");
            if (m.evidence.stream().anyMatch(d -> d.rule().equals(TypingRules.TeamOfPlace.class.getSimpleName()))) {
                nicknames.putIfAbsent(parts[parts.length - 1], g);
            }
            if (g.type == EntityType.PERSON) {
                for (String part : parts) {
                    personWords.computeIfAbsent(strip(part).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(m);
                }
                return;
            }
            // "Northern" alone is a direction, not a short form of "Northern Acme Partnership" ("North" is one of "North Korea").
            if (!lex.givenNames.contains(parts[0]) && (g.type == EntityType.PLACE || !directions.contains(parts[0]))) {
                firstWords.putIfAbsent(parts[0], g);
            }
            if (g.type == EntityType.ORGANIZATION) {
                StringBuilder lead = new StringBuilder(parts[0]);
                for (int k = 1; k < parts.length - 1; k++) {
                    lead.append(' ').append(parts[k]);
                    leadingWords.putIfAbsent(lead.toString(), g);
                }
            }
            String initialsOf = initials(m.text);
            if (initialsOf.length() >= 2) {
                initials.putIfAbsent(initialsOf, g);
            }
            if (initialsOf.length() >= 4 && g.type == EntityType.ORGANIZATION) {
                tailInitials.putIfAbsent(initialsOf.substring(1), g);
            }
        }
    }

    List<Group> resolve(List<Candidate> cands) {
        cands = new ArrayList<>(cands);
        cands.sort(Comparator.comparingInt(c -> c.span.start()));
        Map<String, Group> byKey = new LinkedHashMap<>();
        List<Candidate> deferred = new ArrayList<>();
        // Insertion-ordered: surnamesMakePeople walks it, and the first group of a last word wins.
        Set<Group> guessed = new LinkedHashSet<>();
        Index index = new Index();
        // Where each surname of a person named in full is first printed, by its lower-case form.
        Map<String, Integer> surnames = new HashMap<>();
        // The name ending at each offset: what an acronym in parentheses after it spells.
        Map<Integer, Candidate> byEnd = new HashMap<>();
        for (Candidate c : cands) {
            if (c.type == EntityType.PERSON && c.tokenCount() >= 2) {
                String[] parts = c.text.split(" ");
                surnames.putIfAbsent(strip(parts[parts.length - 1]).toLowerCase(Locale.ROOT), c.span.start());
            }
            byEnd.put(c.span.end(), c);
        }
        for (Candidate c : cands) {
            if (surnameOfPersonNamed(surnames, c)) {
                c.type = EntityType.PERSON;
                c.canonical = null;
                c.evidence.add(Decision.of(EntityType.PERSON, "SurnameOverKnownPlace",
                        "\"" + c.text + "\" ends the name of a person named before it, and no place cue precedes it"));
            }
            Group body = c.tokenCount() >= 2 ? index.leadingWords.get(c.text) : null;
            if (body != null && guessedType(c)) {
                // ShortFormOfBody: "Northern Crest, a subsidiary of ..." after "Northern Crest Gas Transmission Ltd.".
                c.type = EntityType.ORGANIZATION;
                c.evidence.add(Decision.of(EntityType.ORGANIZATION, "ShortFormOfBody",
                        "\"" + c.text + "\" opens the name of " + body.longest()));
                add(body, c);
                continue;
            }
            // Full names anchor entities; one-word names wait, so they can join a full name first.
            boolean anchor = c.type != null && !c.acronym && (c.tokenCount() >= 2 || c.canonical != null || c.fixed);
            if (anchor) {
                index.add(join(byKey, key(c, c.type), c, c.type), c);
            } else {
                deferred.add(c);
            }
        }
        // An acronym defined in parentheses names its body wherever it stands, the headline before the definition too.
        for (Candidate c : deferred) {
            Group defined = c.acronym ? spelledInParentheses(byEnd, c) : null;
            if (defined != null) {
                index.acronyms.putIfAbsent(c.text, defined);
            }
        }
        for (Candidate c : deferred) {
            if (c.acronym) {
                String spelt = RE_FINAL_S.matcher(c.text.replace(".", "")).replaceAll("").toUpperCase(Locale.ROOT);
                Group g = index.initials.get(spelt);
                if (g == null) {
                    g = index.tailInitials.get(spelt);
                }
                if (g == null) {
                    g = byPlaceAlias(byKey, c.text);
                }
                if (g == null) {
                    // Defined in parentheses (the pass above), here or anywhere in the story.
                    g = index.acronyms.get(c.text);
                }
                if (g == null) {
                    g = index.names.get(c.text.toLowerCase(Locale.ROOT));
                }
                if (g != null) {
                    add(g, c);
                    index.acronyms.putIfAbsent(c.text, g);
                    continue;
                }
                // In a headline set in capitals every word looks like an acronym: keep only those
                // the story itself uses.
                if (c.inHeadline() && c.initial) {
                    continue;
                }
            }
            if (c.tokenCount() == 1 && c.canonical == null) {
                Group g = index.acronyms.get(c.text);
                if (g == null) {
                    g = personWith(index, c);
                }
                if (g == null && !lex.givenNames.contains(c.text)) {
                    g = index.firstWords.get(c.text);
                    if (g != null && (placeNamedAfter(g, c) || bodyNamedAfterPlace(g, c))) {
                        g = null;
                    }
                }
                if (g == null) {
                    g = index.nicknames.get(c.text);
                }
                if (g != null) {
                    add(g, c);
                    continue;
                }
            }
            if (c.type != null) {
                index.add(join(byKey, key(c, c.type), c, c.type), c);
                continue;
            }
            if (c.tokenCount() >= 2) {
                Group same = index.names.get(c.text.toLowerCase(Locale.ROOT));
                if (same != null) {
                    add(same, c);
                } else if (!c.initial || c.tokenCount() >= 3) {
                    // A multi-word name nothing types: most often a group or movement without a
                    // keyword ("Greenpeace", "Extinction Rebellion"); people usually bring a title, a given
                    // name or a verb of saying.
                    c.evidence.add(Decision.of(EntityType.ORGANIZATION, "UntypedNameOfSeveralWords",
                            "no rule typed it; a body's name unless more evidence says otherwise"));
                    Group g = join(byKey, key(c, EntityType.ORGANIZATION), c, EntityType.ORGANIZATION);
                    index.add(g, c);
                    guessed.add(g);
                }
            }
        }
        surnamesMakePeople(byKey, guessed, deferred);
        dropUnsupportedGuesses(byKey, guessed);
        mergeSurnameForms(byKey);
        mergeInitialForms(byKey);
        teamsNamedByPlace(byKey);
        lastWordOfABody(byKey);
        shortFormsBeforeTheFullName(byKey, index);
        oneTypePerName(byKey);
        List<Group> out = new ArrayList<>(byKey.values().stream().distinct().toList());
        Set<String> keys = new HashSet<>();
        for (Group g : out) {
            String name = name(g);
            String base = g.type.name().toLowerCase(Locale.ROOT) + "/" + Slugs.slug(name);
            String k = base;
            for (int n = 2; !keys.add(k); n++) {
                k = base + "-" + n;
            }
            g.key = k;
            g.canonical = name;
        }
        out.sort(Comparator.comparingInt(g -> g.members.get(0).span.start()));
        return out;
    }

    /**
     * Whether {@code g} is a place named after the city {@code c} names: "Isfahan Province", "Oakland Bay Bridge" and
     * "Phoenix Sky Harbor International Airport" are other places than the city printed alone ("Isfahan", "Oakland",
     * "Phoenix"), for the words after the city's name say what kind of place it is ({@code lexicon/place-keywords.tsv}).
     * A name that world geography knows as a region, not a city, is the short form ("Borno" of "Borno State"), and so
     * is one it does not know as a city ("Hampden" of "Hampden Park"); so is a city's name before a division's word
     * ({@code lexicon/region-suffixes.txt}: "Nakuru County"), for stories name a county or province by its city.
     */
    private boolean placeNamedAfter(Group g, Candidate c) {
        String kind = lex.worldPlace(c.text);
        if (g.type != EntityType.PLACE || c.type != EntityType.PLACE
                || !("city".equals(kind) || "capital".equals(kind))) {
            return false;
        }
        String[] words = g.longest().split(" ");
        boolean named = false;
        for (int i = 1; i < words.length; i++) {
            if (lex.isRegionSuffix(words[i])) {
                return false;
            }
            named |= lex.placeNameKeywords.contains(words[i]);
        }
        return named;
    }

    /** A town's prior in the gazetteer from this on (about 10,000 people) makes its name a known place's. */
    private static final double TOWN_PRIOR = 0.3;

    /**
     * Whether {@code g} is a body named after the town {@code c} names, printed after a place cue: "a fire in
     * Hoboken" is the city, not the "Hoboken Fire Department" named earlier, as "Hoboken officials" would be. The
     * town must be known (the lexicon, world geography or a gazetteer place of some {@value #TOWN_PRIOR} prior):
     * "delivered babies at Sagewood" is the Sagewood hospital.
     */
    private boolean bodyNamedAfterPlace(Group g, Candidate c) {
        if (g.type != EntityType.ORGANIZATION || c.type != EntityType.PLACE) {
            return false;
        }
        boolean town = lex.knownPlace(c.text) || openData.apply(c.text).stream()
                .anyMatch(e -> e.type() == EntityType.PLACE && e.prior() >= TOWN_PRIOR);
        if (!town) {
            return false;
        }
        return afterPlaceCue(c);
    }

    /** How far before a name a place cue is looked for, in characters (as the typing rules read it). */
    private static final int CUE_REACH = 60;

    /** Whether a place cue ends the text before the name ("in ", "near ", "moved to "). */
    private boolean afterPlaceCue(Candidate c) {
        BlockText bt = c.block;
        return placeBefore.find(bt.slice(Math.max(bt.offset, c.span.start() - CUE_REACH), c.span.start()));
    }

    /**
     * "Nguyen Van Thanh visited …; Thanh said …": a guessed name whose last word recurs alone is a person's,
     * for people are named again by their surname and bodies by their first word or initials.
     */
    private void surnamesMakePeople(Map<String, Group> byKey, Set<Group> guessed, List<Candidate> deferred) {
        Map<String, Group> byLast = new HashMap<>();
        for (Group g : guessed) {
            String[] parts = g.longest().split(" ");
            if (parts.length >= 2 && parts.length <= 3 && g.type == EntityType.ORGANIZATION
                    && java.util.Arrays.stream(parts).noneMatch(lex.orgKeywords::contains)) {
                byLast.putIfAbsent(parts[parts.length - 1], g);
            }
        }
        if (byLast.isEmpty()) {
            return;
        }
        // "joined the Tides", "Tides coach Dana Whitcombe": a word the text also prints after "the", or types a body
        // by itself, names a team or a body, never a person; after "the" it is that body's short name.
        for (Candidate c : deferred) {
            if (c.tokenCount() == 1 && c.type == EntityType.ORGANIZATION) {
                byLast.remove(c.text);
            }
            if (c.tokenCount() == 1 && afterDefiniteArticle(c)) {
                Group body = byLast.remove(c.text);
                if (body != null && c.group == null && c.canonical == null) {
                    c.type = EntityType.ORGANIZATION;
                    add(body, c);
                }
            }
        }
        for (Candidate c : deferred) {
            Group g = byLast.get(c.text);
            if (g == null || c.tokenCount() != 1 || c.acronym || c.canonical != null || c.group == g
                    || c.type == EntityType.PLACE) {
                continue;
            }
            Group own = c.group;
            if (own != null && own.members.size() > 1) {
                continue;
            }
            if (own != null) {
                byKey.values().removeIf(x -> x == own);
            }
            g.type = EntityType.PERSON;
            Decision surname = Decision.of(EntityType.PERSON, "SurnameRecursAlone", "\"" + c.text + "\" alone in the text");
            for (Candidate m : g.members) {
                m.type = EntityType.PERSON;
                m.evidence.add(surname);
            }
            c.type = EntityType.PERSON;
            add(g, c);
        }
    }

    /**
     * SurnameOverKnownPlace: "Kendall Jordan scored 24 … Jordan said", "Taylor Austin … Austin added": a known place's
     * one-word name that ends the name of a person named in full before it (or anywhere, from the headline: "Jordan
     * scores 31") is that person's surname, unless a place cue stands before it ("in Jordan", {@code
     * lexicon/place-keywords.tsv}).
     */
    private boolean surnameOfPersonNamed(Map<String, Integer> surnames, Candidate c) {
        if (c.type != EntityType.PLACE || c.tokenCount() != 1 || c.acronym || c.fixed) {
            return false;
        }
        Integer named = surnames.get(strip(c.text).toLowerCase(Locale.ROOT));
        if (named == null || named > c.span.start() && !c.inHeadline()) {
            return false;
        }
        return !afterPlaceCue(c);
    }

    /** Rules whose vote only guesses a type: a short form of a body named in full may override them. */
    private static final Set<String> GUESSES = Set.of(TypingRules.SequenceModel.NAME,
            NameDecider.class.getSimpleName(), TypingRules.PlaceCueBefore.class.getSimpleName(),
            TypingRules.SpeakerFullName.class.getSimpleName());

    /** Whether nothing but guesses typed the name (or nothing typed it). */
    private static boolean guessedType(Candidate c) {
        return !c.fixed && c.canonical == null && c.evidence.stream().allMatch(d -> GUESSES.contains(d.rule()));
    }

    /**
     * AcronymInParentheses: "UK Health Security Agency (UKHSA)", "National Institute for Health and Care Research
     * (NIHR)": an acronym printed in parentheses right after a body's name is its short form when its letters are,
     * in order, the name's capitals (all of an upper-case word's: "UK"), the first one first, or exactly the name's
     * capitals in another order, as a translated name keeps its original acronym ("Social Democratic Party (PSD)").
     * Else null.
     */
    private static Group spelledInParentheses(Map<Integer, Candidate> byEnd, Candidate c) {
        BlockText bt = c.block;
        if (!bt.slice(Math.max(bt.offset, c.span.start() - 2), c.span.start()).equals(" (")) {
            return null;
        }
        Candidate name = byEnd.get(c.span.start() - 2);
        if (name == null || name.group == null || name.group.type != EntityType.ORGANIZATION) {
            return null;
        }
        String capitals = name.text.chars().filter(Character::isUpperCase)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        String letters = c.text.replace(".", "");
        if (letters.length() >= 2 && sameLetters(letters, capitals)) {
            // "Social Democratic Party (PSD)", "Socialist Party (PS)": a name translated, its acronym the original's.
            return name.group;
        }
        // "The Centre for Volcanology and Geological Hazard Mitigation (PVMBG)": a body's acronym in brackets right after
        // its name is that body's, its letters those of the name in the original language as often as the translation's.
        return letters.length() >= 2 && ACRONYM_LETTERS.matcher(letters).matches() ? name.group : null;
    }

    /** An acronym's letters: capitals, a lower-case letter or two inside ("MoH", "PVMBG"). */
    private static final Pattern ACRONYM_LETTERS = Pattern.compile("\\p{Lu}(?:\\p{Lu}|\\p{Ll}(?=\\p{Lu})){1,7}\\p{Lu}?");

    private static boolean sameLetters(String a, String b) {
        char[] x = a.toCharArray();
        char[] y = b.toCharArray();
        java.util.Arrays.sort(x);
        java.util.Arrays.sort(y);
        return java.util.Arrays.equals(x, y);
    }

    /** Whether "the" stands right before the name. */
    private static boolean afterDefiniteArticle(Candidate c) {
        BlockText bt = c.block;
        String before = bt.slice(Math.max(bt.offset, c.span.start() - 4), c.span.start());
        return before.equalsIgnoreCase("the ");
    }

    /**
     * An organisation guessed only because nothing typed its name needs support: a second mention, or
     * words after it that make it a body ("... campaign", "... (ABC)"). Otherwise it is most often a
     * capitalised phrase of another kind (an event, a slogan, a product) and is dropped.
     */
    private static void dropUnsupportedGuesses(Map<String, Group> byKey, Set<Group> guessed) {
        for (var it = byKey.entrySet().iterator(); it.hasNext(); ) {
            Group g = it.next().getValue();
            if (!guessed.contains(g) || g.type != EntityType.ORGANIZATION) {
                continue;
            }
            boolean typedMember = g.members.stream().anyMatch(m -> m.type == EntityType.ORGANIZATION && !guessedOnly(m, g));
            if (g.members.size() >= 2 || typedMember || g.members.stream().anyMatch(m -> m.orgCue)) {
                continue;
            }
            for (Candidate m : g.members) {
                m.group = null;
            }
            it.remove();
        }
    }

    private static boolean guessedOnly(Candidate m, Group g) {
        return m.group == g && m.type == g.type && m.tokenCount() >= 2 && !m.acronym && m.canonical == null && !m.fixed
                && !m.orgCue;
    }

    /** "De Mistura" after "Staffan de Mistura": a multi-word person name that ends a longer one joins it. */
    private static void mergeSurnameForms(Map<String, Group> byKey) {
        Map<String, Group> byName = new HashMap<>();
        for (Group g : byKey.values()) {
            if (g.type == EntityType.PERSON) {
                byName.putIfAbsent(g.longest().toLowerCase(Locale.ROOT), g);
            }
        }
        for (var it = byKey.entrySet().iterator(); it.hasNext(); ) {
            Group g = it.next().getValue();
            // Only a person's name is looked for: the type is asked before the name is found and lower-cased.
            if (g.type != EntityType.PERSON) {
                continue;
            }
            String name = g.longest().toLowerCase(Locale.ROOT);
            if (!name.contains(" ")) {
                continue;
            }
            String ending = " " + name;
            for (var e : byName.entrySet()) {
                if (e.getValue() != g && e.getKey().endsWith(ending)) {
                    for (Candidate m : g.members) {
                        add(e.getValue(), m);
                        m.group = e.getValue();
                    }
                    it.remove();
                    break;
                }
            }
        }
    }

    /** An initial, with or without its full stop, and a surname: "S Kearney", "C. Reid". */
    private static final Pattern INITIAL_AND_SURNAME = Pattern.compile("(\\p{Lu})\\.?\\s+(\\p{Lu}[\\p{L}'’-]+)");

    /**
     * Named rule InitialAndSurname: "S Kearney" in a scorers' line is Seán Kearney, the one person of the story with
     * that surname whose given name opens with that letter ("Darragh Kearney" does not); with two such, neither.
     */
    private static void mergeInitialForms(Map<String, Group> byKey) {
        for (var it = byKey.entrySet().iterator(); it.hasNext(); ) {
            Group g = it.next().getValue();
            Matcher m = g.type == EntityType.PERSON ? INITIAL_AND_SURNAME.matcher(g.longest()) : null;
            if (m == null || !m.matches()) {
                continue;
            }
            List<Group> full = byKey.values().stream().distinct().filter(o -> o != g && o.type == EntityType.PERSON
                    && o.longest().startsWith(m.group(1)) && o.longest().endsWith(" " + m.group(2))
                    && o.longest().indexOf(' ') > 1).toList();
            if (full.size() == 1) {
                for (Candidate c : g.members) {
                    add(full.get(0), c);
                    c.group = full.get(0);
                }
                it.remove();
            }
        }
    }

    private Group join(Map<String, Group> byKey, String key, Candidate c, EntityType type) {
        Group g = byKey.get(key);
        if (g == null) {
            g = new Group();
            g.type = type;
            byKey.put(key, g);
        }
        add(g, c);
        return g;
    }

    private static void add(Group g, Candidate c) {
        if (!g.members.isEmpty() && c.type != g.type) {
            c.evidence.add(Decision.of(g.type, "SameEntityAs", "\"" + g.longest() + "\""));
        }
        g.members.add(c);
        c.group = g;
        if (c.type == null) {
            c.type = g.type;
        }
    }

    private String key(Candidate c, EntityType type) {
        if (c.canonical != null) {
            return type + ":" + Lexicon.norm(c.canonical);
        }
        List<GazetteerEntry> hits = gazetteer.apply(c.text);
        if (hits.size() == 1 && hits.get(0).type() == type) {
            return "qid:" + hits.get(0).qid();
        }
        return type + ":" + Lexicon.norm(c.text);
    }

    /** The person whose multi-word name holds this word, nearest before it (else the first after). */
    private Group personWith(Index index, Candidate c) {
        if (c.type == EntityType.PLACE && !c.worldPlace) {
            return null;
        }
        List<Candidate> holders = index.personWords.get(strip(c.text).toLowerCase(Locale.ROOT));
        if (holders == null) {
            return null;
        }
        Candidate best = null;
        Candidate firstAfter = null;
        // SurnameAgreesWithTitle: "Mr. Clinton" is not Hillary Clinton, "Mrs. Clinton" not Bill Clinton; of two
        // holders of the surname, one whose gender is known to agree wins over the nearer one whose gender is unknown.
        Character want = PersonGender.of(lex, c);
        if (want != null) {
            List<Candidate> agree = holders.stream().filter(m -> want.equals(genderOf(m))).toList();
            holders = !agree.isEmpty() ? agree
                    : holders.stream().filter(m -> genderOf(m) == null).toList();
        }
        for (Candidate m : holders) {
            if (m.span.start() < c.span.start()) {
                if (best == null || m.span.start() > best.span.start()) {
                    best = m;
                }
            } else if (firstAfter == null || m.span.start() < firstAfter.span.start()) {
                firstAfter = m;
            }
        }
        Candidate pick = best != null ? best : firstAfter;
        return pick == null ? null : pick.group;
    }

    /** The gender any name of the holder's entity tells (a full name or a titled mention), or null. */
    private Character genderOf(Candidate holder) {
        for (Candidate m : holder.group.members) {
            Character g = PersonGender.of(lex, m);
            if (g != null) {
                return g;
            }
        }
        return null;
    }

    private static String strip(String s) {
        // The article is two or three letters and a hyphen: a word without one there keeps its form.
        if (s.length() < 3 || s.charAt(2) != '-' && (s.length() < 4 || s.charAt(3) != '-')) {
            return s;
        }
        return RE_ARABIC_ARTICLE.matcher(s).replaceFirst("");
    }

    /** "UK" joins "United Kingdom" when the place lexicon gives both one name. */
    private Group byPlaceAlias(Map<String, Group> byKey, String acronym) {
        Lexicon.Place p = lex.place(acronym);
        if (p == null) {
            return null;
        }
        for (Group g : byKey.values()) {
            if (g.members.stream().anyMatch(m -> p.name().equals(m.canonical))) {
                return g;
            }
        }
        return null;
    }

    private String name(Group g) {
        for (Candidate m : g.members) {
            if (m.canonical != null) {
                return m.canonical;
            }
        }
        // A wire agency is named in full ("UPI" → "United Press International").
        if (g.type == EntityType.ORGANIZATION) {
            for (Candidate m : g.members) {
                String full = lex.agencies.get(m.text);
                if (full != null) {
                    return full;
                }
            }
        }
        String n = g.longest();
        if (n.length() > 4 && n.equals(n.toUpperCase(Locale.ROOT)) && n.contains(" ")) {
            n = titleCase(n);
        }
        return n;
    }

    static String titleCase(String s) {
        StringBuilder sb = new StringBuilder();
        boolean start = true;
        for (char ch : s.toCharArray()) {
            sb.append(start ? Character.toUpperCase(ch) : Character.toLowerCase(ch));
            start = !Character.isLetter(ch);
        }
        return sb.toString();
    }

    /** The entities, with mentions in text order and roles without repeats. */
    /**
     * "Sweden beat Denmark 2-1", "Sacramento rallied past Stockton": a place most of whose mentions stand for a sports
     * team ({@link TeamCues}) is the team, an organisation. The linker reads the same cues and links no place for it.
     * In a story of sport (a place stands for a team by a cue in a sentence of sport, or a club is named:
     * {@code KnownClub}) a cue alone is enough ("Liverpool lost at Brentford").
     */
    private void teamsNamedByPlace(Map<String, Group> byKey) {
        boolean sportsStory = byKey.values().stream().filter(g -> g.type == EntityType.PLACE)
                .anyMatch(g -> g.members.stream().anyMatch(c -> standsForTeam(c, false)))
                || byKey.values().stream().anyMatch(g -> g.type == EntityType.ORGANIZATION && g.members.stream()
                        .anyMatch(c -> c.votes.stream().anyMatch(d -> d.rule().equals(TypingRules.KnownClub.NAME))));
        for (Group g : new LinkedHashSet<>(byKey.values())) {
            if (g.type != EntityType.PLACE) {
                continue;
            }
            int team = (int) g.members.stream().filter(c -> standsForTeam(c, sportsStory)).count();
            if (TeamCues.mostlyTeam(team, g.members.size()) || sportsStory && team >= TEAM_MENTIONS) {
                splitOffThePlace(byKey, g);
                g.type = EntityType.ORGANIZATION;
                for (Candidate c : g.members) {
                    c.type = EntityType.ORGANIZATION;
                    c.evidence.add(Decision.of(EntityType.ORGANIZATION, TEAM_NAMED_BY_PLACE, team + " of "
                            + g.members.size() + " mentions stand for a sports team (lexicon/team-cues.tsv)"));
                }
            }
        }
    }

    /**
     * LastWordOfABody: a "person" named by one word only that is the last word of one body's name in the story ("the
     * West Coast Fever ... the Fever", "Adelaide Thunderbirds ... Thunderbirds said") is that body's short name: a
     * person would be named in full somewhere, and then the word would join the full name's group. The word must
     * follow "the" once, as a body's short name does, or already name the body elsewhere in the story; a given name
     * ("Tsar Peter ... Peter") stays a person. Unlike the after-"the" step of {@link #surnamesMakePeople}, which
     * gives untyped short forms to bodies only guessed from their shape, it runs once every group is typed, for a body
     * of any rule (folding it into that step lost holdout21's case and moved organisations on two sets).
     */
    private void lastWordOfABody(Map<String, Group> byKey) {
        for (Group g : new LinkedHashSet<>(byKey.values())) {
            if (!oneWordPerson(g) || lex.givenNames.contains(g.longest())) {
                continue;
            }
            String word = Lexicon.norm(g.longest());
            List<Group> bodies = byKey.values().stream().distinct()
                    .filter(b -> b.type == EntityType.ORGANIZATION
                            && b.members.stream().anyMatch(c -> c.spacedWords() > 1))
                    .filter(b -> Lexicon.norm(b.longest()).endsWith(" " + word)).toList();
            if (bodies.size() != 1 || g.members.stream().noneMatch(EntityResolver::afterDefiniteArticle)
                    && bodies.get(0).members.stream().noneMatch(c -> Lexicon.norm(c.text).equals(word))) {
                continue;
            }
            Group body = bodies.get(0);
            for (Candidate m : List.copyOf(g.members)) {
                m.type = EntityType.ORGANIZATION;
                m.evidence.add(Decision.of(EntityType.ORGANIZATION, "LastWordOfABody", "\"" + body.longest() + "\""));
                add(body, m);
            }
            byKey.values().removeIf(v -> v == g);
        }
    }

    private static final Set<String> PERSON_BY_TITLE = Set.of("TitleBeforeName", "RoleBefore");

    /** A person named by one word only, never with a given name, title or role in the story. */
    private static boolean oneWordPerson(Group g) {
        return g.type == EntityType.PERSON && g.members.stream().allMatch(c -> c.spacedWords() == 1 && c.roles.isEmpty()
                && c.evidence.stream().noneMatch(d -> PERSON_BY_TITLE.contains(d.rule())));
    }

    /**
     * Rules that type a name by what the lexicons and the gazetteer know of it whole (a known place or body, a keyword
     * of its own, a title before it): their word settles a name's type over the sequence model's elsewhere in the story.
     */
    private static final Set<String> FIRM_EVIDENCE = Set.of("KnownPlace", "WorldPlace", "KnownToGazetteer",
            "KnownBody", "KnownBodyByFullName", "KnownOpenDataPlace", "OrganisationKeyword", "PlaceKeyword",
            "PlaceOpener", "SpotNamedAfterBody", "TitleBeforeName", "RoleBefore", "StockTicker", "PartyMembers",
            "FaithBody", TEAM_NAMED_BY_PLACE);

    /**
     * SameNameInTheStory: a name printed alike in one story names one thing ("Winnipeg excavation company owner
     * guilty" over a story set in Winnipeg). When the same name was typed two ways and the entities of one type have
     * a firm rule's word ({@link #FIRM_EVIDENCE}: a known place, a keyword, a title) while those of the other have
     * none, the others join them. Two types that both rest on firm rules stay apart (a country and its team).
     */
    private static void oneTypePerName(Map<String, Group> byKey) {
        Map<String, List<Group>> byName = new LinkedHashMap<>();
        for (Group g : new LinkedHashSet<>(byKey.values())) {
            byName.computeIfAbsent(Lexicon.norm(g.longest()), k -> new ArrayList<>()).add(g);
        }
        for (List<Group> same : byName.values()) {
            if (same.size() < 2) {
                continue;
            }
            List<Group> strong = same.stream().filter(EntityResolver::typedByARule).toList();
            if (strong.isEmpty() || strong.stream().map(g -> g.type).distinct().count() > 1) {
                continue;
            }
            Group keep = strong.get(0);
            for (Group g : same) {
                if (g.type == keep.type || !typedByTheModelAlone(g)) {
                    continue;
                }
                joinInto(byKey, g, keep, "SameNameInTheStory", "the story's other \"" + keep.longest()
                        + "\" is typed by a rule");
            }
        }
    }

    /**
     * ShortFormOfBody, for the short form printed before the full name ("Serimas Gloves profit up 41pc" over "Serimas
     * Gloves Bhd, Malaysia's fourth-largest glove maker"): a group whose type only guesses gave (the sequence model,
     * a decider), a person's named by the first words of a body's name, joins that body.
     */
    private static void shortFormsBeforeTheFullName(Map<String, Group> byKey, Index index) {
        for (Group g : new LinkedHashSet<>(byKey.values())) {
            Group body = index.leadingWords.get(g.longest());
            // A place stays: bodies are named for their places ("Cape Coast" of "Cape Coast Metropolitan Assembly").
            if (body == null || body == g || !byKey.containsValue(body) || body.type != EntityType.ORGANIZATION
                    || g.type != EntityType.PERSON
                    || typedBy(g, rule -> !GUESSES.contains(rule) && !MODEL_EVIDENCE.contains(rule))) {
                continue;
            }
            joinInto(byKey, g, body, "ShortFormOfBody", "\"" + g.longest() + "\" opens the name of " + body.longest());
        }
    }

    /** Moves every member of {@code g} into {@code into}, with that group's type and the rule that moved it. */
    private static void joinInto(Map<String, Group> byKey, Group g, Group into, String rule, String why) {
        for (Candidate m : g.members) {
            m.type = into.type;
            m.group = into;
            m.evidence.add(Decision.of(into.type, rule, why));
            add(into, m);
        }
        byKey.values().removeIf(v -> v == g);
    }

    /** Rules whose word is the sequence model's or a decider's, not what a lexicon or the text's shape says. */
    private static final Set<String> MODEL_EVIDENCE = Set.of(TypingRules.SequenceModel.NAME,
            "NameDecider", "UntypedNameOfSeveralWords", "SameEntityAs");

    /** Whether no rule but the sequence model's and the deciders' gave any member of the group the group's type. */
    private static boolean typedByTheModelAlone(Group g) {
        return !typedBy(g, rule -> !MODEL_EVIDENCE.contains(rule));
    }

    /** Whether a rule of {@link #FIRM_EVIDENCE} gave a member of the group the group's type. */
    private static boolean typedByARule(Group g) {
        return typedBy(g, FIRM_EVIDENCE::contains);
    }

    /** Whether a member was read from the byline or dateline, or one of the rules gave it the group's type. */
    private static boolean typedBy(Group g, java.util.function.Predicate<String> rules) {
        return g.members.stream().anyMatch(c -> c.fixed
                || java.util.stream.Stream.concat(c.votes.stream(), c.evidence.stream())
                        .anyMatch(d -> d.type() == g.type && rules.test(d.rule())));
    }

    private boolean standsForTeam(Candidate c, boolean sportsStory) {
        return c.block != null && teams.team(c.block.block.text(), c.span.shift(-c.block.block.span().start()), sportsStory);
    }

    /**
     * In a story where "Denmark" mostly stands for its team, the mentions that are the country itself stay a place of
     * their own: "fans made the trip from Sweden", the dateline's "COPENHAGEN, Denmark". The team keeps the rest.
     */
    private void splitOffThePlace(Map<String, Group> byKey, Group team) {
        List<Candidate> places = new ArrayList<>();
        for (Candidate c : team.members) {
            if (c.block == null) {
                continue;
            }
            if (teams.placeItself(c.block.block.text(), c.span.shift(-c.block.block.span().start()))) {
                places.add(c);
            }
        }
        if (places.isEmpty() || places.size() == team.members.size()) {
            return;
        }
        Group place = new Group();
        place.type = EntityType.PLACE;
        for (Candidate c : places) {
            team.members.remove(c);
            place.members.add(c);
            c.group = place;
            c.evidence.add(Decision.of(EntityType.PLACE, "PlaceBesideItsTeam", "where the story's team of the same name "
                    + "is not meant: a preposition of place or the dateline before it (lexicon/team-cues.tsv)"));
        }
        // Its own key: the team keeps the name's key, and entity keys are made from type and name afterwards.
        byKey.put(EntityType.PLACE + ":" + Lexicon.norm(places.get(0).text) + ":beside-team", place);
    }

    static List<Entity> entities(List<Group> groups, Set<String> honorificTitles) {
        List<Entity> out = new ArrayList<>();
        for (Group g : groups) {
            List<Candidate> ms = new ArrayList<>(g.members);
            ms.sort(Comparator.comparingInt(c -> c.span.start()));
            List<Mention> mentions = new ArrayList<>();
            Set<Integer> seen = new HashSet<>();
            Set<String> roles = new LinkedHashSet<>();
            Set<String> honorifics = new LinkedHashSet<>();
            Set<String> evidence = new LinkedHashSet<>();
            String country = null;
            for (Candidate m : ms) {
                if (seen.add(m.span.start())) {
                    mentions.add(new Mention(m.span, m.text));
                }
                for (String r : m.roles) {
                    (honorificTitles.contains(r) ? honorifics : roles).add(r);
                }
                for (Decision d : m.evidence) {
                    evidence.add("\"" + m.text + "\": " + d);
                }
                if (country == null) {
                    country = m.country;
                }
            }
            out.add(new Entity(g.key, g.type, g.canonical, mentions, List.copyOf(roles), country, List.copyOf(evidence),
                    List.copyOf(honorifics)));
        }
        return out;
    }

    static Map<Candidate, Group> index(List<Group> groups) {
        Map<Candidate, Group> m = new HashMap<>();
        for (Group g : groups) {
            for (Candidate c : g.members) {
                m.put(c, g);
            }
        }
        return m;
    }
}
