package org.dateline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dateline.ingest.Article;
import org.dateline.ingest.Author;
import org.dateline.ingest.Block;
import org.dateline.ingest.BlockKind;
import org.dateline.ingest.BylineJobs;
import org.dateline.ingest.Image;
import org.dateline.model.Span;
import org.dateline.knowledge.Gazetteer;
import org.dateline.model.EntityType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds entities, quotes, time expressions and events in an article. Thread-safe: the lexicon and
 * gazetteer are loaded once in {@link #create} and only read afterwards; every call builds its own
 * working state.
 */
public final class Extractor {
    private static final Logger LOG = LoggerFactory.getLogger(Extractor.class);

    private final Lexicon lexicon;
    private final EntityRecognizer recognizer;
    private final EntityResolver resolver;
    private final QuoteFinder quotes;
    private final TimeResolver times;
    private final EventDetector events;
    /** The sequence model, a source of candidate names beside the rules; null when switched off. */
    private final SequenceModelNames model;
    /** The learned decision step over all evidence; null for the rules' own order. */
    private final NameDecider decider;
    private final NameFeatures features;
    private final PublisherNames publisherNames;
    /** The rule that reads a photographer from a picture's credit: who took the picture is no one in the story. */
    static final String PHOTO_CREDIT = "PhotoCredit";

    private Extractor(Gazetteer gazetteer, SequenceModelNames model, NameDecider decider) {
        this.model = model;
        this.decider = decider;
        this.lexicon = Lexicon.load();
        NameCues cues = NameCues.load(lexicon);
        // The rules type names with the hand-checked layer: the open-data layer's brands, institutes and small towns
        // share names with people and places news means otherwise, so it is evidence for the decider and for one rule
        // of last resort (a well-known body no other rule typed), not a rule of its own.
        this.recognizer = new EntityRecognizer(lexicon, cues, gazetteer);
        this.resolver = new EntityResolver(lexicon, cues, recognizer::lookup, recognizer::lookupAll);
        this.quotes = new QuoteFinder(lexicon);
        this.times = new TimeResolver(lexicon);
        this.events = new EventDetector(lexicon);
        this.features = new NameFeatures(lexicon, gazetteer);
        this.publisherNames = new PublisherNames(lexicon, recognizer::lookupAll);
    }

    /**
     * An extractor using the bundled lexicons ({@code data/lexicon/}), the given gazetteer (its hand-checked part for
     * the typing rules, all of it as evidence for the decider), the bundled sequence model and name decider.
     */
    public static Extractor create(Gazetteer gazetteer) {
        return new Extractor(gazetteer, SequenceModelNames.load(), NameDecider.loadDefault());
    }

    /**
     * An extractor with the given sequence model as a source of names (null for rules and gazetteer only) and the
     * given decision step (null: the rules decide in their order).
     */
    public static Extractor create(Gazetteer gazetteer, SequenceModelNames model, NameDecider decider) {
        return new Extractor(gazetteer, model, decider);
    }

    /**
     * Everything found in the article's blocks (never in text outside them): entities with their
     * mentions, direct quotes and reported claims with speakers, time expressions resolved against
     * the publication date, and events. Linear in the article's length.
     */
    public Annotations extract(Article article) {
        List<BlockText> blocks = blocks(article);
        List<Candidate> cands = candidates(article, blocks);
        if (decider != null) {
            decider.decide(cands, features);
        } else {
            cands.removeIf(c -> c.modelOnly && c.type == null);
        }
        List<EntityResolver.Group> groups = resolver.resolve(cands);
        List<Entity> entities = EntityResolver.entities(groups, lexicon.honorifics);
        List<Candidate> kept = cands.stream().filter(c -> c.group != null).toList();
        SpeakerResolver speakers = new SpeakerResolver(lexicon, kept, blocks);
        Span datelineSpan = article.dateline() == null ? null : article.dateline().span();
        List<Quote> quoteList = quotes.find(blocks, speakers, datelineSpan);
        LocalDate reference = referenceDate(article);
        if (article.published() != null && article.published().source().afterTheFact()) {
            // A file's time says when it was saved, a fetch time when it was fetched, not the story's day: a full date
            // printed at the head of the page ("16 July 2016" under the headline) is the better anchor.
            LocalDate printed = printedHeadDate(blocks);
            reference = printed != null ? printed : reference;
        }
        List<TimeMention> timeList = times.find(blocks, reference);
        // The dateline's city and agency say where the story was filed, not who acted.
        List<Candidate> actors = kept.stream()
                .filter(c -> datelineSpan == null || !datelineSpan.contains(c.span)).toList();
        List<Event> eventList = events.find(blocks, actors, timeList, reference, speakers);
        LOG.debug("{}: {} entities, {} quotes and claims, {} times, {} events", article.source(), entities.size(),
                quoteList.size(), timeList.size(), eventList.size());
        if (LOG.isDebugEnabled()) {
            for (Entity e : entities) {
                LOG.debug("  {} {}: {}", e.type(), e.name(), String.join("; ", e.evidence()));
            }
        }
        return new Annotations(entities, quoteList, timeList, eventList);
    }

    private List<BlockText> blocks(Article article) {
        List<BlockText> blocks = new ArrayList<>();
        for (Block b : article.blocks()) {
            blocks.add(BlockText.of(b, lexicon));
        }
        return blocks;
    }

    /** The candidate names: those ingest read (byline, dateline, credits), then those of the running text. */
    private List<Candidate> candidates(Article article, List<BlockText> blocks) {
        List<Candidate> fixed = fixedCandidates(article, blocks);
        List<Candidate> cands = new ArrayList<>(fixed);
        List<ModelName> modelNames = model == null ? List.of()
                : model.find(article.text(), blocks.stream().map(bt -> bt.block.span()).toList());
        Set<String> events = new HashSet<>();
        for (BlockText bt : blocks) {
            events.addAll(recognizer.namedEvents(bt));
        }
        for (BlockText bt : blocks) {
            List<ModelName> inBlock = modelNames.stream().filter(m -> bt.block.span().contains(m.span())).toList();
            for (Candidate c : recognizer.find(bt, inBlock)) {
                // "Dalisay made landfall" after "Typhoon Dalisay": the storm, no entity.
                if (!overlapsAny(fixed, c.span) && !jobInByline(bt, c) && !events.contains(c.text)) {
                    cands.add(c);
                }
            }
        }
        return cands;
    }

    /**
     * "By Jane Doe, Staff Writer", "Arts &amp; Culture Reporter": a byline's job or desk (a capitalised run ending in a
     * role word of {@code lexicon/bylines.txt}) names nobody; the people in it are the authors ingest read.
     */
    private boolean jobInByline(BlockText bt, Candidate c) {
        return bt.block.kind() == BlockKind.BYLINE && BylineJobs.isJob(c.text);
    }

    /** Every candidate name of the running text with its evidence as features: what a name decider is trained on. */
    public List<NameEvidence> nameEvidence(Article article) {
        List<Candidate> cands = candidates(article, blocks(article));
        List<NameEvidence> out = new ArrayList<>();
        for (Candidate c : cands) {
            if (!c.fixed) {
                out.add(new NameEvidence(c.span, c.text, List.of(features.of(c, cands))));
            }
        }
        return out;
    }

    /** Whether any of the candidates' spans overlaps the span (a loop: asked of every name found). */
    private static boolean overlapsAny(List<Candidate> cands, Span span) {
        for (Candidate f : cands) {
            if (f.span.overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    /** How many blocks from the top a page's own date is looked for in. */
    private static final int HEAD_BLOCKS = 8;

    /** The first date with its year written out in the first blocks of the page, or null. */
    private LocalDate printedHeadDate(List<BlockText> blocks) {
        List<BlockText> head = blocks.subList(0, Math.min(HEAD_BLOCKS, blocks.size()));
        for (TimeMention t : times.find(head, null)) {
            if (t.date() != null) {
                return t.date();
            }
        }
        return null;
    }

    /** The day relative expressions are resolved against: publication date, else none. */
    static LocalDate referenceDate(Article article) {
        if (article.published() != null && article.published().date() != null) {
            return article.published().date();
        }
        return null;
    }

    /** Names the reader already found outside running text: authors, dateline city, credits, agency. */
    private List<Candidate> fixedCandidates(Article article, List<BlockText> blocks) {
        List<Candidate> out = new ArrayList<>();
        for (Author a : article.authors()) {
            if (a.span() != null) {
                out.add(fixed(article, a.span(), a.name(), EntityType.PERSON, "Byline", "the byline", blocks));
            }
        }
        if (article.dateline() != null && article.dateline().placeSpan() != null && article.dateline().place() != null) {
            Candidate c = fixed(article, article.dateline().placeSpan(), article.dateline().place(), EntityType.PLACE,
                    "DatelinePlace", "the dateline", blocks);
            Lexicon.Place p = lexicon.place(article.dateline().place());
            c.canonical = p != null ? p.name() : article.dateline().place();
            out.add(c);
        }
        // The publisher as printed in the page's own blocks (a photo credit, a trailer): its exact name,
        // "The" included, rather than what the capitalised run would keep.
        if (article.publisher() != null && article.publisher().length() > 2) {
            String name = PublisherNames.canonical(article.publisher());
            List<PublisherNames.Form> forms = publisherNames.forms(article.publisher());
            for (BlockText bt : blocks) {
                for (PublisherNames.Found f : PublisherNames.find(forms, bt.text, bt.offset)) {
                    if (out.stream().noneMatch(o -> o.span.overlaps(f.span()))) {
                        out.add(fixed(article, f.span(), name, EntityType.ORGANIZATION, "Publisher",
                                "the page's publisher metadata", blocks));
                    }
                }
            }
        }
        for (Image img : article.images()) {
            if (img.photographer() != null && img.photographerSpan() != null) {
                Candidate c = fixed(article, img.photographerSpan(), img.photographer(), EntityType.PERSON, PHOTO_CREDIT, "a photo credit", blocks);
                if (out.stream().noneMatch(o -> o.span.equals(c.span))) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    private Candidate fixed(Article article, Span span, String name, EntityType type, String rule, String readFrom,
                            List<BlockText> blocks) {
        BlockText home = null;
        for (BlockText bt : blocks) {
            if (bt.block.span().contains(span)) {
                home = bt;
            }
        }
        Candidate c = new Candidate(span, span.of(article.text()), home);
        c.decide(Decision.of(type, rule, "read from " + readFrom));
        c.fixed = true;
        if (!c.text.equals(name)) {
            c.canonical = name;
        }
        if (type == EntityType.ORGANIZATION && lexicon.agencies.containsKey(name)) {
            c.canonical = lexicon.agencies.get(name);
        }
        return c;
    }
}
