package org.dateline.extract;

import java.time.LocalDate;
import java.util.List;
import org.dateline.model.Span;

/**
 * Something that happened, as the article reports it.
 *
 * @param kind         the event type, a name from the trigger lexicon ("Airstrike", "Statement")
 * @param trigger      the word or phrase that tells of it, as printed
 * @param triggerSpan  where the trigger is printed
 * @param date         the day it happened, or null when the text does not say
 * @param placeKey     the {@link Entity#key()} of the place, or null
 * @param agentKeys    the entities that acted
 * @param affectedKeys the entities it was done to or that took part passively
 * @param modality     whether it is told as a fact, denied, or still to come
 */
public record Event(String kind, String trigger, Span triggerSpan, LocalDate date, String placeKey,
                    List<String> agentKeys, List<String> affectedKeys, EventModality modality) {
    public Event {
        agentKeys = List.copyOf(agentKeys);
        affectedKeys = List.copyOf(affectedKeys);
        modality = modality == null ? EventModality.ASSERTED : modality;
    }

    /** An event told as a fact. */
    public Event(String kind, String trigger, Span triggerSpan, LocalDate date, String placeKey,
                 List<String> agentKeys, List<String> affectedKeys) {
        this(kind, trigger, triggerSpan, date, placeKey, agentKeys, affectedKeys, EventModality.ASSERTED);
    }
}
