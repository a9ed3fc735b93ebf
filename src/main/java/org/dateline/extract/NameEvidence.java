package org.dateline.extract;

import java.util.List;
import org.dateline.model.Span;

/**
 * One candidate name of an article with the features the {@link NameDecider} weighs: what a decider is trained on.
 *
 * @param span     where it is printed in the article's text
 * @param text     the name as printed
 * @param features its evidence as features ({@code v=GivenName:PERSON}, {@code m=PLACE:hi}, {@code cw=all}, …)
 */
public record NameEvidence(Span span, String text, List<String> features) {
    public NameEvidence {
        features = List.copyOf(features);
    }
}
