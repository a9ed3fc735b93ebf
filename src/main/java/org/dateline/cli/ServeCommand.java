package org.dateline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dateline.Pipeline;
import org.dateline.map.Iris;
import org.dateline.publish.NewsServer;
import org.dateline.publish.NewsStore;
import org.dateline.publish.ServerLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dateline serve}: maps articles and serves them over SPARQL with an embedded Fuseki. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Maps the articles (default: data/articles) and serves them read-only: SPARQL at /news/sparql "
                + "(also /news/query), Graph Store reads at /news/data.",
        footer = {"", "Examples:",
                "  dateline serve",
                "  dateline serve ~/wire --port 8080 --store run/tdb2",
                "  curl -s http://localhost:3030/news/sparql --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 5'"})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Article files or folders (default: data/articles).")
    List<Path> paths;

    @Option(names = {"-p", "--port"}, description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port = 3030;

    @Option(names = "--host", description = "Interface to listen on: localhost (default) or another host name/address "
            + "to listen on all interfaces.")
    String host = "localhost";

    @Option(names = "--store", paramLabel = "DIR",
            description = "Keep the data in a TDB2 store in DIR (created if absent) instead of in memory: for archives "
                    + "larger than the heap (in memory takes ~240 KB per article), and to keep them across restarts.")
    Path store;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Cancel a SPARQL query still running after this many seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = ServerLimits.DEFAULT_QUERY_TIMEOUT.toSeconds();

    @Option(names = "--max-request", paramLabel = "BYTES",
            description = "Refuse a request whose body is larger than this (default: ${DEFAULT-VALUE}).")
    long maxRequest = ServerLimits.DEFAULT_MAX_REQUEST_BYTES;

    @Option(names = "--allow-service",
            description = "Let SPARQL SERVICE clauses make the server query other endpoints. Off by default: any visitor "
                    + "could make the server call any address, its own network's included, and read the answer.")
    boolean allowService;

    @Mixin
    PipelineOptions options;

    private ServerLimits limits() {
        if (timeoutSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--timeout must be at least 1 (seconds), not " + timeoutSeconds);
        }
        try {
            return ServerLimits.defaults().withQueryTimeout(Duration.ofSeconds(timeoutSeconds))
                    .withMaxRequestBytes(maxRequest).withServiceAllowed(allowService);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    @Override
    public Integer call() throws Exception {
        ServerLimits limits = limits();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> inputs = paths == null || paths.isEmpty() ? List.of(Path.of("data", "articles")) : paths;
        // IRIs minted under the server's own address dereference out of the box.
        boolean baseGiven = spec.commandLine().getParseResult().hasMatchedOption("--base");
        String base = baseGiven || port == 0 ? options.base : "http://" + host + ":" + port + "/";
        Pipeline pipeline = options.pipeline(base);
        NewsStore newsStore = store == null ? NewsStore.inMemory() : NewsStore.onDisk(store);
        newsStore.loadOntology();
        int[] failed = {0};
        int ok = newsStore.loadAll(pipeline, Inputs.expand(inputs), (file, e) -> {
            err.println("dateline: " + e.getMessage());
            failed[0]++;
        });
        err.println("dateline: loaded " + ok + " article" + (ok == 1 ? "" : "s")
                + (failed[0] > 0 ? " (" + failed[0] + " failed)" : ""));
        NewsServer server;
        try {
            server = NewsServer.start(newsStore.dataset(), port, host, base, limits);
        } catch (RuntimeException e) {
            newsStore.close();
            String why = String.valueOf(e.getMessage());
            if (why.contains("Failed to bind")) {
                err.println("dateline: port " + port + " on " + host + " is already in use; stop the other server "
                        + "or choose another port with --port");
                return 1;
            }
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            newsStore.close();
            stopped.countDown();
        }, "dateline-shutdown"));
        out.println("Dateline is serving " + ok + " article" + (ok == 1 ? "" : "s") + ".");
        out.println("SPARQL endpoint: " + server.sparqlUrl());
        out.println("Try:");
        out.println("  curl -s " + server.sparqlUrl() + " -H 'Accept: text/csv' --data-urlencode "
                + "'query=PREFIX schema: <https://schema.org/> SELECT ?headline WHERE { ?a schema:headline ?headline }'");
        out.println("Press Ctrl-C to stop.");
        out.flush();
        stopped.await();
        return 0;
    }

    static String defaultBase() {
        return Iris.DEFAULT_BASE;
    }
}
