package org.dateline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.extract.BlockText.Token;
import org.dateline.ingest.BlockKind;
import org.dateline.model.Span;
import org.dateline.model.EntityType;

/**
 * Finds events by their trigger words ({@code data/lexicon/event-triggers.tsv}) in running text,
 * not inside quotations, and fills in what the sentence says: who acted (names before the trigger),
 * who was affected (names after it), where (a place after "in", "at", "near") and when (the time
 * mention nearest the trigger in its sentence, else earlier in its paragraph, else the report's date
 * for statements and ceremonies, else none).
 */
final class EventDetector {
    // Patterns that String.matches/split/replaceAll compiled on every call, compiled once.
    private static final Pattern RE_OPENING_MARK = Pattern.compile("[\"“]?");

    /** Words before a place that make it where the event happened: "in", "at the", "near". */
    private static final List<String> LOCATIVE_WORDS = List.of("in", "at", "near", "outside", "inside", "from");
    private static final Pattern LOCATIVE = Pattern.compile("(?:" + LOCATIVE_WORDS.stream().map(w -> "\\b" + w)
            .collect(java.util.stream.Collectors.joining("|")) + ")\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** What a text must end in (before its trailing space) for LOCATIVE to match it: most names follow another word. */
    private static final Set<String> LOCATIVE_LAST = EndAnchored.lastWords(
            java.util.stream.Stream.concat(LOCATIVE_WORDS.stream(), java.util.stream.Stream.of("the")).toList());
    private static final Set<BlockKind> RUNNING = Set.of(BlockKind.STANDFIRST, BlockKind.BODY, BlockKind.CAPTION);

    /** Words that open another clause: a time beyond them dates another event. */
    private static final List<String> CLAUSE_WORDS = List.of("after", "before", "when", "while", "until", "since",
            "because", "although", "whereas", "once", "ahead of");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("\\b(?:" + String.join("|", CLAUSE_WORDS) + ")\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMA = Pattern.compile("[,;:()\u2014\u2013]|\\bthat\\b|\\band\\b|\\bbut\\b");
    /** "to" right before the trigger, or one word before it ("to formally elect"): not yet happened. */
    /** A sentence opening with a prepositional phrase up to the trigger: "In a televised", "During his". */
    private static final Pattern INTRODUCTORY = Pattern.compile(
            "[\"“]?(?:In|At|During|Throughout)\\s+(?:a|an|the|his|her|its|their)?\\s*(?:[\\p{Ll}-]+\\s+){0,2}");
    private static final Pattern SINCE = Pattern.compile("since\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERFECT = Pattern.compile("\\b(?:has|have|'ve)\\s+(?:\\w+\\s+)?(?:been\\s+)?$");
    /** The most words a match of PERFECT spans: "has already been". */
    private static final int PERFECT_WORDS = 3;
    /** Words before a trigger that set it in the background or in another clause. */
    private static final Pattern BACKGROUND_LEAD = Pattern.compile("(?i)\\b(?:had|was|were|been|being|is|are|be|has|have|"
            + "would|could|may|might|should|who|which|that|since|after|before|ago|until|while|when|if|of|years?|months?|weeks?)\\b|\\d");
    private static final Pattern INFINITIVE = Pattern.compile("\\bto(?:\\s+\\w+ly)?\\s+(?:be\\s+)?$");
    /** The most words a match of INFINITIVE spans: "to formally be". */
    private static final int INFINITIVE_WORDS = 3;

    private final Lexicon lex;
    private final FutureCues futureCues;

    EventDetector(Lexicon lex) {
        this.lex = lex;
        this.futureCues = new FutureCues(lex.futureCues);
    }

    List<Event> find(List<BlockText> blocks, List<Candidate> names, List<TimeMention> times, LocalDate reference,
                     SpeakerResolver speakers) {
        names = new java.util.ArrayList<>(names);
        names.sort((a, b) -> Integer.compare(a.span.start(), b.span.start()));
        LocalDate lead = leadDay(blocks, times, reference);
        List<Event> out = new ArrayList<>();
        Set<String> seenCaption = new java.util.HashSet<>();
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
                // Looked up before the quotation test below: most words start no trigger.
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
                // A one-word trigger is its word: joining a list of one would only copy it (and hash the copy).
                String form = len == 1 ? words.get(i) : String.join(" ", words.subList(i, i + len));
                Lexicon.Trigger trig = lex.triggers.get(form);
                if (trig == null) {
                    continue;
                }
                Span span = new Span(first.start(), last.end());
                out.add(event(bt, span, trig, names, blockTimes, reference, lead, speakers));
                i += len - 1;
            }
        }
        return out;
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

    /**
     * Whether a word that opens another clause stands in the text (CLAUSE_BREAK): looked for as plain
     * text first, which most texts between a trigger and a time lack, before the regex tries its
     * alternation at every position.
     */
    /**
     * COMMA.find(): a mark, or "that", "and", "but" as words. Text holding none of the marks nor any of the three
     * words' letters in a row cannot match, and most text between a trigger and its time holds none: it skips the
     * matcher, which tries each alternative at every position.
     */
    private static boolean hasComma(String text) {
        boolean mayMatch = text.contains("that") || text.contains("and") || text.contains("but");
        for (int i = 0; i < text.length() && !mayMatch; i++) {
            switch (text.charAt(i)) {
                case ',', ';', ':', '(', ')', '\u2014', '\u2013' -> mayMatch = true;
                default -> { }
            }
        }
        return mayMatch && COMMA.matcher(text).find();
    }

    private static boolean clauseBreak(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (String w : CLAUSE_WORDS) {
            if (lower.contains(w)) {
                return CLAUSE_BREAK.matcher(text).find();
            }
        }
        return false;
    }

    /**
     * Whether the text ends in a locative ("in ", "at the "): LOCATIVE, tried only where one of its
     * words would start. A match is a word, whitespace, perhaps "the" and whitespace, then the end, so
     * the word ends where the last run of whitespace starts, or where the one before "the" does.
     */
    private static boolean locativeBefore(String before) {
        String last = EndAnchored.lastWordBeforeSpace(before);
        if (last == null || !LOCATIVE_LAST.contains(last)) {
            return false;
        }
        int end = EndAnchored.lastWordEnd(before);
        if (locativeEndingAt(before, end)) {
            return true;
        }
        int the = end - 3;
        if (the > 0 && before.regionMatches(true, the, "the", 0, 3) && Whitespace.is(before.charAt(the - 1))) {
            int beforeThe = the;
            while (beforeThe > 0 && Whitespace.is(before.charAt(beforeThe - 1))) {
                beforeThe--;
            }
            return locativeEndingAt(before, beforeThe);
        }
        return false;
    }

    /** Whether LOCATIVE matches from a locative word ending at {@code end} to the end of the text. */
    private static boolean locativeEndingAt(String text, int end) {
        for (String w : LOCATIVE_WORDS) {
            int start = end - w.length();
            if (start >= 0 && text.regionMatches(true, start, w, 0, w.length())
                    && LOCATIVE.matcher(text).region(start, text.length()).useTransparentBounds(true)
                            .useAnchoringBounds(false).lookingAt()) {
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
                && INTRODUCTORY.matcher(bt.slice(sentence.start(), trigger.start())).matches()
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
                    && locativeBefore(bt.slice(Math.max(sentence.start(), c.span.start() - 30), c.span.start()))) {
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
                date(bt, trigger, sentence, trig, blockTimes, reference, lead), place, List.copyOf(agents), List.copyOf(affected));
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
                boolean otherClause = clauseBreak(between);
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
                if (!otherClause && !hasComma(between)) {
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
        if (isFuture(before) || EndAnchored.find(PERFECT, before, PERFECT_WORDS)
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
    private static boolean narrated(BlockText bt, String lead, Span trigger) {
        String word = bt.slice(trigger.start(), trigger.end());
        if (word.endsWith("s") || word.endsWith("ing") || !Character.isLowerCase(word.charAt(0))) {
            return false;
        }
        // "X had planned to …, but police raided …": only the clause of the trigger counts.
        int cut = Math.max(lead.lastIndexOf(", but "), lead.lastIndexOf("; "));
        if (cut >= 0) {
            lead = lead.substring(cut + 2);
        }
        return !BACKGROUND_LEAD.matcher(lead).find();
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

    /**
     * Whether the clause up to the trigger speaks of something still to come ("will", "is to", "plans to"); lead is
     * the sentence up to the trigger, in lower case.
     */
    private boolean isFuture(String lead) {
        int cut = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'));
        if (cut >= 0) {
            lead = lead.substring(cut + 1);
        }
        return futureCues.in(lead) || infinitiveBefore(lead);
    }

    /**
     * Whether INFINITIVE matches the end of the text. A match ends in "to", "be" or the "ly" of an adverb, then
     * whitespace up to the end or a final line terminator: a text ending otherwise is none, told without the pattern.
     */
    static boolean infinitiveBefore(String lead) {
        return (EndAnchored.mayEndInWord(lead, "to") || EndAnchored.mayEndInWord(lead, "be")
                || EndAnchored.mayEndInWord(lead, "ly")) && EndAnchored.find(INFINITIVE, lead, INFINITIVE_WORDS);
    }
}
