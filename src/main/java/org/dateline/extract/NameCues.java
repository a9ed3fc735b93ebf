package org.dateline.extract;

import org.dateline.model.EntityType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dateline.knowledge.DataFiles;

/**
 * The short word lists of {@code data/lexicon/name-cues.tsv}, and the patterns the recogniser reads around names,
 * built from them and from the lexicon's role nouns and place cues. Each list is a kind; each phrase keeps its
 * line, which a {@link Decision} cites as evidence. Immutable, shared by all threads.
 */
final class NameCues {
    static final String FILE = "lexicon/name-cues.tsv";

    /** The lists of the file; each is written in it by its name in lower case with hyphens ({@code org-cue-after}). */
    enum Kind {
        BODY_NOUN_AFTER, AFFILIATION_AFTER, ORG_CUE_AFTER, LONE_BODY_AFTER, ORG_CUE_BEFORE, ORG_CUE_AGAINST,
        ORG_CUE_OF, VOICE_FROM, CURRENCY_AFTER, COMPASS, NAME_PARTICLE, ORG_HEAD, DIVISION, COMPANY_SUFFIX,
        LOCATED_BODY, SPEAKING_BUILDING, PLACE_OPENER, PORTFOLIO_TITLE, PORTFOLIO, BUILDING_OR_BODY, LOCATIVE_BEFORE,
        STATE_FORM, MONTH_BEFORE, SAID_BEFORE, CREDIT_BEFORE, PAGE_FURNITURE, DIRECTION, ORG_KIND, PLACE_KIND,
        PERSON_KIND, STOCK_EXCHANGE, POST_NOMINAL, INNER_CAPITAL_PREFIX, FAITH_BODY, NO_EMPLOYER, SEAT_HOLDER, SERVED_AREA,
        COUNTY_ABBREVIATION;

        /** The kind's name in the file. */
        String fileName() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        static Kind ofFileName(String s) {
            for (Kind k : values()) {
                if (k.fileName().equals(s)) {
                    return k;
                }
            }
            return null;
        }
    }

    private final Map<Kind, List<String>> phrases;
    /** "kind\tphrase" → "lexicon/name-cues.tsv:LINE". */
    private final Map<String, String> lines;

    final Set<String> compass;
    /** Words that open place names but are no short form of them ({@code direction}: "Upper", "Greater", "Outer"). */
    final Set<String> directions;
    final Set<String> particles;
    final Set<String> orgHeads;
    /** Words after "and" that make a town's name a body's area ({@code served-area}: "Braidwood and District …"). */
    final Set<String> servedAreas;
    final Set<String> divisions;
    final Set<String> companySuffixes;
    final Set<String> locatedBodies;
    final Set<String> speakingBuildings;
    final Set<String> placeOpeners;
    /** Abbreviations of "County" printed before a county's name ("Co Monaghan"), which elsewhere are a firm's "Co". */
    final Set<String> countyAbbreviations;
    /** Letters printed after a person's name that are no part of it ({@code post-nominal}: "KC", "MP", "OBE"). */
    final Set<String> postNominals;
    /**
     * Starts of surnames and given names that a capital follows inside the word ({@code inner-capital-prefix}: "Mc" of
     * "McConnell", "De" of "DeSantis"), so that such a word is no body's name of the {@code CamelCaseName} kind.
     */
    final Set<String> innerCapitalPrefixes;
    /** Place keywords that after a faith's adjective name its body ({@code faith-body}: "the Catholic Church"). */
    final Set<String> faithBodies;
    /** Role nouns that tie a person to others, not to an employer ({@code no-employer}: "his wife at ...", "residents at ..."). */
    final Set<String> noEmployer;
    final Set<String> portfolioTitles;
    final Set<String> portfolios;
    final Set<String> buildingOrBody;
    final Set<String> stateForms;
    final Set<String> pageFurniture;

    /** "the Acme company": a body noun right after the name. */
    final Pattern bodyNounAfter;
    /** "Acme leaders", "Acme fighters". */
    final Pattern affiliationAfter;
    /** "Acme, the Portland indie-rock band": a description in apposition that ends in a body noun (not "the band's"). */
    final Pattern bodyInApposition;
    /** "Acme Relief campaign", "Acme Watch (AW)". */
    final Pattern orgCueAfter;
    /** "Acme spokesman Jane Doe". */
    final Pattern loneBodyAfter;
    /** "the opposition Acme Front", "the fight against Acme", "members of the Acme". */
    final EndCue orgCueBefore;
    /** "a statement from the White House": a seat that speaks. */
    final Pattern voiceFrom;
    /** "the US dollar". */
    final Pattern currencyAfter;
    /**
     * "Acme (ACME.N)", "Acme (NYSE: ACM)", "Acme (7011.T)": a stock ticker in parentheses right after the name, as
     * an exchange's code (Reuters' instrument codes: symbol, a dot, the exchange's letters) or an exchange named
     * before the symbol.
     */
    final Pattern tickerAfter;
    /** "at the", "out of the", "inside". */
    final Pattern locativeBefore;
    /** "in May", "since April", "3 May". */
    final Pattern monthBefore;
    /** "said Jane Doe", "told broadcaster Jane Doe"; not "said the Acme Board", where an article opens a noun phrase. */
    final Pattern saidBefore;
    /** "Reporting by Jane Doe". */
    final Pattern creditBefore;
    /** "Coun. Jane Doe (": a title of someone elected for a place, a name and an opening bracket end the text. */
    final Pattern seatHolderBefore;
    /** "the spokesman ", "(minister ": a role noun ending the text; group 1 is the role. */
    final EndCue roleBefore;
    /** "…, a spokesman for the governor, ": a role phrase between commas before a name; group 1 is the role. */
    final Pattern appositiveBefore;
    /** "Jane Doe, a spokesman for …": a role phrase after the name. */
    final Pattern appositiveAfter;
    /** "in ", "the town of ", "in northern ": a place cue ending the text. */
    final EndCue placeBefore;
    /**
     * "chief economist at ", "Economists at ", "a researcher with the ": a role noun and at or with ending the text;
     * group 1 is the role.
     */
    final Pattern employerBefore;
    /**
     * "companies such as Acme, Bolt and ", "countries including ": a plural noun of a kind of body, place or person and
     * a list of its examples that the name goes on; group 1 is the noun. Asked only of the end of a sentence's text.
     */
    final Pattern exampleOfKind;

    private NameCues(Map<Kind, List<String>> phrases, Map<String, String> lines, Lexicon lex) {
        this.phrases = phrases;
        this.lines = lines;
        compass = set(Kind.COMPASS);
        directions = set(Kind.DIRECTION);
        innerCapitalPrefixes = set(Kind.INNER_CAPITAL_PREFIX);
        faithBodies = set(Kind.FAITH_BODY);
        noEmployer = set(Kind.NO_EMPLOYER);
        particles = set(Kind.NAME_PARTICLE);
        orgHeads = set(Kind.ORG_HEAD);
        servedAreas = set(Kind.SERVED_AREA);
        divisions = set(Kind.DIVISION);
        companySuffixes = set(Kind.COMPANY_SUFFIX);
        locatedBodies = set(Kind.LOCATED_BODY);
        speakingBuildings = set(Kind.SPEAKING_BUILDING);
        placeOpeners = set(Kind.PLACE_OPENER);
        countyAbbreviations = set(Kind.COUNTY_ABBREVIATION);
        postNominals = set(Kind.POST_NOMINAL);
        portfolioTitles = set(Kind.PORTFOLIO_TITLE);
        portfolios = set(Kind.PORTFOLIO);
        buildingOrBody = set(Kind.BUILDING_OR_BODY);
        stateForms = set(Kind.STATE_FORM);
        pageFurniture = set(Kind.PAGE_FURNITURE);
        bodyNounAfter = Pattern.compile("^\\s+(?:" + alternation(Kind.BODY_NOUN_AFTER) + ")\\b");
        affiliationAfter = Pattern.compile("^\\s+(?:" + alternation(Kind.AFFILIATION_AFTER) + ")\\b");
        bodyInApposition = Pattern.compile("^,\\s+(?:a|an|the)\\s+"
                + "(?:(?!(?:of|for|in|at|with|and|or|the|a|an|who|which)\\b)[\\p{L}-]+\\s+){0,3}"
                + "(?:" + alternation(Kind.BODY_NOUN_AFTER) + ")\\b(?![’']s)");
        orgCueAfter = Pattern.compile("^(?:\\s+(?:" + alternation(Kind.ORG_CUE_AFTER) + ")\\b|\\s*\\(\\p{Lu}[\\p{Lu}&.-]{1,8}\\))");
        loneBodyAfter = Pattern.compile("^\\s+(?:" + alternation(Kind.LONE_BODY_AFTER) + ")\\b");
        List<String> orgCueEnds = new ArrayList<>(phrases.get(Kind.ORG_CUE_BEFORE));
        orgCueEnds.addAll(List.of("against", "of", "the"));
        orgCueBefore = EndCue.of(Pattern.compile("(?i)\\b(?:" + alternation(Kind.ORG_CUE_BEFORE)
                + "|(?:" + alternation(Kind.ORG_CUE_AGAINST) + ")\\s+against"
                + "|(?:" + alternation(Kind.ORG_CUE_OF) + ")\\s+of(?:\\s+the)?)\\s+$"), orgCueEnds);
        voiceFrom = Pattern.compile("(?i)\\b(?:" + alternation(Kind.VOICE_FROM) + ")\\s+from\\s+the\\s+$");
        currencyAfter = Pattern.compile("^\\s+(?:" + alternation(Kind.CURRENCY_AFTER) + ")\\b");
        tickerAfter = Pattern.compile("^\\s*\\((?:[\\p{Lu}\\d]{1,6}(?:\\.[\\p{Lu}]{1,3})?\\.[\\p{Lu}]{1,2}|(?:"
                + alternation(Kind.STOCK_EXCHANGE) + ")\\s*:\\s*[\\p{Lu}\\d.]{1,8})\\)");
        locativeBefore = Pattern.compile("(?:^|[^\\p{L}])(?:" + alternation(Kind.LOCATIVE_BEFORE) + ")\\s+(?:the\\s+)?$");
        monthBefore = Pattern.compile("(?i)\\b(?:" + alternation(Kind.MONTH_BEFORE) + ")[\\s-]+$|\\d\\s+$");
        saidBefore = Pattern.compile("\\b(?:" + alternation(Kind.SAID_BEFORE) + ")\\s+((?:(?!(?:the|a|an)\\s)\\p{Ll}+\\s+){0,2})$");
        seatHolderBefore = Pattern.compile("(?:^|[^\\p{L}])(?:" + alternation(Kind.SEAT_HOLDER)
                + ")\\s+\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*){0,3}\\s*\\($");
        creditBefore = Pattern.compile("(?i)(?:" + alternation(Kind.CREDIT_BEFORE) + ")\\s+by\\s+$");
        String roles = quoted(lex.roleNouns);
        roleBefore = EndCue.of(Pattern.compile("(?:^|[^\\p{L}])(" + roles + ")\\s+$"), lex.roleNouns);
        appositiveBefore = Pattern.compile("(?:^|[^\\p{L}])(" + roles
                + ")(?:\\s+(?:of|for|at|in)\\s+(?:the\\s+)?[\\p{L}.’'-]+(?:\\s+[\\p{L}.’'-]+){0,3})?,\\s+$");
        employerBefore = Pattern.compile("(?:^|[^\\p{L}])(" + roles + ")s?\\s+(?:at|with)\\s+(?:the\\s+)?$",
                Pattern.CASE_INSENSITIVE);
        appositiveAfter = Pattern.compile("^,\\s+(?:(?:a|an|the|his|her|its)\\s+)?(?:[\\p{L}\\d.’'-]+\\s+){0,3}(?:" + roles
                + ")\\b");
        exampleOfKind = Pattern.compile("\\b((?i:" + alternation(Kind.ORG_KIND) + "|" + alternation(Kind.PLACE_KIND) + "|"
                + alternation(Kind.PERSON_KIND) + "))\\s+(?:such\\s+as|including|like)\\s+"
                + "(?:(?:the\\s+)?\\p{Lu}[^,;:!?()\"“”]{0,60},\\s+)*"
                // the list's last comma may be left out: "such as Spotify, Tesla, Uber and "
                + "(?:(?:(?:the\\s+)?\\p{Lu}[\\p{L}\\d.&'’-]*(?:\\s+\\p{Lu}[\\p{L}\\d.&'’-]*){0,5},?\\s+)?(?:and|or)\\s+)?"
                + "(?:the\\s+)?$");
        List<String> placeEnds = new ArrayList<>(lex.placeBefore);
        placeEnds.addAll(lex.placeModifiers);
        placeEnds.add("the");
        placeBefore = EndCue.of(Pattern.compile("(?:^|[^\\p{L}])(?:" + quoted(lex.placeBefore) + ")\\s+(?:the\\s+)?(?:(?:"
                + quoted(lex.placeModifiers) + ")\\s+)?$", Pattern.CASE_INSENSITIVE), placeEnds);
    }

    /** Reads {@value #FILE}, checking every kind. */
    static NameCues load(Lexicon lex) {
        Map<Kind, List<String>> phrases = new java.util.EnumMap<>(Kind.class);
        Map<String, String> lines = new HashMap<>();
        for (Kind kind : Kind.values()) {
            phrases.put(kind, new ArrayList<>());
        }
        List<String> all = DataFiles.lines(FILE);
        for (int i = 0; i < all.size(); i++) {
            String line = all.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            Kind kind = cols.length == 2 ? Kind.ofFileName(cols[0].strip()) : null;
            if (kind == null) {
                throw new IllegalStateException("knowledge file " + FILE + ":" + (i + 1) + ": expected one of "
                        + java.util.Arrays.stream(Kind.values()).map(Kind::fileName).toList()
                        + ", a tab and a phrase; got \"" + line + "\"");
            }
            phrases.get(kind).add(cols[1].strip());
            lines.putIfAbsent(kind + "\t" + cols[1].strip(), FILE + ":" + (i + 1));
        }
        return new NameCues(phrases, lines, lex);
    }

    /** The phrases of a kind, in file order. */
    List<String> phrases(Kind kind) {
        return phrases.get(kind);
    }

    /** Where a phrase of a kind is written ("lexicon/name-cues.tsv:42"), or the file alone when not found. */
    String where(Kind kind, String phrase) {
        return lines.getOrDefault(kind + "\t" + phrase, FILE);
    }

    /** The type a plural kind noun's examples have ("companies" → organisation), or null. */
    EntityType kindType(String noun) {
        String n = noun.toLowerCase(java.util.Locale.ROOT);
        if (phrases.get(Kind.ORG_KIND).contains(n)) {
            return EntityType.ORGANIZATION;
        }
        if (phrases.get(Kind.PLACE_KIND).contains(n)) {
            return EntityType.PLACE;
        }
        return phrases.get(Kind.PERSON_KIND).contains(n) ? EntityType.PERSON : null;
    }

    private Set<String> set(Kind kind) {
        return Set.copyOf(phrases.get(kind));
    }

    /** A regex alternation of a kind's phrases: words joined by {@code \s+}, a final {@code *} for more letters. */
    private String alternation(Kind kind) {
        return phrases.get(kind).stream().map(NameCues::phrasePattern).collect(Collectors.joining("|"));
    }

    private static String phrasePattern(String phrase) {
        boolean prefix = phrase.endsWith("*");
        String p = prefix ? phrase.substring(0, phrase.length() - 1) : phrase;
        String words = java.util.Arrays.stream(p.split("\\s+")).map(Pattern::quote).collect(Collectors.joining("\\s+"));
        return prefix ? words + "\\w+" : words;
    }

    /** The phrases quoted for a regex alternation, longest first (so the leftmost match is the longest one). */
    private static String quoted(java.util.Collection<String> phrases) {
        return phrases.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }
}
