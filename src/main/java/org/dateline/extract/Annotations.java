package org.dateline.extract;

import java.util.List;
import java.util.Optional;

/** What extraction found in one article: entities, quotes and claims, time expressions and events. */
public record Annotations(List<Entity> entities, List<Quote> quotes, List<TimeMention> times, List<Event> events) {
    public Annotations {
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        times = List.copyOf(times);
        events = List.copyOf(events);
    }

    public static Annotations none() {
        return new Annotations(List.of(), List.of(), List.of(), List.of());
    }

    public Optional<Entity> entity(String key) {
        return entities.stream().filter(e -> e.key().equals(key)).findFirst();
    }
}
