package org.dateline.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a folder of articles to an N-Quads file with {@code dateline map} in a child JVM whose heap is capped, and
 * reports whether it finished and what memory it used: issue #7's "map 100,000 articles streaming to a file within
 * a 512 MB heap", measured by the benchmark rather than by hand. The child logs its collections
 * ({@code -Xlog:gc}); the heap after each collection is what the batch really holds, and the resident set (read from
 * {@code /proc} while the child runs, where there is one) is what the machine gave the whole JVM.
 */
final class BoundedHeapRun {
    /** What a run gave. {@code peakRssMb} is empty where the platform does not say. */
    record Result(int exitCode, boolean outOfMemory, double seconds, long outputBytes, long maxLiveMb,
                  long maxCommittedMb, Optional<Long> peakRssMb, String lastOutput) {
        boolean fits() {
            return exitCode == 0 && !outOfMemory;
        }
    }

    /** One collection in {@code -Xlog:gc}'s line: {@code 268M->40M(396M)} (before, after, committed). */
    private static final Pattern COLLECTION = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private BoundedHeapRun() {
    }

    /**
     * @param launch   what follows {@code java} and its memory options to start Dateline's command line:
     *                 {@code -jar dateline.jar}, or {@code -cp CLASSPATH org.dateline.cli.Main}
     * @param articles the folder to map
     * @param heapMb   the child's maximum heap ({@code -Xmx})
     * @param threads  the child's {@code --threads}
     * @param work     a folder for the output, the GC log and the child's messages (the output is deleted after)
     */
    static Result run(List<String> launch, Path articles, int heapMb, int threads, Path work)
            throws IOException, InterruptedException {
        Path nq = work.resolve("bounded.nq");
        Path gcLog = work.resolve("bounded-gc.log");
        Path messages = work.resolve("bounded.out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long t0 = System.nanoTime();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heapMb + "m", "-Xlog:gc:file=" + gcLog));
        command.addAll(launch);
        command.addAll(List.of("map", articles.toString(), "--format", "nquads", "--out", nq.toString(), "--threads",
                Integer.toString(threads), "--quiet"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(messages.toFile()).start();
        long peakRssKb = -1;
        Path status = Path.of("/proc", Long.toString(p.pid()), "status");
        while (!p.waitFor(100, TimeUnit.MILLISECONDS)) {
            peakRssKb = Math.max(peakRssKb, peakRssKb(status));
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        long bytes = Files.exists(nq) ? Files.size(nq) : 0;
        Files.deleteIfExists(nq);
        long maxLive = 0;
        long maxCommitted = 0;
        if (Files.exists(gcLog)) {
            for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
                Matcher m = COLLECTION.matcher(line);
                if (line.contains("Pause") && m.find()) {
                    maxLive = Math.max(maxLive, Long.parseLong(m.group(2)));
                    maxCommitted = Math.max(maxCommitted, Long.parseLong(m.group(3)));
                }
            }
        }
        List<String> said = Files.readAllLines(messages, StandardCharsets.UTF_8);
        boolean oom = said.stream().anyMatch(l -> l.contains("OutOfMemoryError"));
        return new Result(p.exitValue(), oom, secs, bytes, maxLive, maxCommitted,
                peakRssKb > 0 ? Optional.of(peakRssKb / 1024) : Optional.empty(), said.isEmpty() ? "" : said.get(said.size() - 1));
    }

    /** The process's peak resident set ({@code VmHWM}) in KB, or -1 once it has gone or where there is no /proc. */
    private static long peakRssKb(Path status) {
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException gone) {
            // The child has exited, or this is not Linux: the peak read so far stands.
        }
        return -1;
    }
}
