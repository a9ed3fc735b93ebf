package org.dateline.extract;

import java.util.Set;
import org.dateline.model.EntityType;

/**
 * What one piece of evidence says a candidate name is, and why: the rule (or source) that decided, the
 * evidence it read (a cue word and the data-file line it comes from, a gazetteer entry, a model score),
 * and what else it learnt of the name. A null type says the name is no entity of a known type.
 *
 * @param type      the type decided, or null for "no type"
 * @param rule      the deciding rule's name ({@code TitleBeforeName}) or source ({@code gazetteer})
 * @param evidence  what it read, for a person debugging the decision ({@code "spokesman" lexicon/role-nouns.txt})
 * @param canonical a canonical name learnt on the way (a known place's), or null
 * @param role      a role learnt on the way ("spokesman"), or null
 * @param flags     what else the rule learnt of the name
 */
public record Decision(EntityType type, String rule, String evidence, String canonical, String role, Set<Flag> flags) {
    /** Facts a rule learns of a name beside its type. */
    public enum Flag {
        /** Written as an acronym ("UN", "U.S."): resolved through the initials of full names. */
        ACRONYM,
        /** Typed a place only by world geography: a person's surname may still claim it. */
        WORLD_PLACE,
        /** Typed only by a verb of saying after it: a coordinated name's type overrides it. */
        WEAK,
        /** The words around it speak for a body: evidence for an organisation kept for coreference. */
        ORG_CUE,
        /**
         * Read from the phrase's structure, which names the kind outright ("Perry and Breathitt counties"): the name
         * decider, which weighs votes it learned on other phrases, leaves it as read.
         */
        STRUCTURAL
    }

    public Decision {
        flags = Set.copyOf(flags);
    }

    static Decision of(EntityType type, String rule, String evidence) {
        return new Decision(type, rule, evidence, null, null, Set.of());
    }

    Decision withCanonical(String name) {
        return new Decision(type, rule, evidence, name, role, flags);
    }

    Decision withRole(String r) {
        return new Decision(type, rule, evidence, canonical, r, flags);
    }

    Decision with(Flag flag) {
        java.util.EnumSet<Flag> f = flags.isEmpty() ? java.util.EnumSet.noneOf(Flag.class) : java.util.EnumSet.copyOf(flags);
        f.add(flag);
        return new Decision(type, rule, evidence, canonical, role, f);
    }

    /** One line for logs and {@code eval --errors}: {@code PERSON by TitleBeforeName ("Gen." lexicon/titles.txt:12)}. */
    @Override
    public String toString() {
        return (type == null ? "no type" : type.name()) + " by " + rule + (evidence == null || evidence.isEmpty() ? ""
                : " (" + evidence + ")");
    }
}
