package org.dateline.extract;

import java.util.List;
import org.dateline.model.Span;

/**
 * Something a speaker said, as the article reports it. The same words printed twice (standfirst and
 * body) are one quote with two occurrences.
 *
 * @param text        the words, without quotation marks
 * @param occurrences where the words are printed, in text order (at least one)
 * @param speakerKey  the {@link Entity#key()} of the speaker, or null when none was found
 * @param mode        direct quotation or paraphrased claim
 * @param cue         the attribution ("the minister said", "according to X"), or null
 */
public record Quote(String text, List<Span> occurrences, String speakerKey, SpeechMode mode, Span cue) {
    public Quote {
        occurrences = List.copyOf(occurrences);
        if (occurrences.isEmpty()) {
            throw new IllegalArgumentException("a quote needs at least one occurrence");
        }
    }

    public Span firstOccurrence() {
        return occurrences.get(0);
    }
}
