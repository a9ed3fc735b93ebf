package org.dateline.publish;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.dateline.knowledge.DataFiles;
import org.dateline.Pipeline;
import org.dateline.link.ProcessedArticle;
import org.dateline.ingest.IngestException;
import org.dateline.map.DL;
import org.dateline.map.QuadList;

/**
 * The dataset Dateline serves, with one named graph per article and the shared entities graph. Its
 * default graph is the union of the named graphs, so queries need no GRAPH clause: in memory a
 * {@link UnionDefaultDataset} holds that union, on disk TDB2 derives it per query (holding it there
 * would double the files and every load's writes). Loading an article again replaces exactly its graph.
 */
public final class NewsStore implements AutoCloseable {
    /** Articles per write transaction when loading many. */
    private static final int BATCH = 500;

    private final DatasetGraph dataset;
    private final boolean onDisk;

    private NewsStore(DatasetGraph dataset, boolean onDisk) {
        this.dataset = dataset;
        this.onDisk = onDisk;
    }

    /** A store that lives in memory and is gone when the process ends; it answers queries fastest. */
    public static NewsStore inMemory() {
        return new NewsStore(new UnionDefaultDataset(), false);
    }

    /** A persistent TDB2 store in {@code dir}, created if absent, its union default graph set. */
    public static NewsStore onDisk(Path dir) {
        DatasetGraph tdb2 = DatabaseMgr.connectDatasetGraph(dir.toString());
        tdb2.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new NewsStore(tdb2, true);
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
        write(pipeline, List.of(processed));
        return processed;
    }

    /**
     * Maps many files into the store, a batch of articles per write transaction (a transaction per
     * article makes an on-disk store commit, and sync, once per article). A file that cannot be read is
     * passed to {@code failed} and the others load; returns how many loaded.
     */
    public int loadAll(Pipeline pipeline, List<Path> files, BiConsumer<Path, IngestException> failed) {
        List<ProcessedArticle> batch = new ArrayList<>(BATCH);
        int loaded = 0;
        for (Path file : files) {
            try {
                batch.add(pipeline.process(file));
            } catch (IngestException e) {
                failed.accept(file, e);
            }
            if (batch.size() == BATCH) {
                loaded += write(pipeline, batch);
                batch.clear();
            }
        }
        return loaded + write(pipeline, batch);
    }

    private int write(Pipeline pipeline, List<ProcessedArticle> articles) {
        if (articles.isEmpty()) {
            return 0;
        }
        // Everything is mapped before the write transaction begins: readers wait for a shorter time, and a
        // failure while mapping cannot leave half an article in a store that cannot roll back.
        List<Node> graphs = new ArrayList<>(articles.size());
        QuadList quads = new QuadList();
        for (ProcessedArticle processed : articles) {
            graphs.add(NodeFactory.createURI(pipeline.mapper().articleGraph(processed.article())));
            pipeline.mapper().map(processed, quads);
        }
        Txn.executeWrite(dataset, () -> {
            graphs.forEach(dataset::removeGraph);
            quads.quads().forEach(dataset::add);
        });
        return articles.size();
    }

    /**
     * Loads the ontology into its own named graph (named by the ontology IRI), so queries can use term
     * labels and a user can explore the vocabulary where the data is.
     */
    public void loadOntology() {
        Node graph = NodeFactory.createURI(DL.ONTOLOGY);
        QuadList quads = new QuadList();
        RDFParser.source(DataFiles.open("ontology/dateline.ttl")).lang(Lang.TURTLE)
                .parse(StreamRDFLib.extendTriplesToQuads(graph, quads));
        Txn.executeWrite(dataset, () -> {
            dataset.removeGraph(graph);
            quads.quads().forEach(dataset::add);
        });
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

    /** Flushes and releases the store: an on-disk one can then be opened again, by this process or another. */
    @Override
    public void close() {
        if (onDisk) {
            // TDB2 caches open databases per folder; expelling releases the folder and its lock.
            TDBInternal.expel(dataset);
        } else {
            dataset.close();
        }
    }
}
