package org.dateline.publish;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.dateline.knowledge.Gazetteer;
import org.dateline.map.Iris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Fuseki server: a read-only SPARQL endpoint at {@code /news/sparql} (also
 * {@code /news/query}) with Fuseki's query editor for browsers and its service description for machines, and Graph
 * Store read access at {@code /news/data}, over a {@link NewsStore}; resource pages under {@code /id/}, the dataset's
 * VoID and DCAT description at {@code /.well-known/void}, a gzipped N-Quads dump at {@code /dumps/news.nq.gz}, the
 * ontology at {@code /ns}, and the W3C reconciliation API for OpenRefine at {@code /reconcile}.
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
     * {@code /id/x} describes {@code <base>id/x}; with the default {@link ServerLimits}.
     */
    public static NewsServer start(DatasetGraph dataset, int port, String host, String base) {
        return start(dataset, port, host, base, ServerLimits.defaults());
    }

    /** Starts a server that holds every request to {@code limits}. */
    public static NewsServer start(DatasetGraph dataset, int port, String host, String base, ServerLimits limits) {
        return start(dataset, port, host, base, limits, Publication.defaults());
    }

    /** Starts a server that describes its data as {@code publication} says (title, licence). */
    public static NewsServer start(DatasetGraph dataset, int port, String host, String base, ServerLimits limits,
                                   Publication publication) {
        PublishedData data = new PublishedData(dataset, base, publication, limits.serviceAllowed());
        // The limits on queries travel in the endpoints' context, as a Fuseki configuration file's ja:context would.
        Context queries = new Context();
        queries.set(ARQ.queryTimeout, Long.toString(limits.queryTimeout().toMillis()));
        queries.set(ARQ.httpServiceAllowed, limits.serviceAllowed());
        DataService.Builder service = DataService.newBuilder(dataset);
        for (String name : new String[] {"sparql", "query", ""}) {
            service.addEndpoint(Endpoint.create().operation(Operation.Query).endpointName(name).context(queries).build());
        }
        service.addEndpoint(Operation.GSP_R, "data").addEndpoint(Operation.GSP_R, "get");
        boolean loopback = host == null || host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
        FusekiServer server = FusekiServer.create()
                .port(port)
                .loopback(loopback)
                .enablePing(true)
                .registerOperation(Operation.Query, new ServiceCheckedQuery())
                .registerOperation(Operation.GSP_R, new GraphStoreReads())
                .add(DATASET, service.build())
                .addFilter("/*", new CrossOriginReads())
                .addFilter("/*", new SecurityHeaders())
                .addFilter(DATASET + "/sparql", new SparqlLanding(data))
                .addFilter(DATASET + "/query", new SparqlLanding(data))
                .enableStats(true)
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet("/static/*", new QueryUi())
                .addServlet("/favicon.ico", new QueryUi())
                .addServlet(DatasetDescription.PATH, new VoidServlet(data))
                .addServlet("/dumps/*", new DumpServlet(dataset))
                .addServlet("/id/*", new LinkedDataServlet(dataset, base))
                .addServlet("/graph/*", new LinkedDataServlet(dataset, base))
                .addServlet("/ns", new OntologyServlet())
                .addServlet("/ns/*", new OntologyServlet())
                .addServlet("/reconcile", new ReconciliationServlet(dataset, Gazetteer::loadDefault))
                .addServlet("", new HomeServlet(data))
                .build();
        Server jetty = server.getJettyServer();
        SizeLimitHandler sized = new SizeLimitHandler(limits.maxRequestBytes(), -1);
        sized.setHandler(jetty.getHandler());
        jetty.setHandler(sized);
        for (Connector c : jetty.getConnectors()) {
            HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setRequestHeaderSize(ServerLimits.MAX_HEADER_BYTES);
            }
        }
        server.start();
        LOG.debug("Fuseki listening on port {} ({}), resource pages for {}, {}", server.getHttpPort(),
                loopback ? "loopback only" : "all interfaces", base, limits);
        return new NewsServer(server, loopback ? "localhost" : host);
    }

    public int port() {
        return server.getHttpPort();
    }

    /**
     * Also answers on the port the base names, when it is a local address on another port (the default base
     * {@code http://localhost:3030/} with {@code serve --port 8080}): the minted IRIs then dereference as linked data
     * asks, while staying the same whatever port the server was given. Returns that port, or -1 when the base is no
     * local address, names this server's port, or its port is taken (then only the server's own port answers).
     */
    public int alsoAnswerAtBase(String base) {
        java.net.URI uri;
        try {
            uri = java.net.URI.create(base);
        } catch (IllegalArgumentException e) {
            return -1;
        }
        String h = uri.getHost();
        int p = uri.getPort() < 0 && "http".equals(uri.getScheme()) ? 80 : uri.getPort();
        if (!"http".equals(uri.getScheme()) || p == port() || !("localhost".equals(h) || "127.0.0.1".equals(h))) {
            return -1;
        }
        Server jetty = server.getJettyServer();
        org.eclipse.jetty.server.ServerConnector extra = new org.eclipse.jetty.server.ServerConnector(jetty);
        extra.setHost("127.0.0.1");
        extra.setPort(p);
        HttpConnectionFactory http = extra.getConnectionFactory(HttpConnectionFactory.class);
        if (http != null) {
            http.getHttpConfiguration().setRequestHeaderSize(ServerLimits.MAX_HEADER_BYTES);
        }
        jetty.addConnector(extra);
        try {
            extra.start();
            LOG.debug("also answering on port {}, where the base {} points", p, base);
            return p;
        } catch (Exception e) {
            jetty.removeConnector(extra);
            LOG.debug("port {} of the base {} is taken: IRIs answer on port {} only", p, base, port());
            return -1;
        }
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
