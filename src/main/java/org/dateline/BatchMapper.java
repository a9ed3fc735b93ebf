package org.dateline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.riot.writer.WriterStreamRDFPlain;
import org.dateline.Pipeline;
import org.dateline.ingest.ArticleSource;
import org.dateline.ingest.ArticleSources;
import org.dateline.ingest.IngestException;
import org.dateline.map.OutputFormat;
import org.dateline.map.CachingNodeFormatter;
import org.dateline.map.OntologyGraph;
import org.dateline.map.WrittenOnce;
import org.dateline.map.QuadList;
import org.dateline.map.RdfSink;
import org.dateline.map.TriplesOnly;
import org.dateline.map.Utf8Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps many files in parallel into one output, in input order; a web archive (.warc.gz) stands for its pages,
 * read one at a time as the workers need them. A bounded pool of workers each runs the pipeline on one article
 * into a per-article buffer: for the line-based syntaxes the article's finished
 * N-Quads/N-Triples bytes, so serialisation runs in parallel too; for the pretty syntaxes its quads. A
 * single writer takes the buffers in input order; at most {@link #window()} articles are in flight, so
 * memory stays bounded whatever the corpus size, and the output is the same for any number of threads.
 * One bad file never stops the batch: it is reported to the {@link Listener} and skipped.
 *
 * <p>Each article also describes the people, organisations and places it names, in the shared entities graph. The
 * writer writes each of those quads the first time an article of the batch brings it ({@link WrittenOnce}), so an
 * entity named in a thousand articles is described once, and the output holds no quad twice.
 */
public final class BatchMapper {
    private static final Logger LOG = LoggerFactory.getLogger(BatchMapper.class);

    /** Articles in flight per worker: enough to keep workers busy while the writer waits on a slow one. */
    private static final int WINDOW_PER_THREAD = 16;

    private final Pipeline pipeline;
    private final int threads;
    private final boolean withOntology;

    private BatchMapper(Pipeline pipeline, int threads, boolean withOntology) {
        this.pipeline = pipeline;
        this.threads = threads;
        this.withOntology = withOntology;
    }

    /**
     * A batch mapper running {@code threads} workers; 1 maps on the calling thread.
     *
     * @throws IllegalArgumentException if {@code threads} is less than 1
     */
    public static BatchMapper create(Pipeline pipeline, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1 (got " + threads
                    + "); leave it out to use all " + Runtime.getRuntime().availableProcessors() + " cores");
        }
        return new BatchMapper(pipeline, threads, false);
    }

    /** The same batch mapper also writing the ontology as its own graph, after the articles ({@link OntologyGraph}). */
    public BatchMapper withOntology(boolean on) {
        return new BatchMapper(pipeline, threads, on);
    }

    public int threads() {
        return threads;
    }

    /** The most articles mapped but not yet written at any time. */
    public int window() {
        return threads * WINDOW_PER_THREAD;
    }

    /** Hears about each article as it is written (or fails), in input order, on the writer's thread. */
    public interface Listener {
        /**
         * @param file  the file read (for a web archive's page, the archive), or null when none was
         * @param error null when the article was mapped, else the one-line reason ("FILE: what went wrong")
         */
        void done(Path file, String error);
    }

    /** How a batch went. */
    public record Result(int mapped, int failed, long bytesOut) { }

    /**
     * Maps {@code files} into {@code out} in {@code format}. The stream is flushed, not closed.
     *
     * @param base the IRI base, for the prefixes of the pretty syntaxes
     */
    public Result map(List<Path> files, OutputFormat format, OutputStream out, String base, Listener listener)
            throws IOException {
        try (ArticleSources sources = pipeline.sources(files)) {
            return map(sources, format, out, base, listener);
        }
    }

    private Result map(Iterator<ArticleSource> files, OutputFormat format, OutputStream out, String base,
            Listener listener) throws IOException {
        CountingOutputStream counted = new CountingOutputStream(out);
        int[] counts = new int[2];
        Node entities = NodeFactory.createURI(pipeline.mapper().iris().entitiesGraph());
        if (format.streams()) {
            WrittenOnce<ByteBuffer> shared = new WrittenOnce<>();
            // Line-based syntaxes need no document-level state: articles' bytes can simply be concatenated.
            // The buffer itself goes to the writer (writeTo), not a copy of it; it starts near an article's output
            // size (~250 KB of N-Quads for a 2.5 KB article) so that it rarely grows by copying. Written buffers
            // are used again: a fresh one per article was a quarter-megabyte to allocate and zero each time, about
            // half of all the memory a batch allocated.
            Queue<Utf8Buffer> spare = new ConcurrentLinkedQueue<>();
            run(files, file -> {
                Utf8Buffer buf = spare.poll();
                if (buf == null) {
                    buf = new Utf8Buffer(ARTICLE_BUFFER);
                }
                // The article's own graph goes straight into its bytes; the shared graph's quads become lines the
                // writer keeps once.
                Utf8Buffer sharedBuf = new Utf8Buffer(SHARED_BUFFER);
                StreamRDF own = lineWriter(buf);
                StreamRDF sharedOut = lineWriter(sharedBuf);
                StreamRDF target = new ByGraph(entities, format.keepsGraphs() ? sharedOut : new TriplesOnly(sharedOut),
                        format.keepsGraphs() ? own : new TriplesOnly(own));
                target.start();
                pipeline.map(file, target);
                target.finish();
                return new Mapped(buf, lines(sharedBuf.toByteArray()));
            }, (file, mapped) -> {
                Utf8Buffer buf = mapped.own();
                buf.writeTo(counted);
                for (ByteBuffer line : mapped.shared()) {
                    if (shared.first(line)) {
                        counted.write(line.array());
                    }
                }
                // Keep ordinary buffers only, so one huge article does not hold its memory for the rest of the batch.
                if (buf.size() <= MAX_SPARE_BUFFER) {
                    buf.reset();
                    spare.offer(buf);
                }
            }, listener, counts);
            if (withOntology) {
                Utf8Buffer buf = new Utf8Buffer(ARTICLE_BUFFER);
                StreamRDF w = lineWriter(buf);
                w.start();
                OntologyGraph.send(format.keepsGraphs() ? w : new TriplesOnly(w));
                w.finish();
                buf.writeTo(counted);
            }
            if (shared.batches() > 1) {
                LOG.debug("entity descriptions were written once per {} distinct lines ({} batches)",
                        WrittenOnce.DEFAULT_LIMIT, shared.batches());
            }
            counted.flush();
        } else {
            RdfSink sink = new RdfSink(format, counted, base);
            StreamRDF stream = sink.stream();
            run(files, file -> {
                QuadList quads = new QuadList();
                pipeline.map(file, quads);
                return quads.quads();
            }, (file, quads) -> quads.forEach(stream::quad), listener, counts);
            if (withOntology) {
                OntologyGraph.send(stream);
            }
            sink.finish();
        }
        return new Result(counts[0], counts[1], counted.count);
    }

    /** The initial size of an article's output buffer, in bytes. */
    private static final int ARTICLE_BUFFER = 256 * 1024;
    /** The initial size of an article's shared-graph lines, in bytes: its entities' descriptions. */
    private static final int SHARED_BUFFER = 16 * 1024;

    /** An article's output: its own graph's bytes, and the shared graph's lines, each ending with a newline. */
    private record Mapped(Utf8Buffer own, List<ByteBuffer> shared) { }

    /** The lines of line-based RDF (a newline inside a literal is escaped, so each line is one quad). */
    static List<ByteBuffer> lines(byte[] bytes) {
        List<ByteBuffer> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                out.add(ByteBuffer.wrap(Arrays.copyOfRange(bytes, start, i + 1)));
                start = i + 1;
            }
        }
        return out;
    }

    /** Sends the quads of one graph to one stream and all others to another. */
    private static final class ByGraph extends StreamRDFWrapper {
        private final Node graph;
        private final StreamRDF inGraph;

        ByGraph(Node graph, StreamRDF inGraph, StreamRDF others) {
            super(others);
            this.graph = graph;
            this.inGraph = inGraph;
        }

        @Override
        public void start() {
            inGraph.start();
            super.start();
        }

        @Override
        public void finish() {
            inGraph.finish();
            super.finish();
        }

        @Override
        public void quad(Quad quad) {
            if (graph.equals(quad.getGraph())) {
                inGraph.quad(quad);
            } else {
                super.quad(quad);
            }
        }
    }

    /** The largest article output whose buffer is kept for the next article. */
    private static final int MAX_SPARE_BUFFER = 4 * 1024 * 1024;

    /** Each worker thread keeps its own formatter cache across the articles it maps. */
    private static final ThreadLocal<CachingNodeFormatter> FORMATTERS = ThreadLocal.withInitial(CachingNodeFormatter::new);

    /**
     * Jena's N-Triples/N-Quads writer (the one {@code StreamRDFWriter} gives for {@code NQUADS}), with the
     * calling thread's caching node formatter, printing into {@code out}; the bytes are the same. Use it on one
     * thread only.
     */
    public static StreamRDF lineWriter(Utf8Buffer out) {
        return new WriterStreamRDFPlain(out, FORMATTERS.get());
    }

    private <T> void run(Iterator<ArticleSource> files, Work<T> work, Write<T> write, Listener listener, int[] counts)
            throws IOException {
        if (threads == 1) {
            while (files.hasNext()) {
                deliver(attempt(files.next(), work), write, listener, counts);
            }
            return;
        }
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dateline-map-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<Future<Outcome<T>>> inFlight = new ArrayDeque<>();
            while (files.hasNext() || !inFlight.isEmpty()) {
                while (files.hasNext() && inFlight.size() < window()) {
                    ArticleSource source = files.next();
                    inFlight.add(pool.submit(() -> attempt(source, work)));
                }
                deliver(await(inFlight.poll()), write, listener, counts);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> Outcome<T> await(Future<Outcome<T>> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while mapping", e);
        } catch (ExecutionException e) {
            // attempt() catches what a file can cause; anything else (an Error) is not the file's fault.
            Throwable cause = e.getCause();
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static <T> Outcome<T> attempt(ArticleSource source, Work<T> work) {
        Path file = file(source);
        try {
            return new Outcome<>(file, work.apply(source), null);
        } catch (IngestException e) {
            return new Outcome<>(file, null, e.getMessage());
        } catch (RuntimeException e) {
            // A fault of Dateline's, not of the file: the batch goes on, the trace goes to the log for a report.
            LOG.error("{}: could not be mapped", source.name(), e);
            return new Outcome<>(file, null, source.name() + ": could not be mapped (" + e + "); please report this");
        }
    }

    private static Path file(ArticleSource source) {
        if (source instanceof ArticleSource.File f) {
            return f.path();
        }
        if (source instanceof ArticleSource.Page p) {
            return p.origin().file() == null ? null : Path.of(p.origin().file());
        }
        return ((ArticleSource.Unreadable) source).error().path();
    }

    private static <T> void deliver(Outcome<T> o, Write<T> write, Listener listener, int[] counts) throws IOException {
        if (o.error == null) {
            write.accept(o.file, o.value);
            counts[0]++;
        } else {
            counts[1]++;
        }
        listener.done(o.file, o.error);
    }

    private record Outcome<T>(Path file, T value, String error) { }

    @FunctionalInterface
    private interface Work<T> {
        T apply(ArticleSource source) throws IngestException;
    }

    @FunctionalInterface
    private interface Write<T> {
        void accept(Path file, T value) throws IOException;
    }

    private static final class CountingOutputStream extends java.io.FilterOutputStream {
        long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
