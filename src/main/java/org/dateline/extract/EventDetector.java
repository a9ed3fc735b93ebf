package org.dateline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dateline.extract.BlockText.Token;
import org.dateline.ingest.BlockKind;
import org.dateline.model.Span;
import org.dateline.knowledge.DataFiles;
import org.dateline.model.EntityType;

/**
 * Finds events by their trigger words ({@code data/lexicon/event-triggers.tsv}) in running text,
 * not inside quotations, and fills in what the sentence says: who acted (names before the trigger),
 * who was affected (names after it), where (a place after "in", "at", "near") and when (the time
 * mention nearest the trigger in its sentence, else earlier in its paragraph, else the report's date
 * for statements and ceremonies, else none).
 */
final class EventDetector {
    private static final Pattern RE_OPENING_MARK = Pattern.compile("[\"“]?");
    private static final Set<BlockKind> RUNNING = Set.of(BlockKind.STANDFIRST, BlockKind.BODY, BlockKind.CAPTION);
    private static final Pattern SINCE = Pattern.compile("since\\b", Pattern.CASE_INSENSITIVE);
    /** "to" right before the trigger, or one word before it ("to formally elect"): not yet happened. */
    private static final Pattern INFINITIVE = Pattern.compile("\\bto(?:\\s+\\w+ly)?\\s+(?:be\\s+)?$");

    private final Lexicon lex;
    private final FutureCues futureCues;
    /** A locative ending the text: "in ", "at the ". */
    private final Pattern locative;
    /** A word that opens another clause: a time beyond it dates another event. */
    private final Pattern clauseBreak;
    /** A mark or a word that joins clauses. */
    private final Pattern comma;
    /** A sentence opening with a prepositional phrase up to the trigger: "In a televised", "During his". */
    private final Pattern introductory;
    /** The present perfect ending the text: "has ", "have already been ". */
    private final Pattern perfect;
    /** Words before a trigger that set it in the background or in another clause. */
    private final Pattern backgroundLead;
    /** Trigger forms of a contest won or lost, typed by {@link #contestKind}. */
    private final Set<String> contests;
    private final Pattern electionWords;
    private final Pattern sportsWords;
    private final Pattern marketWords;
    /** Trigger forms of a game's result alone (drew), typed by {@link #gameKind}. */
    private final Set<String> games;
    /** Trigger forms of a vote, typed by {@link #voteKind}. */
    private final Set<String> votes;
    /** Trigger forms of buying, typed by {@link #purchaseKind}. */
    private final Set<String> purchases;
    /** Trigger forms that before "of" are nouns of another sense ("signs of water"), dropped there. */
    private final Set<String> nounsOf;
    /**
     * Forms that nature or a game does too in another sense ("struck", "a late charge"), dropped by {@link
     * #strikeOfNature} and {@link #strikeInSport}.
     */
    private final Set<String> strikes;
    private final Pattern natureWords;
    /**
     * Words of war (lexicon/war-words.txt): ArgumentFit StrikeOfWar, a strike form ("struck") is an airstrike only in
     * an article that names any ("What struck us first was the hands" in a review names none).
     */
    private final Pattern warWords;
    private static final String AIRSTRIKE_KIND = "Airstrike";
    /** Forms of telling typed only before a body's name ("told Bernama"), by {@link #tellingKind}. */
    private final Set<String> tellings;
    /**
     * Words of a body heard in session and the kind of event telling it is (an inquest or a committee hears testimony,
     * a House speeches): lexicon/told-bodies.tsv, by {@link #tellingKind}.
     */
    private final Map<Pattern, String> toldBodies;
    private static final String INTERVIEW_KIND = "Interview";
    /** Killing forms that nature or an accident does too (killed), a Death by {@link #deathByNatureOrAccident}. */
    private final Set<String> lethal;
    private final Pattern accidentWords;
    /** Dismissal forms a weapon does too ("fired"), dropped by {@link #weaponFire}. */
    private final Set<String> dismissals;
    private final Pattern weaponWords;
    /** Disaster forms that need a volcano ("erupted"), kept by {@link #volcanic}. */
    private final Set<String> eruptions;
    private final Pattern volcanoWords;
    /** Directive forms a court gives too ("ordered"), a CourtOrder by {@link #courtOrders}. */
    private final Set<String> orders;
    private final Pattern courtWords;
    /** Rescue forms a document takes too ("released"), typed by {@link #releaseKind}. */
    private final Set<String> releases;
    /** Publication forms typed only beside a document word, as {@link #releaseKind} reads it. */
    private final Set<String> publishing;
    private final Pattern documentWords;
    private final Pattern captiveWords;
    private final Pattern referendumWords;
    private final Pattern officeWords;

    EventDetector(Lexicon lex) {
        this.lex = lex;
        this.futureCues = new FutureCues(lex.futureCues);
        Map<String, List<String>> words = lex.eventWords;
        locative = Pattern.compile("\\b(?:" + alternation(words.get("locative")) + ")\\s+(?:the\\s+)?$",
                Pattern.CASE_INSENSITIVE);
        clauseBreak = Pattern.compile("\\b(?:" + alternation(words.get("clause-opener")) + ")\\b",
                Pattern.CASE_INSENSITIVE);
        comma = Pattern.compile("[,;:()\u2014\u2013]|" + words.get("clause-joiner").stream()
                .map(w -> "\\b" + Pattern.quote(w) + "\\b").collect(Collectors.joining("|")));
        introductory = Pattern.compile("[\"“]?(?:" + alternation(words.get("intro-preposition")) + ")\\s+(?:"
                + alternation(words.get("intro-determiner")) + ")?\\s*(?:[\\p{Ll}-]+\\s+){0,2}");
        perfect = Pattern.compile("\\b(?:" + alternation(words.get("perfect")) + ")\\s+(?:\\w+\\s+)?(?:been\\s+)?$");
        backgroundLead = Pattern.compile("(?i)\\b(?:" + alternation(words.get("background")) + ")\\b|\\d");
        Map<String, List<String>> arguments = lex.eventArguments;
        contests = arguments.get("contest").stream().map(w -> w.toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        electionWords = wordsPattern(arguments.get("election"));
        sportsWords = wordsPattern(arguments.get("sports"));
        marketWords = wordsPattern(arguments.get("market"));
        games = lowerSet(arguments.get("game"));
        votes = lowerSet(arguments.get("vote"));
        purchases = lowerSet(arguments.get("purchase"));
        strikes = lowerSet(arguments.get("strike"));
        warWords = wordsPattern(DataFiles.entries("lexicon/war-words.txt"));
        nounsOf = lowerSet(arguments.get("noun-of"));
        natureWords = wordsPattern(arguments.get("nature"));
        lethal = lowerSet(arguments.get("lethal"));
        tellings = lowerSet(arguments.get("tell"));
        toldBodies = toldBodies();
        accidentWords = wordsPattern(arguments.get("accident"));
        dismissals = lowerSet(arguments.get("dismissal"));
        weaponWords = wordsPattern(arguments.get("weapon"));
        eruptions = lowerSet(arguments.get("eruption"));
        volcanoWords = wordsPattern(arguments.get("volcano"));
        orders = lowerSet(arguments.get("order"));
        courtWords = wordsPattern(arguments.get("court"));
        releases = lowerSet(arguments.get("release"));
        publishing = lowerSet(arguments.get("publish"));
        documentWords = wordsPattern(arguments.get("document"));
        captiveWords = wordsPattern(arguments.get("captive"));
        referendumWords = wordsPattern(arguments.get("referendum"));
        officeWords = wordsPattern(arguments.get("office"));
    }

    private static Set<String> lowerSet(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** The kind a contest is typed as when its sentence shows it was a game (issue #17). */
    static final String SPORTS_KIND = "SportsEvent";
    private static final String ELECTION_KIND = "Election";
    private static final Pattern SCORE = Pattern.compile("\\b\\d{1,3}-\\d{1,3}\\b");

    /**
     * ArgumentFit: what a contest trigger (won, beat, defeat) names: an election when its sentence speaks of
     * votes, ballots or an office, a game when it speaks of goals, a league or a score, else an election when its
     * paragraph speaks of one; null when nothing tells (then the trigger is not typed at all).
     */
    private String contestKind(BlockText bt, int at) {
        Span sentence = bt.sentences.get(bt.sentenceAt(at));
        String s = bt.slice(sentence.start(), sentence.end());
        if (electionWords.matcher(s).find()) {
            return ELECTION_KIND;
        }
        if (sportsWords.matcher(s).find() || SCORE.matcher(s).find()) {
            return SPORTS_KIND;
        }
        return electionWords.matcher(bt.text).find() ? ELECTION_KIND : null;
    }

    /**
     * TitleNoun: a capitalised trigger before a title word or a body's keyword is part of a title or a body's name
     * ("Fire Chief Jane Doe", "the Paris Fire Brigade", "Election Commission"), not a word telling of an event; at a
     * sentence's opening, where a capital says nothing, the two words must make a title themselves ("Fire Chief Jane
     * Doe said"; "Meeting King Abdullah, he …" tells of a meeting). A trigger heading a name of another kind stays one
     * ("Typhoon Haiyan swept …").
     */
    private boolean titleNoun(BlockText bt, int i, int len) {
        Token t = bt.tokens.get(i);
        if (!Character.isUpperCase(t.text().charAt(0)) || i + len >= bt.tokens.size()) {
            return false;
        }
        Token next = bt.tokens.get(i + len);
        if (!next.isWord() || !Character.isUpperCase(next.text().charAt(0))
                || next.start() - bt.tokens.get(i + len - 1).end() != 1) {
            return false;
        }
        if (lex.titles.contains(bt.slice(t.start(), next.end()))) {
            return true;
        }
        Span sentence = bt.sentences.get(bt.sentenceAt(t.start()));
        boolean opensSentence = RE_OPENING_MARK.matcher(bt.slice(sentence.start(), t.start()).strip()).matches();
        return !opensSentence && (lex.titles.contains(next.text()) || lex.orgKeywords.contains(next.text()));
    }

    /** "against Las Palmas", "with the Timbers": the other side of a game. */
    private static final Pattern OPPONENT = Pattern.compile("(?i)\\b(?:against|versus|vs\\.?|with)\\b");

    /**
     * ArgumentFit for a game's result alone ("drew 1-1 with the Timbers", "played its league match against Las
     * Palmas"): a SportsEvent when its sentence prints a score, or names a game and an opponent; else null ("the
     * rescue team played a key role", "the rally drew thousands").
     */
    private String gameKind(BlockText bt, int at) {
        String s = sentenceOf(bt, at);
        boolean game = SCORE.matcher(s).find() || sportsWords.matcher(s).find() && OPPONENT.matcher(s).find();
        return game ? SPORTS_KIND : null;
    }

    /**
     * ArgumentFit StrikeOfNature: "a magnitude 7.8 earthquake struck Nepal", "lightning struck the tower": a strike
     * whose sentence names a force of nature is no airstrike (the natural event's own word tells of it).
     */
    private boolean strikeOfNature(BlockText bt, int at) {
        return natureWords.matcher(sentenceOf(bt, at)).find();
    }

    /**
     * ArgumentFit StrikeInSport: "Pillay struck four sixes", "the striker struck the bar": a strike whose sentence
     * speaks of a game (a sports word or a score) is a blow of the game, no airstrike.
     */
    private boolean strikeInSport(BlockText bt, int at) {
        String s = sentenceOf(bt, at);
        return SCORE.matcher(s).find() || sportsWords.matcher(s).find();
    }

    /** The text of the sentence holding {@code at}. */
    private static String sentenceOf(BlockText bt, int at) {
        Span sentence = bt.sentences.get(bt.sentenceAt(at));
        return bt.slice(sentence.start(), sentence.end());
    }

    /**
     * ArgumentFit ToldABody: telling a named body is an event only then, and its kind is the body's. A body heard in
     * session is told in testimony ("told the inquest", "told the Public Accounts Committee") or in a speech ("told
     * the House", "told Parliament"), by a word of its name (lexicon/told-bodies.tsv); any other body told is a news
     * outlet that interviewed the speaker ("told Bernama", "told The Straits Times", "told the Kyiv Independent").
     * "told her", "told the crowd" tell of no event by themselves: null.
     */
    private String tellingKind(BlockText bt, int end, List<Candidate> names) {
        int i = firstStartingFrom(names, end);
        if (i >= names.size()) {
            return null;
        }
        Candidate next = names.get(i);
        String gap = bt.slice(end, next.span.start());
        if (next.group == null || next.group.type != EntityType.ORGANIZATION
                || !(gap.isBlank() || gap.strip().equalsIgnoreCase("the"))) {
            return null;
        }
        String body = bt.slice(next.span.start(), next.span.end());
        for (var e : toldBodies.entrySet()) {
            if (e.getKey().matcher(body).find()) {
                return e.getValue();
            }
        }
        return INTERVIEW_KIND;
    }

    /** The rows of lexicon/told-bodies.tsv (word, kind) as one word pattern per kind, in the file's order of kinds. */
    private static Map<Pattern, String> toldBodies() {
        Map<String, List<String>> byKind = new java.util.LinkedHashMap<>();
        for (String line : DataFiles.entries("lexicon/told-bodies.tsv")) {
            String[] c = line.split("\t");
            byKind.computeIfAbsent(c[1].strip(), k -> new java.util.ArrayList<>()).add(c[0].strip());
        }
        Map<Pattern, String> out = new java.util.LinkedHashMap<>();
        byKind.forEach((kind, words) -> out.put(wordsPattern(words), kind));
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * ArgumentFit DeathByNatureOrAccident: "four people were killed after flash floods tore through the city", "two
     * killed as a bus crashed": people killed by a force of nature or an accident died; no one killed them.
     */
    private boolean deathByNatureOrAccident(BlockText bt, int at) {
        return strikeOfNature(bt, at) || accidentWords.matcher(sentenceOf(bt, at)).find();
    }

    /**
     * ArgumentFit WeaponFire: "police fired tear gas", "soldiers fired at the crowd": "fired" followed in its clause by a
     * weapon word (or "at") tells of shooting, not of someone dismissed from a post.
     */
    private boolean weaponFire(BlockText bt, Span trigger) {
        Span sentence = bt.sentences.get(bt.sentenceAt(trigger.start()));
        String rest = bt.slice(trigger.end(), Math.min(sentence.end(), trigger.end() + 40));
        Matcher clauseEnd = comma.matcher(rest);
        return weaponWords.matcher(clauseEnd.find() ? rest.substring(0, clauseEnd.start()) : rest).find();
    }

    /** ArgumentFit for an eruption: a Disaster only when its sentence names a volcano ("cheers erupted" is none). */
    private boolean volcanic(BlockText bt, int at) {
        Span sentence = bt.sentences.get(bt.sentenceAt(at));
        return volcanoWords.matcher(bt.slice(sentence.start(), sentence.end())).find();
    }

    private static final String ACQUISITION_KIND = "Acquisition";

    /**
     * ArgumentFit for buying: an Acquisition when a body is the first name after the trigger in its sentence ("agreed to
     * buy Pellworth Cheese Co.") or the sentence prints a sum ("would buy snack maker X for $2.1 billion"); else null.
     */
    private String purchaseKind(BlockText bt, Span trigger, List<Candidate> names) {
        Span sentence = bt.sentences.get(bt.sentenceAt(trigger.start()));
        int i = firstStartingFrom(names, trigger.end());
        Candidate next = i < names.size() ? names.get(i) : null;
        boolean bodyBought = next != null && next.span.end() <= sentence.end() && next.group != null
                && next.group.type == EntityType.ORGANIZATION;
        boolean priced = SUM.matcher(bt.slice(trigger.end(), sentence.end())).find();
        return bodyBought || priced ? ACQUISITION_KIND : null;
    }

    /**
     * Named sieve SameDeedSameDay: "Peter Gusman testified on Monday …" and "he testified for the defense" tell of one
     * testimony: an undated deed told by a past verb takes the day of a dated event of the same kind with an agent in common,
     * told in another paragraph (two triggers of one paragraph are two deeds: "notified …, and warned of …").
     */
    private static List<Event> sameDeedSameDay(List<Event> events, List<BlockText> blocks) {
        java.util.TreeSet<Integer> starts = new java.util.TreeSet<>();
        for (BlockText bt : blocks) {
            starts.add(bt.offset);
        }
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            Event dated = null;
            // Only a deed told by a past verb ("testified", "warned of"): a noun ("rescuers", "polls") names the
            // kind of event, not this one.
            if (e.date() == null && e.modality() == EventModality.ASSERTED && !e.agentKeys().isEmpty()
                    && e.trigger().split(" ")[0].endsWith("ed")) {
                for (Event f : events) {
                    if (f != e && f.date() != null && f.modality() == EventModality.ASSERTED && f.kind().equals(e.kind())
                            && !java.util.Objects.equals(starts.floor(f.triggerSpan().start()), starts.floor(e.triggerSpan().start()))
                            && f.agentKeys().stream().anyMatch(e.agentKeys()::contains)) {
                        dated = f;
                        break;
                    }
                }
            }
            out.add(dated == null ? e : new Event(e.kind(), e.trigger(), e.triggerSpan(), dated.date(), e.placeKey(),
                    e.agentKeys(), e.affectedKeys(), e.modality()));
        }
        return out;
    }

    /**
     * ArgumentFit for an order: a CourtOrder when a judge or a court stands in the few words before it in its clause
     * ("District Judge Nathaniel Brightwater ordered", "the appeals court ordered"); a governor's order stays a Directive.
     */
    private boolean courtOrders(BlockText bt, int at) {
        Span sentence = bt.sentences.get(bt.sentenceAt(at));
        Matcher before = FEW_WORDS_BEFORE.matcher(bt.slice(sentence.start(), at));
        if (!before.find()) {
            return false;
        }
        String lead = before.group();
        int cut = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'));
        return courtWords.matcher(cut >= 0 ? lead.substring(cut + 1) : lead).find();
    }

    private static final Pattern PASSIVE_GAP = Pattern.compile(",?\\s+(?:(?:was|were|has been|had been|is)\\s+)?");

    /**
     * ArgumentFit for buying, named sieve PersonAcquiredIsATransfer: "Kvist, acquired from Hamilton in a trade", "Smith
     * was acquired from the Jets": a person bought is a player moving between clubs, not a company bought.
     */
    private static boolean personAcquired(BlockText bt, int at, List<Candidate> names) {
        int i = firstStartingFrom(names, at) - 1;
        Candidate c = i >= 0 && i < names.size() ? names.get(i) : null;
        return c != null && c.group != null && c.group.type == EntityType.PERSON && c.span.end() <= at
                && c.span.start() >= bt.offset && PASSIVE_GAP.matcher(bt.slice(c.span.end(), at)).matches();
    }

    private static final Pattern FEW_WORDS_BEFORE = Pattern.compile("(?:\\S+\\s+){0,4}\\S*\\s*$");
    private static final Pattern FEW_WORDS_AFTER = Pattern.compile("^\\s*(?:\\S+\\s+){0,3}\\S*");

    /**
     * ArgumentFit for a release: a Publication when a document word stands within a few words of it ("NOAA's
     * forecast, released in late June", "released its findings"), a Rescue when its sentence names a captive or a
     * person ("the hostages were released"); else null ("fields release phosphorus" tells of no event).
     */
    private String releaseKind(BlockText bt, Span trigger, List<Candidate> names) {
        Span sentence = bt.sentences.get(bt.sentenceAt(trigger.start()));
        Matcher before = FEW_WORDS_BEFORE.matcher(bt.slice(sentence.start(), trigger.start()));
        Matcher after = FEW_WORDS_AFTER.matcher(bt.slice(trigger.end(), sentence.end()));
        if (before.find() && documentWords.matcher(before.group()).find()
                || after.find() && documentWords.matcher(after.group()).find()) {
            return "Publication";
        }
        if (captiveWords.matcher(bt.slice(sentence.start(), sentence.end())).find()) {
            return "Rescue";
        }
        for (int i = firstStartingFrom(names, sentence.start()); i < names.size() && names.get(i).span.end() <= sentence.end(); i++) {
            Candidate c = names.get(i);
            if (c.group != null && c.group.type == EntityType.PERSON) {
                return "Rescue";
            }
        }
        return null;
    }

    private static final Pattern SUM = Pattern.compile("[$\u20ac\u00a3\u00a5]\\s?\\d");

    private static final String VOTE_KIND = "Vote";
    private static final String REFERENDUM_KIND = "Referendum";
    /** Between a place and its vote: nothing, or an auxiliary ("Scotland has voted"). */
    private static final Pattern AUXILIARY_GAP = Pattern.compile("\\s+(?:(?:has|have|had)\\s+)?");

    /**
     * ArgumentFit VoteKind: what a vote (voted, a ballot) was. A Referendum when its sentence names one, an Election
     * when it names an office's election, its candidates or its polls; when a place votes ("the UK voted", "Scotland
     * has voted": its electorate), a Referendum in an article that names one, else an Election; else what its
     * paragraph names (a referendum, then an office's election); otherwise a Vote, as a council, a parliament or a
     * person votes ("the City Council voted 5-2").
     */
    private String voteKind(BlockText bt, Token trigger, List<Candidate> names, boolean articleNamesReferendum) {
        Span sentence = bt.sentences.get(bt.sentenceAt(trigger.start()));
        String s = bt.slice(sentence.start(), sentence.end());
        if (referendumWords.matcher(s).find()) {
            return REFERENDUM_KIND;
        }
        if (officeWords.matcher(s).find()) {
            return ELECTION_KIND;
        }
        int i = firstStartingFrom(names, trigger.start()) - 1;
        Candidate voter = i >= 0 ? names.get(i) : null;
        boolean electorate = voter != null && voter.group != null && voter.group.type == EntityType.PLACE
                && voter.span.start() >= sentence.start()
                && AUXILIARY_GAP.matcher(bt.slice(voter.span.end(), trigger.start())).matches();
        if (electorate) {
            return articleNamesReferendum ? REFERENDUM_KIND : ELECTION_KIND;
        }
        if (referendumWords.matcher(bt.text).find()) {
            return REFERENDUM_KIND;
        }
        return officeWords.matcher(bt.text).find() ? ELECTION_KIND : VOTE_KIND;
    }

    private static final Set<String> MARKET_KINDS = Set.of("MarketRise", "MarketFall");
    private static final Pattern SUM_OR_SHARE = Pattern.compile("[$\u20ac\u00a3\u00a5]\\s?\\d|\\d\\s?%");

    /**
     * ArgumentFit for a rise or fall: its sentence names a market, a price or an economic figure, or prints a sum or a
     * percentage; "smoke rose" and "the death toll rose" tell of no market.
     */
    private boolean marketMove(BlockText bt, int at) {
        Span sentence = bt.sentences.get(bt.sentenceAt(at));
        String s = bt.slice(sentence.start(), sentence.end());
        return marketWords.matcher(s).find() || SUM_OR_SHARE.matcher(s).find();
    }

    private static Pattern wordsPattern(List<String> words) {
        return Pattern.compile("(?i)\\b(?:" + alternation(words) + ")\\b");
    }

    private static String alternation(List<String> words) {
        return words.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    List<Event> find(List<BlockText> blocks, List<Candidate> names, List<TimeMention> times, LocalDate reference,
                     SpeakerResolver speakers) {
        names = new java.util.ArrayList<>(names);
        names.sort((a, b) -> Integer.compare(a.span.start(), b.span.start()));
        LocalDate lead = leadDay(blocks, times, reference);
        List<Event> out = new ArrayList<>();
        Set<String> seenCaption = new java.util.HashSet<>();
        boolean articleNamesReferendum = blocks.stream().anyMatch(b -> referendumWords.matcher(b.text).find());
        boolean articleSpeaksOfWar = blocks.stream().anyMatch(b -> warWords.matcher(b.text).find());
        for (BlockText bt : blocks) {
            if (!RUNNING.contains(bt.block.kind())) {
                continue;
            }
            if (bt.block.kind() == BlockKind.CAPTION && !seenCaption.add(bt.text)) {
                continue;
            }
            // The times of this block, in order: an event is dated only by those.
            List<TimeMention> blockTimes = new ArrayList<>();
            for (TimeMention t : times) {
                if (bt.block.span().contains(t.span())) {
                    blockTimes.add(t);
                }
            }
            List<String> words = bt.lower;
            for (int i = 0; i < words.size(); i++) {
                Token first = bt.tokens.get(i);
                if (!first.isWord()) {
                    continue;
                }
                int len = lex.triggerIndex.longestAtLower(words, i);
                // Whole quoted sentences are the speaker's words; a partial quote inside the reporter's
                // sentence still tells of events ("… to be notified by General X").
                if (len == 0 || insideFullQuote(bt, first.start())) {
                    continue;
                }
                Token last = bt.tokens.get(i + len - 1);
                // "High Negotiations Committee": a trigger word inside a name tells of no event; nor
                // does a month that looks like one ("March 31").
                if (insideName(names, first.start()) || len == 1 && lex.isMonth(first.text())) {
                    continue;
                }
                String form = String.join(" ", words.subList(i, i + len));
                Lexicon.Trigger trig = lex.triggers.get(form);
                if (trig == null || titleNoun(bt, i, len)
                        || nounsOf.contains(form) && i + len < bt.tokens.size() && bt.tokens.get(i + len).text().equals("of")) {
                    continue;
                }
                if (contests.contains(form)) {
                    String kind = contestKind(bt, first.start());
                    if (kind == null) {
                        continue;
                    }
                    trig = new Lexicon.Trigger(trig.form(), kind, trig.datedByReport());
                } else if (games.contains(form)) {
                    String kind = gameKind(bt, first.start());
                    if (kind == null) {
                        continue;
                    }
                    trig = new Lexicon.Trigger(trig.form(), kind, trig.datedByReport());
                } else if (strikes.contains(form)
                        && (strikeOfNature(bt, first.start()) || strikeInSport(bt, first.start())
                                || AIRSTRIKE_KIND.equals(trig.kind()) && !articleSpeaksOfWar)
                        || dismissals.contains(form) && weaponFire(bt, new Span(first.start(), last.end()))
                        || eruptions.contains(form) && !volcanic(bt, first.start())) {
                    continue;
                } else if (purchases.contains(form)) {
                    String kind = purchaseKind(bt, new Span(first.start(), last.end()), names);
                    if (kind == null) {
                        continue;
                    }
                    trig = new Lexicon.Trigger(trig.form(), kind, trig.datedByReport());
                } else if (tellings.contains(form)) {
                    String kind = tellingKind(bt, last.end(), names);
                    if (kind == null) {
                        continue;
                    }
                    trig = new Lexicon.Trigger(trig.form(), kind, trig.datedByReport());
                } else if (lethal.contains(form) && deathByNatureOrAccident(bt, first.start())) {
                    trig = new Lexicon.Trigger(trig.form(), "Death", trig.datedByReport());
                } else if (orders.contains(form) && courtOrders(bt, first.start())) {
                    trig = new Lexicon.Trigger(trig.form(), "CourtOrder", trig.datedByReport());
                } else if (releases.contains(form) || publishing.contains(form)) {
                    String kind = releaseKind(bt, new Span(first.start(), last.end()), names);
                    kind = publishing.contains(form) && !"Publication".equals(kind) ? null : kind;
                    if (kind == null) {
                        continue;
                    }
                    trig = new Lexicon.Trigger(trig.form(), kind, trig.datedByReport());
                } else if (votes.contains(form)) {
                    trig = new Lexicon.Trigger(trig.form(), voteKind(bt, first, names, articleNamesReferendum),
                            trig.datedByReport());
                } else if (MARKET_KINDS.contains(trig.kind()) && !marketMove(bt, first.start())) {
                    continue;
                }
                if (ACQUISITION_KIND.equals(trig.kind()) && personAcquired(bt, first.start(), names)) {
                    trig = new Lexicon.Trigger(trig.form(), "Transfer", trig.datedByReport());
                }
                Span span = new Span(first.start(), last.end());
                out.add(event(bt, span, trig, names, blockTimes, reference, lead, speakers));
                i += len - 1;
            }
        }
        return sameDeedSameDay(out, blocks);
    }

    /**
     * The day the story's news happened: the first day named in the first paragraph of the body (or the
     * standfirst) outside quotations, else the report's date.
     */
    private static LocalDate leadDay(List<BlockText> blocks, List<TimeMention> times, LocalDate reference) {
        for (BlockText bt : blocks) {
            if (bt.block.kind() != BlockKind.BODY && bt.block.kind() != BlockKind.STANDFIRST) {
                continue;
            }
            for (TimeMention t : times) {
                if (bt.block.span().contains(t.span()) && t.date() != null
                        && !BlockText.insideQuote(bt.quotes, t.span().start())
                        && (reference == null || !t.date().isAfter(reference))) {
                    return t.date();
                }
            }
            if (bt.block.kind() == BlockKind.BODY) {
                break;
            }
        }
        return reference;
    }

    private static boolean insideName(List<Candidate> names, int pos) {
        int lo = 0;
        int hi = names.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = names.get(mid).span;
            if (s.end() <= pos) {
                lo = mid + 1;
            } else if (s.start() > pos) {
                hi = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }


    /** The index of the first name (in text order) starting at or after pos, names.size() when none. */
    private static int firstStartingFrom(List<Candidate> names, int pos) {
        int lo = 0;
        int hi = names.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (names.get(mid).span.start() < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean insideFullQuote(BlockText bt, int pos) {
        for (BlockText.QuoteSpan q : bt.quotes) {
            if (q.inner().start() <= pos && pos < q.inner().end()) {
                Span sentence = bt.sentences.get(bt.sentenceAt(q.inner().start()));
                return RE_OPENING_MARK.matcher(bt.slice(sentence.start(), q.inner().start()).strip()).matches();
            }
        }
        return false;
    }

    private Event event(BlockText bt, Span trigger, Lexicon.Trigger trig, List<Candidate> names,
                        List<TimeMention> blockTimes, LocalDate reference, LocalDate lead, SpeakerResolver speakers) {
        Span sentence = bt.sentences.get(bt.sentenceAt(trigger.start()));
        Set<String> agents = new LinkedHashSet<>();
        // "A day earlier, he had defended …": a pronoun subject acts through the person it stands for.
        Integer subjectAt = speakers.subjectPosition(sentence);
        // "In a speech on …, Jane Roe claimed …": a trigger in the opening phrase is the subject's deed.
        // Asked only of a subject after the trigger (the pattern and slices are read for nothing otherwise).
        boolean opening = subjectAt != null && subjectAt > trigger.end()
                && introductory.matcher(bt.slice(sentence.start(), trigger.start())).matches()
                && bt.slice(trigger.end(), sentence.end()).indexOf(',') >= 0
                && bt.slice(trigger.end(), subjectAt).indexOf(',') >= 0;
        if (subjectAt != null && (subjectAt < trigger.start() || opening)) {
            EntityResolver.Group g = speakers.sentenceSubject(bt, sentence);
            if (g != null) {
                agents.add(g.key);
            }
        }
        Set<String> affected = new LinkedHashSet<>();
        String place = null;
        int placeDistance = Integer.MAX_VALUE;
        // names is in text order: only those starting inside the sentence are read, not the whole article's.
        for (int i = firstStartingFrom(names, sentence.start()); i < names.size(); i++) {
            Candidate c = names.get(i);
            if (c.span.start() > sentence.end()) {
                break;
            }
            if (c.group == null || c.span.end() > sentence.end()
                    || BlockText.insideQuote(bt.quotes, c.span.start())) {
                continue;
            }
            // The text before the name is read only for a place (no other name is where the event happened).
            if (c.group.type == EntityType.PLACE
                    && locative.matcher(bt.slice(Math.max(sentence.start(), c.span.start() - 30), c.span.start())).find()) {
                int dist = Math.abs(c.span.start() - trigger.start());
                if (dist < placeDistance) {
                    place = c.group.key;
                    placeDistance = dist;
                }
                continue;
            }
            if (c.span.end() <= trigger.start()) {
                agents.add(c.group.key);
            } else {
                affected.add(c.group.key);
            }
        }
        affected.removeAll(agents);
        return new Event(trig.kind(), bt.slice(trigger.start(), trigger.end()), trigger,
                date(bt, trigger, sentence, trig, blockTimes, reference, lead), place, List.copyOf(agents), List.copyOf(affected),
                modality(bt.slice(sentence.start(), trigger.start()).toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * The day of an event: the nearest time in its own clause (a month or a year there leaves it undated),
     * else the nearest day named elsewhere in its sentence, else the last day named earlier in its
     * paragraph; else, unless it is still to come, the day of the story's lead for most kinds and the
     * report's date for statements, speeches and ceremonies. Times inside a quotation date the quoted
     * words, not the reporter's sentence.
     */
    private LocalDate date(BlockText bt, Span trigger, Span sentence, Lexicon.Trigger trig,
                           List<TimeMention> blockTimes, LocalDate reference, LocalDate lead) {
        boolean triggerQuoted = BlockText.insideQuote(bt.quotes, trigger.start());
        TimeMention clause = null;
        int clauseDistance = Integer.MAX_VALUE;
        TimeMention inSentence = null;
        int sentenceDistance = Integer.MAX_VALUE;
        TimeMention earlierInParagraph = null;
        for (TimeMention t : blockTimes) {
            if (!triggerQuoted && BlockText.insideQuote(bt.quotes, t.span().start())) {
                continue;
            }
            if (sentence.contains(t.span())) {
                boolean after = t.span().start() >= trigger.end();
                int from = after ? trigger.end() : t.span().end();
                int to = after ? t.span().start() : trigger.start();
                int d = to - from;
                String between = bt.slice(from, to);
                boolean otherClause = clauseBreak.matcher(between).find();
                if (otherClause && !after && futureCues.in(bt.slice(sentence.start(), t.span().start())
                        .toLowerCase(java.util.Locale.ROOT))) {
                    // "X will be sworn in on Monday after a close vote": the day of
                    // what is still to come, not of the event told after "after".
                    continue;
                }
                if (t.date() == null && SINCE.matcher(t.text()).lookingAt()) {
                    // "its highest level since 1990": where a span starts, not when the event happened.
                    continue;
                }
                if (!otherClause && !comma.matcher(between).find()) {
                    if (d < clauseDistance) {
                        clause = t;
                        clauseDistance = d;
                    }
                } else if (t.date() != null && d < sentenceDistance) {
                    inSentence = t;
                    sentenceDistance = d;
                }
            } else if (t.span().end() <= sentence.start() && t.date() != null) {
                earlierInParagraph = t;
            }
        }
        if (clause != null) {
            return clause.date();
        }
        if (inSentence != null) {
            return inSentence.date();
        }
        if (earlierInParagraph != null) {
            return earlierInParagraph.date();
        }
        if (trig.datedByReport()) {
            return reference;
        }
        // An undated deed told by a speaker of the story ("police said officers seized …") happened
        // on the day of the story's news; one still to come or in the present perfect ("investigators have
        // found") is left undated.
        // The sentence up to the trigger, sliced and lower-cased once for the three tests that read it.
        String upToTrigger = bt.slice(sentence.start(), trigger.start());
        String before = upToTrigger.toLowerCase(java.util.Locale.ROOT);
        if (isFuture(before) || perfect.matcher(before).find()
                || !reported(bt, sentence, trigger) && !narrated(bt, upToTrigger, trigger)) {
            return null;
        }
        return lead;
    }

    /**
     * Whether the trigger tells the story's own news in the reporter's plain past ("police raided the
     * station", "the government imposed a curfew"): no pluperfect, passive, relative clause or time span
     * before it, and a trigger that is neither a plural noun nor a gerund ("talks", "telephoning").
     */
    private boolean narrated(BlockText bt, String lead, Span trigger) {
        String word = bt.slice(trigger.start(), trigger.end());
        // "erupted in cheers": a phrase opening with a verb in the past is told by that verb, not by its last noun.
        String opening = word.split(" ")[0];
        if (opening.length() < word.length() && opening.endsWith("ed")) {
            word = opening;
        }
        if (word.endsWith("s") || word.endsWith("ing") || !Character.isLowerCase(word.charAt(0))) {
            return false;
        }
        // "X had planned to …, but police raided …": only the clause of the trigger counts.
        int cut = Math.max(lead.lastIndexOf(", but "), lead.lastIndexOf("; "));
        if (cut >= 0) {
            lead = lead.substring(cut + 2);
        }
        return !backgroundLead.matcher(lead).find();
    }

    /** Whether a verb of saying stands before the trigger in its sentence ("X said its troops seized …"). */
    private boolean reported(BlockText bt, Span sentence, Span trigger) {
        for (int i = bt.firstTokenFrom(sentence.start()); i < bt.tokens.size(); i++) {
            Token t = bt.tokens.get(i);
            if (t.start() >= trigger.start()) {
                return false;
            }
            if (lex.isAttributionVerb(bt.lower.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** A negation up to three words before the trigger: "did not vote", "will not rise", "never met", "no longer". */
    /** Cues of the future that speak of the clause itself ("until" opens another clause and is not one). */
    private static final Pattern FUTURE_IN_CLAUSE = Pattern.compile(
            "\\b(?:will|would|due|expected|scheduled|plans?|set|is to|are to|has to|have to)\\b");
    /** "was not charged and testified": a coordinating conjunction ends the negation's reach (NegationEndsAtAnd). */
    private static final Pattern NEGATED = Pattern.compile(
            "(?:\\bnot|\\bnever|n't|\\bcannot|\\bno longer)(?:\\s+(?!(?:and|but|or)\\b)[\\w-]+){0,2}\\s*$");

    /**
     * Modality: whether the trigger's clause (the sentence up to it, in lower case) denies the event or sets it in the
     * future; a denied or expected event is published as such, not as a fact.
     */
    private EventModality modality(String lead) {
        int cut = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'));
        String clause = cut >= 0 ? lead.substring(cut + 1) : lead;
        if (NEGATED.matcher(clause).find()) {
            return EventModality.NEGATED;
        }
        // Only a cue of the future in the trigger's own clause ("will", "plans to", "is expected to"); a bare
        // infinitive is not one ("the first to be notified").
        return FUTURE_IN_CLAUSE.matcher(clause).find() && futureCues.in(clause) ? EventModality.EXPECTED
                : EventModality.ASSERTED;
    }

    /**
     * Whether the clause up to the trigger speaks of something still to come ("will", "is to", "plans to"); lead is
     * the sentence up to the trigger, in lower case.
     */
    private boolean isFuture(String lead) {
        int cut = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'));
        if (cut >= 0) {
            lead = lead.substring(cut + 1);
        }
        return futureCues.in(lead) || INFINITIVE.matcher(lead).find();
    }
}
