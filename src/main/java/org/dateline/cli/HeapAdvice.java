package org.dateline.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code serve} tells its user about the heap. A JVM started without a heap limit may grow to a quarter of the
 * machine's memory, and a server under load does (measured: 4.5 GB resident after a minute of 32 clients, for a
 * store of a few megabytes; 0.9 GB with {@code -Xmx512m}); a limit is a JVM option, so it can only be advised, at start.
 */
final class HeapAdvice {
    /** The heap a server of a few thousand articles in memory needs, with room for its requests. */
    static final String SUGGESTED = "-Xmx1g";
    /** The heap an article takes in the in-memory store (measured on the bundled articles). */
    static final long BYTES_PER_ARTICLE = 240 * 1024;
    /** Above this, a default heap limit is worth a word. */
    private static final long LARGE_DEFAULT = 2L << 30;
    /** The share of the heap the in-memory store may fill and leave the server room to work. */
    private static final double STORE_SHARE = 0.6;

    private HeapAdvice() { }

    /** Whether the JVM was given a heap limit, among its options. */
    static boolean limited(List<String> jvmOptions) {
        return jvmOptions.stream().anyMatch(o -> o.startsWith("-Xmx") || o.startsWith("-XX:MaxHeapSize")
                || o.startsWith("-XX:MaxRAM") || o.startsWith("-XX:MaxRAMPercentage"));
    }

    /** A warning when the JVM runs with its default heap limit and that limit is large. */
    static Optional<String> forDefaultLimit(List<String> jvmOptions, long maxHeapBytes) {
        if (limited(jvmOptions) || maxHeapBytes <= LARGE_DEFAULT) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "no heap limit was given, so this JVM may grow to %,d MB (a "
                + "quarter of the machine's memory), and a server under load does before it collects; give it one, e.g. "
                + "java %s -jar dateline.jar serve (in memory an article takes about %d KB; a --store needs little)",
                maxHeapBytes >> 20, SUGGESTED, BYTES_PER_ARTICLE >> 10));
    }

    /** A warning when {@code articles} held in memory would fill most of the heap. */
    static Optional<String> forInMemory(int articles, long maxHeapBytes) {
        long need = articles * BYTES_PER_ARTICLE;
        if (need <= maxHeapBytes * STORE_SHARE) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "%,d articles take about %,d MB of heap in memory, and this JVM "
                + "has %,d MB: serve them from a TDB2 store (--store DIR), or give the JVM more (-Xmx)", articles,
                need >> 20, maxHeapBytes >> 20));
    }
}
