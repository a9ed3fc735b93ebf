package org.dateline.link;

import java.util.Set;
import org.dateline.model.EntityType;
import org.dateline.knowledge.GazetteerEntry;

/**
 * Scores a gazetteer candidate for an article's entity: how well the name matched, whether the
 * types agree, whether the article's countries support it, and how popular it is. Stateless.
 */
public final class CandidateScorer {
    /** How a candidate was found; the weight says how much the name alone is worth. */
    public enum Match {
        /** The entity's name is the entry's label. */
        LABEL(1.0),
        /** The entity's name is one of the entry's aliases. */
        ALIAS(0.95),
        /** One of the entity's mentions (not its name) is the entry's label or an alias. */
        MENTION(0.9),
        /**
         * The entity's one-word name is one of the entry's short names, or a name listed as a homonym;
         * needs the article's support.
         */
        SHORT(0.8);

        final double weight;

        Match(double weight) {
            this.weight = weight;
        }
    }

    /** Subtypes that are both a place and an actor ("The White House said ..."). */
    private static final Set<String> PLACE_AND_ACTOR = Set.of("government-seat");
    /** Places that stories make speak for their governments or teams ("Moscow maintains ...", "Sweden beat ..."). */
    private static final Set<String> PLACES_THAT_ACT = Set.of("country", "city", "capital", "territory", "region");
    /** Organisations that stories also use as places ("in the EU"). */
    private static final Set<String> ACTORS_AS_PLACES = Set.of("union", "international-organization");
    /**
     * Bodies that are also the building they occupy: a museum or library (ROR's "archive"), a research site
     * ("facility"), a hospital ("healthcare"). A story names the same item as a place ("paintings at the Metropolitan
     * Museum of Art", "taken to Royal Victoria Hospital") or as a body ("the museum said").
     */
    private static final Set<String> BODIES_THAT_ARE_PLACES = Set.of("archive", "facility", "healthcare");

    /**
     * Type compatibility in [0, 1]: 1 agree, 0.8 an organisation used as a place ("in the EU"), 0 an
     * organisation named by a country or city (its government or team, another item), 0.3 disagree.
     */
    public double typeScore(EntityType mention, GazetteerEntry entry) {
        if (mention == entry.type() || PLACE_AND_ACTOR.contains(entry.subtype())
                && mention != EntityType.PERSON) {
            return 1.0;
        }
        if (mention == EntityType.ORGANIZATION && entry.type() == EntityType.PLACE
                && PLACES_THAT_ACT.contains(entry.subtype())) {
            // A government or a team named by its place ("Moscow maintains", "Sweden beat ...") is an
            // organisation of its own, not the place: linking it to the place would say they are one.
            return 0;
        }
        if (mention == EntityType.PLACE && entry.type() == EntityType.ORGANIZATION
                && BODIES_THAT_ARE_PLACES.contains(entry.subtype())) {
            return 1.0;
        }
        if (mention == EntityType.PLACE && entry.type() == EntityType.ORGANIZATION
                && ACTORS_AS_PLACES.contains(entry.subtype())) {
            return 0.8;
        }
        return 0.3;
    }

    /** The candidate's score in [0, 1]. */
    public double score(EntityType mention, GazetteerEntry entry, Match match, LinkContext context) {
        double base = match.weight * typeScore(mention, entry);
        double s = base * (0.5 + 0.2 * context.coherence(entry) + 0.3 * clamp(entry.prior()));
        return clamp(s);
    }

    /** Words an organisation's full name needs to identify it alone ("University of Leeds", "European Space Agency"). */
    static final int WORDS_OF_ONE_BODY = 3;
    /** The score of such a name: above {@link Linker#NIL_THRESHOLD}, as a name that the article's countries support. */
    private static final double ONE_BODY = 0.82;

    /**
     * Whether an organisation's name, printed in full, identifies the one entry that the gazetteer gives it: a name
     * of {@value #WORDS_OF_ONE_BODY} words or more matched as the entry's label or alias. Such a name is specific
     * (few bodies share "National Aeronautics and Space Administration"), and a body acts far from its country (NASA
     * in a story about China), so neither a modest prior nor the article's countries make it doubtful. Names made of
     * words that many countries' bodies share ("Department of Finance") are left to the article's country before
     * they get here ({@code lexicon/generic-org-words.txt}). The caller checks that the entry is the only candidate.
     */
    static boolean namesOneBody(EntityType mention, String name, GazetteerEntry entry, Match match) {
        return mention == EntityType.ORGANIZATION && entry.type() == EntityType.ORGANIZATION
                && (match == Match.LABEL || match == Match.ALIAS)
                && name.strip().split("\\s+").length >= WORDS_OF_ONE_BODY;
    }

    /**
     * Whether a place's or a body's name of two words or more ("Bering Strait", "Columbia University") identifies the
     * one entry the gazetteer gives it: matched as its label or alias, of the same type, and of no country other than
     * the article's ({@link LinkContext#coherence} at least neutral). Names of two words are seldom shared, so the
     * modest prior of a strait or a university that the article's countries do not support is no reason for doubt;
     * a person's full name is shared far more often (the gazetteer holds only the notable namesake). The caller
     * checks that the entry is the only candidate.
     */
    boolean namesOnePlaceOrBody(EntityType mention, String name, GazetteerEntry entry, Match match,
                                LinkContext context) {
        return mention != EntityType.PERSON && typeScore(mention, entry) == 1.0
                && (match == Match.LABEL || match == Match.ALIAS)
                && name.strip().split("\\s+").length >= 2 && context.coherence(entry) >= 0.5;
    }

    /** The score of an entry that {@link #namesOneBody} or {@link #namesOnePlaceOrBody} says the name identifies. */
    double scoreOfOneBody(Match match) {
        return match.weight * ONE_BODY;
    }

    private static double clamp(double d) {
        return Math.max(0, Math.min(1, d));
    }
}
