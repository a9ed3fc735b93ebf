package org.dateline.publish;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.dateline.Pipeline;
import org.dateline.link.ProcessedArticle;
import org.dateline.ingest.Article;
import org.dateline.ingest.ArticleSources;
import org.dateline.ingest.IngestException;
import org.dateline.map.DL;
import org.dateline.map.OntologyGraph;
import org.dateline.map.QuadList;
import org.apache.jena.sparql.core.Quad;

/**
 * The dataset Dateline serves, with one named graph per article and the shared entities graph. Its
 * default graph is the union of the named graphs, so queries need no GRAPH clause: in memory a
 * {@link UnionDefaultDataset} holds that union, on disk TDB2 derives it per query (holding it there
 * would double the files and every load's writes). Loading an article again replaces exactly its graph.
 *
 * <p>A store remembers the base its IRIs were minted under, as the {@code void:uriSpace} of the store
 * description graph {@value #DESCRIPTION}, and each article's source checksum ({@code dl:sourceChecksum} in the
 * article graph's provenance): loading the same files again, by a restarted server on any port, adds nothing, and a
 * server that would mint under another base is refused rather than let it load every article a second time.
 */
public final class NewsStore implements AutoCloseable {
    /** Articles per write transaction when loading many. */
    private static final int BATCH = 500;
    /** The graph describing the store itself. */
    public static final String DESCRIPTION = "urn:x-dateline:store";
    private static final Node DESCRIPTION_NODE = NodeFactory.createURI(DESCRIPTION);
    private static final Node URI_SPACE = NodeFactory.createURI("http://rdfs.org/ns/void#uriSpace");
    /** Where an article graph's IRI starts after the base (see {@code Iris.articleGraph}). */
    private static final String ARTICLE_GRAPHS = "graph/article/";

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
        return loadAll(pipeline, files, failed, BATCH).added();
    }

    /** What loading a batch did: articles added, and articles read whose source the store already held. */
    public record Loaded(int added, int unchanged) { }

    /**
     * As {@link #loadAll(Pipeline, List, BiConsumer)}, telling also how many articles the store already held: a web
     * archive holds many.
     */
    public Loaded load(Pipeline pipeline, List<Path> files, BiConsumer<Path, IngestException> failed) {
        return loadAll(pipeline, files, failed, BATCH);
    }

    /**
     * As {@link #loadAll(Pipeline, List, BiConsumer)}, {@code batch} articles per transaction. A file whose checksum
     * the store already holds is not loaded again (nor extracted): restarting a server over the same folder and store
     * costs one read of each file. A web archive stands for its pages.
     */
    Loaded loadAll(Pipeline pipeline, List<Path> files, BiConsumer<Path, IngestException> failed, int batchSize) {
        Set<String> known = checksums();
        List<ProcessedArticle> batch = new ArrayList<>(batchSize);
        int loaded = 0;
        int unchanged = 0;
        try (ArticleSources sources = pipeline.sources(files)) {
            while (sources.hasNext()) {
                try {
                    Article article = pipeline.read(sources.next());
                    if (known.add(article.sha256())) {
                        batch.add(pipeline.process(article));
                    } else {
                        unchanged++;
                    }
                } catch (IngestException e) {
                    failed.accept(e.path(), e);
                }
                if (batch.size() == batchSize) {
                    loaded += write(pipeline, batch);
                    batch.clear();
                }
            }
        }
        return new Loaded(loaded + write(pipeline, batch), unchanged);
    }

    /** The source checksums of the articles in the store. */
    public Set<String> checksums() {
        return Txn.calculateRead(dataset, () -> {
            Set<String> sums = new HashSet<>();
            dataset.find(Node.ANY, Node.ANY, DL.sourceChecksum.asNode(), Node.ANY)
                    .forEachRemaining(q -> sums.add(q.getObject().getLiteralLexicalForm()));
            return sums;
        });
    }

    /** How many articles the store holds. */
    public int articles() {
        return Txn.calculateRead(dataset, () -> {
            Set<Node> graphs = new HashSet<>();
            dataset.find(Node.ANY, Node.ANY, DL.sourceChecksum.asNode(), Node.ANY)
                    .forEachRemaining(q -> graphs.add(q.getGraph()));
            return graphs.size();
        });
    }

    /**
     * The base the store's IRIs are minted under: the one it records, else (a store from before it recorded one)
     * the one its article graphs were named under, else none (an empty store).
     *
     * @throws IllegalStateException when the store holds articles under several bases
     */
    public Optional<String> base() {
        return Txn.calculateRead(dataset, () -> {
            var recorded = dataset.find(DESCRIPTION_NODE, DESCRIPTION_NODE, URI_SPACE, Node.ANY);
            if (recorded.hasNext()) {
                return Optional.of(recorded.next().getObject().getLiteralLexicalForm());
            }
            Set<String> bases = new TreeSet<>();
            dataset.find(Node.ANY, Node.ANY, DL.sourceChecksum.asNode(), Node.ANY).forEachRemaining(q -> {
                String g = q.getGraph().getURI();
                int at = g.indexOf(ARTICLE_GRAPHS);
                if (at > 0) {
                    bases.add(g.substring(0, at));
                }
            });
            if (bases.size() > 1) {
                throw new IllegalStateException("the store holds articles under " + bases.size() + " bases (" + String.join(
                        ", ", bases) + "), each article once per base, as servers on different ports made them before "
                        + "the base was kept apart from the port; load the articles into a new --store folder");
            }
            return bases.stream().findFirst();
        });
    }

    /**
     * The base to mint this store's IRIs under: the store's own when it has one, and {@code wanted} then only when it
     * is the same; {@code wanted} for an empty store, which records it.
     *
     * @param explicit whether the user chose {@code wanted} ({@code --base}); else it gives way to the store's
     * @throws IllegalArgumentException when the user asks for another base than the store's
     */
    public String adoptBase(String wanted, boolean explicit) {
        Optional<String> held = base();
        if (held.isPresent() && !held.get().equals(wanted) && explicit) {
            throw new IllegalArgumentException("the store holds IRIs minted under " + held.get() + ", not " + wanted
                    + ": serve it with --base " + held.get() + " (or no --base), or load the articles into a new --store "
                    + "folder to publish them under " + wanted);
        }
        String base = held.orElse(wanted);
        Txn.executeWrite(dataset, () -> {
            dataset.deleteAny(DESCRIPTION_NODE, DESCRIPTION_NODE, URI_SPACE, Node.ANY);
            dataset.add(DESCRIPTION_NODE, DESCRIPTION_NODE, URI_SPACE, NodeFactory.createLiteralString(base));
        });
        return base;
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
        // The batch's articles describe many of the same entities: each shared quad is added once per batch.
        Node entities = NodeFactory.createURI(pipeline.mapper().iris().entitiesGraph());
        Set<Quad> shared = new HashSet<>();
        Txn.executeWrite(dataset, () -> {
            graphs.forEach(dataset::removeGraph);
            for (Quad q : quads.quads()) {
                if (!entities.equals(q.getGraph()) || shared.add(q)) {
                    dataset.add(q);
                }
            }
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
        OntologyGraph.send(quads);
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
