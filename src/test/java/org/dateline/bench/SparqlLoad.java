package org.dateline.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
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
    /** Sends one query and returns the number of result rows; fails on any status but 200. */
    int ask(String endpoint, String query) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int status = post(URI.create(endpoint).toURL(), form(query), body);
        String text = body.toString(StandardCharsets.UTF_8);
        if (status != 200) {
            throw new IOException(endpoint + " answered " + status + ": " + text.lines().findFirst().orElse(""));
        }
        return (int) text.lines().count() - 1;
    }

    /**
     * Measures two servers on the same query in pairs: each client sends its query to A and to B in turn (in
     * alternating order), so both servers are measured at the same moments under the same load, and a
     * disturbance from elsewhere on a shared machine falls on both alike. Throughput is then shared by
     * construction, so each server's is given as the rate its latency allows its clients: clients / mean latency
     * (the mean of all but the slowest 1%).
     *
     * @return the figures for A and for B, and the median ratio of their latencies pair by pair
     */
    Figures.Pair comparePaired(String nameA, String endpointA, String nameB, String endpointB, String queryName,
            String query, int clients, int pairs) throws Exception {
        int rowsA = ask(endpointA, query);
        int rowsB = ask(endpointB, query);
        long[] latA = new long[pairs];
        long[] latB = new long[pairs];
        URL urlA = URI.create(endpointA).toURL();
        URL urlB = URI.create(endpointB).toURL();
        byte[] form = form(query);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            Future<?>[] running = new Future<?>[clients];
            for (int c = 0; c < clients; c++) {
                running[c] = pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < pairs; i = next.getAndIncrement()) {
                        if (i % 2 == 0) {
                            latA[i] = timed(urlA, form);
                            latB[i] = timed(urlB, form);
                        } else {
                            latB[i] = timed(urlB, form);
                            latA[i] = timed(urlA, form);
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
        double[] ratios = new double[pairs];
        for (int i = 0; i < pairs; i++) {
            ratios[i] = (double) latA[i] / latB[i];
        }
        Arrays.sort(ratios);
        double median = pairs % 2 == 1 ? ratios[pairs / 2] : (ratios[pairs / 2 - 1] + ratios[pairs / 2]) / 2;
        return new Figures.Pair(paired(nameA, queryName, clients, latA, rowsA), paired(nameB, queryName, clients, latB, rowsB),
                median);
    }

    private static long timed(URL endpoint, byte[] form) throws IOException {
        long s = System.nanoTime();
        int status = post(endpoint, form, OutputStream.nullOutputStream());
        long t = System.nanoTime() - s;
        if (status != 200) {
            throw new IOException(endpoint + " answered " + status);
        }
        return t;
    }

    /**
     * POSTs a query form and copies the answer to {@code body}, on the calling thread's own blocking connection:
     * each closed-loop client then does its own I/O, as separate users would. (With one shared JDK
     * {@code HttpClient}, every client's responses queue behind its single selector thread, and with 32 clients
     * that queue, not the servers, set the latencies.)
     */
    private static int post(URL endpoint, byte[] form, OutputStream body) throws IOException {
        HttpURLConnection c = (HttpURLConnection) endpoint.openConnection();
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
        c.setRequestProperty("Accept", "text/csv");
        try (OutputStream out = c.getOutputStream()) {
            out.write(form);
        }
        int status = c.getResponseCode();
        // Reading to the end and closing returns the connection to the keep-alive cache.
        try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
            if (in != null) {
                in.transferTo(body);
            }
        }
        return status;
    }

    private static Figures.Load paired(String server, String query, int clients, long[] latencies, int rows) {
        Arrays.sort(latencies);
        // The slowest 1% (a collection, a scheduling hiccup) is left out of the mean: it lands on one server of a
        // pair by chance and would swing the ratio; p99 still shows it.
        double meanSecs = Arrays.stream(latencies, 0, Math.max(1, latencies.length * 99 / 100)).average().orElse(Double.NaN) / 1e9;
        return new Figures.Load(server, query, clients, latencies.length, percentile(latencies, 0.50) / 1e6,
                percentile(latencies, 0.99) / 1e6, clients / meanSecs, rows);
    }

    private static long percentile(long[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static byte[] form(String query) {
        return ("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII);
    }
}
