package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code serve --store} is idempotent: the same articles served again, on another port, are the same data (not a
 * second copy under new names), the banner counts what the store holds, and a different base for an existing store
 * is refused with a message that says what to do.
 */
class ServeStoreTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private ServeCommand.Serving serve(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("serve"));
        all.addAll(List.of(args));
        cl.parseArgs(all.toArray(String[]::new));
        ServeCommand command = cl.getSubcommands().get("serve").getCommand();
        return command.start();
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static long quads(ServeCommand.Serving s) throws Exception {
        String q = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(s.server().sparqlUrl() + "?query="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return Long.parseLong(r.body().lines().skip(1).findFirst().orElseThrow().strip());
    }

    @Test
    void aStoreServedAgainOnAnotherPortHoldsTheSameData() throws Exception {
        String store = dir.resolve("tdb2").toString();
        String[] articles = {TestArticles.SAMPLE.toString(), TestArticles.DIR.resolve("01-upi-koreas-deal-panmunjom.txt").toString()};
        int files = articles.length;
        long first;
        int port1 = freePort();
        try (ServeCommand.Serving s = serve("--port", Integer.toString(port1), "--store", store, articles[0], articles[1])) {
            first = quads(s);
            assertEquals(files, s.articles());
        }
        int port2 = freePort();
        assertNotEquals(port1, port2);
        try (ServeCommand.Serving s = serve("--port", Integer.toString(port2), "--store", store, articles[0], articles[1])) {
            assertEquals(first, quads(s));
            // What the store holds, though this run added nothing.
            assertEquals(files, s.articles());
        }
        assertTrue(err.toString().contains("loaded 0 articles, " + files + " already in the store"), err.toString());
    }

    @Test
    void aStoreKeepsItsBaseAndRefusesAnother() throws Exception {
        String store = dir.resolve("tdb2").toString();
        String sample = TestArticles.SAMPLE.toString();
        serve("--port", "0", "--store", store, "--base", "https://news.example/", sample).close();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> serve("--port", "0", "--store", store, "--base", "https://other.example/", sample));
        assertTrue(e.getMessage().contains("https://news.example/") && e.getMessage().contains("https://other.example/")
                && e.getMessage().contains("--store"), e.getMessage());
        try (ServeCommand.Serving s = serve("--port", "0", "--store", store, sample)) {
            assertEquals("https://news.example/", s.base());
            assertEquals(1, s.articles());
        }
    }
}
