package org.dateline.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dateline.extract.BlockText.Token;
import org.dateline.model.Span;
import org.dateline.knowledge.Gazetteer;
import org.dateline.knowledge.GazetteerEntry;
import org.dateline.model.EntityType;

/**
 * Finds names in a block: runs of capitalised words, cut where titles, demonyms and stop words
 * stand, and typed from the words themselves (keywords, known places, given names, acronyms) and
 * from the words around them ("spokesman ...", "... province", "in ...", "..., 72,"). Names the
 * evidence does not type are left untyped for {@link EntityResolver} to settle by coreference.
 */
final class EntityRecognizer {
    // Patterns that String.matches/split/replaceAll compiled on every call, compiled once.
    private static final Pattern RE_YEARLIKE = Pattern.compile("\\d{1,4}");
    private static final Pattern RE_SPACE_DIGIT = Pattern.compile("\\s\\d");
    private static final Pattern RE_NUMBER_NEXT = Pattern.compile("\\s?\\d.*|,\\s?\\d.*");
    private static final Pattern RE_SPACES = Pattern.compile("\\s+");
    private static final Pattern RE_CAMPUS_NEXT = Pattern.compile("(?s)^\\s+campus\\b.*");
    private static final Pattern RE_LIST_GAP = Pattern.compile("\\s*(?:,|,?\\s*and|,?\\s*or)\\s*(?:the\\s+)?");
    private static final Pattern RE_HAS_CONJUNCTION = Pattern.compile("(?s).*\\s(?:and|or)\\s.*");

    private static final Pattern ARABIC_ARTICLE = Pattern.compile("(?:al|el|ad|an|as|ash|at|az|ar|ul|bin|ibn|abu)-\\p{Lu}.*");
    private static final Pattern ACRONYM = Pattern.compile("(?:\\p{Lu}\\.){2,}|\\p{Lu}{2,6}s?|\\p{Lu}\\p{Ll}?\\p{Lu}{1,4}");
    private static final Pattern HYPHEN_SYLLABLE = Pattern.compile("\\p{Lu}\\p{Ll}+-\\p{Ll}+");
    private static final Pattern CREDIT_BEFORE = Pattern.compile(
            "(?i)(?:reporting|editing|writing|written|compiled|photos?|video|interview|additional reporting)\\s+by\\s+$");
    /** The most words a match of CREDIT_BEFORE spans: "additional reporting by". */
    private static final int CREDIT_BEFORE_WORDS = 3;

    /**
     * Whether CREDIT_BEFORE matches the end of the text. Every match ends in "by" (ASCII case folded, as
     * (?i) without UNICODE_CASE reads it) and then whitespace up to the end or a final line terminator:
     * a text that does not end so (most do not) is no match, told without the pattern.
     */
    static boolean creditBefore(String before) {
        return EndAnchored.mayEndInWord(before, "by") && EndAnchored.find(CREDIT_BEFORE, before, CREDIT_BEFORE_WORDS);
    }
    private static final Pattern AGE_AFTER = Pattern.compile("^,\\s*\\d{1,3},");
    private static final Pattern BODY_NOUN_AFTER = Pattern.compile("^\\s+(?:news agency|agency|newspaper|daily|"
            + "broadcaster|television|network|channel|company|firm|carrier|airline|bank|lender|conglomerate|"
            + "group|ministry|organisation|organization|foundation|institute|union|club)\\b");
    private static final Pattern AFFILIATION_AFTER = Pattern.compile("^\\s+(?:leader|leaders|leadership|spokesman|spokeswoman"
            + "|official|officials|member|members|lawmaker|lawmakers|candidate|politicians?|MPs?|supporters|voters"
            + "|government|chief|ministers?|activists|fighters|militants|party|rebel|rebels|group|militia|faction"
            + "|movement|alliance|coalition)\\b");
    private static final Set<String> COMPASS = Set.of("North", "South", "East", "West", "Northern", "Southern",
            "Eastern", "Western", "Central", "Northeast", "Northwest", "Southeast", "Southwest", "Upper", "Lower");
    private static final Set<String> PARTICLES = Set.of("de", "la", "du", "van", "von", "der", "den", "bin", "ibn", "al",
            "da", "dos", "del", "le", "di", "y", "au", "aux", "des", "zu");
    /** PARTICLES again, looked up without hashing the word: connectorLength asks of every lower-case word in a name's run. */
    private static final WordShapes PARTICLE_TABLE = new WordShapes(PARTICLES);
    private static final Set<String> HEAD_ORG = Set.of("Organization", "Organisation", "Union", "Association",
            "Federation", "League", "Council", "Commission", "Committee", "Ministry", "Department", "Office", "Bureau",
            "Bank", "Institute", "University", "Court", "Fund", "Agency", "Center", "Centre", "Movement", "Party",
            "Front", "Army", "Alliance", "Coalition", "Conference", "Society");

    /** Place keywords that name divisions, not buildings: "Popular State Movement" keeps its body's keyword reading. */
    private static final Set<String> DIVISIONS = Set.of("State", "Province", "Governorate", "Region", "Oblast", "County",
            "District", "Territory", "Territories", "Canton", "Municipality", "Prefecture", "City", "Zone", "Line", "Republic");

    private static final Set<String> COMPANY_SUFFIXES = Set.of("Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Ltd", "Ltd.",
            "LLC", "PLC", "plc", "AG", "SA", "S.A.", "GmbH", "NV", "N.V.", "Limited", "Incorporated");

    private static final Set<String> LOCATED_BODIES = Set.of("Embassy", "Consulate", "Mission", "High Commission");
    private static final Pattern ORDINAL = Pattern.compile("\\d{1,3}(?:st|nd|rd|th)");
    /** "Jane Doe, who ..., said": a relative clause between a name and its verb of saying. */
    private static final Pattern RELATIVE_THEN_VERB = Pattern.compile("^,\\s+(who|which|whose)\\b[^,;\"“”]{0,120},\\s+(?:also\\s+)?(\\p{Ll}+)");

    /** "a statement from the White House": a seat that speaks; "spoke from the White House": a place. */
    private static final Pattern VOICE_FROM = Pattern.compile("(?i)\\b(?:statement|spokes\\w+|officials?|word|response"
            + "|aides?|sources?|letter|message|reaction|comment|call|request|order)\\s+from\\s+the\\s+$");

    /** "the US dollar": a country's abbreviation naming its currency is no mention of the country. */
    private static final Pattern CURRENCY_AFTER = Pattern.compile("^\\s+(?:dollars?|pounds?|euros?|yen|yuan|currency)\\b");

    /** "Acme Relief campaign", "an Acme Air jet", "Acme Watch (AW)": words after a name that make it a body's. */
    private static final Pattern ORG_CUE_AFTER = Pattern.compile("^(?:\\s+(?:campaign|campaigners|jet|jets|plane|planes"
            + "|flight|flights|aircraft|fleet|fighters|militants|insurgents|insurgency|members|membership|spokes\\w+"
            + "|chairman|chairwoman|chair|founder|co-founder|shares|stock|headquarters|staff|employees|workers"
            + "|executives?|board|website|statement|brand|subsidiary|unit|division|branch|chapter|faction|wing"
            + "|said\\s+in\\s+a\\s+statement)\\b|\\s*\\(\\p{Lu}[\\p{Lu}&.-]{1,8}\\))");

    private static final Pattern LONE_BODY_AFTER = Pattern.compile("^\\s+(?:spokes\\w+|chairman|chairwoman)\\b");

    /** Nouns and verbs right before a name that make it a body's: "the opposition Acme Front", "joined Acme". */
    private static final List<String> ORG_CUE_WORDS = List.of("opposition", "ruling", "rebel", "militant", "separatist",
            "islamist", "extremist", "jihadist", "insurgent", "armed", "paramilitary", "group", "party", "movement",
            "organisation", "organization", "company", "firm", "carrier", "airline", "agency", "charity", "union",
            "network", "faction", "coalition", "alliance", "broadcaster", "newspaper", "website", "lobby", "campaign",
            "bank", "lender", "insurer", "retailer", "automaker", "carmaker", "manufacturer", "maker", "giant",
            "conglomerate", "club", "team", "band", "label", "publisher", "operator", "utility", "regulator", "watchdog",
            "think tank", "outfit", "defeat", "defeated", "join", "joined", "joining", "banned", "designated", "outlawed");
    /** "the fight against", "sanctions against": ends in "against". */
    private static final String ORG_CUE_AGAINST =
            "(?:fight|war|campaign|battle|struggle|offensive|operations?|sanctions)\\s+against";
    /** "members of", "a spokesman for the": ends in "of" or "the". */
    private static final String ORG_CUE_OF =
            "(?:members?|leaders?|founder|head|chief|spokes\\w+|fighters|supporters)\\s+of(?:\\s+the)?";
    private static final Pattern ORG_CUE_BEFORE = Pattern.compile("(?i)\\b(?:" + ORG_CUE_WORDS.stream()
            .map(w -> w.replace(" ", "\\s+")).collect(Collectors.joining("|"))
            + "|" + ORG_CUE_AGAINST + "|" + ORG_CUE_OF + ")\\s+$");
    /** The most words a match of ORG_CUE_BEFORE spans: "members of the". */
    private static final int ORG_CUE_BEFORE_WORDS = 3;
    /** The words a match of ORG_CUE_BEFORE can end in: a text ending in another word is no match. */
    private static final Set<String> ORG_CUE_BEFORE_LAST = orgCueLastWords();

    private static Set<String> orgCueLastWords() {
        Set<String> last = new HashSet<>(EndAnchored.lastWords(ORG_CUE_WORDS));
        last.addAll(List.of("against", "of", "the")); // the last words of ORG_CUE_AGAINST and ORG_CUE_OF
        return Set.copyOf(last);
    }

    /** Whether a noun or verb that makes the next name a body's ends the text: ORG_CUE_BEFORE, at the end only. */
    private static boolean orgCueBefore(String before) {
        String last = EndAnchored.lastWordBeforeSpace(before);
        return last != null && ORG_CUE_BEFORE_LAST.contains(last)
                && EndAnchored.find(ORG_CUE_BEFORE, before, ORG_CUE_BEFORE_WORDS);
    }

    /** Buildings that speak for the body inside them ("the Palace said", "the Hospital said"). */
    private static final Set<String> SPEAKING_BUILDINGS = Set.of("Palace", "Hospital", "Airport", "Hall", "Cathedral",
            "Mosque", "Temple", "Clinic", "Museum", "Prison", "Station");
    /** First words of names of natural features and forts ("Mount ...", "Gulf of ...", "Cape ..."). */
    private static final Set<String> PLACE_OPENERS = Set.of("Mount", "Mt.", "Lake", "Cape", "Isle", "Gulf", "Bay", "Sea",
            "Strait", "Straits", "Fort", "Port", "Mountains", "Islands", "Island", "Camp");
    /** Portfolios printed after "Minister of": "Minister of Defence". */
    /** Titles whose portfolio follows them after "of" ("Minister of Defence"). */
    private static final Set<String> PORTFOLIO_TITLES = Set.of("Minister", "Secretary");
    private static final Set<String> PORTFOLIOS = Set.of("Defence", "Defense", "Foreign", "Home", "Internal", "Affairs",
            "Interior", "Finance", "Economy", "Justice", "Health", "Trade", "Energy", "Education", "State", "Security",
            "Public", "Information", "Agriculture", "Transport", "Labour", "Labor", "Culture", "Environment", "Industry");
    /** Last words of names that are a body's or a building's ("Acme House", "Acme Centre"): after a locative, the building. */
    private static final Set<String> BUILDING_OR_BODY = Set.of("House", "Centre", "Center");
    /** A locative printed right before a name, "at the", "out of the", "inside". */
    private static final Pattern LOCATIVE_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?:at|in|inside|outside|near|out of|to)\\s+(?:the\\s+)?$");
    /** The most words a match of LOCATIVE_BEFORE spans: "out of the". */
    private static final int LOCATIVE_BEFORE_WORDS = 3;
    /** "Republic of ...", "Kingdom of ...": a state's formal name. */
    private static final Set<String> STATE_FORMS = Set.of("Republic", "Kingdom", "Principality", "Emirate", "Sultanate",
            "Commonwealth", "Federation", "State", "Grand Duchy");

    private static final Pattern MONTH_BEFORE = Pattern.compile("(?i)\\b(?:in|of|since|until|by|last|next|this|early|late"
            + "|mid|from|through|during|before|after|between|and|or|to|on)[\\s-]+$|\\d\\s+$");

    private final Lexicon lex;
    private final Gazetteer gazetteer;
    private final Pattern appositiveBefore;
    private final Pattern placeBefore;
    /**
     * placeBefore reversed: matched once at the start of the reversed text, where placeBefore was
     * searched at every start of the last words, trying every cue at each (the same texts match).
     */
    private final Pattern placeBeforeReversed;
    private final Pattern appositiveAfter;
    /*
     * The most whitespace-separated words a match of appositiveBefore can
     * span. The pattern is anchored at the end of the text before a candidate, so a match starts
     * within that many words of the end (or on the character just before them): searching only there
     * (tail) finds the same leftmost match without trying the alternation of every role or cue at
     * every earlier position, which was the costliest part of classifying a name.
     */
    private final int appositiveBeforeWords;
    /**
     * What a text must end in (before its trailing space) for placeBefore to match it: the last word
     * of a cue or a modifier, or "the". Most texts before a name end in another word, and skip the
     * pattern's alternation of every cue. Null when the cues allow no such test.
     */
    private final Set<String> placeBeforeLastWords;
    /** The place cues of one word of ASCII letters ("in", "near"), in lower case: see asciiWordStandsAlone. */
    private final Set<String> singleWordCues;
    /** The demonym keys with a space, read up to their first space ("South" of "South African"): see mayOpenTwoWordDemonym. */
    private final Set<String> demonymFirstWords;
    /** The lengths of the role nouns, longest first (see roleBefore(String)). */
    private final int[] roleLengths;
    /** The role nouns' shapes: most ends of a text are no role noun, and need no substring to tell. */
    private final WordShapes roleShapes;
    /** "said Jane Doe", "told broadcaster Jane Doe"; not "said the Acme Board", where an article opens a noun phrase. */
    private static final Pattern SAID_BEFORE = Pattern.compile("\\b(?:said|says|added|told|according to)\\s+(?:(?!(?:the|a|an)\\s)\\p{Ll}+\\s+){0,2}$");
    /** The most words a match of SAID_BEFORE spans: "according to" and two more. */
    private static final int SAID_BEFORE_WORDS = 4;

    EntityRecognizer(Lexicon lex, Gazetteer gazetteer) {
        this.lex = lex;
        this.gazetteer = gazetteer;
        String roles = lex.roleNouns.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
        appositiveBefore = Pattern.compile("(?:^|[^\\p{L}])(" + roles
                + ")(?:\\s+(?:of|for|at|in)\\s+(?:the\\s+)?[\\p{L}.’'-]+(?:\\s+[\\p{L}.’'-]+){0,3})?,\\s+$");
        // "X, a spokesman for the governor, said": the description after the name makes a person.
        appositiveAfter = Pattern.compile("^,\\s+(?:(?:a|an|the|his|her|its)\\s+)?(?:[\\p{L}.’'-]+\\s+){0,3}(?:" + roles
                + ")\\b");
        String before = lex.placeBefore.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        String modifiers = lex.placeModifiers.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        placeBefore = Pattern.compile("(?:^|[^\\p{L}])(?:" + before + ")\\s+(?:the\\s+)?(?:(?:" + modifiers + ")\\s+)?$",
                Pattern.CASE_INSENSITIVE);
        // placeBefore spelled backwards, to match the reversed text from its start: "$" may stand before
        // a final line terminator (the ones that are not \s), "^" is the reversed text's end.
        String beforeReversed = lex.placeBefore.stream().map(EntityRecognizer::reversed).map(Pattern::quote)
                .collect(Collectors.joining("|"));
        String modifiersReversed = lex.placeModifiers.stream().map(EntityRecognizer::reversed).map(Pattern::quote)
                .collect(Collectors.joining("|"));
        placeBeforeReversed = Pattern.compile("[\\u0085\\u2028\\u2029]?(?:\\s+(?:" + modifiersReversed
                + "))?(?:\\s+eht)?\\s+(?:" + beforeReversed + ")(?:\\z|[^\\p{L}])", Pattern.CASE_INSENSITIVE);
        int roleWords = maxWords(lex.roleNouns);
        roleShapes = new WordShapes(lex.roleNouns);
        roleLengths = lex.roleNouns.stream().map(String::length).distinct().sorted(java.util.Comparator.reverseOrder())
                .mapToInt(Integer::intValue).toArray();
        // role, "of"/"for"/"at"/"in", "the", and up to four words of the body
        appositiveBeforeWords = roleWords + 6;
        List<String> endings = new ArrayList<>(lex.placeBefore);
        endings.addAll(lex.placeModifiers);
        endings.add("the");
        placeBeforeLastWords = EndAnchored.lastWords(endings);
        Set<String> single = new HashSet<>();
        for (String cue : lex.placeBefore) {
            if (!cue.isEmpty() && cue.chars().allMatch(ch -> ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z')) {
                single.add(cue.toLowerCase(java.util.Locale.ROOT));
            }
        }
        singleWordCues = Set.copyOf(single);
        Set<String> demonymFirsts = new HashSet<>();
        for (String key : lex.demonyms.keySet()) {
            int space = key.indexOf(' ');
            if (space >= 0) {
                demonymFirsts.add(key.substring(0, space));
            }
        }
        demonymFirstWords = Set.copyOf(demonymFirsts);
    }

    /** Whether a place cue ends the text ("in ", "the town of ", "in northern "): placeBefore, searched at the end only. */
    private boolean placeCueBefore(String before) {
        if (placeBeforeLastWords != null) {
            String last = EndAnchored.lastWordBeforeSpace(before);
            if (last == null || !placeBeforeLastWords.contains(last)) {
                return false;
            }
            if (singleWordCues.contains(last) && asciiWordStandsAlone(before, last.length())) {
                return true;
            }
        }
        return placeBeforeReversed.matcher(new StringBuilder(before).reverse()).lookingAt();
    }

    /**
     * Whether the letters the text ends with before its trailing whitespace (lastWordBeforeSpace, which
     * found them) are {@code length} ASCII letters after the text's start or a character of the basic
     * plane that is no letter. Then a one-word cue that is those letters (ASCII, so the pattern's
     * case-insensitive match and toLowerCase agree) is matched by placeBefore with no "the" and no
     * modifier: a cue, then whitespace to the end, as the pattern reads it. "In ", "near " need no reversed copy.
     */
    private static boolean asciiWordStandsAlone(String text, int length) {
        int end = EndAnchored.lastWordEnd(text);
        int start = end - length;
        if (start < 0) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        if (start == 0) {
            return true;
        }
        char before = text.charAt(start - 1);
        // A surrogate may be half of a letter the pattern reads whole.
        return !Character.isLetter(before) && !Character.isSurrogate(before);
    }

    private static String reversed(String s) {
        return new StringBuilder(s).reverse().toString();
    }

    /**
     * The role noun that text ends with before its trailing whitespace, standing at the start or after a
     * non-letter ("the spokesman ", "(minister "), or null; the longest when several do, as the leftmost
     * match of "(?:^|[^\\p{L}])(role|…)\\s+$" would give. Looked up by length in the role set: a regex
     * alternation of every role tried at every position was the costliest part of classifying a name.
     */
    private String roleBefore(String text) {
        int end = text.length();
        while (end > 0 && Whitespace.is(text.charAt(end - 1))) {
            end--;
        }
        if (end == text.length()) {
            return null;
        }
        for (int length : roleLengths) {
            int start = end - length;
            if (start >= 0 && (start == 0 || !Character.isLetter(text.codePointBefore(start)))
                    && (length == 0 || roleShapes.mayContain(text.charAt(start), length))
                    && lex.roleNouns.contains(text.substring(start, end))) {
                return text.substring(start, end);
            }
        }
        return null;
    }

    /** Whether text ends in a comma and then whitespace. */
    private static boolean followsComma(String text) {
        int i = text.length();
        while (i > 0 && Whitespace.is(text.charAt(i - 1))) {
            i--;
        }
        return i < text.length() && i > 0 && text.charAt(i - 1) == ',';
    }

    private static int words(String phrase) {
        int n = 0;
        for (int i = 0; i < phrase.length(); i++) {
            if (!Whitespace.is(phrase.charAt(i)) && (i == 0 || Whitespace.is(phrase.charAt(i - 1)))) {
                n++;
            }
        }
        return n;
    }

    private static int maxWords(java.util.Collection<String> phrases) {
        return phrases.stream().mapToInt(EntityRecognizer::words).max().orElse(0);
    }

    /** Gazetteer look-ups of one article, remembered: names repeat and normalising is not free. */
    private final ThreadLocal<java.util.Map<String, List<GazetteerEntry>>> memo =
            ThreadLocal.withInitial(java.util.HashMap::new);

    List<GazetteerEntry> lookup(String name) {
        java.util.Map<String, List<GazetteerEntry>> m = memo.get();
        if (m.size() > 4096) {
            m.clear();
        }
        return m.computeIfAbsent(name, gazetteer::lookup);
    }

    List<Candidate> find(BlockText bt) {
        List<Candidate> out = new ArrayList<>();
        List<Token> toks = bt.tokens;
        List<String> words = bt.words;
        // Which words a title covers is asked only of words that are no name by isCap (and, but for a
        // run's next word, capitalised): most never are. Each word's title length is found when first
        // needed (see TitleWords), where every word's was found before.
        TitleWords titleWord = new TitleWords(lex.titles, words);
        // A Title Case headline capitalises every word: its capitals say nothing about names, so each
        // word stands alone and is kept only if it is known or resolves to a name in the story.
        // A standfirst or a subhead set in Title Case is read the same way.
        // The block's kind and size are tested before its words are counted: most blocks are long body text.
        boolean titleCase = (bt.block.kind() == org.dateline.ingest.BlockKind.HEADLINE
                || toks.size() <= 16 && !bt.text.strip().endsWith(".") && (bt.block.kind() == org.dateline.ingest.BlockKind.STANDFIRST
                || bt.block.kind() == org.dateline.ingest.BlockKind.BODY)) && isTitleCase(toks);
        int i = 0;
        while (i < toks.size()) {
            if (titleCase) {
                if (isCap(toks.get(i))) {
                    process(bt, List.of(toks.get(i)), i, out);
                }
                i++;
                continue;
            }
            if (!isCap(toks.get(i)) && !(isCapitalised(toks.get(i).text()) && titleWord.covers(i))) {
                i++;
                continue;
            }
            List<Integer> run = new ArrayList<>();
            run.add(i);
            int j = i + 1;
            while (j < toks.size() && adjacent(bt, toks.get(j - 1), toks.get(j))) {
                Token t = toks.get(j);
                // "ACME's Supervisory Board", "Ruritania's Foreign Ministry": the owner is a name of its own.
                if (ownerPossessive(toks.get(j - 1).text())) {
                    break;
                }
                if (isCap(t) || titleWord.covers(j) && titleWord.covers(j - 1)) {
                    run.add(j);
                    j++;
                    continue;
                }
                int k = connectorLength(bt, toks, run, j);
                if (k > 0) {
                    for (int m = 0; m < k; m++) {
                        run.add(j + m);
                    }
                    j += k;
                    continue;
                }
                break;
            }
            // "Washington, DC": a known place written with a comma.
            if (j + 1 < toks.size() && toks.get(j).text().equals(",") && isCap(toks.get(j + 1))) {
                String joined = bt.slice(toks.get(run.get(0)).start(), toks.get(j + 1).end());
                Lexicon.Place p = lex.place(joined);
                if (p != null && lex.place(toks.get(j + 1).text()) == null) {
                    run.add(j);
                    run.add(j + 1);
                    j += 2;
                }
            }
            // "221 Baker Street": a house number belongs to the street's name.
            int first = run.get(0);
            // Both patterns below start with a digit; most words before a name do not.
            boolean numberBefore = first > 0 && isAsciiDigit(toks.get(first - 1).text().charAt(0));
            if (numberBefore && RE_YEARLIKE.matcher(toks.get(first - 1).text()).matches() && adjacent(bt, toks.get(first - 1), toks.get(first))
                    && lex.placeNameKeywords.contains(toks.get(run.get(run.size() - 1)).text())) {
                run.add(0, first - 1);
            }
            // "the 6th Circuit Court of Appeals": an ordinal belongs to a body's name.
            if (numberBefore && ORDINAL.matcher(toks.get(first - 1).text()).matches()
                    && adjacent(bt, toks.get(first - 1), toks.get(first)) && runHasOrgKeyword(toks, run)) {
                run.add(0, first - 1);
            }
            process(bt, tokensAt(toks, run), run.get(0), out);
            i = j;
        }
        propagateInLists(bt, out);
        return out;
    }

    /**
     * Whether a title covers a word: whether the longest title starting at some word at or before it
     * (titles.longestAt) reaches it. A title spans at most titles.maxWords() words, so only the words that
     * many back can start one; each start's length is looked up once, when first asked.
     */
    static final class TitleWords {
        private final PhraseIndex titles;
        private final List<String> words;
        private final int maxWords;
        /** longestAt of each start, plus one (a title has far fewer than 127 words); 0 where not yet looked up. */
        private final byte[] lengthPlusOne;

        TitleWords(PhraseIndex titles, List<String> words) {
            this.titles = titles;
            this.words = words;
            this.maxWords = titles.maxWords();
            this.lengthPlusOne = new byte[words.size()];
        }

        boolean covers(int j) {
            for (int i = Math.max(0, j - maxWords + 1); i <= j; i++) {
                if (lengthAt(i) > j - i) {
                    return true;
                }
            }
            return false;
        }

        private int lengthAt(int i) {
            int l = lengthPlusOne[i];
            if (l == 0) {
                l = titles.longestAt(words, i) + 1;
                lengthPlusOne[i] = (byte) l;
            }
            return l - 1;
        }
    }

    /** The tokens at the indexes, unmodifiable; a loop, as a stream allocated several times more per run. */
    private static List<Token> tokensAt(List<Token> toks, List<Integer> indexes) {
        Token[] out = new Token[indexes.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = toks.get(indexes.get(k));
        }
        return List.of(out);
    }

    /**
     * The tokens' texts, read-only: a loop into an array, where a stream per name built several objects
     * more; like the stream's list it holds the same texts in order and answers queries for null.
     */
    private static List<String> texts(List<Token> toks) {
        String[] out = new String[toks.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = toks.get(k).text();
        }
        return java.util.Collections.unmodifiableList(java.util.Arrays.asList(out));
    }

    /** {@code \\d} as the regex reads it (without UNICODE_CHARACTER_CLASS). */
    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether upper-casing leaves the text as it is (all capitals); ASCII is answered without a copy. */
    private static boolean isAllUpperCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return text.equals(text.toUpperCase(java.util.Locale.ROOT));
            }
            if (c >= 'a' && c <= 'z') {
                return false;
            }
        }
        return true;
    }

    /** The text split at runs of whitespace, as RE_SPACES.split gives it (a leading empty part, no trailing ones). */
    static List<String> splitAtSpaces(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        boolean split = false;
        while (i < text.length()) {
            if (!Whitespace.is(text.charAt(i))) {
                i++;
                continue;
            }
            out.add(text.substring(start, i));
            while (i < text.length() && Whitespace.is(text.charAt(i))) {
                i++;
            }
            start = i;
            split = true;
        }
        if (!split) {
            return List.of(text);
        }
        out.add(text.substring(start));
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        // A read-only view: the parts are never null and callers only read them, so a copy buys nothing.
        return java.util.Collections.unmodifiableList(out);
    }

    private boolean ownerPossessive(String w) {
        if (!(w.endsWith("'s") || w.endsWith("’s")) || w.length() < 4) {
            return false;
        }
        String owner = w.substring(0, w.length() - 2);
        return owner.equals(owner.toUpperCase(java.util.Locale.ROOT)) && owner.length() >= 2 || lex.place(owner) != null;
    }

    private boolean isTitleCase(List<Token> toks) {
        int words = 0;
        int caps = 0;
        for (Token t : toks) {
            if (t.isWord() && t.text().length() > 3 && Character.isLetter(t.text().charAt(0))) {
                words++;
                if (Character.isUpperCase(t.text().charAt(0))) {
                    caps++;
                }
            }
        }
        return words >= 3 && caps * 10 >= words * 8;
    }

    /** Whether one space (or a no-break space) and nothing else stands between the tokens. */
    private boolean adjacent(BlockText bt, Token a, Token b) {
        if (b.start() - a.end() != 1) {
            return false;
        }
        char gap = bt.text.charAt(a.end() - bt.offset);
        return gap == ' ' || gap == '\u00a0';
    }

    private int connectorLength(BlockText bt, List<Token> toks, List<Integer> run, int j) {
        String c = toks.get(j).text();
        if (!Character.isLowerCase(c.charAt(0))) {
            return 0;
        }
        int k = j;
        while (k < toks.size() && PARTICLE_TABLE.contains(toks.get(k).text()) && adjacent(bt, toks.get(k - 1), toks.get(k))) {
            k++;
        }
        if (k > j && k < toks.size() && isCap(toks.get(k)) && adjacent(bt, toks.get(k - 1), toks.get(k))) {
            return k - j;
        }
        String first = toks.get(run.get(0)).text();
        String last = toks.get(run.get(run.size() - 1)).text();
        int next = j + 1;
        if ((c.equals("of") || c.equals("for")) && next < toks.size() && toks.get(next).text().equals("the")) {
            next++;
        }
        if (next >= toks.size() || !isCap(toks.get(next)) || !adjacent(bt, toks.get(next - 1), toks.get(next))) {
            return 0;
        }
        boolean ok = switch (c) {
            // "House of Representatives", "House of Lords": a chamber named after "House of".
            case "of" -> lex.orgKeywords.contains(last) || lex.placeNameKeywords.contains(last) || HEAD_ORG.contains(first)
                    || last.equals("House") && lex.orgKeywords.contains(toks.get(next).text())
                    // "Minister of Defence Jane Doe": the portfolio belongs to the title (split off later).
                    || (last.equals("Minister") || last.equals("Secretary")) && PORTFOLIOS.contains(toks.get(next).text());
            case "for" -> HEAD_ORG.contains(first) || runHasOrgKeyword(toks, run);
            // "the U.S. Embassy in Kabul": a mission is named by the city it sits in.
            // A place is not named by the city it stands in ("Town Hall in Springfield").
            case "in" -> HEAD_ORG.contains(first) && !lex.placeNameKeywords.contains(last) || LOCATED_BODIES.contains(last) && lex.place(toks.get(next).text()) != null;
            case "and", "on" -> HEAD_ORG.contains(first)
                    || c.equals("and") && lex.place(last + " and " + toks.get(next).text()) != null
                    || c.equals("and") && andJoinsOneBody(bt, toks, run, next);
            default -> false;
        };
        return ok ? next - j : 0;
    }

    /**
     * "National Disaster Risk Reduction and Management Council": a run with no keyword and no place in it,
     * followed after "and" by capitalised words ending in a body's keyword, is one body's name.
     */
    private boolean andJoinsOneBody(BlockText bt, List<Token> toks, List<Integer> run, int next) {
        if (run.size() < 2 || runHasOrgKeyword(toks, run)) {
            return false;
        }
        for (int k : run) {
            String w = toks.get(k).text();
            if (lex.place(w) != null || lex.worldPlace(w) != null || lex.givenNames.contains(w)) {
                return false;
            }
        }
        if (COMPANY_SUFFIXES.contains(toks.get(run.get(run.size() - 1)).text())) {
            return false;
        }
        // The part after "and" is short ("… and Management Council"): a longer one names a body of its own.
        int k = next;
        while (k + 1 < toks.size() && k - next < 2 && isCap(toks.get(k + 1)) && adjacent(bt, toks.get(k), toks.get(k + 1))) {
            k++;
        }
        return lex.orgKeywords.contains(toks.get(k).text()) && !COMPANY_SUFFIXES.contains(toks.get(k).text())
                && (k + 1 >= toks.size() || !isCap(toks.get(k + 1)));
    }

    private boolean runHasOrgKeyword(List<Token> toks, List<Integer> run) {
        for (int k : run) {
            if (lex.orgKeywords.contains(toks.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCapitalised(String w) {
        return Character.isUpperCase(w.charAt(0));
    }

    static boolean isCap(Token t) {
        String w = t.text();
        char c = w.charAt(0);
        boolean upper;
        // Asked of every token: ASCII first characters (most) are told letters and capitals by range,
        // as Character.isLetter and isUpperCase read them.
        if (c < 128) {
            upper = c >= 'A' && c <= 'Z';
            if (!upper && !(c >= 'a' && c <= 'z')) {
                return false;
            }
        } else {
            if (!Character.isLetter(c)) {
                return false;
            }
            upper = Character.isUpperCase(c);
        }
        // ARABIC_ARTICLE needs its first hyphen third or fourth ("al-", "ash-"): a lower-case word
        // without one is no name, whatever its digits. The first character is a letter, so the first
        // hyphen is third or fourth when the second character is none and the third or the fourth is one.
        if (!upper && !(w.length() > 2 && w.charAt(1) != '-'
                && (w.charAt(2) == '-' || w.length() > 3 && w.charAt(3) == '-'))) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char ch = w.charAt(i);
            if (ch < 128 ? isAsciiDigit(ch) : Character.isDigit(ch)) {
                return false;
            }
        }
        return upper || ARABIC_ARTICLE.matcher(w).matches();
    }

    private static final Set<String> FURNITURE = Set.of("Photo", "Photos", "File", "License", "Image", "Images",
            "Video", "Published", "Updated", "Caption", "Source");

    private void process(BlockText bt, List<Token> run, int firstIndex, List<Candidate> out) {
        // "Lisbon Treaty", "Korean War": not an entity, and its parts are no mentions either.
        if (lex.nonEntityHeadTable.contains(run.get(run.size() - 1).text())) {
            return;
        }
        // Leading sentence starters go ("On", "The", "But"), unless they open a known name
        // ("New York", "Harbour Workers Union").
        int lead = 0;
        while (lead < run.size() && lex.stopWordTable.contains(run.get(lead).text())) {
            String first = run.get(lead).text();
            // The rest's words are listed only for a name opener: most stop words open no name.
            boolean opener = lex.nameOpeners.contains(first) && run.size() - lead > 1
                    && openerStartsName(texts(run.subList(lead, run.size())));
            if (opener || run.size() - lead == 1 && lex.isMonth(first) || monthAsGivenName(bt, run, lead)) {
                break;
            }
            lead++;
        }
        // "Hurricane Xavier", "Operation Desert Lance": a storm or an operation is an event, no entity.
        if (lead < run.size() - 1 && lex.nonEntityOpeners.contains(run.get(lead).text())) {
            return;
        }
        // Inside a run, only time words and page furniture cut it ("AP Photo", "Thursday Feb").
        List<Token> seg = new ArrayList<>();
        int segFirst = firstIndex + lead;
        for (int k = lead; k < run.size(); k++) {
            Token t = run.get(k);
            String w = t.text();
            // A month after a given name and before no number is a surname ("Jane May said").
            boolean surname = lex.isMonth(w) && k > lead && lex.givenNames.contains(run.get(k - 1).text())
                    && !RE_SPACE_DIGIT.matcher(bt.slice(t.end(), t.end() + 2)).matches();
            if (k > lead && !surname && (lex.isWeekday(w) || lex.isMonth(w) || FURNITURE.contains(w))) {
                decompose(bt, seg, segFirst, out);
                seg = new ArrayList<>();
                segFirst = firstIndex + k + 1;
            } else {
                seg.add(t);
            }
        }
        decompose(bt, seg, segFirst, out);
    }

    /** Whether words after a name opener make a body's or a known place's name ("Harbour Workers Union", "New York"). */
    private boolean openerStartsName(List<String> rest) {
        return hasOrgKeyword(rest) || lex.place(String.join(" ", rest)) != null;
    }

    /**
     * "Reporting by Jan Weber", "said April Moreno": a month word opening a run, before a capitalised word
     * that is no place, time or stop word and after no word that introduces a date, is a given name.
     */
    private boolean monthAsGivenName(BlockText bt, List<Token> run, int lead) {
        if (lead != 0 || run.size() < 2 || !lex.isMonth(run.get(0).text())) {
            return false;
        }
        String next = run.get(1).text();
        if (lex.stopWords.contains(next) || lex.isMonth(next) || lex.isWeekday(next)
                || lex.place(next) != null || lex.worldPlace(next) != null || !Character.isLowerCase(next.charAt(next.length() - 1))) {
            return false;
        }
        Token last = run.get(run.size() - 1);
        String before = bt.slice(Math.max(bt.offset, run.get(0).start() - 40), run.get(0).start());
        return (!MONTH_BEFORE.matcher(before).find() || creditBefore(before))
                && !RE_NUMBER_NEXT.matcher(bt.slice(last.end(), last.end() + 3)).matches();
    }

    private void decompose(BlockText bt, List<Token> seg, int firstIndex, List<Candidate> out) {
        while (!seg.isEmpty() && Character.isLowerCase(seg.get(seg.size() - 1).text().charAt(0))
                && !ARABIC_ARTICLE.matcher(seg.get(seg.size() - 1).text()).matches()) {
            seg = seg.subList(0, seg.size() - 1);
        }
        if (seg.isEmpty()) {
            return;
        }
        List<String> w = texts(seg);
        // The segment's text and place key, kept for classify: the name it emits is mostly this very text.
        String segText = bt.slice(seg.get(0).start(), seg.get(seg.size() - 1).end());
        String segKey = Lexicon.norm(segText);
        if (lex.placeByKey(segKey) != null) {
            emit(bt, seg, firstIndex, List.of(), null, false, out, segText, segKey);
            return;
        }
        // "Syria's Latakia", "al-Qaida's Syrian affiliate": a possessive ends a name unless an
        // organisation keyword follows ("Ruritanian People's Army") or a title does (handled below).
        for (int k = 0; k < w.size() - 1; k++) {
            // "St. Acme's Square", "St. Acme's Church": a possessive before a lone place keyword is one name.
            boolean spot = k + 2 == w.size() && lex.placeNameKeywords.contains(w.get(k + 1)) && !DIVISIONS.contains(w.get(k + 1));
            if ((w.get(k).endsWith("'s") || w.get(k).endsWith("’s")) && !hasOrgKeyword(w.subList(k + 1, w.size()))
                    && lex.titles.longestAt(w, k + 1) == 0 && !spot) {
                decompose(bt, seg.subList(0, k + 1), firstIndex, out);
                decompose(bt, seg.subList(k + 1, seg.size()), firstIndex + k + 1, out);
                return;
            }
        }
        // "NATO Ally": an acronym followed by words that neither name a body nor give a title.
        // "the IG Metall union": a body's name told by the noun after it stays whole.
        if (w.size() > 1 && isAcronym(w.get(0)) && lex.titles.longestAt(w, 1) == 0
                && !hasOrgKeyword(w.subList(1, w.size())) && lex.place(w.get(0)) == null
                && !bodyNounAfter(bt.slice(seg.get(seg.size() - 1).end(), seg.get(seg.size() - 1).end() + 30))) {
            decompose(bt, seg.subList(0, 1), firstIndex, out);
            decompose(bt, seg.subList(1, seg.size()), firstIndex + 1, out);
            return;
        }
        // "General Staff of the Ruritanian People's Army": two bodies, each named.
        int of = w.indexOf("of");
        if (of > 0) {
            int right = of + 1 < w.size() && w.get(of + 1).equals("the") ? of + 2 : of + 1;
            // "Long Gallery of the Royal Palace": a named spot of a known place.
            boolean spotOfPlace = right < w.size() && lex.placeNameKeywords.contains(w.get(of - 1))
                    && lex.place(String.join(" ", w.subList(right, w.size()))) != null;
            if (right < w.size() && hasOrgKeyword(w.subList(0, of)) && hasOrgKeyword(w.subList(right, w.size()))
                    && w.size() - right >= 2 || spotOfPlace) {
                decompose(bt, seg.subList(0, of), firstIndex, out);
                decompose(bt, seg.subList(right, seg.size()), firstIndex + right, out);
                return;
            }
        }
        int k = 0;
        String country = null;
        int dl = demonymLength(w);
        if (dl > 0 && dl == w.size()) {
            return;
        }
        // "Meridian Capital", "Guardian Media": a word only shaped like a demonym ("-ian") before a
        // plain capitalised word is the first word of a name, unless a title or a given name follows.
        if (dl == 1 && lex.demonyms.get(w.get(0)) == null && !w.get(0).endsWith("s")
                && lex.titles.longestAt(w, 1) == 0 && !lex.givenNames.contains(w.get(1)) && !hasOrgKeyword(w.subList(1, w.size()))) {
            dl = 0;
        }
        // A demonym is an affiliation, except when it is part of a body's name ("Ruritanian People's
        // Army"); before a lone keyword it is an adjective again ("the Republican Congress").
        // A two-word demonym ("Northern Irish") before a name of three words or more is an affiliation too.
        if (dl > 0 && (!hasOrgKeyword(w.subList(dl, w.size()))
                || w.size() - dl == 1 && dl == 1 && !lex.demonyms.containsKey(w.get(0))
                || dl == 2 && w.size() - dl >= 3)) {
            country = String.join(" ", w.subList(0, dl));
            k = dl;
        }
        for (int t = k; t < w.size(); t++) {
            int l = lex.titles.longestAt(w, t);
            if (l == 0) {
                continue;
            }
            // "Department of Justice", "Office of the Attorney General": a title after "of" is the body's.
            if (t > k && (w.get(t - 1).equals("of") || w.get(t - 1).equals("the"))) {
                continue;
            }
            List<String> rest = w.subList(t + l, w.size());
            if (rest.isEmpty()) {
                if (t > k) {
                    emit(bt, seg.subList(k, t), firstIndex + k, List.of(), null, false, out);
                }
                return;
            }
            if (hasOrgKeyword(rest) || lex.placeNameKeywords.contains(rest.get(rest.size() - 1))) {
                continue;
            }
            if (t > k) {
                List<Token> aff = seg.subList(k, t);
                int adl = demonymLength(texts(aff));
                if (adl == aff.size()) {
                    country = bt.slice(aff.get(0).start(), aff.get(aff.size() - 1).end());
                } else {
                    Candidate c = emit(bt, aff, firstIndex + k, List.of(), null, false, out);
                    if (c != null && c.type == EntityType.PLACE) {
                        country = c.text;
                    }
                }
            }
            List<String> roles = new ArrayList<>();
            roles.add(String.join(" ", w.subList(t, t + l)));
            int p = t + l;
            // "Minister of Defence Jane Doe", "Minister of Foreign Affairs Jane Doe": the portfolio is the title's.
            if (p + 2 < w.size() && w.get(p).equals("of") && PORTFOLIO_TITLES.contains(w.get(t + l - 1))) {
                int q = p + 1;
                while (q < w.size() - 1 && PORTFOLIOS.contains(w.get(q))) {
                    q++;
                }
                if (q > p + 1) {
                    roles.set(0, String.join(" ", w.subList(t, q)));
                    p = q;
                }
            }
            while (p < w.size()) {
                int l2 = lex.titles.longestAt(w, p);
                if (l2 == 0 || p + l2 >= w.size()) {
                    break;
                }
                roles.add(String.join(" ", w.subList(p, p + l2)));
                p += l2;
            }
            emit(bt, seg.subList(p, seg.size()), firstIndex + p, roles, country, true, out);
            return;
        }
        emit(bt, seg.subList(k, seg.size()), firstIndex + k, List.of(), country, false, out, segText, segKey);
    }

    /**
     * False when no demonym key is the word, a space and more: a key "a b" read up to its first space is
     * the word when the word has no space. Most first words of names open none, and are not joined to the
     * next word to be looked up.
     */
    private boolean mayOpenTwoWordDemonym(String first) {
        return first.indexOf(' ') >= 0 || demonymFirstWords.contains(first);
    }

    private int demonymLength(List<String> w) {
        if (w.isEmpty()) {
            return 0;
        }
        if (w.size() >= 2 && (COMPASS.contains(w.get(0)) && lex.demonymCountry(w.get(1)) != null
                || mayOpenTwoWordDemonym(w.get(0)) && lex.demonyms.containsKey(w.get(0) + " " + w.get(1)))) {
            return 2;
        }
        String first = w.get(0);
        if (lex.demonymCountry(first) != null) {
            return 1;
        }
        // "American-backed", "Russian-Turkish": a hyphenated demonym is an adjective.
        int h = first.indexOf('-');
        if (h > 0 && lex.demonymCountry(first.substring(0, h)) != null && w.size() == 1) {
            return 1;
        }
        return 0;
    }

    /** Whether the text is a Roman numeral of two letters or more: {@code [IVX]{2,}}. */
    private static boolean isRomanNumeral(String text) {
        if (text.length() < 2) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != 'I' && c != 'V' && c != 'X') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAcronym(String w) {
        return mayBeAcronym(w) && ACRONYM.matcher(w).matches() && w.chars().filter(Character::isUpperCase).count() >= 2;
    }

    /**
     * Whether the word has ACRONYM's start: a capital, then a full stop or a capital, or a capital third
     * ("U.S", "UN", "McD"). Most names ("Jane", "Syria") have not, and skip the regex.
     */
    private static boolean mayBeAcronym(String w) {
        if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
            return false;
        }
        int second = Character.charCount(w.codePointAt(0));
        if (second >= w.length()) {
            return false;
        }
        int c = w.codePointAt(second);
        int third = second + Character.charCount(c);
        return c == '.' || Character.isUpperCase(c) || third < w.length() && Character.isUpperCase(w.codePointAt(third));
    }

    private boolean hasOrgKeyword(List<String> w) {
        for (String s : w) {
            if (lex.orgKeywords.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a verb of saying follows at once ("May said"): a short month word is then a name. */
    private boolean saysNext(BlockText bt, int end) {
        String after = bt.slice(end, Math.min(bt.offset + bt.text.length(), end + 16)).stripLeading();
        int sp = 0;
        while (sp < after.length() && Character.isLetter(after.charAt(sp))) {
            sp++;
        }
        return sp > 0 && end < bt.offset + bt.text.length() && Character.isWhitespace(bt.text.charAt(end - bt.offset))
                && lex.attributionVerbs.contains(after.substring(0, sp));
    }

    private Candidate emit(BlockText bt, List<Token> seg, int firstIndex, List<String> roles, String country,
                           boolean titled, List<Candidate> out) {
        return emit(bt, seg, firstIndex, roles, country, titled, out, null, null);
    }

    /** As above, with a text whose place key (Lexicon.norm) is known: classify reuses it when the name is that text. */
    private Candidate emit(BlockText bt, List<Token> seg, int firstIndex, List<String> roles, String country,
                           boolean titled, List<Candidate> out, String knownText, String knownKey) {
        if (seg.isEmpty()) {
            return null;
        }
        int start = seg.get(0).start();
        int end = seg.get(seg.size() - 1).end();
        String text = bt.slice(start, end);
        if (text.endsWith("'s") || text.endsWith("’s")) {
            end -= 2;
            text = text.substring(0, text.length() - 2);
        } else if (text.endsWith("'") || text.endsWith("’")) {
            if (seg.size() == 1) {
                end -= 1;
                text = text.substring(0, text.length() - 1);
            }
        }
        // "May said": a month word where no date is written may be the surname of a person named in
        // full elsewhere; it stays untyped, and the resolver keeps it only if such a person exists.
        boolean monthAsName = seg.size() == 1 && lex.isMonth(text)
                && (text.length() > 3 || saysNext(bt, end))
                && !RE_NUMBER_NEXT.matcher(bt.slice(end, end + 3)).matches()
                && !MONTH_BEFORE.matcher(bt.slice(Math.max(bt.offset, start - 20), start)).find();
        // "a mainly Muslim city", "Sunni militants": a religion or a people is no entity on its own.
        if (seg.size() == 1 && lex.groupAdjectives.contains(text)) {
            return null;
        }
        // "XIV", "VII": a Roman numeral on its own counts something; it names nothing.
        if (seg.size() == 1 && isRomanNumeral(text)) {
            return null;
        }
        if (text.isEmpty() || !monthAsName && lex.stopWords.contains(text)
                || text.length() > 1 && isAllUpperCase(text)
                && lex.stopWords.contains(EntityResolver.titleCase(text))
                && (lex.place(text) == null || CURRENCY_AFTER.matcher(bt.slice(end, end + 12)).find())) {
            return null;
        }
        Candidate c = new Candidate(new Span(start, end), text, bt);
        c.roles.addAll(roles);
        c.country = country;
        c.initial = bt.isInitial(firstIndex) || c.inHeadline();
        List<String> w = splitAtSpaces(text);
        String before = bt.slice(Math.max(bt.offset, start - 60), start);
        String after = bt.slice(end, end + 60);
        if (titled) {
            c.type = EntityType.PERSON;
        } else if (!monthAsName) {
            classify(c, w, before, after, bt, c.text.equals(knownText) ? knownKey : Lexicon.norm(c.text));
        }
        if (c.type == null && c.acronym) {
            return null;
        }
        out.add(c);
        return c;
    }

    private void classify(Candidate c, List<String> w, String before, String after, BlockText bt, String placeKey) {
        // placeKey: the name as the place tables key it (Lexicon.norm), made once for the three look-ups below.
        Lexicon.Place p = lex.placeByKey(placeKey);
        // "Ala." is Alabama; "Ala" with no full stop may be a name.
        if (p != null && lex.dottedOnlyByKey(placeKey) && !after.startsWith(".")) {
            p = null;
        }
        if (p != null) {
            c.canonical = p.name();
            boolean locative = placeCueBefore(before) || before.endsWith("of the ")
                    || before.endsWith("from the ") && !VOICE_FROM.matcher(before).find();
            c.type = "seat".equals(p.kind()) && !locative ? EntityType.ORGANIZATION : EntityType.PLACE;
            return;
        }
        // "North Africa", "Eastern Ukraine": a compass word before a known place is still a place.
        if (w.size() >= 2 && COMPASS.contains(w.get(0)) && lex.place(String.join(" ", w.subList(1, w.size()))) != null) {
            c.type = EntityType.PLACE;
            return;
        }
        if (w.size() == 1 && mayBeAcronym(c.text) && ACRONYM.matcher(c.text).matches()
                && c.text.chars().filter(Character::isUpperCase).count() >= 2) {
            c.acronym = true;
            if (!lex.stopWords.contains(c.text) && !lex.nonNameAcronyms.contains(c.text)) {
                c.type = EntityType.ORGANIZATION;
            }
            return;
        }
        // Only the first words are read: the verb of saying, or a place noun ("province", "air base").
        List<String> afterWords = leadingWords(after.strip(), Math.max(1, lex.placeAfter.maxWords()));
        String last = w.get(w.size() - 1);
        boolean speaks = !afterWords.isEmpty() && lex.attributionVerbs.contains(afterWords.get(0)) && !after.startsWith(",");
        // "the Acme University campus": the grounds are a place; "Acme University said": the body speaks.
        if (w.size() >= 2 && (last.equals("University") || last.equals("College")) && RE_CAMPUS_NEXT.matcher(after).matches()) {
            c.type = EntityType.PLACE;
            return;
        }
        if (w.size() >= 2 && SPEAKING_BUILDINGS.contains(last) && speaks) {
            c.type = EntityType.ORGANIZATION;
            return;
        }
        // "at Acme House", "out of the Acme Reception Centre": a building where something happens.
        if (w.size() >= 2 && BUILDING_OR_BODY.contains(last) && !speaks
                && EndAnchored.find(LOCATIVE_BEFORE, before, LOCATIVE_BEFORE_WORDS)) {
            c.type = EntityType.PLACE;
            return;
        }
        int orgHits = countIn(w, lex.orgKeywords);
        boolean placeKw = lex.placeNameKeywords.contains(last);
        // "outside the Government Palace", "Parliament Buildings", "Parliament Square": a building or a spot
        // named after a body is a place (one that speaks was settled above).
        if (placeKw && w.size() > 1 && !lex.orgKeywords.contains(last) && !DIVISIONS.contains(last)) {
            c.type = EntityType.PLACE;
            return;
        }
        if (orgHits > 0 && !(placeKw && orgHits == 1 && lex.orgKeywords.contains(w.get(w.size() - 1)))) {
            if (w.size() == 1 && lex.genericNames.contains(c.text)) {
                return;
            }
            c.type = EntityType.ORGANIZATION;
            return;
        }
        if (placeKw && w.size() > 1) {
            c.type = EntityType.PLACE;
            return;
        }
        if (w.size() > 1 && PLACE_OPENERS.contains(w.get(0)) && orgHits == 0
                || w.size() > 2 && STATE_FORMS.contains(w.get(0)) && w.get(1).equals("of")
                && lex.place(String.join(" ", w.subList(2, w.size()))) != null) {
            c.type = EntityType.PLACE;
            return;
        }
        // "the official Acme news agency said", "the Acme company": the noun after the name says what it is.
        if (bodyNounAfter(after) && !lex.genericNames.contains(c.text)) {
            c.type = EntityType.ORGANIZATION;
            return;
        }
        String role = roleBefore(before);
        if (role != null && !anyIn(w, lex.stopWords)) {
            c.type = EntityType.PERSON;
            c.roles.add(role);
            return;
        }
        // appositiveBefore ends in ",\s+$": most candidates are not preceded by a comma and skip it.
        // The matcher is made only then (it allocates its group arrays); making it has no effect of its own.
        if (followsComma(before)) {
            var app = EndAnchored.tail(appositiveBefore, before, appositiveBeforeWords);
            if (app.find() && (w.size() > 1 || lex.givenNames.contains(w.get(0)))) {
                c.type = EntityType.PERSON;
                c.roles.add(app.group(1));
                return;
            }
        }
        if (lex.givenNames.contains(w.get(0)) && (w.size() > 1 || !c.initial)) {
            c.type = EntityType.PERSON;
            return;
        }
        // "Staffan de Mistura", "Ursula von der Leyen": a lower-case particle inside a name.
        if (w.size() >= 3 && anyIn(w.subList(1, w.size() - 1), PARTICLES)) {
            // "in Villa de Acme", "at the Hôtel de Acme": after a locative, a place's name.
            c.type = !lex.givenNames.contains(w.get(0)) && EndAnchored.find(LOCATIVE_BEFORE, before, LOCATIVE_BEFORE_WORDS)
                    ? EntityType.PLACE : EntityType.PERSON;
            return;
        }
        if (w.size() >= 2 && w.size() <= 3 && anyHyphenSyllable(w)) {
            c.type = EntityType.PERSON;
            return;
        }
        boolean plainName = w.size() >= 2 && w.size() <= 3 && !anyIn(w, lex.stopWords);
        // "Jane Doe, who ..., said" speaks as a person; "Acme, which ..., said" as a body.
        // The pattern opens "^,": the 160 characters are copied and searched only after a comma.
        Matcher rel = bt.firstCharOf(c.span.end(), c.span.end() + 160) == ','
                ? RELATIVE_THEN_VERB.matcher(bt.slice(c.span.end(), c.span.end() + 160)) : null;
        if (rel != null && rel.find() && lex.attributionVerbs.contains(rel.group(2)) && !lex.genericNames.contains(c.text)) {
            if (rel.group(1).equals("who") && (plainName || lex.givenNames.contains(w.get(0)))) {
                c.type = EntityType.PERSON;
                return;
            }
            if (!rel.group(1).equals("who") && w.size() <= 3 && !(c.initial && c.text.endsWith("s"))) {
                c.type = EntityType.ORGANIZATION;
                return;
            }
        }
        if (plainName && (after.startsWith(",") && appositiveAfter.matcher(after).find()
                || EndAnchored.find(SAID_BEFORE, before, SAID_BEFORE_WORDS))) {
            c.type = EntityType.PERSON;
            return;
        }
        // "Jane Doe of the Acme Council told …": a plain name belonging to a body is a person's.
        if (plainName && !c.text.endsWith("s") && bodyOfAfter(after)) {
            c.type = EntityType.PERSON;
            return;
        }
        if (w.size() >= 2 && creditBefore(before)) {
            c.type = EntityType.PERSON;
            return;
        }
        if (after.startsWith(",") && AGE_AFTER.matcher(after).find()) {
            c.type = EntityType.PERSON;
            return;
        }
        List<GazetteerEntry> hits = lookup(c.text);
        if (!hits.isEmpty()) {
            c.type = hits.get(0).type();
            return;
        }
        String world = lex.worldPlaceByKey(placeKey);
        if (world != null && worldPlaceFits(c, w, world, speaks, bt)) {
            c.type = EntityType.PLACE;
            c.worldPlace = true;
            return;
        }
        if (!afterWords.isEmpty() && lex.placeAfter.longestAt(afterWords, 0) > 0 && !after.startsWith(",")) {
            c.type = EntityType.PLACE;
            return;
        }
        if (placeCueBefore(before)) {
            c.type = EntityType.PLACE;
            return;
        }
        if (startsWithSpace(after) && AFFILIATION_AFTER.matcher(after).find() && !lex.genericNames.contains(c.text)) {
            c.type = EntityType.ORGANIZATION;
            return;
        }
        if (w.size() >= 2 && w.size() <= 4 && !afterWords.isEmpty() && lex.attributionVerbs.contains(afterWords.get(0))
                && !anyIn(w, lex.stopWords)) {
            c.type = EntityType.PERSON;
            c.weakType = true;
            return;
        }
        // "Boeing said", "Tui told reporters": a lone name that speaks. People are introduced by their
        // full name first (a surname alone is resolved to it later), so a lone speaker is a body; a
        // capitalised plural at a sentence start ("Officials said") is no name at all.
        if (w.size() == 1 && !afterWords.isEmpty() && lex.attributionVerbs.contains(afterWords.get(0))
                && !after.startsWith(",") && !(c.initial && c.text.endsWith("s")) && !lex.genericNames.contains(c.text)) {
            c.type = EntityType.ORGANIZATION;
            return;
        }
        boolean cueBefore = orgCueBefore(before);
        c.orgCue = (startsWithSpace(after) || after.startsWith("(")) && ORG_CUE_AFTER.matcher(after).find() || cueBefore;
        // "the state company Acme", "Acme spokesman Jane Doe": a lone name its neighbours make a body's
        // (a product's name before "jet" or "aircraft" is no body; nor an event word: "Summit chairman").
        if (c.orgCue && w.size() == 1 && !lex.givenNames.contains(c.text) && !lex.genericNames.contains(c.text)
                && !lex.triggers.containsKey(c.text.toLowerCase(java.util.Locale.ROOT))
                && (!c.initial && cueBefore || startsWithSpace(after) && LONE_BODY_AFTER.matcher(after).find())) {
            c.type = EntityType.ORGANIZATION;
        }
    }

    /*
     * The patterns read after a name (BODY_NOUN_AFTER, AFFILIATION_AFTER, ORG_CUE_AFTER, LONE_BODY_AFTER,
     * OF_BODY_AFTER; AGE_AFTER, appositiveAfter, RELATIVE_THEN_VERB) are anchored at the text's start ("^",
     * without MULTILINE) and then need whitespace (\s), a comma or "(": a text opening otherwise is no match,
     * told by its first character without a matcher, which find() would try at every position.
     */

    /** Whether the text starts with whitespace as the regex \s reads it. */
    static boolean startsWithSpace(String text) {
        return !text.isEmpty() && Whitespace.is(text.charAt(0));
    }

    /** Whether the text after a name opens with a body's noun ("news agency", "company"); it must open with a space. */
    private static boolean bodyNounAfter(String after) {
        return startsWithSpace(after) && BODY_NOUN_AFTER.matcher(after).find();
    }

    /** Whether a word is a hyphenated name of syllables ("Abu-Bakr" shape); only words with a hyphen reach the regex. */
    private static boolean anyHyphenSyllable(List<String> words) {
        for (String w : words) {
            if (w.indexOf('-') > 0 && HYPHEN_SYLLABLE.matcher(w).matches()) {
                return true;
            }
        }
        return false;
    }

    /** How many of the words the set holds; a loop, as a stream cost more than the look-ups on these few words. */
    private static int countIn(List<String> words, Set<String> set) {
        int n = 0;
        for (String w : words) {
            if (set.contains(w)) {
                n++;
            }
        }
        return n;
    }

    /** Whether the set holds any of the words (a loop, for the reason countIn gives). */
    private static boolean anyIn(List<String> words, Set<String> set) {
        for (String w : words) {
            if (set.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first {@code max} words of text as splitting it at runs of {@code [\\s,.;:]} gives them,
     * empty pieces left out; without splitting the rest.
     */
    static List<String> leadingWords(String text, int max) {
        List<String> out = new ArrayList<>(max);
        int i = 0;
        while (i < text.length() && out.size() < max) {
            while (i < text.length() && isWordGap(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !isWordGap(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(text.substring(start, i));
            }
        }
        return out;
    }

    /** {@code [\\s,.;:]}. */
    private static boolean isWordGap(char c) {
        return Whitespace.is(c) || c == ',' || c == '.' || c == ';' || c == ':';
    }

    /**
     * Whether a name world geography knows is read as the place. Person evidence was weighed before;
     * here a speaking multi-word name stays a person's ("Jane Lincoln said"), a lone speaking name is a
     * place only when it is a capital ("Ruritania's capital said" reads as its government), and a
     * one-word name that the block also uses as an ordinary word ("mobile", "reading") is no place.
     */
    private boolean worldPlaceFits(Candidate c, List<String> w, String kind, boolean speaks, BlockText bt) {
        if (speaks && (w.size() > 1 || !kind.equals("capital"))) {
            return false;
        }
        if (w.size() == 1) {
            String lower = c.text.toLowerCase(java.util.Locale.ROOT);
            int at = bt.text.indexOf(lower);
            while (at >= 0) {
                boolean startOk = at == 0 || !Character.isLetter(bt.text.charAt(at - 1));
                int e = at + lower.length();
                boolean endOk = e >= bt.text.length() || !Character.isLetter(bt.text.charAt(e));
                if (startOk && endOk) {
                    return false;
                }
                at = bt.text.indexOf(lower, at + 1);
            }
        }
        return true;
    }

    private static final Pattern OF_BODY_AFTER = Pattern.compile("^\\s+of\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}'’-]*\\s+(?:of\\s+(?:the\\s+)?)?){0,6}\\p{Lu}[\\p{L}'’-]*)");

    private boolean bodyOfAfter(String after) {
        if (!startsWithSpace(after)) {
            return false;
        }
        Matcher m = OF_BODY_AFTER.matcher(after);
        if (!m.find()) {
            return false;
        }
        String[] ws = RE_SPACES.split(m.group(1));
        return hasOrgKeyword(List.of(ws)) || ws.length == 1 && isAcronym(ws[0]);
    }

    /** Whether RE_LIST_GAP matches the whole text between two absolute offsets of the block. */
    private static boolean listGap(BlockText bt, int start, int end) {
        int s = Math.max(0, start - bt.offset);
        int e = Math.min(bt.text.length(), end - bt.offset);
        return mayBeListGap(bt.text, s, e) && RE_LIST_GAP.matcher(bt.slice(start, end)).matches();
    }

    /**
     * False when RE_LIST_GAP cannot match the whole of text[s, e): a whole match holds only regex whitespace,
     * commas and the letters of "and", "or" and "the" (the pattern is case-sensitive), so a gap with any other
     * character is none. Most gaps between two names hold other words, and are told so without a copy and the pattern.
     */
    static boolean mayBeListGap(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            char ch = text.charAt(i);
            if (!(Whitespace.is(ch) || ch == ',' || ch == 'a' || ch == 'n' || ch == 'd' || ch == 'o' || ch == 'r'
                    || ch == 't' || ch == 'h' || ch == 'e')) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern PLACED_PAIR_GAP = Pattern.compile("\\s+in\\s+[^.;:]{1,40}?(?:,|,?\\s+and)\\s+");

    /**
     * In "Homs, Hama and Idlib provinces" one typed member types the untyped others; in "Jane Doe in
     * Paris and John Roe in Rome" the people placed somewhere share a type too.
     */
    private void propagateInLists(BlockText bt, List<Candidate> cands) {
        Candidate lastPlaced = null;
        for (Candidate c : cands) {
            boolean placed = bt.sliceEquals(c.span.end(), c.span.end() + 4, " in ");
            if (placed && c.type == null && lastPlaced != null && lastPlaced.type == EntityType.PERSON
                    && c.text.contains(" ") && PLACED_PAIR_GAP.matcher(bt.slice(lastPlaced.span.end(), c.span.start())).matches()) {
                c.type = EntityType.PERSON;
            }
            if (placed) {
                lastPlaced = c;
            }
        }
        int i = 0;
        while (i < cands.size()) {
            int j = i;
            while (j + 1 < cands.size()
                    && listGap(bt, cands.get(j).span.end(), cands.get(j + 1).span.start())) {
                j++;
            }
            boolean coordinated = j > i && RE_HAS_CONJUNCTION.matcher(bt.slice(cands.get(i).span.start(), cands.get(j).span.end())).matches();
            if (coordinated) {
                EntityType type = null;
                boolean mixed = false;
                for (int k = i; k <= j; k++) {
                    EntityType t = cands.get(k).weakType ? null : cands.get(k).type;
                    if (t != null) {
                        mixed |= type != null && type != t;
                        type = t;
                    }
                }
                if (type != null && !mixed) {
                    for (int k = i; k <= j; k++) {
                        // "Jane Doe in Paris and John Roe in Rome": a name placed somewhere is no place itself.
                        boolean placedIn = type == EntityType.PLACE
                                && bt.sliceEquals(cands.get(k).span.end(), cands.get(k).span.end() + 4, " in ");
                        // "Deutsche Bank and Acme Sachs said": a pair speaking together shares the typed one's type.
                        if ((cands.get(k).type == null || cands.get(k).weakType) && !cands.get(k).initial && !placedIn) {
                            cands.get(k).type = type;
                        }
                    }
                }
            }
            i = j + 1;
        }
    }
}
