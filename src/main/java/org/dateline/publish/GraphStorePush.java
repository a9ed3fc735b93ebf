package org.dateline.publish;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.dateline.Pipeline;
import org.dateline.ingest.IngestException;
import org.dateline.map.DL;
import org.dateline.map.OntologyGraph;
import org.dateline.map.QuadList;
import org.dateline.map.WrittenOnce;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends mapped articles to any store that speaks the SPARQL 1.1 Graph Store Protocol (Fuseki, Oxigraph, Virtuoso,
 * GraphDB, RDF4J …): each article's graph is replaced ({@code PUT ?graph=…}, so pushing an article again replaces
 * exactly its graph), and the entity descriptions are merged into the shared entities graph ({@code POST}), each
 * quad once per push, a batch of articles at a time. Jena's GSP client makes the requests; a user name and password
 * registered with Jena's {@code AuthEnv} are used for the store's address (basic or digest).
 */
public final class GraphStorePush {
    private static final Logger LOG = LoggerFactory.getLogger(GraphStorePush.class);
    /** Articles whose entity descriptions are merged in one request. */
    static final int BATCH = 100;

    private final String endpoint;
    private final Pipeline pipeline;
    private final Node entities;

    /** @param endpoint the store's Graph Store endpoint, e.g. {@code http://localhost:3030/ds/data} */
    public GraphStorePush(String endpoint, Pipeline pipeline) {
        this.endpoint = endpoint;
        this.pipeline = pipeline;
        this.entities = NodeFactory.createURI(pipeline.mapper().iris().entitiesGraph());
    }

    /** Hears about each file as it is pushed or fails. */
    public interface Listener {
        /** @param error null when the file's graph was stored, else the reason ("FILE: what went wrong") */
        void done(Path file, String error);
    }

    /** How a push went. */
    public record Result(int pushed, int failed, long entityTriples) { }

    /**
     * Pushes {@code files}; a file that cannot be read is reported and skipped.
     *
     * @throws PushException when the store refuses a request or cannot be reached: the rest would fare no better
     */
    public Result push(List<Path> files, boolean withOntology, Listener listener) {
        WrittenOnce<Quad> sent = new WrittenOnce<>();
        Graph pending = GraphFactory.createDefaultGraph();
        int pushed = 0;
        int failed = 0;
        long entityTriples = 0;
        if (withOntology) {
            QuadList ontology = new QuadList();
            OntologyGraph.send(ontology);
            put(DL.ONTOLOGY, triples(ontology.quads(), NodeFactory.createURI(DL.ONTOLOGY)));
        }
        int inBatch = 0;
        for (Path file : files) {
            QuadList quads = new QuadList();
            String graph;
            try {
                graph = pipeline.mapper().articleGraph(pipeline.map(file, quads).article());
            } catch (IngestException e) {
                failed++;
                listener.done(file, e.getMessage());
                continue;
            }
            put(graph, triples(quads.quads(), NodeFactory.createURI(graph)));
            for (Quad q : quads.quads()) {
                if (q.getGraph().equals(entities) && sent.first(q)) {
                    pending.add(q.asTriple());
                }
            }
            pushed++;
            listener.done(file, null);
            if (++inBatch == BATCH) {
                entityTriples += merge(pending);
                inBatch = 0;
            }
        }
        entityTriples += merge(pending);
        return new Result(pushed, failed, entityTriples);
    }

    private static Graph triples(List<Quad> quads, Node graph) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Quad q : quads) {
            if (q.getGraph().equals(graph)) {
                g.add(q.asTriple());
            }
        }
        return g;
    }

    private void put(String graph, Graph triples) {
        request("PUT", graph, () -> gsp(graph).PUT(triples));
    }

    private long merge(Graph pending) {
        int n = pending.size();
        if (n > 0) {
            String graph = entities.getURI();
            request("POST", graph, () -> gsp(graph).POST(pending));
            pending.clear();
        }
        return n;
    }

    private GSP gsp(String graph) {
        // N-Triples: every store reads it, and the triples stream without a prefix table.
        return GSP.service(endpoint).graphName(graph).contentType(RDFFormat.NTRIPLES);
    }

    private void request(String method, String graph, Runnable call) {
        try {
            call.run();
            LOG.debug("{} {}?graph={}", method, endpoint, graph);
        } catch (HttpException e) {
            String status = e.getStatusCode() > 0 ? "answered " + e.getStatusCode() + " " + e.getStatusLine()
                    : "could not be reached (" + e.getMessage() + ")";
            throw new PushException(endpoint + " " + status + " to " + method + " of graph <" + graph + ">"
                    + hint(e.getStatusCode()));
        }
    }

    private static String hint(int status) {
        return switch (status) {
            case 401, 403 -> "; give the store's user with --user and its password in DATELINE_PUSH_PASSWORD";
            case 404, 405 -> "; --to must be the store's Graph Store Protocol endpoint (Fuseki: http://host:3030/DATASET/data, "
                    + "Oxigraph: http://host:7878/store, Virtuoso: http://host:8890/sparql-graph-crud-auth)";
            case -1, 0 -> "; is the store running?";
            default -> "";
        };
    }

    /** The store refused a request or could not be reached; the message says which request and what to do. */
    public static final class PushException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PushException(String message) {
            super(message);
        }
    }
}
