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
    /** Resolved entity, filled by {@link EntityResolver}. */
    EntityResolver.Group group;

    Candidate(Span span, String text, BlockText block) {
        this.span = span;
        this.text = text;
        this.block = block;
    }

    private int tokens = -1;
    private int spacedWords = -1;

    /** The number of parts the text splits into at runs of whitespace (what the longest name is chosen by). */
    int spacedWords() {
        if (spacedWords < 0) {
            spacedWords = Whitespace.splitCount(text);
        }
        return spacedWords;
    }

    int tokenCount() {
        if (tokens < 0) {
            int n = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == ' ') {
                    n++;
                }
            }
            tokens = n;
        }
        return tokens;
    }

    boolean inHeadline() {
        return block != null && block.block.kind() == BlockKind.HEADLINE;
    }

    @Override
    public String toString() {
        return text + "[" + type + "@" + span.start() + "]";
    }
}
