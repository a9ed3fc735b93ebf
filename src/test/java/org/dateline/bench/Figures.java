package org.dateline.bench;

/** Figures measured by {@link Benchmark}, as plain records so they can be printed or compared. */
public final class Figures {
    private Figures() { }

    /**
     * One mapping run: articles and input bytes over wall time, bytes written, the JVM's CPU time (all
     * threads; less than threads × seconds when the cores were busy with other work), peak heap.
     */
    public record Mapping(int threads, int articles, long textBytes, long outBytes, double seconds, double cpuSeconds,
            long peakHeapBytes, double jitSeconds, double gcSeconds) {
        public double articlesPerSecond() {
            return articles / seconds;
        }

        public double megabytesPerSecond() {
            return textBytes / 1e6 / seconds;
        }
    }

    /** RIOT parsing the produced N-Quads and writing them back. */
    public record Riot(long quads, double seconds) { }

    /** Latency and throughput of one query at one concurrency on one server. */
    public record Load(String server, String query, int clients, int requests, double p50Millis, double p99Millis,
            double perSecond, int rows) { }

    /**
     * Two servers measured in pairs; {@code latencyRatio} is the median, over the pairs, of A's latency divided by
     * B's for the same client at the same moment: the paired statistic, which a slow spell of the machine (hitting
     * both requests of a pair) leaves alone.
     */
    public record Pair(Load a, Load b, double latencyRatio) { }
}
