package org.dateline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.extract.BlockText.Token;
import org.dateline.ingest.BlockKind;
import org.dateline.ingest.Span;

/**
 * Finds events by their trigger words ({@code data/lexicon/event-triggers.tsv}) in running text,
 * not inside quotations, and fills in what the sentence says: who acted (names before the trigger),
 * who was affected (names after it), where (a place after "in", "at", "near") and when (the time
 * mention nearest the trigger in its sentence, else earlier in its paragraph, else the report's date
 * for statements and ceremonies, else none).
 */
final class EventDetector {
    private static final Pattern LOCATIVE = Pattern.compile("(?:\\bin|\\bat|\\bnear|\\boutside|\\binside|\\bfrom)\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Set<BlockKind> RUNNING = Set.of(BlockKind.STANDFIRST, BlockKind.BODY, BlockKind.CAPTION);

    private final Lexicon lex;

    EventDetector(Lexicon lex) {
        this.lex = lex;
    }

    List<Event> find(List<BlockText> blocks, List<Candidate> names, List<TimeMention> times, LocalDate reference,
                     SpeakerResolver speakers) {
        names = new java.util.ArrayList<>(names);
        names.sort((a, b) -> Integer.compare(a.span.start(), b.span.start()));
        List<Event> out = new ArrayList<>();
        Set<String> seenCaption = new java.util.HashSet<>();
        for (BlockText bt : blocks) {
            if (!RUNNING.contains(bt.block.kind())) {
                continue;
            }
            if (bt.block.kind() == BlockKind.CAPTION && !seenCaption.add(bt.text)) {
                continue;
            }
            List<String> words = bt.lower;
            for (int i = 0; i < words.size(); i++) {
                Token first = bt.tokens.get(i);
                // Whole quoted sentences are the speaker's words; a partial quote inside the reporter's
                // sentence still tells of events ("… to be notified by General X").
                if (!first.isWord() || insideFullQuote(bt, first.start())) {
                    continue;
                }
                int len = lex.triggerIndex.longestAtLower(words, i);
                if (len == 0) {
                    continue;
                }
                Token last = bt.tokens.get(i + len - 1);
                // "High Negotiations Committee": a trigger word inside a name tells of no event; nor
                // does a month that looks like one ("March 31").
                if (insideName(names, first.start()) || len == 1 && lex.months.containsKey(first.text())) {
                    continue;
                }
                String form = String.join(" ", words.subList(i, i + len));
                Lexicon.Trigger trig = lex.triggers.get(form);
                if (trig == null) {
                    continue;
                }
                Span span = new Span(first.start(), last.end());
                out.add(event(bt, span, trig, names, times, reference, speakers));
                i += len - 1;
            }
        }
        return out;
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

    private static boolean insideFullQuote(BlockText bt, int pos) {
        for (BlockText.QuoteSpan q : bt.quotes) {
            if (q.inner().start() <= pos && pos < q.inner().end()) {
                Span sentence = bt.sentences.get(bt.sentenceAt(q.inner().start()));
                return bt.slice(sentence.start(), q.inner().start()).strip().matches("[\"“]?");
            }
        }
        return false;
    }

    private Event event(BlockText bt, Span trigger, Lexicon.Trigger trig, List<Candidate> names,
                        List<TimeMention> times, LocalDate reference, SpeakerResolver speakers) {
        Span sentence = bt.sentences.get(bt.sentenceAt(trigger.start()));
        Set<String> agents = new LinkedHashSet<>();
        // "A day earlier, he had defended …": a pronoun subject acts through the person it stands for.
        Integer subjectAt = speakers.subjectPosition(sentence);
        if (subjectAt != null && subjectAt < trigger.start()) {
            EntityResolver.Group g = speakers.sentenceSubject(bt, sentence);
            if (g != null) {
                agents.add(g.key);
            }
        }
        Set<String> affected = new LinkedHashSet<>();
        String place = null;
        int placeDistance = Integer.MAX_VALUE;
        for (Candidate c : names) {
            if (c.group == null || c.span.start() < sentence.start() || c.span.end() > sentence.end()
                    || BlockText.insideQuote(bt.quotes, c.span.start())) {
                continue;
            }
            String before = bt.slice(Math.max(sentence.start(), c.span.start() - 30), c.span.start());
            if (c.group.type == EntityType.PLACE && LOCATIVE.matcher(before).find()) {
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
                date(bt, trigger, sentence, trig, times, reference), place, List.copyOf(agents), List.copyOf(affected));
    }

    private static LocalDate date(BlockText bt, Span trigger, Span sentence, Lexicon.Trigger trig,
                                  List<TimeMention> times, LocalDate reference) {
        TimeMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        TimeMention earlierInParagraph = null;
        for (TimeMention t : times) {
            if (sentence.contains(t.span())) {
                int d = t.span().start() >= trigger.end() ? t.span().start() - trigger.end()
                        : trigger.start() - t.span().end();
                if (d < bestDistance) {
                    best = t;
                    bestDistance = d;
                }
            } else if (bt.block.span().contains(t.span()) && t.span().end() <= sentence.start()) {
                earlierInParagraph = t;
            }
        }
        if (best != null) {
            return best.date();
        }
        if (earlierInParagraph != null) {
            return earlierInParagraph.date();
        }
        return trig.datedByReport() ? reference : null;
    }
}
