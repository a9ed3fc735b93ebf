package org.dateline.bench;

import java.util.EnumMap;
import java.util.Map;

/** Adds up the time spent in each stage of the pipeline over a corpus. Not thread-safe: one per thread. */
final class StageTimer {
    /** The stages timed, in pipeline order. */
    enum Stage { INGEST, EXTRACT, LINK, MAP, WRITE }

    private final Map<Stage, Long> nanos = new EnumMap<>(Stage.class);
    private long started;

    void start() {
        started = System.nanoTime();
    }

    /** Ends the stage begun at the last {@link #start()} or {@code stop}, and begins the next. */
    void stop(Stage stage) {
        long now = System.nanoTime();
        nanos.merge(stage, now - started, Long::sum);
        started = now;
    }

    long nanos(Stage stage) {
        return nanos.getOrDefault(stage, 0L);
    }

    long total() {
        return nanos.values().stream().mapToLong(Long::longValue).sum();
    }
}
