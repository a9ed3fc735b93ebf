package org.dateline.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.dateline.knowledge.Gazetteer;
import org.dateline.map.Iris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench probe}: the safety figures of the README, from the jar as a user runs it. Attacks on {@code serve}
 * next to a stock {@code fuseki-main} over the same triples (what each answered, whether a local listener was called,
 * how long it took); bad inputs given to {@code map} (exit status and message); and faults: {@code serve --store} and
 * {@code map --out} killed with SIGKILL at random moments, then run again, compared with a clean run.
 */
@Command(name = "probe", mixinStandardHelpOptions = true,
        description = {"Probes the jar as a user runs it: attacks on serve next to a stock fuseki-main, bad inputs to map,",
                "and serve --store and map --out killed with SIGKILL mid-run. Prints the tables of docs/safety.md.",
                "Run from the repository folder after: mvn -B -q -DskipTests package test-compile"},
        footer = {"", "Example:", "  bench probe --kills 5"})
final class ProbeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--jar", paramLabel = "FILE", description = "The jar to run (default: ${DEFAULT-VALUE}).")
    Path jar = Path.of("target", "dateline.jar");

    @Option(names = "--kills", paramLabel = "N", description = "SIGKILLs per fault (default: ${DEFAULT-VALUE}).")
    int kills = 5;

    @Option(names = "--articles", paramLabel = "N", description = "Articles in the corpus the faults load (default: ${DEFAULT-VALUE}).")
    int articles = 2000;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the kill times and the corpus (default: ${DEFAULT-VALUE}).")
    long seed = 19;

    @Option(names = "--only", paramLabel = "PART", description = "attacks, inputs or faults (default: all three).")
    String only;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private PrintWriter out;
    private Path work;

    @Override
    public Integer call() throws Exception {
        out = spec.commandLine().getOut();
        work = Files.createTempDirectory("dateline-probe");
        try {
            if (only == null || only.equals("attacks")) {
                attacks();
            }
            if (only == null || only.equals("inputs")) {
                inputs();
            }
            if (only == null || only.equals("faults")) {
                faults();
            }
            return 0;
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    // ---- attacks ----

    /** One attack: its name, and what it did to a server at a root URL (null: not offered by that server). */
    private record Attack(String name, Function<String, String> on, boolean datelineOnly) { }

    private void attacks() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        HttpServer listener = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        listener.createContext("/", ex -> {
            calls.incrementAndGet();
            byte[] body = "{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[{\"x\":{\"type\":\"literal\",\"value\":\"internal\"}}]}}"
                    .getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        listener.start();
        String internal = "<http://127.0.0.1:" + listener.getAddress().getPort() + "/sparql>";
        Path evil = Files.createDirectories(work.resolve("evil"));
        Files.writeString(evil.resolve("evil.html"), "<html><head><title>A story</title><link rel=\"canonical\" "
                + "href=\"javascript:alert(14)\"></head><body><article><h1>Council approves the budget</h1><p>LONDON -- "
                + "The council approved the budget on Tuesday, officials said.</p></article></body></html>");
        int port = Soak.freePort();
        Process serve = java(work.resolve("serve.log"), "-jar", jar.toString(), "serve", "--port", Integer.toString(port),
                "data/articles", evil.toString());
        String dateline = "http://localhost:" + port;
        Process fuseki = null;
        try {
            awaitAnswer(dateline, serve);
            Path triples = work.resolve("union.nt");
            http.send(HttpRequest.newBuilder(URI.create(dateline + "/news/data?default")).header("Accept", "application/n-triples")
                    .build(), HttpResponse.BodyHandlers.ofFile(triples));
            int fport = Soak.freePort();
            fuseki = java(work.resolve("fuseki.log"), "-Dlog4j2.configurationFile=set", "-cp", jar.toString(),
                    "org.apache.jena.fuseki.main.cmds.FusekiMainCmd", "--port=" + fport, "--file=" + triples, "/news");
            String stock = "http://localhost:" + fport;
            awaitAnswer(stock, fuseki);
            String evilPage = evilArticlePath(dateline);
            StringBuilder huge = new StringBuilder("SELECT * { ?s ?p ?o FILTER(?o IN (");
            for (int i = 0; i < 200_000; i++) {
                huge.append(i == 0 ? "" : ",").append("\"s").append(i).append('"');
            }
            String hugeQuery = huge.append(")) }").toString();
            List<Attack> list = List.of(
                    new Attack("SERVICE <http://127.0.0.1:…/sparql>", root -> service(root, "SELECT * { SERVICE " + internal
                            + " { ?x ?p ?o } }", calls), false),
                    new Attack("SERVICE SILENT <http://127.0.0.1:…>", root -> service(root, "SELECT * { SERVICE SILENT "
                            + internal + " { ?x ?p ?o } }", calls), false),
                    new Attack("SERVICE ?u (address in VALUES)", root -> service(root, "SELECT * { VALUES ?u { " + internal
                            + " } SERVICE ?u { ?x ?p ?o } }", calls), false),
                    new Attack("4-way cartesian COUNT", root -> runaway(root, "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . "
                            + "?g ?h ?i . ?j ?k ?l }"), false),
                    new Attack("1.9 MB query (200,000-string IN)", root -> timed(root + "/news/sparql", "application/sparql-query",
                            hugeQuery, Duration.ofSeconds(60)), false),
                    new Attack("CORS, Origin: http://evil.example", this::cors, false),
                    new Attack("TRACE /", root -> method(root + "/", "TRACE"), false),
                    new Attack("headers on a SPARQL answer", this::headers, false),
                    new Attack("javascript: canonical link", root -> page(root + evilPage), true),
                    new Attack("reconcile: truncated JSON", root -> reconcile(root, "queries={\"q0\":{\"query\":\"Obama\""), true),
                    new Attack("reconcile: JSON nested 5,000 deep", root -> reconcile(root, "queries=" + "[".repeat(5000)
                            + "]".repeat(5000)), true),
                    new Attack("reconcile: batch of 10,000", root -> reconcile(root, "queries=" + batch(10_000)), true),
                    new Attack("reconcile: JSON request body", root -> reconcileJson(root), true));
            out.println("Attacks on serve (java -jar, defaults) and on a stock fuseki-main 5.6.0 over the same triples:");
            out.println();
            out.println("| attack | Dateline serve | stock fuseki-main |");
            out.println("|---|---|---|");
            for (Attack a : list) {
                String d = a.on().apply(dateline);
                String f = a.datelineOnly() ? "(not offered)" : a.on().apply(stock);
                out.println("| " + a.name() + " | " + d + " | " + f + " |");
                out.flush();
                if (!fuseki.isAlive()) {
                    break;
                }
            }
            out.println();
        } finally {
            stop(serve);
            if (fuseki != null) {
                stop(fuseki);
            }
            listener.stop(0);
        }
    }

    private String service(String root, String query, AtomicInteger calls) {
        int before = calls.get();
        String status = timed(root + "/news/sparql", "application/x-www-form-urlencoded",
                "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), Duration.ofSeconds(30));
        int made = calls.get() - before;
        return status + "; " + (made == 0 ? "no call made" : made + " call" + (made == 1 ? "" : "s") + " to the listener");
    }

    /** A query that runs for hours unless stopped; then how soon the server answers a small one. */
    private String runaway(String root, String query) {
        String status = timed(root + "/news/sparql", "application/sparql-query", query, Duration.ofSeconds(90));
        return status + "; then ASK: " + timed(root + "/news/sparql", "application/sparql-query", "ASK { ?s ?p ?o }",
                Duration.ofSeconds(30));
    }

    private String timed(String url, String contentType, String body, Duration limit) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(limit)
                    .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return String.format(Locale.ROOT, "%d in %.1f s", r.statusCode(), secs(t0));
        } catch (HttpTimeoutException e) {
            return String.format(Locale.ROOT, "no answer within %d s (still running)", limit.toSeconds());
        } catch (IOException e) {
            return String.format(Locale.ROOT, "connection failed after %.1f s (%s)", secs(t0), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private String cors(String root) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(root + "/news/sparql?query=ASK%7B%7D"))
                    .header("Origin", "http://evil.example").build(), HttpResponse.BodyHandlers.ofString());
            return "Allow-Origin: " + r.headers().firstValue("Access-Control-Allow-Origin").orElse("(none)")
                    + ", Allow-Credentials: " + r.headers().firstValue("Access-Control-Allow-Credentials").orElse("(none)")
                    + ", Vary: " + r.headers().firstValue("Vary").orElse("(none)");
        } catch (Exception e) {
            return "failed: " + e.getMessage();
        }
    }

    private String method(String url, String method) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).method(method,
                    HttpRequest.BodyPublishers.noBody()).header("X-Probe", "echoed?").build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() + (r.body().contains("echoed?") ? ", request headers echoed" : ", nothing echoed");
        } catch (Exception e) {
            return "failed: " + e.getMessage();
        }
    }

    private String headers(String root) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(root + "/news/sparql?query=ASK%7B%7D")).build(),
                    HttpResponse.BodyHandlers.ofString());
            List<String> have = new ArrayList<>();
            for (String h : new String[] {"Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options"}) {
                if (r.headers().firstValue(h).isPresent()) {
                    have.add(h.equals("Content-Security-Policy") ? "CSP" : h + ": " + r.headers().firstValue(h).get());
                }
            }
            return have.isEmpty() ? "none of CSP, nosniff, frame options" : String.join(", ", have);
        } catch (Exception e) {
            return "failed: " + e.getMessage();
        }
    }

    private String page(String url) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() + (r.body().contains("href=\"javascript:") ? ", javascript: link rendered"
                    : ", no javascript: link");
        } catch (Exception e) {
            return "failed: " + e.getMessage();
        }
    }

    private String reconcile(String root, String form) {
        String json = form.substring(form.indexOf('=') + 1);
        return reconcileBody(root, "application/x-www-form-urlencoded", "queries=" + URLEncoder.encode(json, StandardCharsets.UTF_8));
    }

    private String reconcileJson(String root) {
        return reconcileBody(root, "application/json", "{\"q0\":{\"query\":\"Obama\"}}");
    }

    private String reconcileBody(String root, String type, String body) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(root + "/reconcile")).header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            boolean trace = r.body().contains("Exception") || r.body().contains(".java");
            String first = r.body().lines().findFirst().orElse("").replace("dateline reconcile: ", "");
            return String.format(Locale.ROOT, "%d in %.1f s%s: %s", r.statusCode(), secs(t0), trace ? ", Java internals shown" : "",
                    first.length() > 70 ? first.substring(0, 70) + "…" : first).replace("|", "\\|");
        } catch (Exception e) {
            return "failed: " + e.getMessage();
        }
    }

    private static String batch(int n) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",").append("\"q").append(i).append("\":\"O\"");
        }
        return b.append('}').toString();
    }

    private String evilArticlePath(String root) throws Exception {
        String q = "SELECT ?a { ?a <https://schema.org/headline> \"Council approves the budget\" }";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(root + "/news/sparql?query="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        String iri = r.body().lines().skip(1).findFirst().orElseThrow().strip();
        return "/" + iri.substring(Iris.DEFAULT_BASE.length());
    }

    // ---- bad inputs ----

    private void inputs() throws Exception {
        Path in = Files.createDirectories(work.resolve("inputs"));
        String story = "Council approves \u201cfinal\u201d budget \u2013 again\n\nLONDON, March 3 (UPI) -- The council approved "
                + "the budget on Tuesday, officials said. \u201cIt is done,\u201d the mayor said.\n";
        List<String[]> cases = new ArrayList<>();
        byte[] utf8 = story.getBytes(StandardCharsets.UTF_8);
        cases.add(new String[] {"UTF-8 with one stray byte (0xFF)", write(in, "stray.txt", splice(utf8, 60, (byte) 0xFF))});
        cases.add(new String[] {"Windows-1252 (curly quotes, dashes)", write(in, "cp1252.txt",
                story.getBytes(Charset.forName("windows-1252")))});
        String ascii = "Council approves budget\n\nLONDON, March 3 (UPI) -- The council approved the budget on Tuesday, "
                + "officials said.\n";
        cases.add(new String[] {"ASCII with bad bytes (0xC3 '(' , 0xFF 0xFE)", write(in, "ascii-bad.txt",
                splice(splice(ascii.getBytes(StandardCharsets.US_ASCII), 70, (byte) 0xC3, (byte) '('), 40, (byte) 0xFF, (byte) 0xFE))});
        cases.add(new String[] {"UTF-16 with a byte-order mark", write(in, "utf16.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                story.getBytes(StandardCharsets.UTF_16LE)))});
        cases.add(new String[] {"binary (NUL bytes)", write(in, "binary.txt", new byte[] {'a', 0, 1, 2, 3})});
        cases.add(new String[] {"empty file", write(in, "empty.txt", new byte[0])});
        cases.add(new String[] {"6 MB file (over --max-size)", write(in, "huge.txt", ("word ".repeat(1_300_000)).getBytes(
                StandardCharsets.US_ASCII))});
        cases.add(new String[] {"HTML with only page furniture", write(in, "furniture.html",
                "<html><body><nav>Home</nav><footer>(c) 2026</footer></body></html>".getBytes(StandardCharsets.UTF_8))});
        cases.add(new String[] {"HTML with a javascript: canonical link", write(in, "evil.html", ("<html><head><link rel=\"canonical\" "
                + "href=\"javascript:alert(14)\"></head><body><article><h1>Council approves the budget</h1><p>LONDON -- The "
                + "council approved the budget on Tuesday.</p></article></body></html>").getBytes(StandardCharsets.UTF_8))});
        Path loop = Files.createDirectories(in.resolve("loop"));
        Files.write(loop.resolve("story.txt"), utf8);
        Files.createSymbolicLink(loop.resolve("again"), loop);
        cases.add(new String[] {"folder with a symbolic link loop", loop.toString()});
        Path dangling = Files.createDirectories(in.resolve("dangling"));
        Files.write(dangling.resolve("story.txt"), utf8);
        Files.createSymbolicLink(dangling.resolve("gone.txt"), dangling.resolve("missing.txt"));
        cases.add(new String[] {"folder with a link to nothing", dangling.toString()});
        cases.add(new String[] {"empty folder", Files.createDirectories(in.resolve("empty")).toString()});
        out.println("Bad inputs given to map (java -jar dateline.jar map INPUT --format nquads --out FILE):");
        out.println();
        out.println("| input | exit | articles out | what the user is told |");
        out.println("|---|---|---|---|");
        for (String[] c : cases) {
            Path nq = work.resolve("out.nq");
            Files.deleteIfExists(nq);
            Path log = work.resolve("map.log");
            Process p = java(log, "-jar", jar.toString(), "map", c[1], "--format", "nquads", "--out", nq.toString(), "--quiet");
            int exit = p.waitFor(120, TimeUnit.SECONDS) ? p.exitValue() : -1;
            String said = Files.readAllLines(log).stream().filter(l -> !l.isBlank()).map(l -> l.replace(work.toString() + "/", ""))
                    .findFirst().orElse("(nothing)");
            long graphs = Files.exists(nq) ? Files.readAllLines(nq).stream().filter(l -> l.contains("schema.org/headline")).count() : 0;
            boolean scriptIri = Files.exists(nq) && Files.readString(nq).contains("<javascript:");
            out.println("| " + c[0] + " | " + exit + " | " + graphs + (scriptIri ? " (javascript: IRI in the data)" : "") + " | "
                    + (said.length() > 150 ? said.substring(0, 150) + "…" : said).replace("|", "\\|") + " |");
            out.flush();
        }
        out.println();
    }

    private static byte[] splice(byte[] bytes, int at, byte... inserted) {
        byte[] out = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(inserted, 0, out, at, inserted.length);
        System.arraycopy(bytes, at, out, at + inserted.length, bytes.length - at);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return splice(b, 0, a);
    }

    private static String write(Path dir, String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes).toString();
    }

    // ---- faults ----

    private void faults() throws Exception {
        Path corpus = work.resolve("corpus");
        CorpusGenerator.create(Gazetteer.loadDefault()).write(corpus, articles, seed, i -> { });
        Random random = new Random(seed);
        out.printf(Locale.ROOT, "Faults: SIGKILL at random moments (seed %d) on a corpus of %,d generated articles:%n%n", seed,
                articles);
        out.println("| fault | kills | after the kills and one more run | a clean run |");
        out.println("|---|---|---|---|");
        // serve --store, killed while loading
        Path store = work.resolve("store");
        List<String> landed = new ArrayList<>();
        for (int k = 0; k < kills; k++) {
            int port = Soak.freePort();
            Process p = java(work.resolve("kill.log"), "-jar", jar.toString(), "serve", "--port", Integer.toString(port),
                    "--store", store.toString(), corpus.toString());
            long wait = 1500 + random.nextInt(6000);
            boolean up = false;
            long t0 = System.nanoTime();
            while (secs(t0) * 1000 < wait && p.isAlive()) {
                Thread.sleep(50);
            }
            up = answers("http://localhost:" + port);
            p.destroyForcibly().waitFor();
            landed.add(String.format(Locale.ROOT, "%.1f s%s", wait / 1000.0, up ? " (after loading)" : ""));
        }
        String after = storeFigures(store, corpus);
        String clean = storeFigures(work.resolve("clean-store"), corpus);
        out.println("| `serve --store` killed while loading | " + kills + " (at " + String.join(", ", landed) + ") | " + after
                + " | " + clean + " |");
        out.flush();
        // map --out, killed while writing
        Path target = work.resolve("news.nq");
        run("-jar", jar.toString(), "map", corpus.toString(), "--format", "nquads", "--out", target.toString(), "--quiet");
        String before = digest(target);
        long lines = lineCount(target);
        int intact = 0;
        int partialsLeft = 0;
        List<String> at = new ArrayList<>();
        for (int k = 0; k < kills; k++) {
            Process p = java(work.resolve("kill.log"), "-jar", jar.toString(), "map", corpus.toString(), "--format", "nquads",
                    "--out", target.toString(), "--quiet");
            long wait = 1500 + random.nextInt(4000);
            p.waitFor(wait, TimeUnit.MILLISECONDS);
            boolean alive = p.isAlive();
            p.destroyForcibly().waitFor();
            at.add(String.format(Locale.ROOT, "%.1f s%s", wait / 1000.0, alive ? "" : " (had finished)"));
            intact += digest(target).equals(before) || !alive ? 1 : 0;
            try (Stream<Path> files = Files.list(work)) {
                partialsLeft = (int) files.filter(f -> f.getFileName().toString().endsWith(".partial")).count();
            }
        }
        run("-jar", jar.toString(), "map", corpus.toString(), "--format", "nquads", "--out", target.toString(), "--quiet");
        long partialsAfter;
        try (Stream<Path> files = Files.list(work)) {
            partialsAfter = files.filter(f -> f.getFileName().toString().endsWith(".partial")).count();
        }
        out.println("| `map --out` killed while writing | " + kills + " (at " + String.join(", ", at) + ") | previous file intact "
                + intact + "/" + kills + "; partial files left by the kills: " + partialsLeft + ", after the next run: "
                + partialsAfter + "; the next run: " + String.format(Locale.ROOT, "%,d", lineCount(target)) + " quads | "
                + String.format(Locale.ROOT, "%,d", lines) + " quads |");
        out.println();
        out.flush();
    }

    /** Serves the store over the corpus once more, to the end, and counts what it holds. */
    private String storeFigures(Path store, Path corpus) throws Exception {
        int port = Soak.freePort();
        Process p = java(work.resolve("store.log"), "-jar", jar.toString(), "serve", "--port", Integer.toString(port),
                "--store", store.toString(), corpus.toString());
        try {
            String root = "http://localhost:" + port;
            awaitAnswer(root, p);
            long quads = count(root, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
            long arts = count(root, "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?g <" + org.dateline.map.DL.sourceChecksum.getURI()
                    + "> ?c } }");
            long headlines = count(root, "SELECT (COUNT(*) AS ?n) { ?a <https://schema.org/headline> ?h }");
            return String.format(Locale.ROOT, "%,d articles, %,d headlines, %,d quads", arts, headlines, quads);
        } finally {
            stop(p);
        }
    }

    private long count(String root, String query) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(root + "/news/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").timeout(Duration.ofMinutes(5))
                .build(), HttpResponse.BodyHandlers.ofString());
        return Long.parseLong(r.body().lines().skip(1).findFirst().orElseThrow().strip());
    }

    private boolean answers(String root) {
        try {
            return Soak.send(root, Soak.Request.sparql("/news/sparql", "ASK {}")) == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static String digest(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

    private static long lineCount(Path f) throws IOException {
        try (Stream<String> lines = Files.lines(f)) {
            return lines.count();
        }
    }

    // ---- processes ----

    private Process java(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private void run(String... args) throws Exception {
        Process p = java(work.resolve("run.log"), args);
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", args) + " failed: " + Files.readString(work.resolve("run.log")));
        }
    }

    private void awaitAnswer(String root, Process p) throws Exception {
        long t0 = System.nanoTime();
        while (secs(t0) < 600) {
            if (!p.isAlive()) {
                throw new IOException("the server ended (exit " + p.exitValue() + ") before answering");
            }
            if (answers(root)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IOException(root + " did not answer within 10 minutes");
    }

    private static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
        }
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
