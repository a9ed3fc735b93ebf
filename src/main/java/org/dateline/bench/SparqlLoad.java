package org.dateline.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends a bounded number of SPARQL queries over HTTP with a number of concurrent clients, on loopback,
 * and reports latency percentiles and throughput. Each client sends its next request as soon as the last
 * is answered (closed loop), so the figures are the server's, not a request schedule's.
 */
final class SparqlLoad {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** Sends one query and returns the number of result rows; fails on any status but 200. */
    int ask(String endpoint, String query) throws IOException, InterruptedException {
        HttpResponse<String> rsp = http.send(request(endpoint, query), HttpResponse.BodyHandlers.ofString());
        if (rsp.statusCode() != 200) {
            throw new IOException(endpoint + " answered " + rsp.statusCode() + ": " + rsp.body().lines().findFirst().orElse(""));
        }
        return (int) rsp.body().lines().count() - 1;
    }

    Figures.Load run(String server, String endpoint, String name, String query, int clients, int requests)
            throws Exception {
        int rows = ask(endpoint, query);
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        HttpRequest req = request(endpoint, query);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        try {
            Future<?>[] running = new Future<?>[clients];
            for (int c = 0; c < clients; c++) {
                running[c] = pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                        long s = System.nanoTime();
                        HttpResponse<Void> rsp = http.send(req, HttpResponse.BodyHandlers.discarding());
                        latencies[i] = System.nanoTime() - s;
                        if (rsp.statusCode() != 200) {
                            throw new IOException(endpoint + " answered " + rsp.statusCode());
                        }
                    }
                    return null;
                });
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        Arrays.sort(latencies);
        return new Figures.Load(server, name, clients, requests, percentile(latencies, 0.50) / 1e6,
                percentile(latencies, 0.99) / 1e6, requests / secs, rows);
    }

    private static long percentile(long[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static HttpRequest request(String endpoint, String query) {
        return HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
    }
}
