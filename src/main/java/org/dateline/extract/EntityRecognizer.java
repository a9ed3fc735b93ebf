package org.dateline.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.extract.BlockText.Token;
import org.dateline.ingest.BlockKind;
import org.dateline.knowledge.Gazetteer;
import org.dateline.knowledge.GazetteerEntry;
import org.dateline.model.EntityType;
import org.dateline.model.Span;

/**
 * Finds names in a block: runs of capitalised words, joined across particles and connectors that belong to a
 * name ("Ursula von der Leyen", "House of Representatives"), cut where titles, demonyms, possessives, time words
 * and stop words stand; each name is then typed by the {@link TypingRules} sieves, whose decision it keeps as
 * evidence. Names no rule types are left untyped for {@link EntityResolver} to settle by coreference.
 */
final class EntityRecognizer {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EntityRecognizer.class);
    private static final Pattern YEARLIKE = Pattern.compile("\\d{1,4}");
    private static final Pattern SPACE_DIGIT = Pattern.compile("\\s\\d");
    private static final Pattern NUMBER_NEXT = Pattern.compile("\\s?\\d.*|,\\s?\\d.*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LIST_GAP = Pattern.compile("\\s*(?:,|,?\\s*and|,?\\s*or)\\s*(?:the\\s+)?");
    private static final Pattern HAS_CONJUNCTION = Pattern.compile("(?s).*\\s(?:and|or)\\s.*");
    /** "from Uber, the Motion Picture Association and other groups": a list closed by others of its kind. */
    private static final Pattern OTHERS_AFTER_LIST = Pattern.compile("^,?\\s+(?:and|or)\\s+(?:other|many|several)\\s+\\p{Ll}");
    private static final Pattern PLACED_PAIR_GAP = Pattern.compile("\\s+in\\s+[^.;:]{1,40}?(?:,|,?\\s+and)\\s+");
    /** "al-Assad", "bin Laden"-style lower-case articles that open a name. */
    private static final Pattern ARABIC_ARTICLE = Pattern.compile("(?:al|el|ad|an|as|ash|at|az|ar|ul|bin|ibn|abu)-\\p{Lu}.*");
    /** "the 6th Circuit Court of Appeals": an ordinal belongs to a body's name. */
    private static final Pattern ORDINAL = Pattern.compile("\\d{1,3}(?:st|nd|rd|th)");

    private final Lexicon lex;
    private final NameCues cues;
    /** Both layers: the hand-checked one types names, the open data only in {@link TypingRules.KnownBody}. */
    private final Gazetteer gazetteer;

    EntityRecognizer(Lexicon lex, NameCues cues, Gazetteer gazetteer) {
        this.lex = lex;
        this.cues = cues;
        this.listOpened = portfolioList(cues.portfolioTitles, ",");
        this.listClosing = portfolioList(cues.portfolioTitles, ",?\\s+and");
        this.gazetteer = gazetteer;
    }

    /** The hand-checked gazetteer's entries for a name. */
    List<GazetteerEntry> lookup(String name) {
        return gazetteer.curated().lookup(name);
    }

    /** Both gazetteer layers' entries for a name (the open data's towns among them). */
    List<GazetteerEntry> lookupAll(String name) {
        return gazetteer.lookup(name);
    }

    /** The names of a block with no help from the sequence model. */
    List<Candidate> find(BlockText bt) {
        return find(bt, List.of());
    }

    /**
     * The names of a block: capitalised runs typed by the rules (the sequence model's names of the same characters
     * among them), then the model's names that no run covers, when it is sure of them.
     */
    List<Candidate> find(BlockText bt, List<ModelName> modelNames) {
        Map<Span, ModelName> model = new HashMap<>();
        for (ModelName m : modelNames) {
            model.put(m.span(), m);
        }
        List<Candidate> out = new ArrayList<>();
        List<Token> toks = bt.tokens;
        boolean[] titled = titleWords(bt.words);
        // A Title Case headline capitalises every word: its capitals say nothing about names, so each
        // word stands alone and is kept only if it is known or resolves to a name in the story.
        // A standfirst or a subhead set in Title Case is read the same way.
        BlockKind kind = bt.block.kind();
        boolean titleCase = (kind == BlockKind.HEADLINE || toks.size() <= 16 && !bt.text.strip().endsWith(".")
                && (kind == BlockKind.STANDFIRST || kind == BlockKind.BODY)) && isTitleCase(toks);
        int i = 0;
        while (i < toks.size()) {
            if (titleCase) {
                if (isCap(toks.get(i))) {
                    process(bt, List.of(toks.get(i)), i, model, out);
                }
                i++;
                continue;
            }
            if (!isCap(toks.get(i)) && !(Character.isUpperCase(toks.get(i).text().charAt(0)) && titled[i])
                    || currencyPrefix(bt, toks.get(i))) {
                i++;
                continue;
            }
            List<Integer> run = new ArrayList<>();
            run.add(i);
            int j = i + 1;
            while (j < toks.size() && adjacent(bt, toks.get(j - 1), toks.get(j))) {
                Token t = toks.get(j);
                // "ACME's Supervisory Board", "Ruritania's Foreign Ministry", "South Korea's Constitutional Court",
                // "the European Central Bank's Governing Council": the owner is a name of its own.
                if (ownerPossessive(toks, run)) {
                    break;
                }
                // "In Pyongyang I did see": after a place the capital "I" is the speaker, not a regnal number.
                if (t.text().equals("I") && endsWithAPlace(bt, toks, run)) {
                    break;
                }
                if (isCap(t) || titled[j] && titled[j - 1]) {
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
            // "Department for Environment, Food and Rural Affairs (Defra)": a list inside a body's name.
            int listEnd = Math.max(acronymListEnd(bt, toks, run, j), portfolioListEnd(toks, run, j));
            for (int m = j; m < listEnd; m++) {
                run.add(m);
            }
            j = Math.max(j, listEnd);
            // "Washington, DC": a known place written with a comma.
            if (j + 1 < toks.size() && toks.get(j).text().equals(",") && isCap(toks.get(j + 1))) {
                String joined = bt.slice(toks.get(run.get(0)).start(), toks.get(j + 1).end());
                if (lex.place(joined) != null && lex.place(toks.get(j + 1).text()) == null) {
                    run.add(j);
                    run.add(j + 1);
                    j += 2;
                }
            }
            // "Balicuatro Ferry Lines, Inc.", "Shirakawa Resin Chemical Co., Ltd.", "Baharia Capital (Pvt) Ltd": a legal
            // form after a comma or in brackets closes a firm's name.
            while (runHasOrgKeyword(toks, run) || run.size() >= 2) {
                // Not "Bray, Co. Wicklow": an Irish county after its abbreviation.
                if (j + 1 < toks.size() && toks.get(j).text().equals(",")
                        && cues.companySuffixes.contains(toks.get(j + 1).text())
                        && !(j + 2 < toks.size() && isCap(toks.get(j + 2)) && adjacent(bt, toks.get(j + 1), toks.get(j + 2)))) {
                    run.add(j);
                    run.add(j + 1);
                    j += 2;
                } else if (j + 2 < toks.size() && toks.get(j).text().equals("(") && toks.get(j + 2).text().equals(")")
                        && cues.companySuffixes.contains(toks.get(j + 1).text())) {
                    run.add(j);
                    run.add(j + 1);
                    run.add(j + 2);
                    j += 3;
                    if (j < toks.size() && cues.companySuffixes.contains(toks.get(j).text())
                            && adjacent(bt, toks.get(j - 1), toks.get(j))) {
                        run.add(j);
                        j++;
                    }
                } else {
                    break;
                }
            }
            // "Interstate 235", "Route 66": a road's number belongs to its name.
            int lastTok = run.get(run.size() - 1);
            if (lex.roadWords.contains(toks.get(lastTok).text()) && lastTok + 1 < toks.size()
                    && YEARLIKE.matcher(toks.get(lastTok + 1).text()).matches()
                    && adjacent(bt, toks.get(lastTok), toks.get(lastTok + 1))) {
                run.add(lastTok + 1);
                j = Math.max(j, lastTok + 2);
            }
            int first = run.get(0);
            if (first > 0 && adjacent(bt, toks.get(first - 1), toks.get(first))) {
                String prev = toks.get(first - 1).text();
                // "221 Baker Street": a house number belongs to the street's name.
                if (YEARLIKE.matcher(prev).matches() && lex.placeNameKeywords.contains(toks.get(run.get(run.size() - 1)).text())) {
                    run.add(0, first - 1);
                } else if (ORDINAL.matcher(prev).matches() && runHasOrgKeyword(toks, run)) {
                    run.add(0, first - 1);
                }
            }
            List<Token> runTokens = new ArrayList<>();
            for (int r : run) {
                runTokens.add(toks.get(r));
            }
            process(bt, runTokens, run.get(0), model, out);
            i = j;
        }
        addModelOnlyNames(bt, modelNames, out);
        out.removeIf(c -> insideTicker(bt, c));
        propagateInLists(bt, out);
        return out;
    }

    /**
     * "Acme (NYSE: ACM)": the exchange and the symbol of a stock ticker after a company's name name nothing of their
     * own; the company is the name before the parentheses ({@code lexicon/name-cues.tsv}, stock-exchange).
     */
    private boolean insideTicker(BlockText bt, Candidate c) {
        int open = bt.slice(Math.max(bt.offset, c.span.start() - 16), c.span.start()).lastIndexOf('(');
        if (open < 0) {
            return false;
        }
        int from = Math.max(bt.offset, c.span.start() - 16) + open;
        String rest = bt.slice(from, Math.min(bt.offset + bt.text.length(), from + 24));
        java.util.regex.Matcher m = cues.tickerAfter.matcher(rest);
        return m.lookingAt() && from + m.end() >= c.span.end();
    }

    /** Which words a title of {@code titles.txt} covers ("Foreign Minister", "Colonel General"). */
    private boolean[] titleWords(List<String> words) {
        boolean[] covered = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            int l = lex.titles.longestAt(words, i);
            for (int k = i; k < i + l; k++) {
                covered[k] = true;
            }
        }
        return covered;
    }

    private static boolean isAllUpperCase(String text) {
        return text.equals(text.toUpperCase(Locale.ROOT));
    }

    /**
     * The names of storms and operations the block introduces with an opener of {@code lexicon/non-entity-openers.txt}
     * ("Dalisay" of "Typhoon Dalisay", "Desert Lance" of "Operation Desert Lance"): the story's later bare "Dalisay" is
     * the storm too, no entity.
     */
    Set<String> namedEvents(BlockText bt) {
        Set<String> out = new HashSet<>();
        List<Token> toks = bt.tokens;
        for (int i = 0; i + 1 < toks.size(); i++) {
            if (!lex.nonEntityOpeners.contains(toks.get(i).text())) {
                continue;
            }
            int j = i + 1;
            while (j < toks.size() && lex.nonEntityOpeners.contains(toks.get(j).text())
                    && adjacent(bt, toks.get(j - 1), toks.get(j))) {
                j++; // "Tropical Storm Ana"
            }
            int first = j;
            while (j < toks.size() && isCap(toks.get(j)) && adjacent(bt, toks.get(j - 1), toks.get(j))) {
                j++;
            }
            if (j > first) {
                out.add(bt.slice(toks.get(first).start(), toks.get(j - 1).end()));
            }
            i = j - 1;
        }
        return out;
    }

    /** A currency's letters glued to its sign: "NT$420 billion", "US$13.1 billion", "C$6". */
    private static final Pattern CURRENCY_PREFIX = Pattern.compile("\\p{Lu}{1,3}");

    /** Whether the token is the letters of a currency printed before its dollar sign ("NT" of "NT$420"), no name. */
    private static boolean currencyPrefix(BlockText bt, Token t) {
        return bt.slice(t.end(), t.end() + 1).equals("$") && CURRENCY_PREFIX.matcher(t.text()).matches();
    }

    /** Words that join the items of a list inside a body's name. */
    private static final Set<String> LIST_JOINERS = Set.of("and", "&", "of", "for", "the", "on");

    /**
     * Where a body's name that holds a list ends: "Department for Environment, Food and Rural Affairs (Defra)",
     * "Department for Digital, Culture, Media and Sport (DCMS)", "Philippine Atmospheric, Geophysical and Astronomical
     * Services Administration (Pagasa)". A comma after the run goes on to capitalised words joined by commas and "and"
     * up to an acronym in parentheses whose letters are the initials of the whole name, or of the name without its
     * first word ("Department for Business, Energy and Industrial Strategy (BEIS)"); a body's keyword must stand in
     * the name, before the comma or after it ("Leeds, Bradford and York (LBY)" are three places). Returns the token
     * index after the name's last word, or {@code j} when the comma ends the name.
     */
    private int acronymListEnd(BlockText bt, List<Token> toks, List<Integer> run, int j) {
        if (j >= toks.size() || !toks.get(j).text().equals(",")) {
            return j;
        }
        boolean body = runHasOrgKeyword(toks, run) || cues.orgHeads.contains(toks.get(run.get(0)).text());
        boolean joined = false;
        int lastWord = -1;
        int k = j;
        while (k < toks.size() && k - j < 16) {
            String w = toks.get(k).text();
            if (w.equals("(")) {
                break;
            }
            if (isCap(toks.get(k))) {
                lastWord = k;
                body |= lex.orgKeywords.contains(w);
            } else if (LIST_JOINERS.contains(w)) {
                joined |= w.equals("and") || w.equals("&");
            } else if (!w.equals(",")) {
                return j;
            }
            k++;
        }
        if (!body || !joined || lastWord < 0 || k + 2 >= toks.size() || lastWord != k - 1
                || !toks.get(k + 2).text().equals(")")) {
            return j;
        }
        String acronym = toks.get(k + 1).text().toUpperCase(Locale.ROOT);
        int first = run.get(firstNameWord(toks, run));
        String all = EntityResolver.initials(bt.slice(toks.get(first).start(), toks.get(lastWord).end()));
        boolean matches = acronym.length() >= 3 && acronym.chars().allMatch(Character::isLetter)
                && (all.equals(acronym) || all.length() == acronym.length() + 1 && all.endsWith(acronym));
        return matches ? lastWord + 1 : j;
    }

    /**
     * Where in {@code run} the name begins after any sentence starters ("The Department for ...", "The Organization for
     * Security and ...": the article is no part of the name, and process drops it); the last word is never skipped.
     */
    private int firstNameWord(List<Token> toks, List<Integer> run) {
        int r = 0;
        while (r < run.size() - 1 && lex.stopWords.contains(toks.get(run.get(r)).text())) {
            r++;
        }
        return r;
    }

    /** The words that open a government body's name whose portfolio may be a list ("Department for Culture, ..."). */
    private static final Set<String> PORTFOLIO_BODIES = Set.of("Department", "Ministry");

    /**
     * Named rule PortfolioBody: "Department for Culture, Media and Sport", "Department of Sport, Arts and Culture",
     * "Ministry of Housing, Local Government and Heritage": a department or ministry named by its portfolio lists the
     * portfolio's parts with commas and "and", no acronym needed. The run must be the body and "for" or "of" its
     * first part; the list is capitalised words and commas closed by "and" and a last part of one or two words, and
     * the word after it is neither capitalised nor a comma. Returns the token index after the list's last word, or
     * {@code j}.
     */
    private int portfolioListEnd(List<Token> toks, List<Integer> run, int j) {
        if (j >= toks.size() || !toks.get(j).text().equals(",") || run.size() < 3) {
            return j;
        }
        int head = firstNameWord(toks, run);
        String connector = head + 1 < run.size() ? toks.get(run.get(head + 1)).text() : "";
        if (!PORTFOLIO_BODIES.contains(toks.get(run.get(head)).text())
                || !connector.equals("for") && !connector.equals("of")) {
            return j;
        }
        int k = j;
        int and = -1;
        while (k < toks.size() && k - j < 16) {
            String w = toks.get(k).text();
            if (w.equals("and") && and < 0 && k > j + 1 && isCap(toks.get(k - 1))) {
                and = k;
            } else if (!w.equals(",") && !isCap(toks.get(k)) || w.equals(",") && and >= 0) {
                break;
            }
            k++;
        }
        // The last part is one or two words ("Sport", "Rural Affairs"); more would run into a name ("... and Welfare
        // Secretary Jane Doe").
        boolean closed = and > 0 && k - and - 1 >= 1 && k - and - 1 <= 2 && isCap(toks.get(k - 1));
        return closed ? k : j;
    }

    /** "ACME's", "Ruritania's", "Brisbane's": an owner's possessive (an acronym or a known place) ends a run. */
    private boolean ownerPossessive(List<Token> toks, List<Integer> run) {
        String w = toks.get(run.get(run.size() - 1)).text();
        if (!(w.endsWith("'s") || w.endsWith("’s")) || w.length() < 4) {
            return false;
        }
        String owner = w.substring(0, w.length() - 2);
        if (isAllUpperCase(owner) && owner.length() >= 2 || lex.place(owner) != null || lex.orgKeywords.contains(owner)) {
            return true;
        }
        // A city of world geography that opens the run ("Brisbane's Nine News"): the city owns what follows.
        if (run.size() == 1 && lex.worldPlace(owner) != null) {
            return true;
        }
        // A known place of several words: "South Korea's".
        StringBuilder phrase = new StringBuilder();
        for (int k = 0; k < run.size() - 1; k++) {
            phrase.append(toks.get(run.get(k)).text()).append(' ');
        }
        return run.size() > 1 && lex.place(phrase.append(owner).toString()) != null;
    }

    /** Eight words of ten, of those longer than three letters, capitalised: a headline set in Title Case. */
    private static boolean isTitleCase(List<Token> toks) {
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
    private static boolean adjacent(BlockText bt, Token a, Token b) {
        if (b.start() - a.end() != 1) {
            return false;
        }
        char gap = bt.text.charAt(a.end() - bt.offset);
        return gap == ' ' || gap == '\u00a0';
    }

    /**
     * How many lower-case words at {@code j} join the run to a capitalised word after them: particles ("von der"),
     * and "of", "for", "in", "and", "on" where the run is a body's or a known place's name goes on ("House of
     * Representatives", "Bank for International Settlements", "the U.S. Embassy in Kabul"); 0 when none.
     */
    private int connectorLength(BlockText bt, List<Token> toks, List<Integer> run, int j) {
        String c = toks.get(j).text();
        if (c.equals("&")) {
            return ampersandLength(bt, toks, run, j);
        }
        if (!Character.isLowerCase(c.charAt(0))) {
            return 0;
        }
        int k = j;
        while (k < toks.size() && cues.particles.contains(toks.get(k).text()) && adjacent(bt, toks.get(k - 1), toks.get(k))) {
            k++;
        }
        if (k > j && k < toks.size() && isCap(toks.get(k)) && adjacent(bt, toks.get(k - 1), toks.get(k))) {
            return k - j;
        }
        String first = toks.get(run.get(firstNameWord(toks, run))).text();
        String last = toks.get(run.get(run.size() - 1)).text();
        int next = j + 1;
        if ((c.equals("of") || c.equals("for")) && next < toks.size() && toks.get(next).text().equals("the")) {
            next++;
        }
        if (next >= toks.size() || !isCap(toks.get(next)) || !adjacent(bt, toks.get(next - 1), toks.get(next))) {
            return 0;
        }
        String after = toks.get(next).text();
        boolean ok = switch (c) {
            // "House of Representatives", "House of Lords": a chamber named after "House of".
            // "Rheinzell Batteriesysteme GmbH of Dresden": after a legal form, "of" and a place give the firm's seat.
            case "of" -> !(cues.companySuffixes.contains(last) && placeAt(bt, toks, next))
                    && (lex.orgKeywords.contains(last) || lex.placeNameKeywords.contains(last) || cues.orgHeads.contains(first)
                    || last.equals("House") && lex.orgKeywords.contains(after)
                    // "Minister of Defence Jane Doe": the portfolio belongs to the title (split off later).
                    || cues.portfolioTitles.contains(last) && cues.portfolios.contains(after)
                    // "U.S. District Court for the Northern District of Illinois": a body's name goes on to the
                    // place it serves.
                    || runHasOrgKeyword(toks, run) && placeAt(bt, toks, next)
                    // "Vale of Glamorgan Council", "United States of America": a place known whole by its "of", from
                    // the run's last word ("A Vale of Glamorgan Council spokesperson") or its first.
                    || placeKnownWhole(last + " of " + after)
                    || run.size() > 1 && placeKnownWhole(
                            bt.slice(toks.get(run.get(0)).start(), toks.get(run.get(run.size() - 1)).end()) + " of " + after)
                    // "the National System of Conservation Areas (SINAC)": an acronym in brackets closes one body's name,
                    // even one whose letters come from another language; "Jane Doe of the Labour Party (LP)" is a
                    // person and the body she belongs to.
                    || next == j + 1 && acronymAfterName(bt, toks, next));
            case "for" -> cues.orgHeads.contains(first) || runHasOrgKeyword(toks, run);
            // "the U.S. Embassy in Kabul": a mission is named by the city it sits in.
            // A place is not named by the city it stands in ("Town Hall in Springfield").
            // "the University of Bergen in Norway": a body already named for its place ("of Bergen") is only
            // located by "in"; "the Organization for Security and Co-operation in Europe" goes on.
            case "in" -> cues.orgHeads.contains(first) && !lex.placeNameKeywords.contains(last)
                    && !namedForAPlace(toks, run, after)
                    || cues.locatedBodies.contains(last) && lex.place(after) != null;
            // "Inter-American Commission on Human Rights", "Institute for Research on Exoplanets": a body's name goes on
            // to its subject, but not to a day or a place ("the Senate on Monday", "the Board on Wall Street").
            // "the Court of Appeals on Maria Orosa Street": a body's head noun goes on to no spot either.
            case "and", "on" -> c.equals("on") && !onADayOrASpot(bt, toks, next)
                    && (runHasOrgKeyword(toks, run) || cues.orgHeads.contains(first))
                    || c.equals("and") && cues.orgHeads.contains(first) && !bodyAfterAnd(bt, toks, next)
                    || c.equals("and") && lex.place(last + " and " + after) != null
                    || c.equals("and") && andJoinsOneBody(bt, toks, run, next)
                    || c.equals("and") && twoPlacesServed(bt, toks, run, next)
                    || c.equals("and") && continuesSubject(bt, toks, run, next)
                    // "Braidwood and District Ratepayers Association": a town and its district name the body serving them.
                    || c.equals("and") && cues.servedAreas.contains(after) && run.size() - firstNameWord(toks, run) == 1
                    && bodyAfterAnd(bt, toks, next);
            default -> false;
        };
        return ok ? next - j : 0;
    }

    /** Whether the capitalised words from token {@code k} after "on" are a day, a month, a place or a spot. */
    private boolean onADayOrASpot(BlockText bt, List<Token> toks, int k) {
        String after = toks.get(k).text();
        return lex.weekdays.containsKey(after) || lex.months.containsKey(after) || placeAt(bt, toks, k)
                || namesASpot(bt, toks, k);
    }

    /**
     * Whether the run ends in "of" and one word that names a place: a known one ("University of Bergen") or one
     * a country after "in" locates ("University of Gothenburg in Sweden").
     */
    private boolean namedForAPlace(List<Token> toks, List<Integer> run, String after) {
        int last = run.get(run.size() - 1);
        return last > 0 && toks.get(last - 1).text().equals("of")
                && (lex.knownPlace(toks.get(last).text()) || lex.isCountry(after));
    }

    /** Whether the capitalised words from token {@code k} end in a place's keyword ("H Street", "Pier 39 Road"). */
    private boolean namesASpot(BlockText bt, List<Token> toks, int k) {
        for (int m = k; m < toks.size() && (m == k || adjacent(bt, toks.get(m - 1), toks.get(m)))
                && Character.isUpperCase(toks.get(m).text().charAt(0)); m++) {
            if (lex.placeNameKeywords.contains(toks.get(m).text())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the lexicon or a gazetteer knows the name whole as a place's, by its label or an alias. */
    private boolean placeKnownWhole(String name) {
        return lex.knownPlace(name)
                || gazetteer.lookup(name).stream().anyMatch(e -> e.type() == EntityType.PLACE && e.namedExactly(name));
    }

    /** Whether the capitalised words from token {@code k} on are followed at once by an acronym in brackets. */
    private static boolean acronymAfterName(BlockText bt, List<Token> toks, int k) {
        int e = k;
        while (e + 1 < toks.size() && isCap(toks.get(e + 1)) && adjacent(bt, toks.get(e), toks.get(e + 1))) {
            e++;
        }
        return e + 3 < toks.size() && toks.get(e + 1).text().equals("(") && toks.get(e + 3).text().equals(")")
                && TypingRules.Acronym.isAcronym(toks.get(e + 2).text());
    }

    private boolean placeAt(BlockText bt, List<Token> toks, int k) {
        if (lex.place(toks.get(k).text()) != null) {
            return true;
        }
        return k + 1 < toks.size() && isCap(toks.get(k + 1)) && adjacent(bt, toks.get(k), toks.get(k + 1))
                && lex.place(toks.get(k).text() + " " + toks.get(k + 1).text()) != null;
    }

    /**
     * "Procter & Gamble Co", "Harlow & Finch Ltd", "Marks & Spencer Group": "&" joins a firm's name when up to three
     * capitalised words after it end in a company suffix or a body's keyword; 1 (the "&") when it does, else 0.
     */
    private int ampersandLength(BlockText bt, List<Token> toks, List<Integer> run, int j) {
        int k = j + 1;
        if (k >= toks.size() || !isCap(toks.get(k)) || !adjacent(bt, toks.get(j), toks.get(k))) {
            return 0;
        }
        if (continuesSubject(bt, toks, run, k)) {
            return 1;
        }
        while (k - j <= 3) {
            String w = toks.get(k).text();
            if (cues.companySuffixes.contains(w) || lex.orgKeywords.contains(w)) {
                return 1;
            }
            if (k + 1 >= toks.size() || !isCap(toks.get(k + 1)) || !adjacent(bt, toks.get(k), toks.get(k + 1))) {
                // "Pratt & Whitney", "Marks & Spencer": one surname-like word on each side is a firm's name; not two
                // places ("Trinidad & Tobago") or two given names ("Harry & Meghan").
                return k == j + 1 && run.size() == 1 && firmWord(toks.get(run.get(0)).text()) && firmWord(w)
                        && !CITATION_AFTER.matcher(bt.slice(toks.get(k).end(), toks.get(k).end() + 8)).lookingAt() ? 1 : 0;
            }
            k++;
        }
        return 0;
    }

    /** A year or a reference number after "Smith & Jones": two authors cited, no firm ("Makel & Plucker, 2014"). */
    private static final Pattern CITATION_AFTER = Pattern.compile(",?\\s*[(\\[]?\\s*(?:\\d{4}|\\d{1,3}\\])");

    /** A capitalised word that is neither a given name, a known place, a sentence starter nor an acronym. */
    private boolean firmWord(String w) {
        return !lex.givenNames.contains(w) && !lex.knownPlace(w)
                && !lex.stopWords.contains(w) && !TypingRules.Acronym.isAcronym(w);
    }

    /**
     * "the University of California and Columbia University": capitalised words after "and" that end in a body's
     * head noun name a second body, not the rest of the first ("Bank for Reconstruction and Development").
     */
    private boolean bodyAfterAnd(BlockText bt, List<Token> toks, int next) {
        int k = next;
        while (k + 1 < toks.size() && isCap(toks.get(k + 1)) && adjacent(bt, toks.get(k), toks.get(k + 1))) {
            k++;
        }
        return k > next && cues.orgHeads.contains(toks.get(k).text());
    }

    /**
     * "National Disaster Risk Reduction and Management Council": a run with no keyword and no place in it,
     * followed after "and" by capitalised words ending in a body's keyword, is one body's name.
     */
    private boolean andJoinsOneBody(BlockText bt, List<Token> toks, List<Integer> run, int next) {
        // "Securities and Exchange Commission", "Food and Drug Administration": one ordinary word before "and" and
        // one after it name a body together (a lone keyword is no body's name of its own); a name before "and"
        // ("Microsoft and Apple Corporation") does not.
        long words = run.stream().filter(k -> !lex.stopWords.contains(toks.get(k).text())).count();
        boolean oneWordEach = words == 1 && lex.isOrdinaryWord(toks.get(run.get(run.size() - 1)).text())
                && lex.isOrdinaryWord(toks.get(next).text());
        if (!oneWordEach && (words < 2 || runHasOrgKeyword(toks, run))) {
            return false;
        }
        // "the Grafton Showground and Maclean High School": a name ending in a place's keyword is a place of its own.
        if (words >= 2 && lex.placeNameKeywords.contains(toks.get(run.get(run.size() - 1)).text())) {
            return false;
        }
        // A place, a given name or a demonym on either side names a body of its own ("the British Library and
        // Columbia University"), but for the place whose body it is, or its demonym, opening the name before ordinary
        // words ("Nigeria Security and Civil Defence Corps", "Victorian Civil and Administrative Tribunal").
        // A capitalised "The" opening the sentence is no part of the name.
        int from = firstNameWord(toks, run);
        String opening = toks.get(run.get(from)).text();
        if (run.size() - from >= 2 && (lex.place(opening) != null || lex.demonymCountry(opening) != null)
                && lex.isOrdinaryWord(toks.get(run.get(run.size() - 1)).text())) {
            from++;
        }
        for (int k : run.subList(from, run.size())) {
            String w = toks.get(k).text();
            if (lex.knownPlace(w) || lex.givenNames.contains(w)
                    || lex.demonymCountry(w) != null) {
                return false;
            }
        }
        if (cues.companySuffixes.contains(toks.get(run.get(run.size() - 1)).text())) {
            return false;
        }
        // The part after "and" is short ("… and Management Council"): a longer one names a body of its own.
        int k = next;
        while (k + 1 < toks.size() && k - next < 2 && isCap(toks.get(k + 1)) && adjacent(bt, toks.get(k), toks.get(k + 1))) {
            k++;
        }
        // "Fisheries and Oceans Canada": a country's name may end a national body's name, as a keyword does.
        boolean countryLast = k > next && lex.isCountry(toks.get(k).text());
        for (int r = next; r <= (countryLast ? k - 1 : k); r++) {
            String w = toks.get(r).text();
            if (lex.knownPlace(w) || lex.givenNames.contains(w)) {
                return false;
            }
        }
        return (countryLast || lex.orgKeywords.contains(toks.get(k).text()) && !cues.companySuffixes.contains(toks.get(k).text()))
                && (k + 1 >= toks.size() || !isCap(toks.get(k + 1)));
    }

    /**
     * Named rule TwoPlacesServed: "Avon and Somerset Police", "Devon and Cornwall Constabulary", "Brighton and Hove
     * City Council": a body that serves two places is named by both, joined by "and", before its keyword. The run is
     * one place below a country, another follows "and", and a body's keyword (lexicon/org-keywords.txt) follows that
     * place, up to two words after it.
     */
    private boolean twoPlacesServed(BlockText bt, List<Token> toks, List<Integer> run, int next) {
        String before = bt.slice(toks.get(run.get(0)).start(), toks.get(run.get(run.size() - 1)).end());
        if (!localPlace(before) || lex.knownPlace(before + " and " + toks.get(next).text())) {
            return false;
        }
        int placeEnd = -1;
        for (int k = next + 1; k < toks.size() && k <= next + 3 && adjacent(bt, toks.get(k - 1), toks.get(k))
                && isCap(toks.get(k)); k++) {
            if (localPlace(bt.slice(toks.get(next).start(), toks.get(k - 1).end()))) {
                placeEnd = k;
            }
        }
        if (placeEnd < 0) {
            return false;
        }
        // "Devon and Somerset Fire and Rescue Service": the keyword may close a subject of its own after the places.
        for (int k = placeEnd; k < toks.size() && k <= placeEnd + 3 && adjacent(bt, toks.get(k - 1), toks.get(k)); k++) {
            String w = toks.get(k).text();
            if (lex.orgKeywords.contains(w)) {
                return true;
            }
            if (!isCap(toks.get(k)) && !(k > placeEnd && SUBJECT_JOINERS.contains(w))) {
                return false;
            }
        }
        return false;
    }

    /** Words that join a body's subject inside its name ("Fire and Rescue"). */
    private static final Set<String> SUBJECT_JOINERS = Set.of("and", "&");

    /** A place below a country that the lexicon or the gazetteer knows ("Somerset", "Hove"); no country. */
    private boolean localPlace(String name) {
        return !lex.isCountry(name) && (lex.knownPlace(name)
                || lookupAll(name).stream().anyMatch(e -> e.type() == EntityType.PLACE));
    }

    /** At most this many capitalised words after "and" or "&" go on a body's subject. */
    private static final int MAX_SUBJECT_WORDS_AFTER_AND = 3;

    /**
     * "Department of Health and Human Services", "National Institute for Health and Care Research", "London School of
     * Hygiene & Tropical Medicine": after a body's keyword and "of" or "for", a subject of ordinary words goes on past
     * "and" or "&" to up to {@value #MAX_SUBJECT_WORDS_AFTER_AND} ordinary words that end the name. A place, a given
     * name or a body's head noun on either side is another name ("the Bank of England and Treasury officials").
     */
    private boolean continuesSubject(BlockText bt, List<Token> toks, List<Integer> run, int next) {
        int subject = -1;
        for (int r = 1; r < run.size() - 1; r++) {
            String w = toks.get(run.get(r)).text();
            String before = toks.get(run.get(r - 1)).text();
            if ((w.equals("of") || w.equals("for"))
                    && (lex.orgKeywords.contains(before) || cues.orgHeads.contains(before))) {
                subject = r + 1;
            }
        }
        if (subject < 0) {
            return false;
        }
        for (int r = subject; r < run.size(); r++) {
            String w = toks.get(run.get(r)).text();
            if (!w.equals("the") && !subjectWord(w)) {
                return false;
            }
        }
        int k = next;
        while (true) {
            if (!subjectWord(toks.get(k).text()) || k - next >= MAX_SUBJECT_WORDS_AFTER_AND) {
                return false;
            }
            if (k + 1 >= toks.size() || !isCap(toks.get(k + 1)) || !adjacent(bt, toks.get(k), toks.get(k + 1))) {
                return !cues.orgHeads.contains(toks.get(k).text());
            }
            k++;
        }
    }

    /** An ordinary word that no place, given name or demonym is: what a body's subject is made of ("Care", "Research"). */
    private boolean subjectWord(String w) {
        return lex.isOrdinaryWord(w) && !lex.knownPlace(w) && !lex.givenNames.contains(w) && lex.demonymCountry(w) == null;
    }

    private boolean runHasOrgKeyword(List<Token> toks, List<Integer> run) {
        for (int k : run) {
            if (lex.orgKeywords.contains(toks.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** "We'll", "I'm", "Don't": a word and its contracted verb or negation is no name. */
    private static final Pattern CONTRACTION = Pattern.compile("\\p{L}+(?:['’](?:ll|re|ve|d|m)|n['’]t)");

    /** A word that can be part of a name: capitalised, or a lower-case Arabic article ("al-Assad"), with no digit. */
    static boolean isCap(Token t) {
        String w = t.text();
        if (!Character.isLetter(w.charAt(0)) || CONTRACTION.matcher(w).matches()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return Character.isUpperCase(w.charAt(0)) || ARABIC_ARTICLE.matcher(w).matches();
    }

    private void process(BlockText bt, List<Token> run, int firstIndex, Map<Span, ModelName> model, List<Candidate> out) {
        // "Lisbon Treaty", "Korean War": not an entity, and its parts are no mentions either.
        if (lex.nonEntityHeads.contains(run.get(run.size() - 1).text())) {
            return;
        }
        if (portfolioListItem(bt, run.get(0).start(), run.get(run.size() - 1).end())) {
            return;
        }
        // Leading sentence starters go ("On", "The", "But"), unless they open a known name
        // ("New York", "Harbour Workers Union").
        int lead = 0;
        while (lead < run.size() && lex.stopWords.contains(run.get(lead).text())) {
            String first = run.get(lead).text();
            boolean opener = lex.nameOpeners.contains(first) && run.size() - lead > 1
                    && openerStartsName(texts(run.subList(lead, run.size())));
            // "Mr Pam Gyang", "Dr Jane Roe": a courtesy title without its full stop before a full name stays, to be read
            // as the title (it tells a speaker's gender: "he said" after "Mr Pam Gyang").
            boolean title = run.size() - lead > 1 && lex.titles.longestAt(texts(run.subList(lead, run.size())), 0) > 0;
            if (opener || title || run.size() - lead == 1 && lex.isMonth(first) || monthAsGivenName(bt, run, lead)) {
                break;
            }
            lead++;
        }
        // "Visiting Russia in March": a sentence's first word that the dictionary never capitalises is no part of
        // the known name after it, unless the whole run is known ("United States", "Northern Ireland"), nor of a day
        // or month alone after it ("Opening Wednesday's debate").
        // So is one before a given name and a surname alone ("Substitute Kofi Mensah scored"), or a role noun before a
        // name of two words or more with no title in it ("Forecaster Shin Da-eun said", "Farmer Jean Bosco Hakizimana,
        // 61, said": a role noun is an ordinary word though the dictionary lacks it); "Deputy Prosecuting Attorney
        // Samuel Ibe" is left to the title rules), unless it is a title ("Judge Ann Lee", "Coach Mark Avery": the
        // title stays with the person).
        if (lead == 0 && run.size() > 1 && bt.isInitial(firstIndex)
                && (lex.isOrdinaryWord(run.get(0).text())
                        || lex.roleNouns.contains(run.get(0).text().toLowerCase(Locale.ROOT))
                        && lex.titles.longestAt(texts(run), 0) == 0)
                && !knownName(texts(run)) && (knownName(texts(run.subList(1, run.size())))
                        || run.size() == 2 && isDayOrMonth(withoutPossessive(texts(run)).get(1))
                        || (run.size() == 3 && lex.givenNames.contains(run.get(1).text())
                        || run.size() >= 3 && lex.roleNouns.contains(run.get(0).text().toLowerCase(Locale.ROOT))
                        && noTitleIn(texts(run)))
                        && lex.titles.longestAt(texts(run), 0) == 0)
                && !bodyNamedForItsCountrySpeaks(bt, run, firstIndex)) {
            lead = 1;
        }
        // "Centre-right PSD", "German-occupied Amsterdam": a compound of words before a name describes it.
        if (lead < run.size() - 1 && lex.isWordCompound(run.get(lead).text())) {
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
                    && !SPACE_DIGIT.matcher(bt.slice(t.end(), t.end() + 2)).matches();
            if (k > lead && !surname && (lex.isWeekday(w) || lex.isMonth(w) || cues.pageFurniture.contains(w))) {
                decompose(bt, seg, segFirst, model, out);
                seg = new ArrayList<>();
                segFirst = firstIndex + k + 1;
            } else {
                seg.add(t);
            }
        }
        decompose(bt, seg, segFirst, model, out);
    }

    /**
     * Whether no title (lexicon/titles.txt) starts at any word and no word after the first is a role noun: "Deputy
     * Prosecuting Attorney Samuel Ibe" has one.
     */
    private boolean noTitleIn(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (lex.titles.longestAt(words, i) > 0
                    || i > 0 && lex.roleNouns.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> texts(List<Token> toks) {
        List<String> out = new ArrayList<>(toks.size());
        for (Token t : toks) {
            out.add(t.text());
        }
        return out;
    }

    /** Whether the words are a place or a name of the hand-checked gazetteer. */
    private boolean knownName(List<String> words) {
        String name = String.join(" ", words);
        return lex.knownPlace(name) || !lookup(name).isEmpty();
    }

    /** Whether words after a name opener make a body's or a known place's name ("Harbour Workers Union", "New York"). */
    private boolean openerStartsName(List<String> rest) {
        String name = String.join(" ", rest);
        if (hasOrgKeyword(rest) || lex.place(name) != null) {
            return true;
        }
        // "New South Wales", "Grand Rapids": a name the gazetteer knows whole, and only as places.
        return TypingRules.knownOnlyAs(EntityType.PLACE, lookupAll(name));
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
                || lex.knownPlace(next) || !Character.isLowerCase(next.charAt(next.length() - 1))) {
            return false;
        }
        Token last = run.get(run.size() - 1);
        String before = bt.slice(Math.max(bt.offset, run.get(0).start() - 40), run.get(0).start());
        return (!cues.monthBefore.matcher(before).find() || cues.creditBefore.matcher(before).find())
                && !NUMBER_NEXT.matcher(bt.slice(last.end(), last.end() + 3)).matches();
    }

    /**
     * Splits a segment into names: possessives ("Syria's Latakia"), an acronym before other words ("NATO Ally"),
     * two bodies joined by "of", a leading demonym (an affiliation) and titles (a person's roles) come apart.
     */
    private void decompose(BlockText bt, List<Token> seg, int firstIndex, Map<Span, ModelName> model,
                           List<Candidate> out) {
        while (!seg.isEmpty() && Character.isLowerCase(seg.get(seg.size() - 1).text().charAt(0))
                && !ARABIC_ARTICLE.matcher(seg.get(seg.size() - 1).text()).matches()) {
            seg = seg.subList(0, seg.size() - 1);
        }
        // "Victoria Marsh KC", "John Roe MP": honours and offices after a person's name are no part of it.
        while (seg.size() > 2 && cues.postNominals.contains(seg.get(seg.size() - 1).text())
                && seg.subList(0, seg.size() - 2).stream().anyMatch(t -> lex.givenNames.contains(t.text()))) {
            seg = seg.subList(0, seg.size() - 1);
        }
        // "MUFG Bank Ltd. The bank …", "National World Publishing Ltd. All rights reserved": a legal form printed with
        // its full stop ends the name when only ordinary words follow it (the next sentence's opening).
        for (int k = 0; k + 1 < seg.size(); k++) {
            String t = seg.get(k).text();
            if (t.endsWith(".") && cues.companySuffixes.contains(t)
                    && seg.subList(k + 1, seg.size()).stream().map(Token::text)
                            .allMatch(x -> lex.stopWords.contains(x) || lex.isOrdinaryWord(x))) {
                seg = seg.subList(0, k + 1);
                break;
            }
        }
        if (seg.isEmpty()) {
            return;
        }
        List<String> w = texts(seg);
        String whole = bt.slice(seg.get(0).start(), seg.get(seg.size() - 1).end());
        // "British Columbia", "Western Australia": a place world geography knows whole keeps its demonym or compass word.
        if (lex.place(whole) != null || w.size() > 1 && demonymLength(w) > 0 && "region".equals(lex.worldPlace(whole))) {
            emit(bt, seg, firstIndex, List.of(), null, null, model, out);
            return;
        }
        // "Syria's Latakia", "al-Qaida's Syrian affiliate": a possessive ends a name unless an
        // organisation keyword follows ("Ruritanian People's Army") or a title does (handled below).
        for (int k = 0; k < w.size() - 1; k++) {
            // "St. Acme's Square", "St. Acme's Church": a possessive before a lone place keyword is one name.
            boolean spot = k + 2 == w.size() && lex.placeNameKeywords.contains(w.get(k + 1))
                    && !cues.divisions.contains(w.get(k + 1));
            boolean possessive = w.get(k).endsWith("'s") || w.get(k).endsWith("’s");
            // "the Ministry of Health's Office of Research", "the Ministry of Economic Affairs' Department of
            // Investment Review": a body's possessive before another body's name, opening with its keyword and
            // going on past it, names two ("the Korean People's Army" is one).
            boolean owningBody = (possessive || w.get(k).endsWith("s'") || w.get(k).endsWith("s’"))
                    && hasOrgKeyword(w.subList(0, k + 1)) && k + 2 < w.size() && lex.orgKeywords.contains(w.get(k + 1));
            if (owningBody || possessive && !hasOrgKeyword(w.subList(k + 1, w.size()))
                    && lex.titles.longestAt(w, k + 1) == 0 && !spot && !possessiveInsideABodysName(w, k)
                    && !placeKnownWhole(whole)) { // "Cox's Bazar", "Martha's Vineyard": one place
                decompose(bt, seg.subList(0, k + 1), firstIndex, model, out);
                decompose(bt, seg.subList(k + 1, seg.size()), firstIndex + k + 1, model, out);
                return;
            }
        }
        // "NATO Ally": an acronym followed by words that neither name a body nor give a title; a sponsor's acronym
        // before a place's keyword names the place ("GMHBA Stadium", "TD Garden").
        // "the IG Metall union": a body's name told by the noun after it stays whole; so does a body's branch
        // named by the land it serves ("BBC Scotland", "NHS England").
        // "P.K. Babu", "A.P.J. Abdul Kalam": a person's dotted initials before their name are no acronym of a body.
        if (w.size() > 1 && TypingRules.Acronym.isAcronym(w.get(0)) && !TypingRules.InitialsBeforeAName.matches(lex, w)
                && lex.titles.longestAt(w, 1) == 0
                && !hasOrgKeyword(w.subList(1, w.size())) && lex.place(w.get(0)) == null
                && !lex.placeNameKeywords.contains(w.get(w.size() - 1))
                && lex.place(w.get(w.size() - 1)) == null
                && !cues.bodyNounAfter.matcher(bt.slice(seg.get(seg.size() - 1).end(), seg.get(seg.size() - 1).end() + 30)).find()) {
            decompose(bt, seg.subList(0, 1), firstIndex, model, out);
            decompose(bt, seg.subList(1, seg.size()), firstIndex + 1, model, out);
            return;
        }
        // "General Staff of the Ruritanian People's Army": two bodies, each named.
        int of = w.indexOf("of");
        if (of > 0) {
            int right = of + 1 < w.size() && w.get(of + 1).equals("the") ? of + 2 : of + 1;
            // "Long Gallery of the Royal Palace": a named spot of a known place.
            // Not a body's district ("U.S. District Court for the Northern District of Illinois" is one court).
            boolean spotOfPlace = right < w.size() && lex.placeNameKeywords.contains(w.get(of - 1))
                    && lex.place(String.join(" ", w.subList(right, w.size()))) != null
                    && !hasOrgKeyword(w.subList(0, of));
            // A lone head noun before "of" is no body's name of its own ("Department of Health and Human Services"),
            // nor is one after a place's name ("California Department of Water Resources", "U.S. Chamber of Commerce").
            if (right < w.size() && of >= 2 && hasOrgKeyword(w.subList(0, of)) && hasOrgKeyword(w.subList(right, w.size()))
                    && w.size() - right >= 2 && !placeThenHead(w.subList(0, of)) && !knownBody(whole) || spotOfPlace) {
                decompose(bt, seg.subList(0, of), firstIndex, model, out);
                decompose(bt, seg.subList(right, seg.size()), firstIndex + right, model, out);
                return;
            }
        }
        int k = 0;
        String country = null;
        int dl = demonymLength(w);
        // "Albanese said": a word only shaped like a demonym (no table lists it) that speaks is a surname.
        if (dl == 1 && w.size() == 1 && lex.demonyms.get(w.get(0)) == null && !w.get(0).endsWith("s")
                && saysNext(bt, seg.get(0).end())) {
            dl = 0;
        }
        if (dl > 0 && dl == w.size()) {
            return;
        }
        // "Meridian Capital", "Guardian Media": a word only shaped like a demonym ("-ian") before a
        // plain capitalised word is the first word of a name, unless a title or a given name follows.
        if (dl == 1 && lex.demonyms.get(w.get(0)) == null && !w.get(0).endsWith("s")
                && lex.titles.longestAt(w, 1) == 0 && !lex.givenNames.contains(w.get(1)) && !hasOrgKeyword(w.subList(1, w.size()))) {
            dl = 0;
        }
        // "American Red Cross", "British Red Cross": a body the gazetteer knows by its whole name keeps its demonym;
        // so does a place it knows whole, and only as a place ("the Indian Ocean").
        if (dl > 0 && dl < w.size() && (knownBody(whole) || TypingRules.knownOnlyAs(EntityType.PLACE, lookupAll(whole)))) {
            dl = 0;
        }
        // A demonym is an affiliation, except when it is part of a body's name ("Ruritanian People's
        // Army"); before a lone keyword it is an adjective again ("the Republican Congress").
        // A two-word demonym ("Northern Irish") before a name of three words or more is an affiliation too.
        if (dl > 0 && (!hasOrgKeyword(withoutPossessive(w.subList(dl, w.size())))
                || w.size() - dl == 1 && dl == 1 && !lex.demonyms.containsKey(w.get(0))
                || dl == 2 && w.size() - dl >= 3)) {
            country = String.join(" ", w.subList(0, dl));
            k = dl;
        }
        // "in the General José de San Martín department": a place named after a titled person, known whole to the
        // gazetteer and only as a place, keeps its title where a place cue comes before it or a place noun after it
        // ("Prince George" alone stays a prince).
        if (w.size() - k > 1 && lex.titles.longestAt(w, k) > 0 && placeContext(bt, seg.get(k).start(), seg.get(seg.size() - 1).end())
                && TypingRules.knownOnlyAs(EntityType.PLACE, lookupAll(String.join(" ", w.subList(k, w.size()))))) {
            emit(bt, seg.subList(k, seg.size()), firstIndex + k, List.of(), country, null, model, out);
            return;
        }
        for (int t = k; t < w.size(); t++) {
            int l = lex.titles.longestAt(w, t);
            if (l == 0) {
                continue;
            }
            // "Department of Justice", "Office of the Attorney General": a title after "of" is the body's, all its
            // words ("Office of the Prime Minister" is no "Minister"); so is one after "&" in a firm's name ("Kerrigan &
            // Pope Hospitality").
            if (t > k && (w.get(t - 1).equals("of") || w.get(t - 1).equals("the") || w.get(t - 1).equals("&"))) {
                t += l - 1;
                continue;
            }
            List<String> rest = w.subList(t + l, w.size());
            if (rest.isEmpty()) {
                // "Llantwit Major", "Asia Minor": a place known whole ends in a word that is also a title.
                if (t > k && placeKnownWhole(bt.slice(seg.get(k).start(), seg.get(seg.size() - 1).end()))) {
                    emit(bt, seg.subList(k, seg.size()), firstIndex + k, List.of(), country, null, model, out);
                } else if (t > k) {
                    emit(bt, seg.subList(k, t), firstIndex + k, List.of(), null, null, model, out);
                }
                return;
            }
            // "the Minister of Defence", "a Minister of State": a title and its portfolio with no name after them
            // are a role, no one's name.
            if (portfolioEnds(w, t + l)) {
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
                    Candidate c = emit(bt, aff, firstIndex + k, List.of(), null, null, model, out);
                    if (c != null && c.type == EntityType.PLACE) {
                        country = c.text;
                    }
                }
            }
            List<String> roles = new ArrayList<>();
            roles.add(String.join(" ", w.subList(t, t + l)));
            int p = t + l;
            // "Minister of Defence Jane Doe", "Minister of Foreign Affairs Jane Doe": the portfolio is the title's.
            if (p + 2 < w.size() && w.get(p).equals("of") && cues.portfolioTitles.contains(w.get(t + l - 1))) {
                int q = p + 1;
                while (q < w.size() - 1 && cues.portfolios.contains(w.get(q))) {
                    q++;
                }
                if (q > p + 1) {
                    roles.set(0, String.join(" ", w.subList(t, q)));
                    p = q;
                }
            }
            while (p < w.size()) {
                int l2 = lex.titles.longestAt(w, p);
                // "Mr. Chief Justice", "Madam Prime Minister": a title of several words after a title is an
                // address, no name; a one-word one may be a surname ("Dr. King"), else it is one too.
                if (l2 >= 2 && p + l2 == w.size() || l2 == 1 && p + 1 == w.size() && addressByOffice(w, t, p)) {
                    return;
                }
                if (l2 == 0 || p + l2 >= w.size()) {
                    break;
                }
                roles.add(String.join(" ", w.subList(p, p + l2)));
                p += l2;
            }
            Decision title = Decision.of(EntityType.PERSON, "TitleBeforeName",
                    "\"" + roles.get(0) + "\" in lexicon/titles.txt");
            emit(bt, seg.subList(p, seg.size()), firstIndex + p, roles, country, title, model, out);
            return;
        }
        emit(bt, seg.subList(k, seg.size()), firstIndex + k, List.of(), country, null, model, out);
    }

    /**
     * "Mr Speaker", "Madam President": a style of address and one office word ({@code w.get(p)}, a title) are how an
     * office holder is addressed, no name, unless a notable person bears the word as a surname ("Mr King", "Ms
     * Bishop").
     */
    private boolean addressByOffice(List<String> w, int title, int p) {
        return p == title + 1 && lex.honorifics.contains(w.get(title))
                && gazetteer.lookupShort(w.get(p)).stream().noneMatch(e -> e.type() == EntityType.PERSON);
    }

    /** Capitalised words: one item of a portfolio list ("Local Government", "Rural Affairs"). */
    private static final String CAPS = "\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019-]*)*";
    /** A title and the first items of its portfolio, then a comma: "Minister for Housing, ". */
    private final Pattern listOpened;
    /** The same, closed by "and": "Minister for Housing, Local Government and ". */
    private final Pattern listClosing;
    /** What follows an inner item: more items, then "and" and the last ("Local Government| and Heritage"). */
    private static final Pattern MORE_ITEMS = Pattern.compile("^(?:,\\s+" + CAPS + ")*,?\\s+and\\s+\\p{Lu}");

    /**
     * Named rule PortfolioList: "the Minister for Housing, Local Government and Heritage, Ciarán Tóibín": British and
     * Irish titles list their portfolio's parts with commas and "and"; the parts after the first are the title's, no
     * bodies or places of their own. An item is one when a title of name-cues' portfolio-title (or a ministry or
     * department) and "for" or "of" open the list before it and "and" closes the list after it or right before it; the
     * name after the closed list is a person's again.
     */
    private boolean portfolioListItem(BlockText bt, int start, int end) {
        String before = bt.slice(Math.max(bt.offset, start - 160), start);
        if (listClosing.matcher(before).find()) {
            return true;
        }
        return listOpened.matcher(before).find()
                && MORE_ITEMS.matcher(bt.slice(end, Math.min(bt.offset + bt.text.length(), end + 160))).find();
    }

    private static Pattern portfolioList(Set<String> titles, String close) {
        String title = "(?:" + String.join("|", titles.stream().map(Pattern::quote).sorted().toList()) + "|"
                + String.join("|", PORTFOLIO_BODIES) + ")";
        return Pattern.compile("\\b" + title + "(?:\\s+of\\s+State)?\\s+(?:for|of)\\s+(?:the\\s+)?" + CAPS
                + "(?:,\\s+" + CAPS + ")*" + close + "\\s*$");
    }

    /** Whether a place cue ends the text before {@code start} ("in the ") or a place noun follows {@code end}. */
    private boolean placeContext(BlockText bt, int start, int end) {
        if (cues.placeBefore.find(bt.slice(Math.max(bt.offset, start - 40), start))) {
            return true;
        }
        List<String> after = List.of(SPACES.split(bt.slice(end, Math.min(bt.offset + bt.text.length(), end + 40)).strip()));
        return !after.isEmpty() && lex.placeAfter.longestAt(after, 0) > 0;
    }

    /** Whether the words are a known place's name or a demonym and then one word ("California Department"). */
    private boolean placeThenHead(List<String> w) {
        if (w.size() < 2) {
            return false;
        }
        String place = String.join(" ", w.subList(0, w.size() - 1));
        return lex.place(place) != null || lex.demonyms.containsKey(place);
    }

    /** Whether the words from {@code p} on are "of" and a title's portfolio only ("Minister" + "of Defence"). */
    private boolean portfolioEnds(List<String> w, int p) {
        if (p < 1 || p + 1 >= w.size() || !w.get(p).equals("of") || !cues.portfolioTitles.contains(w.get(p - 1))) {
            return false;
        }
        for (int q = p + 1; q < w.size(); q++) {
            if (!cues.portfolios.contains(w.get(q))) {
                return false;
            }
        }
        return true;
    }

    /** How many words at the start are a demonym ("Russian", "South Korean", "American-backed"); 0 when none. */
    private int demonymLength(List<String> w) {
        if (w.isEmpty()) {
            return 0;
        }
        if (w.size() >= 2 && (cues.compass.contains(w.get(0)) && lex.demonymCountry(w.get(1)) != null
                || lex.demonyms.containsKey(w.get(0) + " " + w.get(1)))) {
            return 2;
        }
        String first = w.get(0);
        // "Republicans" is shaped like "Americans", but names a party's members (lexicon/party-members.tsv).
        if (lex.demonymCountry(first) != null && !(w.size() == 1 && lex.partyMembers.containsKey(first))) {
            return 1;
        }
        // "American-backed", "Russian-Turkish": a hyphenated demonym is an adjective.
        int h = first.indexOf('-');
        if (h > 0 && lex.demonymCountry(first.substring(0, h)) != null && w.size() == 1) {
            return 1;
        }
        return 0;
    }

    /** Whether the text is a Roman numeral of two letters or more ("XIV"): it counts something, it names nothing. */
    private static boolean isRomanNumeral(String text) {
        return text.length() >= 2 && text.chars().allMatch(c -> c == 'I' || c == 'V' || c == 'X');
    }

    /**
     * "Court of King's Bench", "Court of Queen's Bench in Winnipeg": a possessive inside the "of" phrase of a body's
     * name, before one word that is no given name or known place (the last, or before a lower-case joiner or a title:
     * "Court of King's Bench Justice Colleen Mazur"), belongs to the name; "the Bank of England's Andrew Bailey" and
     * "Bank of Canada's Ottawa" name two.
     */
    private boolean possessiveInsideABodysName(List<String> w, int k) {
        int of = w.indexOf("of");
        return of >= 1 && of < k && lex.orgKeywords.contains(w.get(of - 1))
                && (k + 2 == w.size() || Character.isLowerCase(w.get(k + 2).charAt(0))
                        || lex.titles.longestAt(w, k + 2) > 0)
                && !lex.givenNames.contains(w.get(k + 1)) && lex.place(w.get(k + 1)) == null;
    }

    /** The words with a possessive taken off the last ("the Swedish Football Association's staff"). */
    private static List<String> withoutPossessive(List<String> w) {
        if (w.isEmpty()) {
            return w;
        }
        String last = w.get(w.size() - 1);
        if (!last.endsWith("'s") && !last.endsWith("’s")) {
            return w;
        }
        List<String> out = new ArrayList<>(w.subList(0, w.size() - 1));
        out.add(last.substring(0, last.length() - 2));
        return out;
    }

    /** A word shaped like an adjective ("Landlocked", "Neighbouring", "Neutral", "Tiny"), not like a body's noun. */
    private static final Pattern ADJECTIVE_SHAPE = Pattern.compile(".*(?:ed|ing|al|y|ous|ful|ive|less|ish)");

    /**
     * "Transport Scotland said", "Police Scotland said", "Statistics Canada said": at a sentence's opening, a noun of
     * the dictionary and a country, then a verb of saying (perhaps after a relative clause: "Health Canada, which
     * sets the guideline, said"), name a national body (as BodyNamedForCountry types them
     * elsewhere), not the country after a capitalised word ("Landlocked Nepal" is the country).
     */
    private boolean bodyNamedForItsCountrySpeaks(BlockText bt, List<Token> run, int firstIndex) {
        if (run.size() != 2 || !lex.isCountry(run.get(1).text()) || ADJECTIVE_SHAPE.matcher(run.get(0).text()).matches()) {
            return false;
        }
        int next = firstIndex + run.size();
        if (next >= bt.tokens.size()) {
            return false;
        }
        if (lex.isAttributionVerb(bt.tokens.get(next).text())) {
            return true;
        }
        // "Health Canada, which sets the national guideline, said": a body's relative clause before the verb.
        int end = run.get(run.size() - 1).end();
        Matcher rel = TypingRules.RelativeClauseThenSaying.RELATIVE_THEN_VERB
                .matcher(bt.slice(end, Math.min(bt.offset + bt.text.length(), end + 160)));
        return rel.find() && !rel.group(1).equals("who") && lex.attributionVerbs.contains(rel.group(2));
    }

    /** Whether the gazetteer knows {@code name} whole as a body's ("All India Institute of Medical Sciences"). */
    private boolean knownBody(String name) {
        return gazetteer.lookup(name).stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION);
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

    /** "D-Las Cruces", "R-Texas": a party's initial, a hyphen and a place. */
    private static final Pattern PARTY_AND_DISTRICT = Pattern.compile("[DRI]-(\\p{Lu}.*)");

    /**
     * Makes a candidate of the segment (a possessive "'s" left off) unless it is no name at all (a stop word, a
     * people, a Roman numeral, an acronym no rule types), types it by {@code title} when a title opened it or else
     * by the typing rules, and adds it to {@code out}.
     */
    private Candidate emit(BlockText bt, List<Token> seg, int firstIndex, List<String> roles, String country,
                           Decision title, Map<Span, ModelName> model, List<Candidate> out) {
        if (seg.isEmpty()) {
            return null;
        }
        int start = seg.get(0).start();
        int end = seg.get(seg.size() - 1).end();
        String text = bt.slice(start, end);
        if (text.endsWith("'s") || text.endsWith("’s")) {
            end -= 2;
            text = text.substring(0, text.length() - 2);
        } else if ((text.endsWith("'") || text.endsWith("’")) && (seg.size() == 1 || text.endsWith("s'") || text.endsWith("s’"))) {
            end -= 1;
            text = text.substring(0, text.length() - 1);
        }
        // "Sen. Jeff Roe, D-Las Cruces, said": a party's initial and a hyphen before a lawmaker's district; the place
        // is the name.
        Matcher party = PARTY_AND_DISTRICT.matcher(text);
        boolean district = party.matches() && lex.knownPlace(party.group(1));
        if (district) {
            start += 2;
            text = party.group(1);
            title = title != null ? title : Decision.of(EntityType.PLACE, "PartyAndDistrict",
                    "a party's initial and a hyphen before it");
        }
        // "May said": a month word where no date is written may be the surname of a person named in
        // full elsewhere; it stays untyped, and the resolver keeps it only if such a person exists.
        boolean monthAsName = seg.size() == 1 && lex.isMonth(text)
                && (text.length() > 3 || saysNext(bt, end))
                && !NUMBER_NEXT.matcher(bt.slice(end, end + 3)).matches()
                && !cues.monthBefore.matcher(bt.slice(Math.max(bt.offset, start - 20), start)).find();
        // "a mainly Muslim city", "Sunni militants": a religion or a people is no entity on its own.
        if (seg.size() == 1 && (lex.groupAdjectives.contains(text) || isRomanNumeral(text))) {
            return null;
        }
        if (text.isEmpty() || !monthAsName && lex.stopWords.contains(text)
                || text.length() > 1 && isAllUpperCase(text)
                && lex.stopWords.contains(EntityResolver.titleCase(text))
                && (lex.place(text) == null || cues.currencyAfter.matcher(bt.slice(end, end + 12)).find())) {
            return null;
        }
        Candidate c = new Candidate(new Span(start, end), text, bt);
        c.monthWord = monthAsName;
        // Read from a tag of fixed shape, like a dateline's place: no decider retypes it.
        c.fixed = district;
        c.model = model.get(c.span);
        c.roles.addAll(roles);
        c.country = country;
        c.initial = bt.isInitial(firstIndex) || c.inHeadline();
        if (title != null) {
            c.decide(title);
        } else if (!monthAsName) {
            List<String> w = List.of(SPACES.split(text));
            String before = bt.slice(Math.max(bt.offset, start - 60), start);
            String after = bt.slice(end, end + 60);
            NameContext n = new NameContext(c, w, before, after, bt, lex, cues, gazetteer, model.get(c.span));
            c.votes = TypingRules.votes(n);
            if (!c.votes.isEmpty()) {
                c.decide(TypingRules.firstVote(c.votes));
            }
        }
        if (c.type == null && c.acronym) {
            return null;
        }
        LOG.trace("candidate {} {}", c, c.evidence);
        out.add(c);
        return c;
    }

    private boolean isDayOrMonth(String word) {
        return lex.isWeekday(word) || lex.isMonth(word);
    }

    /**
     * The model's names that overlap no candidate of the runs: names the capitalisation rules cannot see (a
     * lower-case particle first, a name glued to a title the rules took whole); typed when the model is sure.
     */
    private void addModelOnlyNames(BlockText bt, List<ModelName> modelNames, List<Candidate> out) {
        int before = out.size();
        for (ModelName m : modelNames) {
            // "Hon." before a name: a title the model took for a name alone (with or without its full stop) is none.
            if (!Character.isUpperCase(m.text().charAt(0)) || lex.stopWords.contains(m.text())
                    || lex.nonNameAcronyms.contains(m.text()) || overlapsAny(out, m.span())
                    || lex.titles.contains(m.text()) || lex.titles.contains(m.text() + ".")) {
                continue;
            }
            Candidate c = new Candidate(m.span(), m.text(), bt);
            c.model = m;
            c.modelOnly = true;
            c.initial = bt.isInitial(bt.firstTokenFrom(m.span().start())) || c.inHeadline();
            // Typed here only when the model is sure; a decider weighs the others (without one, they are dropped).
            if (m.probability() >= MODEL_ONLY_PROBABILITY) {
                c.decide(Decision.of(m.type(), "SequenceModelName", String.format(Locale.ROOT, "p=%.2f", m.probability())));
            }
            out.add(c);
        }
        if (out.size() > before) {
            out.sort(java.util.Comparator.comparingInt(c -> c.span.start()));
        }
    }

    /** The least probability a name only the model found needs to be kept. */
    static final double MODEL_ONLY_PROBABILITY = 0.8;

    private static boolean overlapsAny(List<Candidate> cands, Span span) {
        for (Candidate c : cands) {
            if (c.span.overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the run's last one to three words name a known place ("In Nairobi", "in New Delhi"). */
    private boolean endsWithAPlace(BlockText bt, List<Token> toks, List<Integer> run) {
        int end = toks.get(run.get(run.size() - 1)).end();
        for (int k = Math.max(0, run.size() - 3); k < run.size(); k++) {
            if (lex.knownPlace(bt.slice(toks.get(run.get(k)).start(), end))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@link #LIST_GAP} matches the whole text between two absolute offsets of the block. */
    private static boolean listGap(BlockText bt, int start, int end) {
        return LIST_GAP.matcher(bt.slice(start, end)).matches();
    }

    /**
     * In "Homs, Hama and Idlib provinces" one typed member types the untyped others; in "Jane Doe in
     * Paris and John Roe in Rome" the people placed somewhere share a type too.
     */
    private void propagateInLists(BlockText bt, List<Candidate> cands) {
        Candidate lastPlaced = null;
        for (Candidate c : cands) {
            boolean placed = bt.slice(c.span.end(), c.span.end() + 4).equals(" in ");
            if (placed && c.type == null && lastPlaced != null && lastPlaced.type == EntityType.PERSON
                    && c.text.contains(" ") && PLACED_PAIR_GAP.matcher(bt.slice(lastPlaced.span.end(), c.span.start())).matches()) {
                c.decide(Decision.of(EntityType.PERSON, "PlacedLikeAPersonBefore", "\"" + lastPlaced.text + " in …\""));
            }
            if (placed) {
                lastPlaced = c;
            }
        }
        int i = 0;
        while (i < cands.size()) {
            int j = i;
            // A list has one conjunction, before its last member, and a comma before it only after two members:
            // in "for Hamilton, and Gagnon and Brisco scored" the comma and "and" join clauses, not names.
            while (j + 1 < cands.size() && listGap(bt, cands.get(j).span.end(), cands.get(j + 1).span.start())) {
                String gap = bt.slice(cands.get(j).span.end(), cands.get(j + 1).span.start());
                boolean conjunction = HAS_CONJUNCTION.matcher(" " + gap + " ").matches();
                if (conjunction && j == i && gap.contains(",")) {
                    break;
                }
                j++;
                if (conjunction) {
                    break;
                }
            }
            boolean coordinated = j > i
                    && (HAS_CONJUNCTION.matcher(bt.slice(cands.get(i).span.start(), cands.get(j).span.end())).matches()
                    || OTHERS_AFTER_LIST.matcher(bt.slice(cands.get(j).span.end(), cands.get(j).span.end() + 24)).find());
            if (coordinated) {
                shareListType(bt, cands.subList(i, j + 1));
            }
            i = j + 1;
        }
    }

    /** The one type of a coordinated list's typed members goes to its untyped (or weakly typed) members. */
    private static void shareListType(BlockText bt, List<Candidate> list) {
        EntityType type = null;
        Candidate from = null;
        for (Candidate c : list) {
            EntityType t = c.weakType ? null : c.type;
            if (t != null) {
                if (type != null && type != t) {
                    return;
                }
                type = t;
                from = c;
            }
        }
        if (type == null) {
            return;
        }
        for (Candidate c : list) {
            // "Jane Doe in Paris and John Roe in Rome": a name placed somewhere is no place itself.
            boolean placedIn = type == EntityType.PLACE && bt.slice(c.span.end(), c.span.end() + 4).equals(" in ");
            // "Deutsche Bank and Acme Sachs said": a pair speaking together shares the typed one's type.
            if ((c.type == null || c.weakType) && !c.initial && !placedIn) {
                c.decide(Decision.of(type, "SharedWithListMates", "coordinated with \"" + from.text + "\""));
            }
        }
    }
}
