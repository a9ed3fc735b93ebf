package org.dateline.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.extract.BlockText.QuoteSpan;
import org.dateline.extract.BlockText.Token;
import org.dateline.extract.EntityResolver.Group;
import org.dateline.ingest.BlockKind;
import org.dateline.model.Span;
import org.dateline.model.EntityType;

/**
 * Finds direct quotations and who said them. The attribution is looked for, in order: right after
 * the quote ({@code ," X said}, {@code ," said X}, {@code — X}), before it in the same sentence
 * ({@code X said "…"}, {@code X said: "…"}, {@code X called the deal "…"}, {@code Name: "…"}), then
 * from the neighbouring quote of the same paragraph, or the previous paragraph's for a quotation
 * carried on. Pronouns and role phrases ("he", "the security chief") resolve through
 * {@link SpeakerResolver}. Quotes with no speaker (scare quotes) and headline quotes are not kept.
 */
final class QuoteFinder {
    private static final Pattern RE_COMMA_STOP = Pattern.compile("[,.;]");
    private static final Pattern RE_SPACES = Pattern.compile("\\s+");
    private static final Pattern RE_OPENING_MARK = Pattern.compile("[\"“‘]");
    private static final Pattern RE_PUNCT = Pattern.compile("[,.;:!?]");
    private static final Pattern RE_STOP_MARK = Pattern.compile("[;:\"“”.]");

    /** "the security chief" ending the text: the role phrase is group 1. */
    private static final Pattern THE_ROLE = Pattern.compile("\\bthe ((?:[\\p{Ll}\\d][\\p{Ll}\\d-]*\\s+){0,2}\\p{Ll}+)$",
            Pattern.CASE_INSENSITIVE);
    /** "the Deputy Bailiff" ending the text: the capitalised title is group 1. */
    private static final Pattern THE_TITLE = Pattern.compile("\\b[Tt]he ((?:\\p{Lu}\\p{Ll}+\\s+){0,2}\\p{Lu}\\p{Ll}+)$");
    private static final Pattern CLAIM_LEAD = Pattern.compile("^[\\s,]*(?:on \\p{Lu}\\p{Ll}+\\s+)?(?:that\\s+)?");
    private static final Pattern LEAD = Pattern.compile("^[\\s”\"’']*[,.!?;]?[\\s”\"’']*");
    private static final Set<BlockKind> QUOTABLE = Set.of(BlockKind.STANDFIRST, BlockKind.CAPTION, BlockKind.BODY,
            BlockKind.BLOCKQUOTE);

    private final Lexicon lex;
    /** "her daughter" ending the text, as {@link #THE_ROLE}: the role phrase is group 1. */
    private final Pattern possessiveRole;

    QuoteFinder(Lexicon lex) {
        this.lex = lex;
        this.possessiveRole = Pattern.compile("\\b(?:" + String.join("|", lex.speechPossessives.stream().sorted().toList())
                + ") ((?:[\\p{Ll}\\d][\\p{Ll}\\d-]*\\s+){0,2}\\p{Ll}+)$", Pattern.CASE_INSENSITIVE);
    }

    /** A quotation found in one place, before occurrences of the same words are merged. */
    record Found(Span span, String text, Group speaker, Span cue, int block) { }

    List<Quote> find(List<BlockText> blocks, SpeakerResolver speakers, Span dateline) {
        List<Found> found = new ArrayList<>();
        Group previousBlockSpeaker = null;
        boolean previousRanOn = false;
        int previousBlockFirst = 0;
        // The speaker of the paragraph before a quotation that runs on unclosed: its own unless the paragraph that
        // closes the quotation names another (QuotationRunOnTakesItsClose).
        Group deferred = null;
        for (int b = 0; b < blocks.size(); b++) {
            BlockText bt = blocks.get(b);
            if (!QUOTABLE.contains(bt.block.kind())) {
                continue;
            }
            List<Found> here = new ArrayList<>();
            List<Boolean> attributed = new ArrayList<>();
            Group defer = null;
            for (QuoteSpan q : bt.quotes) {
                String text = bt.slice(q.inner().start(), q.inner().end());
                if (text.isBlank()) {
                    continue;
                }
                Attribution a = attribute(bt, q, speakers);
                here.add(new Found(q.inner(), text, a == null ? null : a.speaker, a == null ? null : a.cue, b));
                attributed.add(a != null && a.speaker != null);
            }
            // Unattributed quotes take the speaker of their paragraph's attributed neighbour, or of the
            // paragraph before when the quotation is carried on.
            for (int i = 0; i < here.size(); i++) {
                if (attributed.get(i)) {
                    continue;
                }
                Group g = null;
                for (int k = i - 1; k >= 0 && g == null; k--) {
                    g = here.get(k).speaker();
                }
                for (int k = i + 1; k < here.size() && g == null; k++) {
                    g = attributed.get(k) ? here.get(k).speaker() : null;
                }
                // A quotation carried on: the previous paragraph's quote ran on unclosed, or this
                // paragraph is nothing but quotation (no attribution of its own to resolve).
                if (g == null && i == 0 && bt.opensWith(here.get(i).span().start())) {
                    if (previousBlockSpeaker == null && previousRanOn) {
                        g = deferred; // run on from a paragraph of quotation alone whose close named no one
                    } else if (previousBlockSpeaker != null && (previousRanOn || quotesOnly(bt))) {
                        if (!previousRanOn && bt.quotationRunningOn()) {
                            defer = previousBlockSpeaker; // unless the paragraph that closes it names another
                        } else {
                            g = previousBlockSpeaker;
                        }
                    }
                }
                if (g == null) {
                    g = sourceOfTheParagraph(bt, here.get(i).span(), speakers);
                }
                Found f = here.get(i);
                here.set(i, new Found(f.span(), f.text(), g, f.cue(), b));
            }
            // CarriedOnQuoteTakesItsClose: a quotation run on from the paragraph before with no attribution there
            // ("…an ambulance ride. ¶ “I would ask …,” the senator said.") is said by whoever closes it.
            // QuotationRunOnTakesItsClose: so is a paragraph of quotation alone that runs on after another speaker's
            // paragraph ("… consider any business case," it said. ¶ "We all want better transport … ¶ "… not a tram,"
            // said Iain Drummond-Hay.); only when the close names no one is it the paragraph before's speaker's.
            boolean closedByName = previousRanOn && previousBlockSpeaker == null && !here.isEmpty()
                    && here.get(0).speaker() != null && bt.opensWith(here.get(0).span().start());
            Group carried = closedByName ? here.get(0).speaker() : deferred;
            if (carried != null) {
                for (int k = previousBlockFirst; k < found.size(); k++) {
                    Found f = found.get(k);
                    if (f.speaker() == null) {
                        found.set(k, new Found(f.span(), f.text(), carried, f.cue(), f.block()));
                    }
                }
            }
            deferred = defer;
            previousBlockFirst = found.size();
            for (Found f : here) {
                if (f.speaker() != null) {
                    speakers.spoke(f.speaker(), f.span().start());
                }
            }
            previousBlockSpeaker = here.isEmpty() ? null : here.get(here.size() - 1).speaker();
            previousRanOn = !bt.quotes.isEmpty() && !bt.quotes.get(bt.quotes.size() - 1).closed();
            // "Jane Doe said:" closing a paragraph of its own introduces the quotation that follows.
            if (here.isEmpty()) {
                Group lead = colonLead(bt, speakers);
                if (lead != null) {
                    previousBlockSpeaker = lead;
                    previousRanOn = true;
                }
            }
            found.addAll(here);
        }
        List<Quote> out = merge(found, blocks);
        for (BlockText bt : blocks) {
            if (bt.block.kind() == BlockKind.BODY || bt.block.kind() == BlockKind.STANDFIRST) {
                out.addAll(reported(bt, speakers, dateline));
            }
        }
        return out;
    }

    private static final Pattern DETERMINER = Pattern.compile("(?i)the|a|an");

    /**
     * Named sieve SourceOfTheParagraph: "According to Søren Kjærgaard, a coral physiologist …, the tolerance has limits.
     * Laboratory tests showed … the gulf could reach “within the lifetime of children born today.”": a quotation with no
     * attribution of its own in a later sentence of a paragraph that opens by citing its source is that source's.
     */
    private static Group sourceOfTheParagraph(BlockText bt, Span quote, SpeakerResolver speakers) {
        if (bt.sentences.isEmpty() || bt.sentences.get(0).end() > quote.start()) {
            return null;
        }
        Span first = bt.sentences.get(0);
        List<Token> toks = tokensBetween(bt, first.start(), first.end());
        if (!accordingTo(toks) || toks.size() < 3 || BlockText.insideQuote(bt.quotes, toks.get(0).start())) {
            return null;
        }
        Group g = speakers.firstCandidate(bt, toks.get(1).end(), Math.min(first.end(), toks.get(1).end() + 80));
        return g == null || g.type == EntityType.PLACE ? null : g;
    }

    /**
     * Where ", according to" starts after a comma or a conjunction that opens a clause ("but according to Wijeratne
     * the bowlers …") among the tokens (the index of "according"), or -1.
     */
    private int accordingToSetOff(List<Token> toks) {
        for (int i = 1; i + 1 < toks.size(); i++) {
            String previous = toks.get(i - 1).text();
            if ((previous.equals(",") || lex.clauseOpeners.contains(previous)) && accordingTo(toks.subList(i, toks.size()))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * "according to Wijeratne the bowlers had been “brilliant”": with no comma after the source, the name that follows
     * "according to" (lower-case words before it at most: "according to coach Wijeratne") is the source; null when
     * none starts within a few words.
     */
    private Group sourceWithoutComma(BlockText bt, List<Token> cited, SpeakerResolver speakers) {
        for (int i = 2; i < Math.min(cited.size(), 6); i++) {
            Token t = cited.get(i);
            int end = speakers.nameEndFrom(t.start());
            if (end > 0) {
                Group g = speakers.firstCandidate(bt, t.start(), end);
                return g == null || g.type == EntityType.PLACE ? null : g;
            }
            if (!Character.isLowerCase(t.text().charAt(0))) {
                return null;
            }
        }
        return null;
    }

    /** Whether the tokens open with "according to". */
    static boolean accordingTo(List<Token> toks) {
        return toks.size() >= 2 && toks.get(0).text().equalsIgnoreCase("according") && toks.get(1).text().equals("to");
    }
    private static final Pattern ACCORDING_TO = Pattern.compile("(?i)\\baccording to\\b");

    /**
     * Reported speech in sentences with no quotation marks: "X said (that) …", "X told reporters …",
     * "X claimed …", "according to X, …" and "…, X said." The claim is the clause after the verb (or
     * the sentence without its attribution).
     */
    private List<Quote> reported(BlockText bt, SpeakerResolver speakers, Span dateline) {
        List<Quote> out = new ArrayList<>();
        for (Span whole : bt.sentences) {
            // The dateline ("PARIS (Reuters) -") heads the first sentence but is no part of any claim.
            Span sentence = dateline != null && whole.contains(dateline) && dateline.end() < whole.end()
                    ? new Span(dateline.end(), whole.end()) : whole;
            String st = bt.slice(sentence.start(), sentence.end());
            if (st.indexOf('"') >= 0 || st.indexOf('“') >= 0 || st.indexOf('”') >= 0 || st.indexOf('‘') >= 0) {
                continue;
            }
            List<Token> toks = tokensBetween(bt, sentence.start(), sentence.end());
            Matcher acc = ACCORDING_TO.matcher(st);
            if (acc.find()) {
                int at = sentence.start() + acc.end();
                Group g = speakers.firstCandidate(bt, at, Math.min(sentence.end(), at + 80));
                if (g != null) {
                    Span claim = acc.start() == 0
                            ? afterComma(bt, at, sentence) : trimClaim(bt, sentence.start(), sentence.start() + acc.start());
                    if (claim != null) {
                        out.add(new Quote(bt.slice(claim.start(), claim.end()), List.of(claim), g.key, SpeechMode.INDIRECT,
                                new Span(sentence.start() + acc.start(), sentence.start() + acc.end())));
                    }
                    continue;
                }
            }
            for (int i = 1; i < toks.size() - 3; i++) {
                Token v = toks.get(i);
                if (!lex.claimVerbs.contains(v.text())) {
                    continue;
                }
                Group g = speakers.candidateEndingAt(bt, lastNonAdverbEnd(toks, i));
                Token subj = toks.get(i - 1);
                if (g == null) {
                    g = speakers.pronoun(subj.text(), subj.start());
                }
                if (g == null && subj.text().equals(",")) {
                    g = speakers.subjectBeforeApposition(bt, sentence, subj.start());
                }
                if (g == null) {
                    break;
                }
                int from = v.end();
                if (v.text().equals("told") && i + 1 < toks.size()) {
                    from = afterHearer(toks, i, speakers);
                    if (from < 0) {
                        break;
                    }
                }
                Span claim = trimClaim(bt, from, sentence.end());
                // "…, the Kremlin said, a week after …": the claim is what comes before the attribution.
                if (i + 1 < toks.size() && RE_COMMA_STOP.matcher(toks.get(i + 1).text()).matches()) {
                    int subjectStart = subj.start();
                    for (Candidate c : speakers.candidatesOf(g)) {
                        if (c.span.end() == lastNonAdverbEnd(toks, i)) {
                            subjectStart = c.span.start();
                        }
                    }
                    String lead = bt.slice(sentence.start(), subjectStart);
                    int cut = lead.toLowerCase(Locale.ROOT).lastIndexOf(", the ");
                    cut = cut >= 0 ? cut : lead.lastIndexOf(',');
                    claim = cut > 0 ? trimClaim(bt, sentence.start(), sentence.start() + cut) : null;
                }
                if (claim != null && claim.length() > 12) {
                    out.add(new Quote(bt.slice(claim.start(), claim.end()), List.of(claim), g.key, SpeechMode.INDIRECT,
                            new Span(v.start(), v.end())));
                }
                break;
            }
        }
        return out;
    }

    /**
     * TellingHasAHearer: where the claim after "told" starts: after "that" when it comes within a few words ("told
     * reporters on Tuesday that …"), else after the hearer (words of speech-words.txt, hearer, and names: "told state
     * television", "told Reuters"); -1 when nothing but a time or a place follows the hearer ("told analysts on
     * Tuesday.").
     */
    private int afterHearer(List<Token> toks, int told, SpeakerResolver speakers) {
        for (int k = told + 1; k < Math.min(toks.size(), told + 9); k++) {
            String w = toks.get(k).text();
            if (w.equals("that")) {
                return toks.get(k - 1).end();
            }
            if (w.equals(",") || w.equals(".")) {
                break;
            }
        }
        int k = told + 1;
        while (k < toks.size() && k - told <= 6) {
            Token t = toks.get(k);
            int nameEnd = speakers.nameEndFrom(t.start());
            if (nameEnd > 0) {
                while (k < toks.size() && toks.get(k).end() <= nameEnd) {
                    k++;
                }
            } else if (lex.hearers.contains(t.text().toLowerCase(Locale.ROOT))) {
                k++;
            } else if (DETERMINER.matcher(t.text()).matches() && k + 1 < toks.size()
                    && (lex.hearers.contains(toks.get(k + 1).text().toLowerCase(Locale.ROOT))
                    || speakers.nameEndFrom(toks.get(k + 1).start()) > 0)) {
                // "told the BBC", "told a news conference"; "told reporters the plan …" keeps its "the".
                k++;
            } else {
                break;
            }
        }
        if (k == told + 1) {
            return toks.get(told).end();
        }
        if (k >= toks.size() || !toks.get(k).isWord() || lex.subjectBlockers.contains(toks.get(k).text().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        return toks.get(k - 1).end();
    }

    private Span afterComma(BlockText bt, int from, Span sentence) {
        String rest = bt.slice(from, sentence.end());
        int comma = rest.indexOf(',');
        if (comma < 0) {
            return null;
        }
        // "According to Søren Kjærgaard, a coral physiologist at the University of Copenhagen, the tolerance has
        // limits": a description set off in apposition after the source (an article, no verb) is no part of the claim.
        int second = rest.indexOf(',', comma + 1);
        if (second > 0 && RE_APPOSITION_OPENING.matcher(rest.substring(comma + 1, second)).lookingAt()
                && java.util.Arrays.stream(RE_SPACES.split(rest.substring(comma + 1, second).strip()))
                        .noneMatch(lex.auxiliaries::contains)) {
            comma = second;
        }
        return trimClaim(bt, from + comma + 1, sentence.end());
    }

    /** A description opening an apposition: an indefinite article. */
    private static final Pattern RE_APPOSITION_OPENING = Pattern.compile("\\s+an?\\s");

    /** The claim between two offsets, without a leading "that"/"on Tuesday" and the final stop. */
    private static Span trimClaim(BlockText bt, int start, int end) {
        String t = bt.slice(start, end);
        int s = 0;
        int e = t.length();
        Matcher lead = CLAIM_LEAD.matcher(t);
        if (lead.find()) {
            s = lead.end();
        }
        while (e > s && ".,;: ".indexOf(t.charAt(e - 1)) >= 0) {
            e--;
        }
        return e - s < 3 ? null : new Span(start + s, start + e);
    }


    /** Whether every word of the block is inside quotation marks. */
    private static boolean quotesOnly(BlockText bt) {
        for (Token t : bt.tokens) {
            if (t.isWord() && !BlockText.insideQuote(bt.quotes, t.start())) {
                return false;
            }
        }
        return true;
    }

    private List<Quote> merge(List<Found> found, List<BlockText> blocks) {
        Map<String, List<Found>> byText = new LinkedHashMap<>();
        for (Found f : found) {
            if (f.speaker() == null && !isSpeech(f.text())) {
                continue;
            }
            byText.computeIfAbsent(normalise(f.text()), k -> new ArrayList<>()).add(f);
        }
        List<Quote> out = new ArrayList<>();
        for (List<Found> fs : byText.values()) {
            // CaptionRepeatsTheBody: a caption that quotes words the story quotes again gives the story's speaker,
            // named there in full; the caption may come first and name the speaker only by a role not yet held.
            Found first = fs.stream().filter(f -> f.speaker() != null)
                    .min(java.util.Comparator.comparing(f -> blocks.get(f.block()).block.kind() == BlockKind.CAPTION))
                    .orElse(fs.get(0));
            out.add(new Quote(first.text(), fs.stream().map(Found::span).toList(),
                    first.speaker() == null ? null : first.speaker().key, SpeechMode.DIRECT, first.cue()));
        }
        return out;
    }

    /**
     * Whether quoted words with no speaker found are still a quotation, kept as unattributed rather than dropped: a
     * clause of {@value #SPEECH_WORDS} words or more whose own punctuation closes it inside the marks ("We will not
     * back down," …). Scare quotes, titles and slogans are shorter or carry no closing punctuation of their own.
     */
    static boolean isSpeech(String text) {
        String t = text.strip();
        if (t.isEmpty() || ".,!?…".indexOf(t.charAt(t.length() - 1)) < 0) {
            return false;
        }
        return t.split("\\s+").length >= SPEECH_WORDS;
    }

    /** The fewest words an unattributed quotation has (see {@link #isSpeech}). */
    static final int SPEECH_WORDS = 5;

    private static final Pattern QUOTE_MARKS = Pattern.compile("[\"“”‘’']");

    /**
     * The quotation's words for comparing it with another: quote marks dropped, runs of whitespace one
     * space, stripped, lower case.
     */
    static String normalise(String s) {
        return RE_SPACES.matcher(QUOTE_MARKS.matcher(s).replaceAll("")).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the token is one mark that ends a clause: {@code [,;:"“”]}. */
    private static boolean isClauseMark(String t) {
        return t.length() == 1 && ",;:\"“”".indexOf(t.charAt(0)) >= 0;
    }

    record Attribution(Group speaker, Span cue) { }

    /** How many words after a quoted question or exclamation may hold its speaker and verb ("the opposition leader said"). */
    private static final int SPEAKER_AFTER_QUESTION = 6;

    private Attribution attribute(BlockText bt, QuoteSpan q, SpeakerResolver speakers) {
        int qs = q.inner().start();
        int qe = q.inner().end();
        Span sentence = bt.sentences.get(bt.sentenceAt(qs));
        // After the quote.
        // LEAD read from the quote's end in the block's text (not a copy of the rest of the block).
        int restStart = Math.min(bt.text.length(), Math.max(0, qe - bt.offset));
        Matcher lead = LEAD.matcher(bt.text).region(restStart, bt.text.length());
        boolean led = lead.find();
        int from = qe + (led ? lead.end() - restStart : 0);
        // "protects ‘thousands of families’; PN warns …": a semicolon after the quote opens another clause, whose
        // subject is no speaker of the quote.
        boolean semicolon = led && lead.group().indexOf(';') >= 0;
        List<Token> after = semicolon ? List.of() : tokensBetween(bt, from, Math.max(from, sentence.end()));
        Attribution a = afterQuote(bt, after, speakers, from);
        if (a != null) {
            return a;
        }
        // QuestionThenSpeaker: "“… in our sleep?” Nagaraj said": a question or exclamation mark stands for the comma,
        // so the sentence the mark ended goes on with its speaker; only the next few words are read.
        String lastMark = bt.slice(qe - 1, qe);
        if (after.isEmpty() && (lastMark.equals("?") || lastMark.equals("!"))) {
            int next = bt.sentenceAt(from);
            if (next >= 0 && next < bt.sentences.size() && bt.sentences.get(next).start() >= sentence.end()) {
                List<Token> nextWords = tokensBetween(bt, from, bt.sentences.get(next).end());
                a = afterQuote(bt, nextWords.subList(0, Math.min(nextWords.size(), SPEAKER_AFTER_QUESTION)), speakers, from);
                if (a != null) {
                    return a;
                }
            }
        }
        // Before the quote, in its sentence: the last verb of saying outside other quotations.
        List<Token> before = tokensBetween(bt, sentence.start(), qs);
        for (int i = before.size() - 1; i >= 0; i--) {
            Token t = before.get(i);
            if (BlockText.insideQuote(bt.quotes, t.start())) {
                continue;
            }
            if (lex.isAttributionVerb(t.text())) {
                // ParticipleTakesTheSaidSubject: "…, the ministry's directorate said in a statement, describing the
                // situation as “…”": a verb of saying in -ing after a comma goes on the clause of the verb before it.
                int said = t.text().endsWith("ing") && i > 0 && before.get(i - 1).text().equals(",")
                        ? attributionVerbBefore(bt, before, i - 1) : -1;
                Group g = subjectBefore(bt, before, said >= 0 ? said : i, speakers, sentence);
                if (g != null) {
                    return new Attribution(g, new Span(t.start(), t.end()));
                }
            }
        }
        // AccordingToBeforeQuote: "According to Hasnah, the tribunal “will sit in every state capital”": the sentence
        // opens with "according to" (or sets it off with commas: "The effect, according to co-author Prof Mahfuzul
        // Karim-Bhuiyan of the University of Dhaka, was strongest when the air is “almost still”") and a name before
        // the next comma; that name's words the quotation is.
        int according = accordingToSetOff(before);
        List<Token> cited = according > 0 ? before.subList(according, before.size()) : before;
        if (cited.size() >= 4 && accordingTo(cited)) {
            if (nextComma(cited, 2) < 0) {
                Group g = sourceWithoutComma(bt, cited, speakers);
                if (g != null) {
                    return new Attribution(g, new Span(cited.get(0).start(), cited.get(1).end()));
                }
            }
            for (int i = 2; i < cited.size(); i++) {
                if (cited.get(i).text().equals(",")) {
                    // "According to the regional council's hazards manager, Dr Imogen Pask, …": the person in
                    // apposition after the first comma is the one the body's role noun describes.
                    int apposition = nextComma(cited, i + 1);
                    Group g = apposition > 0
                            ? speakers.firstCandidate(bt, cited.get(2).start(), cited.get(apposition).start()) : null;
                    if (g == null || g.type != EntityType.PERSON) {
                        g = speakers.firstCandidate(bt, cited.get(2).start(), cited.get(i).start());
                    }
                    if (g != null) {
                        return new Attribution(g, new Span(cited.get(0).start(), cited.get(1).end()));
                    }
                    break;
                }
            }
        }
        // "Name: “…”" (captions) and "— Name" (blockquote footers).
        if (!before.isEmpty() && RE_OPENING_MARK.matcher(before.get(before.size() - 1).text()).matches()
                && before.size() >= 2 && before.get(before.size() - 2).text().equals(":")) {
            Group g = speakers.candidateEndingAt(bt, before.get(before.size() - 2).start());
            if (g != null) {
                return new Attribution(g, new Span(before.get(before.size() - 2).start(), before.get(before.size() - 2).end()));
            }
        }
        // ColonIntroducesQuote: "Councilwoman Grace Liu disagreed: “…”": a clause ending in a colon right before the
        // quotation is said by its sentence's subject, when that subject stands before the colon.
        if (before.size() >= 2 && RE_OPENING_MARK.matcher(before.get(before.size() - 1).text()).matches()
                && before.get(before.size() - 2).text().equals(":")) {
            Integer at = speakers.subjectPosition(sentence);
            Group g = at != null && at < before.get(before.size() - 2).start() ? speakers.sentenceSubject(bt, sentence) : null;
            if (g != null && g.type != EntityType.PLACE) {
                Token colon = before.get(before.size() - 2);
                return new Attribution(g, new Span(colon.start(), colon.end()));
            }
        }
        // A pull quote's <cite> line: "Jane Roe, in her farewell address" on the line after the quotation.
        if (bt.block.kind() == BlockKind.BLOCKQUOTE) {
            int end = bt.offset + bt.text.length();
            int nl = bt.text.indexOf('\n', qe - bt.offset);
            if (nl >= 0) {
                Group g = speakers.firstCandidate(bt, bt.offset + nl, end);
                if (g != null && g.type != EntityType.PLACE) {
                    return new Attribution(g, new Span(bt.offset + nl + 1, Math.min(end, bt.offset + nl + 2)));
                }
            }
        }
        return null;
    }

    /** The index of the last verb of saying before {@code end} outside other quotations, or -1. */
    private int attributionVerbBefore(BlockText bt, List<Token> toks, int end) {
        for (int j = end - 1; j >= 0; j--) {
            if (!BlockText.insideQuote(bt.quotes, toks.get(j).start()) && lex.isAttributionVerb(toks.get(j).text())) {
                return j;
            }
        }
        return -1;
    }

    /** The index of the next comma token from {@code from}, or -1. */
    private static int nextComma(List<Token> toks, int from) {
        for (int i = from; i < toks.size(); i++) {
            if (toks.get(i).text().equals(",")) {
                return i;
            }
        }
        return -1;
    }

    /** A person's age as news sets it off after the name: one to three digits. */
    private static final Pattern RE_AGE_NUMBER = Pattern.compile("\\d{1,3}");

    private Attribution afterQuote(BlockText bt, List<Token> after, SpeakerResolver speakers, int from) {
        if (after.isEmpty()) {
            return null;
        }
        Token first = after.get(0);
        if (first.text().equals("—") || first.text().equals("–") || first.text().equals("-")) {
            // DashNamesWithinItsParagraph: "‘…’ - analysis" heading a section names no one; the next paragraph's
            // names are not its speaker.
            Group g = speakers.firstCandidate(bt, first.end(), Math.min(bt.offset + bt.text.length(), first.end() + 120));
            return g == null ? null : new Attribution(g, new Span(first.start(), first.end()));
        }
        // "…," according to X / according to a memo X sent: the first person or body named after "according to".
        if (after.size() > 2 && accordingTo(after)) {
            Group g = speakers.firstCandidate(bt, after.get(1).end(), after.get(after.size() - 1).end());
            return g == null || g.type == EntityType.PLACE ? null
                    : new Attribution(g, new Span(first.start(), after.get(1).end()));
        }
        // "said X" / "said South Korean security chief X".
        if (lex.attributionVerbs.contains(first.text())) {
            // The speaker follows the verb at once ("said Jane Doe", "said the minister, Jane Doe");
            // "…," said he did not … is a new clause whose subject is no speaker of the quote.
            boolean nameNext = after.size() > 1 && (Character.isUpperCase(after.get(1).text().charAt(0))
                    || lex.speechArticles.contains(after.get(1).text()) || describedName(after));
            Group g = nameNext ? speakers.firstCandidateAfterVerb(bt, first.end(), after.get(after.size() - 1).end()) : null;
            boolean pronounAlone = after.size() == 2 || after.size() > 2 && RE_PUNCT.matcher(after.get(2).text()).matches();
            if (g == null && after.size() > 1 && pronounAlone) {
                g = speakers.pronoun(after.get(1).text(), first.start());
            }
            if (g == null && after.size() > 2 && after.get(1).text().equalsIgnoreCase("the")) {
                String role = describedAfterTheVerb(after);
                g = role == null ? null : speakers.role(role, first.start());
            }
            return g == null ? null : new Attribution(g, new Span(first.start(), first.end()));
        }
        // "X said", "he said", "the security chief said", "spokesman X told reporters".
        for (int i = 1; i < Math.min(after.size(), 12); i++) {
            Token t = after.get(i);
            if (t.text().equals(",")) {
                Attribution app = appositive(bt, after, i, speakers, from);
                if (app != null) {
                    return app;
                }
            }
            if (isClauseMark(t.text()) && !lex.attributionVerbs.contains(after.get(i - 1).text())) {
                break;
            }
            if (lex.isAttributionVerb(t.text()) || lex.afterQuoteVerbs.contains(t.text())) {
                String subject = bt.slice(from, t.start()).strip();
                Group g = speakers.candidateEndingAt(bt, lastNonAdverbEnd(after, i));
                if (g == null) {
                    g = speakerWithCompanions(bt, after, i, speakers);
                }
                if (g == null) {
                    g = speakers.pronoun(RE_SPACES.split(subject)[0], from);
                }
                if (g == null && subject.toLowerCase(Locale.ROOT).startsWith("the ")) {
                    g = speakers.role(subject.substring(4), from);
                }
                String[] subjectWords = RE_SPACES.split(subject, 2);
                if (g == null && subjectWords.length == 2
                        && lex.speechPossessives.contains(subjectWords[0].toLowerCase(Locale.ROOT))) {
                    g = speakers.possessiveRole(subjectWords[1], from);
                }
                if (g == null) {
                    g = speakers.bodyOfUnnamed(bt, from, t.start());
                }
                return g == null ? null : new Attribution(g, new Span(from, t.end()));
            }
        }
        return null;
    }

    /**
     * Named sieve SpeakerWithCompanions: "…," Baumgartner and her co-authors wrote: a name, "and", at most one lower-case
     * word and a word of {@code lexicon/speech-companions.txt} before the verb ({@code verb}); the name is the speaker.
     */
    private Group speakerWithCompanions(BlockText bt, List<Token> after, int verb, SpeakerResolver speakers) {
        int k = verb - 1;
        if (k < 2 || !lex.companions.contains(after.get(k).text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        int and = k - 1;
        if (!after.get(and).text().equals("and") && Character.isLowerCase(after.get(and).text().charAt(0))) {
            and--;
        }
        if (and < 1 || !after.get(and).text().equals("and")) {
            return null;
        }
        Group g = speakers.candidateEndingAt(bt, after.get(and - 1).end());
        return g == null || g.type == EntityType.PLACE ? null : g;
    }

    /**
     * Named sieve SaidTheDescription: "…," said the 51-year-old oil services businessman: the words after "said the" up
     * to punctuation, a preposition or a relative pronoun (lexicon/speech-words.txt), for {@link SpeakerResolver#role}
     * (the person last named in that role, or the untitled person last named when no one holds it); null when no word
     * follows.
     */
    private String describedAfterTheVerb(List<Token> after) {
        StringBuilder out = new StringBuilder();
        for (int i = 2; i < Math.min(after.size(), 8); i++) {
            String w = after.get(i).text();
            if (!Character.isLetterOrDigit(w.charAt(0)) || lex.subjectBlockers.contains(w)
                    || lex.descriptionEnds.contains(w)) {
                break;
            }
            out.append(out.isEmpty() ? "" : " ").append(w);
        }
        return out.isEmpty() ? null : out.toString();
    }

    /** "said opposition lawmaker Jane Doe": up to three lower-case words of description, then a name. */
    private static boolean describedName(List<Token> after) {
        for (int i = 1; i < Math.min(after.size(), 5); i++) {
            String w = after.get(i).text();
            if (!Character.isLetter(w.charAt(0))) {
                return false;
            }
            if (Character.isUpperCase(w.charAt(0))) {
                return i > 1;
            }
        }
        return false;
    }

    /**
     * A speaker set off by commas before the verb: "…," Jane Roe, the head of the agency, said; "…,"
     * the party's secretary, Jane Roe, told reporters; "…," Jane Roe, a hydrologist at the University of California,
     * Irvine, told reporters (a comma inside the description, before a capitalised word, is the description's).
     * {@code comma} is the first comma after the quote.
     */
    private Attribution appositive(BlockText bt, List<Token> after, int comma, SpeakerResolver speakers, int from) {
        int nameEnd = comma - 1;
        // "…," Medeiros Furtado, 47, a former mayor of Ribeira Grande, told: the age set off after the name is the
        // name's; the description follows it.
        if (comma + 2 < after.size() && RE_AGE_NUMBER.matcher(after.get(comma + 1).text()).matches()
                && after.get(comma + 2).text().equals(",")) {
            comma += 2;
        }
        int second = -1;
        int inner = 0;
        for (int j = comma + 1; j < Math.min(after.size() - 1, comma + 18); j++) {
            String w = after.get(j).text();
            if (w.equals(",")) {
                String next = after.get(j + 1).text();
                // One comma before a capitalised word other than the verb is the description's own ("California, Irvine").
                boolean insideDescription = inner == 0 && !lex.attributionVerbs.contains(next)
                        && Character.isUpperCase(next.charAt(0));
                if (!insideDescription) {
                    second = j;
                    break;
                }
                inner++;
                continue;
            }
            if (RE_STOP_MARK.matcher(w).matches()) {
                return null;
            }
        }
        if (second < 0 || !lex.attributionVerbs.contains(after.get(second + 1).text())) {
            return null;
        }
        Token verb = after.get(second + 1);
        // The name before the first comma, else the name that fills the part between the commas, else a person named
        // first there with their body after them ("the study's lead author, Dr Hanne Verlinden-Dupuis of Sciensano,").
        Group g = speakers.candidateEndingAt(bt, after.get(nameEnd).end());
        if (g == null) {
            Group first = speakers.firstCandidate(bt, after.get(comma).end(), after.get(second).start());
            Group last = speakers.candidateEndingAt(bt, after.get(second - 1).end());
            g = first != null && (first == last || first.type == EntityType.PERSON) ? first : null;
        }
        if (g == null || g.type == EntityType.PLACE) {
            return null;
        }
        return new Attribution(g, new Span(from, verb.end()));
    }

    /** The speaker of a paragraph that ends "X said:" (or, with no verb of saying, its subject's), or null. */
    private Group colonLead(BlockText bt, SpeakerResolver speakers) {
        List<Token> toks = bt.tokens;
        int n = toks.size() - 1;
        if (n < 2 || !toks.get(n).text().equals(":")) {
            return null;
        }
        if (!lex.attributionVerbs.contains(toks.get(n - 1).text())) {
            // "…, its chief executive, Gerald Baca, spoke directly to families:": a paragraph closing on a colon
            // without a verb of saying before it introduces the next quotation as its last sentence's subject's, a
            // person's.
            Group subject = bt.sentences.isEmpty() ? null
                    : speakers.sentenceSubject(bt, bt.sentences.get(bt.sentences.size() - 1));
            return subject != null && subject.type == EntityType.PERSON ? subject : null;
        }
        int end = lastNonAdverbEnd(toks, n - 1);
        Group g = speakers.candidateEndingAt(bt, end);
        if (g == null) {
            Token subj = toks.get(n - 2);
            g = speakers.pronoun(subj.text(), subj.start());
        }
        return g;
    }

    private int lastNonAdverbEnd(List<Token> toks, int verb) {
        int k = verb - 1;
        while (k > 0 && lex.speechAdverbs.contains(toks.get(k).text())) {
            k--;
        }
        return toks.get(k).end();
    }

    private Group subjectBefore(BlockText bt, List<Token> before, int verb, SpeakerResolver speakers, Span sentence) {
        int k = verb - 1;
        while (k >= 0 && lex.speechAdverbs.contains(before.get(k).text())) {
            k--;
        }
        if (k < 0) {
            return speakers.sentenceSubject(bt, sentence);
        }
        k = beforeGloss(before, k);
        Token t = before.get(k);
        Group g = speakers.candidateEndingAt(bt, t.end());
        if (g != null) {
            return g;
        }
        g = speakers.pronoun(t.text(), t.start());
        if (g != null) {
            return g;
        }
        if (t.text().equals(",")) {
            // "Jane Roe's spokesman, John Doe, said": the name set off by commas is the one speaking.
            int j = k - 1;
            while (j >= 0 && !before.get(j).text().equals(",") && Character.isUpperCase(before.get(j).text().charAt(0))) {
                j--;
            }
            if (j >= 1 && j < k - 1 && before.get(j).text().equals(",")
                    && lex.roleNouns.contains(before.get(j - 1).text().toLowerCase(Locale.ROOT))) {
                Group named = speakers.candidateEndingAt(bt, before.get(k - 1).end());
                if (named != null && named.type == EntityType.PERSON) {
                    return named;
                }
            }
            Group subject = speakers.sentenceSubject(bt, sentence);
            // "A spokesperson for the Acme Agency, which issues alerts, said": an unnamed voice with a clause after it.
            return subject != null ? subject : speakers.bodyOfUnnamed(bt, sentence.start(), before.get(verb).start());
        }
        // "where the Deputy Bailiff described …": a title printed capitalised after "the" is the role.
        String lead = bt.slice(sentence.start(), t.end());
        Matcher m = THE_TITLE.matcher(lead);
        if (m.find() && lex.titles.contains(m.group(1))) {
            g = speakers.role(m.group(1).toLowerCase(Locale.ROOT), t.start());
            if (g != null) {
                return g;
            }
        }
        // "A Kremlin spokesman said", "a spokeswoman for the ministry said": an unnamed voice of a body.
        g = speakers.bodyOfUnnamed(bt, Math.max(sentence.start(), t.start() - 80), before.get(verb).start());
        if (g != null) {
            return g;
        }
        // "the security chief said", "the president told"
        m = THE_ROLE.matcher(lead);
        if (m.find()) {
            g = speakers.role(m.group(1), t.start());
            if (g != null) {
                return g;
            }
        }
        m = possessiveRole.matcher(lead);
        if (m.find()) {
            g = speakers.possessiveRole(m.group(1), t.start());
            if (g != null) {
                return g;
            }
        }
        // "Minister says 4% ceiling protects ‘thousands of families’": a headline's role, with no article before it.
        m = BARE_ROLE.matcher(lead);
        if (HEADS.contains(bt.block.kind()) && m.matches()) {
            g = speakers.soleHolderOf(m.group(1));
            if (g != null) {
                return g;
            }
        }
        return speakers.sentenceSubject(bt, sentence);
    }

    /**
     * "A spokesperson for the Department of … (Daera) said": a short gloss in brackets ending at {@code k} is the name's,
     * which ends before it; the index of the token before the gloss, else {@code k}.
     */
    private static int beforeGloss(List<Token> toks, int k) {
        if (!toks.get(k).text().equals(")")) {
            return k;
        }
        for (int open = k - 1; open > 0 && k - open <= 3; open--) {
            if (toks.get(open).text().equals("(")) {
                return open - 1;
            }
        }
        return k;
    }

    /** A role opening the sentence with no article before it, as headlines print it: "Minister", "Police chief". */
    private static final Pattern BARE_ROLE = Pattern.compile("^[\\s\"“‘']*(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Ll}+){0,2})$");
    private static final Set<BlockKind> HEADS = Set.of(BlockKind.HEADLINE, BlockKind.STANDFIRST);

    static List<Token> tokensBetween(BlockText bt, int start, int end) {
        List<Token> out = new ArrayList<>();
        for (int i = bt.firstTokenFrom(start); i < bt.tokens.size(); i++) {
            Token t = bt.tokens.get(i);
            if (t.end() > end) {
                // Tokens do not overlap: every later one ends past the span too.
                break;
            }
            out.add(t);
        }
        return out;
    }
}
