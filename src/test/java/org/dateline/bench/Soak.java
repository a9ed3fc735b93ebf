package org.dateline.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A soak: closed-loop clients sending a mix of requests to a server running in its own JVM, for a fixed time, while
 * the server's resident memory is sampled from {@code /proc}. Every answer but 200 (and every failed connection)
 * counts as an error. The figures are the server's as a user meets it: requests per second, latency percentiles,
 * errors, peak and final RSS.
 */
final class Soak {
    /** One request: a GET of {@code path}, or a POST of a SPARQL query form to it when {@code query} is set. */
    record Request(String path, String query) {
        static Request page(String path) {
            return new Request(path, null);
        }

        static Request sparql(String endpointPath, String query) {
            return new Request(endpointPath, query);
        }
    }

    /** What a soak measured. */
    record Result(String server, String mix, int clients, long requests, double seconds, double p50Millis,
            double p99Millis, double maxMillis, long errors, String firstError, long peakRssKb, long endRssKb) {
        double perSecond() {
            return requests / seconds;
        }

        String row() {
            return String.format(Locale.ROOT, "%-26s %-14s %7d %9.0f %7.1f %7.1f %8.0f %6d %9.0f %8.0f", server, mix, clients,
                    perSecond(), p50Millis, p99Millis, maxMillis, errors, peakRssKb / 1024.0, endRssKb / 1024.0);
        }

        static String header() {
            return String.format(Locale.ROOT, "%-26s %-14s %7s %9s %7s %7s %8s %6s %9s %8s", "server", "requests", "clients",
                    "req/s", "p50 ms", "p99 ms", "max ms", "errors", "peak RSS", "end RSS");
        }
    }

    private Soak() { }

    /**
     * Runs {@code clients} closed-loop clients against {@code root} (e.g. {@code http://localhost:3030}) for
     * {@code length}, each cycling through {@code requests} from its own starting point; samples the RSS of
     * process {@code pid} meanwhile.
     */
    static Result run(String server, String mix, String root, List<Request> requests, int clients, Duration length, long pid)
            throws Exception {
        long end = System.nanoTime() + length.toNanos();
        AtomicLong errors = new AtomicLong();
        StringBuilder firstError = new StringBuilder();
        List<long[]> latencies = new ArrayList<>();
        long[] rss = {0, 0};
        Thread sampler = new Thread(() -> {
            while (System.nanoTime() < end) {
                long kb = rssKb(pid, "VmRSS");
                rss[0] = Math.max(rss[0], kb);
                rss[1] = kb;
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "soak-rss");
        sampler.setDaemon(true);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        try {
            List<Future<long[]>> running = new ArrayList<>();
            sampler.start();
            for (int c = 0; c < clients; c++) {
                int start = c * requests.size() / clients;
                running.add(pool.submit(() -> {
                    long[] lat = new long[1 << 16];
                    int n = 0;
                    for (int i = start; System.nanoTime() < end; i++) {
                        Request r = requests.get(i % requests.size());
                        long s = System.nanoTime();
                        String failure;
                        try {
                            int status = send(root, r);
                            failure = status == 200 ? null : "HTTP " + status + " for " + r.path();
                        } catch (IOException e) {
                            failure = e + " for " + r.path();
                        }
                        if (n == lat.length) {
                            lat = Arrays.copyOf(lat, n * 2);
                        }
                        lat[n++] = System.nanoTime() - s;
                        if (failure != null && errors.getAndIncrement() == 0) {
                            synchronized (firstError) {
                                firstError.append(failure);
                            }
                        }
                    }
                    return Arrays.copyOf(lat, n);
                }));
            }
            for (Future<long[]> f : running) {
                latencies.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        sampler.join();
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        long peak = Math.max(rss[0], rssKb(pid, "VmHWM"));
        return new Result(server, mix, clients, all.length, seconds, percentile(all, 0.50) / 1e6, percentile(all, 0.99) / 1e6,
                all.length == 0 ? 0 : all[all.length - 1] / 1e6, errors.get(), firstError.toString(), peak, rss[1]);
    }

    /** Sends one request on the calling thread's own keep-alive connection; returns the status, the body read. */
    static int send(String root, Request r) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(root + r.path()).toURL().openConnection();
        c.setConnectTimeout(10_000);
        c.setReadTimeout(120_000);
        if (r.query() != null) {
            c.setRequestMethod("POST");
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
            c.setRequestProperty("Accept", "application/sparql-results+json");
            try (OutputStream out = c.getOutputStream()) {
                out.write(("query=" + URLEncoder.encode(r.query(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII));
            }
        } else {
            c.setRequestProperty("Accept", "text/html");
        }
        int status = c.getResponseCode();
        try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
            if (in != null) {
                in.transferTo(OutputStream.nullOutputStream());
            }
        }
        return status;
    }

    /** A field of {@code /proc/PID/status} in KB ({@code VmRSS} now, {@code VmHWM} the peak), or 0 where there is none. */
    static long rssKb(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // The process is gone, or this is not Linux.
        }
        return 0;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
