package org.dateline.bench;

import java.util.EnumMap;
import java.util.Map;

/**
 * Adds up the time spent in each stage of the pipeline over a corpus, as CPU time of the calling thread:
 * on a machine shared with other work, wall time would count the time other processes held the core.
 * Not thread-safe: one per thread.
 */
final class StageTimer {
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** The stages timed, in pipeline order. */
    enum Stage { INGEST, EXTRACT, LINK, MAP, WRITE }

    private final Map<Stage, Long> nanos = new EnumMap<>(Stage.class);
    private long started;

    void start() {
        started = now();
    }

    /** CPU time of this thread where the JVM can measure it, else wall time. */
    static long now() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** Ends the stage begun at the last {@link #start()} or {@code stop}, and begins the next. */
    void stop(Stage stage) {
        long now = now();
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
