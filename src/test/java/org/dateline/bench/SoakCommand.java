package org.dateline.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dateline.map.Iris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench soak}: {@code dateline serve} in its own JVM, as {@code java -jar} starts it, under closed-loop clients
 * for a while, on pages and queries; then on the queries alone, next to a stock Fuseki (Jena's own {@code fuseki-main}
 * command, same Jena, same JVM options) over the same triples. Prints requests per second, latency, errors and the
 * servers' resident memory.
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = {"Soaks serve (its own JVM) with closed-loop clients on pages and the example queries, then the",
                "queries alone next to a stock Fuseki over the same triples; prints req/s, p50/p99, errors, RSS.",
                "Run from the repository folder after: mvn -B -q -DskipTests package test-compile"},
        footer = {"", "Example:", "  bench soak --clients 32 --seconds 60"})
final class SoakCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--clients", paramLabel = "N", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients = 32;

    @Option(names = "--seconds", paramLabel = "S", description = "Length of each soak (default: ${DEFAULT-VALUE}).")
    int seconds = 60;

    @Option(names = "--jar", paramLabel = "FILE", description = "The jar to run (default: ${DEFAULT-VALUE}).")
    Path jar = Path.of("target", "dateline.jar");

    @Option(names = "--articles", paramLabel = "DIR", description = "Articles to serve (default: ${DEFAULT-VALUE}).")
    Path articles = Path.of("data", "articles");

    @Option(names = "--jvm", paramLabel = "OPTION", description = "A JVM option for both servers, e.g. --jvm=-Xmx1g "
            + "(repeatable; default: none, as java -jar starts them).")
    List<String> jvm = new ArrayList<>();

    @Option(names = "--skip-fuseki", description = "Soak Dateline only.")
    boolean skipFuseki;

    @Override
    public Integer call() throws Exception {
        if (clients < 1 || seconds < 1) {
            throw new ParameterException(spec.commandLine(), "--clients and --seconds must be at least 1");
        }
        if (!Files.isRegularFile(jar)) {
            throw new ParameterException(spec.commandLine(), "--jar " + jar + ": no such file; build it with: "
                    + "mvn -B -q -DskipTests package");
        }
        PrintWriter out = spec.commandLine().getOut();
        Duration length = Duration.ofSeconds(seconds);
        Path work = Files.createTempDirectory("dateline-soak");
        List<Soak.Result> results = new ArrayList<>();
        out.printf(Locale.ROOT, "soak: %d clients, %d s each, JVM options %s, articles %s%n", clients, seconds,
                jvm.isEmpty() ? "none (java -jar's defaults)" : String.join(" ", jvm), articles);
        out.flush();
        try {
            int port = Soak.freePort();
            List<String> serve = new ArrayList<>(List.of("-jar", jar.toString(), "serve", "--port", Integer.toString(port),
                    articles.toString()));
            Process dateline = launch(serve, work.resolve("serve.log"));
            String root = "http://localhost:" + port;
            try {
                awaitAnswer(root, dateline);
                List<Soak.Request> queries = queries();
                List<Soak.Request> pages = pages(root);
                List<Soak.Request> mixed = new ArrayList<>();
                for (int i = 0; i < Math.max(pages.size(), queries.size()); i++) {
                    mixed.add(pages.get(i % pages.size()));
                    mixed.add(queries.get(i % queries.size()));
                }
                out.printf(Locale.ROOT, "serve is up (pid %d): %d pages, %d queries in the mix%n", dateline.pid(),
                        pages.size(), queries.size());
                out.flush();
                results.add(Soak.run("dateline serve", "pages+queries", root, mixed, clients, length, dateline.pid()));
                results.add(Soak.run("dateline serve", "queries", root, queries, clients, length, dateline.pid()));
                if (!skipFuseki) {
                    Path triples = work.resolve("union.nt");
                    HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(root + "/news/data?default"))
                            .header("Accept", "application/n-triples").build(), HttpResponse.BodyHandlers.ofFile(triples));
                    int fusekiPort = Soak.freePort();
                    // Fuseki's command sets up Log4j2, which the jar leaves out for slf4j-simple: the property says it is done.
                    Process fuseki = launch(List.of("-Dlog4j2.configurationFile=set", "-cp", jar.toString(),
                            "org.apache.jena.fuseki.main.cmds.FusekiMainCmd",
                            "--port=" + fusekiPort, "--file=" + triples, "/news"), work.resolve("fuseki.log"));
                    try {
                        String fusekiRoot = "http://localhost:" + fusekiPort;
                        awaitAnswer(fusekiRoot, fuseki);
                        results.add(Soak.run("stock fuseki-main 5.6.0", "queries", fusekiRoot, queries, clients, length,
                                fuseki.pid()));
                    } finally {
                        stop(fuseki);
                    }
                }
            } finally {
                stop(dateline);
            }
            out.println();
            out.println(Soak.Result.header() + "   (RSS in MB)");
            for (Soak.Result r : results) {
                out.println(r.row());
            }
            for (Soak.Result r : results) {
                if (r.errors() > 0) {
                    out.println("errors on " + r.server() + " (" + r.mix() + "), the first: " + r.firstError());
                }
            }
            out.flush();
            return results.stream().allMatch(r -> r.errors() == 0) ? 0 : 1;
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private Process launch(List<String> args, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvm);
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitAnswer(String root, Process p) throws Exception {
        long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < until) {
            if (!p.isAlive()) {
                throw new IOException("the server ended (exit " + p.exitValue() + ") before answering");
            }
            try {
                if (Soak.send(root, Soak.Request.sparql("/news/sparql", "ASK {}")) == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IOException(root + " did not answer within 3 minutes");
    }

    private static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
        }
    }

    /** The example queries of {@code data/queries}, sent to {@code /news/sparql}. */
    private static List<Soak.Request> queries() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("data", "queries"))) {
            List<Soak.Request> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                out.add(Soak.Request.sparql("/news/sparql", Files.readString(f)));
            }
            return out;
        }
    }

    /** The home page, the ontology and the pages of up to 200 resources (articles, people, places …). */
    private static List<Soak.Request> pages(String root) throws Exception {
        String q = "SELECT DISTINCT ?s { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \"" + Iris.DEFAULT_BASE + "id/\")) } LIMIT 200";
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(root + "/news/sparql?query="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        List<Soak.Request> out = new ArrayList<>(List.of(Soak.Request.page("/"), Soak.Request.page("/ns")));
        r.body().lines().skip(1).map(String::strip).filter(s -> s.startsWith(Iris.DEFAULT_BASE))
                .forEach(iri -> out.add(Soak.Request.page("/" + iri.substring(Iris.DEFAULT_BASE.length()))));
        return out;
    }
}
