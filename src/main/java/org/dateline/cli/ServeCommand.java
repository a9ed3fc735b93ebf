package org.dateline.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dateline.Pipeline;
import org.dateline.publish.NewsServer;
import org.dateline.publish.NewsStore;
import org.dateline.publish.Publication;
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
                + "(also /news/query; a browser gets Fuseki's query editor there), Graph Store reads at /news/data, "
                + "resource pages under /id/, the dataset's VoID at /.well-known/void and a dump at /dumps/news.nq.gz. "
                + "IRIs are minted under --base, whatever the port; a --store keeps its base.",
        footer = {"", "Examples:",
                "  dateline serve",
                "  dateline serve ~/wire --port 8080 --store run/tdb2",
                "  curl -s http://localhost:3030/news/sparql --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 5'"})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Article files, web archives (.warc.gz) or folders "
            + "(default: data/articles; with --store, none when the store holds articles already, as one bulk-loaded "
            + "with tdb2.xloader from N-Quads).")
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

    @Option(names = "--license", paramLabel = "IRI",
            description = "The licence you publish the data under, stated in the dataset description (e.g. "
                    + "https://creativecommons.org/licenses/by/4.0/). None is stated unless given: the articles' terms "
                    + "are their publishers'.")
    URI license;

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

    /** A running server and the store it serves; closing stops the one and releases the other. */
    record Serving(NewsServer server, NewsStore store, String base, int articles) implements AutoCloseable {
        @Override
        public void close() {
            server.close();
            store.close();
        }
    }

    @Override
    public Integer call() throws Exception {
        Serving serving = start();
        if (serving == null) {
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            serving.close();
            stopped.countDown();
        }, "dateline-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        String url = serving.server().sparqlUrl();
        int basePort = serving.server().alsoAnswerAtBase(serving.base());
        out.println("Dateline is serving " + serving.articles() + " article" + (serving.articles() == 1 ? "" : "s")
                + (store != null ? " from " + store : "") + ", IRIs under " + serving.base() + ".");
        out.println("SPARQL endpoint: " + url + " (open it in a browser for the query editor)");
        out.println("Home page: " + serving.server().baseUrl());
        if (basePort > 0) {
            out.println("IRIs under " + serving.base() + " dereference here too: port " + basePort + " answers as well.");
        }
        out.println("Try:");
        out.println("  curl -s " + url + " -H 'Accept: text/csv' --data-urlencode "
                + "'query=PREFIX schema: <https://schema.org/> SELECT ?headline WHERE { ?a schema:headline ?headline }'");
        out.println("Press Ctrl-C to stop.");
        out.flush();
        stopped.await();
        return 0;
    }

    /** Loads the articles into the store and starts the server; null (the reason printed) when the port is taken. */
    Serving start() {
        ServerLimits limits = limits();
        PrintWriter err = spec.commandLine().getErr();
        // The base does not depend on the port: a store re-served on another port keeps its IRIs (and its pages answer
        // on any port, as they link the base's IRIs as paths on the server).
        boolean baseGiven = spec.commandLine().getParseResult().hasMatchedOption("--base");
        NewsStore newsStore = store == null ? NewsStore.inMemory() : NewsStore.onDisk(store);
        try {
            String base = newsStore.adoptBase(options.base, baseGiven);
            Pipeline pipeline = options.pipeline(base);
            newsStore.loadOntology();
            // A store that holds articles is served as it is when no path is given: it may have been bulk-loaded.
            boolean given = paths != null && !paths.isEmpty();
            List<Path> inputs = given ? paths : store != null && newsStore.articles() > 0 ? List.of()
                    : List.of(Path.of("data", "articles"));
            int[] failed = {0};
            List<Path> files = Inputs.expand(inputs, err).files();
            long maxHeap = Runtime.getRuntime().maxMemory();
            HeapAdvice.forDefaultLimit(ManagementFactory.getRuntimeMXBean().getInputArguments(), maxHeap)
                    .ifPresent(w -> err.println("dateline: " + w));
            if (store == null) {
                HeapAdvice.forInMemory(files.size(), maxHeap).ifPresent(w -> err.println("dateline: " + w));
            }
            NewsStore.Loaded loaded = newsStore.load(pipeline, files, (file, e) -> {
                err.println("dateline: " + e.getMessage());
                failed[0]++;
            });
            int added = loaded.added();
            int unchanged = loaded.unchanged();
            if (inputs.isEmpty()) {
                err.println("dateline: serving the store as it is (no PATH given)");
            } else {
                err.println("dateline: loaded " + added + " article" + (added == 1 ? "" : "s")
                        + (unchanged > 0 ? ", " + unchanged + " already in the store" : "")
                        + (failed[0] > 0 ? " (" + failed[0] + " failed)" : ""));
            }
            err.flush();
            Publication publication = Publication.defaults().withLicense(license == null ? null : license.toString());
            return new Serving(NewsServer.start(newsStore.dataset(), port, host, base, limits, publication), newsStore,
                    base, newsStore.articles());
        } catch (RuntimeException e) {
            newsStore.close();
            if (String.valueOf(e.getMessage()).contains("Failed to bind")) {
                err.println("dateline: port " + port + " on " + host + " is already in use; stop the other server "
                        + "or choose another port with --port");
                return null;
            }
            throw e;
        }
    }
}
