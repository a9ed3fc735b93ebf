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

    /**
     * Measures two servers on the same query in alternating rounds (A, B, A, B …), so a disturbance from
     * elsewhere on a shared machine falls on both rather than on whichever ran second.
     *
     * @return the figures for A and for B, in that order
     */
    Figures.Load[] compare(String nameA, String endpointA, String nameB, String endpointB, String queryName, String query,
            int clients, int requests, int rounds) throws Exception {
        int rowsA = ask(endpointA, query);
        int rowsB = ask(endpointB, query);
        int perRound = Math.max(clients, requests / rounds);
        long[] latA = new long[perRound * rounds];
        long[] latB = new long[perRound * rounds];
        double secsA = 0;
        double secsB = 0;
        for (int r = 0; r < rounds; r++) {
            secsA += burst(endpointA, query, clients, latA, r * perRound, perRound);
            secsB += burst(endpointB, query, clients, latB, r * perRound, perRound);
        }
        return new Figures.Load[] {figures(nameA, queryName, clients, latA, secsA, rowsA),
                figures(nameB, queryName, clients, latB, secsB, rowsB)};
    }

    private static Figures.Load figures(String server, String query, int clients, long[] latencies, double secs, int rows) {
        Arrays.sort(latencies);
        return new Figures.Load(server, query, clients, latencies.length, percentile(latencies, 0.50) / 1e6,
                percentile(latencies, 0.99) / 1e6, latencies.length / secs, rows);
    }

    /** {@code count} requests from {@code clients} closed-loop clients; latencies go to {@code into[from…]}. */
    private double burst(String endpoint, String query, int clients, long[] into, int from, int count) throws Exception {
        AtomicInteger next = new AtomicInteger();
        HttpRequest req = request(endpoint, query);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        try {
            Future<?>[] running = new Future<?>[clients];
            for (int c = 0; c < clients; c++) {
                running[c] = pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long s = System.nanoTime();
                        HttpResponse<Void> rsp = http.send(req, HttpResponse.BodyHandlers.discarding());
                        into[from + i] = System.nanoTime() - s;
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
        return (System.nanoTime() - t0) / 1e9;
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
