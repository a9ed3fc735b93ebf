package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import org.dateline.ingest.BlockKind;
import org.dateline.model.Span;
import org.dateline.model.EntityType;

/** A name found in the text before coreference: where it is, what it looks like, what the context says. */
final class Candidate {
    final Span span;
    final String text;
    final BlockText block;
    EntityType type;
    /** A canonical name from the lexicon (known places), or null. */
    String canonical;
    final List<String> roles = new ArrayList<>();
    String country;
    /** First word of a sentence, a quotation or a headline: its capital says nothing. */
    boolean initial;
    boolean acronym;
    /** Typed a place only by world geography (a city or region name): a person's surname may still claim it. */
    boolean worldPlace;
    /** The words after it say a body acts or is described ("... campaign", "... (ABC)"): evidence for an organisation. */
    boolean orgCue;
    /** Typed only by a verb of saying after a multi-word name ("Jane Doe said"): a coordinated name's type overrides it. */
    boolean weakType;
    /** Where it came from when not from running text (byline, dateline, credit): always kept. */
    boolean fixed;
    /**
     * A month's name where no date is written ("May said"): untyped, kept only when a person of that surname is named
     * in full (the resolver's decision, not the name decider's).
     */
    boolean monthWord;
    /** Typed by the phrase's structure ({@link Decision.Flag#STRUCTURAL}): no decider retypes it. */
    boolean structural;
    /** Resolved entity, filled by {@link EntityResolver}. */
    EntityResolver.Group group;
    /** Every decision taken about this name, in order; the last one set its type. */
    final List<Decision> evidence = new ArrayList<>();
    /** What every typing rule said of the name (the first one typed it unless a decider overrode it). */
    List<Decision> votes = List.of();
    /** The sequence model's name of exactly these characters, or null. */
    ModelName model;
    /** Found by the sequence model alone (no capitalised run covers it). */
    boolean modelOnly;

    Candidate(Span span, String text, BlockText block) {
        this.span = span;
        this.text = text;
        this.block = block;
    }

    /**
     * Takes a decision: its type, and what it learnt of the name (a canonical name, a role, flags). Flags are only
     * ever added: a later decision overrides the type, not what an earlier one learnt.
     */
    void decide(Decision d) {
        type = d.type();
        if (d.canonical() != null) {
            canonical = d.canonical();
        }
        if (d.role() != null) {
            roles.add(d.role());
        }
        acronym |= d.flags().contains(Decision.Flag.ACRONYM);
        worldPlace |= d.flags().contains(Decision.Flag.WORLD_PLACE);
        weakType |= d.flags().contains(Decision.Flag.WEAK);
        orgCue |= d.flags().contains(Decision.Flag.ORG_CUE);
        structural |= d.flags().contains(Decision.Flag.STRUCTURAL);
        evidence.add(d);
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** The number of parts the text splits into at runs of whitespace (what the longest name is chosen by). */
    int spacedWords() {
        return SPACES.split(text).length;
    }

    /** The number of words, counted at single spaces as names are written. */
    int tokenCount() {
        return (int) text.chars().filter(ch -> ch == ' ').count() + 1;
    }

    boolean inHeadline() {
        return block != null && block.block.kind() == BlockKind.HEADLINE;
    }

    @Override
    public String toString() {
        return text + "[" + type + "@" + span.start() + "]";
    }
}
