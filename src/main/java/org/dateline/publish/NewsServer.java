package org.dateline.publish;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.dateline.knowledge.Gazetteer;
import org.dateline.map.Iris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Fuseki server: a read-only SPARQL endpoint at {@code /news/sparql} (also
 * {@code /news/query}) and Graph Store read access at {@code /news/data}, over a {@link NewsStore};
 * also the W3C reconciliation API for OpenRefine at {@code /reconcile}.
 */
public final class NewsServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NewsServer.class);

    /** The dataset's path on the server. */
    public static final String DATASET = "/news";

    private final FusekiServer server;
    private final String host;

    private NewsServer(FusekiServer server, String host) {
        this.server = server;
        this.host = host;
    }

    /**
     * Starts a server.
     *
     * @param port 0 for any free port
     * @param host "localhost" (the default) listens on the loopback interface only; any other value on all
     */
    public static NewsServer start(DatasetGraph dataset, int port, String host) {
        return start(dataset, port, host, Iris.DEFAULT_BASE);
    }

    /**
     * Starts a server whose resource pages answer for IRIs minted under {@code base}: a request for
     * {@code /id/x} describes {@code <base>id/x}.
     */
    public static NewsServer start(DatasetGraph dataset, int port, String host, String base) {
        DataService service = DataService.newBuilder(dataset)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.Query, "")
                .addEndpoint(Operation.GSP_R, "data")
                .addEndpoint(Operation.GSP_R, "get")
                .build();
        boolean loopback = host == null || host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
        FusekiServer server = FusekiServer.create()
                .port(port)
                .loopback(loopback)
                .enableCors(true, null)
                .enablePing(true)
                .registerOperation(Operation.GSP_R, new GraphStoreReads())
                .add(DATASET, service)
                .addServlet("/id/*", new LinkedDataServlet(dataset, base))
                .addServlet("/graph/*", new LinkedDataServlet(dataset, base))
                .addServlet("/ns", new OntologyServlet())
                .addServlet("/ns/*", new OntologyServlet())
                .addServlet("/reconcile", new ReconciliationServlet(dataset, Gazetteer::loadDefault))
                .addServlet("", new HomeServlet(dataset))
                .build()
                .start();
        LOG.debug("Fuseki listening on port {} ({}), resource pages for {}", server.getHttpPort(),
                loopback ? "loopback only" : "all interfaces", base);
        return new NewsServer(server, loopback ? "localhost" : host);
    }

    public int port() {
        return server.getHttpPort();
    }

    /** The server's root URL, e.g. {@code http://localhost:3030/}. */
    public String baseUrl() {
        return "http://" + host + ":" + port() + "/";
    }

    public String sparqlUrl() {
        return baseUrl() + DATASET.substring(1) + "/sparql";
    }

    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }
}
