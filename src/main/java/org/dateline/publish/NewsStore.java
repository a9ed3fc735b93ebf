package org.dateline.publish;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.dateline.Pipeline;
import org.dateline.ProcessedArticle;
import org.dateline.ingest.IngestException;

/**
 * The dataset Dateline serves: a TDB2 store, in memory or on disk, with one named graph per article
 * and the shared entities graph. Its default graph is the union of the named graphs, so queries
 * need no GRAPH clause. Loading an article again replaces exactly its graph.
 */
public final class NewsStore implements AutoCloseable {
    private final DatasetGraph dataset;

    private NewsStore(DatasetGraph dataset) {
        this.dataset = dataset;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** A store that lives in memory and is gone when the process ends. */
    public static NewsStore inMemory() {
        return new NewsStore(DatabaseMgr.createDatasetGraph());
    }

    /** A persistent TDB2 store in {@code dir}, created if absent. */
    public static NewsStore onDisk(Path dir) {
        return new NewsStore(DatabaseMgr.connectDatasetGraph(dir.toString()));
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    /**
     * Maps one file into the store in one transaction: its previous graph, if any, is dropped first.
     */
    public ProcessedArticle load(Pipeline pipeline, Path file) throws IngestException {
        // Read and extract outside the write transaction, so a bad file never opens one.
        ProcessedArticle processed = pipeline.process(file);
        Node graph = NodeFactory.createURI(pipeline.mapper().articleGraph(processed.article()));
        Txn.executeWrite(dataset, () -> {
            dataset.removeGraph(graph);
            StreamRDF sink = StreamRDFLib.dataset(dataset);
            sink.start();
            pipeline.mapper().map(processed, sink);
            sink.finish();
        });
        return processed;
    }

    /** The number of quads in the named graphs. */
    public long size() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            var it = dataset.find();
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    @Override
    public void close() {
        dataset.close();
    }
}
