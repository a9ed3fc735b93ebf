package org.dateline.spark;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.Text;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.LongAccumulator;
import org.dateline.BatchMapper;
import org.dateline.Pipeline;
import org.dateline.ingest.Article;
import org.dateline.ingest.ArticleReader;
import org.dateline.ingest.ArticleSource;
import org.dateline.ingest.IngestException;
import org.dateline.ingest.Origin;
import org.dateline.ingest.WebArchiveReader;
import org.dateline.map.Utf8Buffer;
import org.dateline.map.WrittenOnce;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * Maps one task's input files, on an executor, with the executor's one {@link Pipeline}: each article file,
 * and each page of each web archive, becomes one record of its N-Quads (its named graph) keyed
 * {@link ShardOutputFormat#ARTICLE}; the lines of the shared entity descriptions it writes follow keyed
 * {@link ShardOutputFormat#ENTITY}, each once per task as far as a bounded memory of them reaches
 * ({@link WrittenOnce}; the job removes the remaining repeats); what cannot be read is a {@link ShardOutputFormat#FAILURE} record with its reason.
 * Lazy: one article is read and mapped at a time, so a web archive of any size takes the memory of one page.
 */
final class ArticleShards implements PairFlatMapFunction<Iterator<List<InputFiles.InputFile>>, String, Text> {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleShards.class);

    private final JobSettings settings;
    private final Counters counters;
    private final Broadcast<HadoopConf> hadoop;

    ArticleShards(JobSettings settings, Counters counters, Broadcast<HadoopConf> hadoop) {
        this.settings = settings;
        this.counters = counters;
        this.hadoop = hadoop;
    }

    /** What the job counts on its executors: articles mapped and failures. */
    record Counters(LongAccumulator articles, LongAccumulator failures) implements java.io.Serializable { }

    @Override
    public Iterator<Tuple2<String, Text>> call(Iterator<List<InputFiles.InputFile>> task) {
        List<InputFiles.InputFile> files = new ArrayList<>();
        task.forEachRemaining(files::addAll);
        return new Shard(ExecutorPipelines.get(settings), files.iterator(), hadoop.value().get());
    }

    /** Whether a file found in a folder is one Dateline reads: an article file or a web archive. */
    static boolean readable(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        return WebArchiveReader.isArchive(lower) || dot >= 0 && ArticleReader.EXTENSIONS.contains(lower.substring(dot + 1));
    }

    private final class Shard implements Iterator<Tuple2<String, Text>> {
        private final Pipeline pipeline;
        private final Iterator<InputFiles.InputFile> files;
        private final Configuration conf;
        private final Node entitiesGraph;
        private final ArrayDeque<Tuple2<String, Text>> pending = new ArrayDeque<>();
        private final WrittenOnce<Text> entityLinesWritten = new WrittenOnce<>();
        private final Utf8Buffer articleBuffer = new Utf8Buffer(256 * 1024);
        private final Utf8Buffer entityBuffer = new Utf8Buffer(16 * 1024);
        private WebArchiveReader archive;

        Shard(Pipeline pipeline, Iterator<InputFiles.InputFile> files, Configuration conf) {
            this.pipeline = pipeline;
            this.files = files;
            this.conf = conf;
            this.entitiesGraph = NodeFactory.createURI(pipeline.mapper().iris().entitiesGraph());
        }

        @Override
        public boolean hasNext() {
            while (pending.isEmpty()) {
                if (!advance()) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public Tuple2<String, Text> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return pending.poll();
        }

        /** Reads the next page of the open archive, or the next file; false at the end of the partition. */
        private boolean advance() {
            if (archive != null) {
                try {
                    Optional<ArticleSource.Page> page = archive.next();
                    if (page.isPresent()) {
                        map(page.get().origin(), page.get().bytes());
                    } else {
                        archive = null;
                    }
                } catch (IngestException e) {
                    fail(e);
                }
                return true;
            }
            if (!files.hasNext()) {
                return false;
            }
            InputFiles.InputFile file = files.next();
            String name = file.path();
            try {
                if (WebArchiveReader.isArchive(name)) {
                    archive = WebArchiveReader.open(name, open(Origin.file(name, null)), settings.maxBytes());
                } else if (readable(name)) {
                    Origin origin = Origin.file(name, Instant.ofEpochMilli(file.modified()));
                    map(origin, bytes(origin));
                } else {
                    // Only a file named on the command line gets here; a folder's other files are not listed.
                    fail(new IngestException(Origin.file(name, null), "unsupported file type; expected a news article "
                            + "as .htm, .html, .text or .txt, or a web archive of pages as .warc or .warc.gz"));
                }
            } catch (IngestException e) {
                fail(e);
            }
            return true;
        }

        private void map(Origin origin, byte[] bytes) {
            try {
                Article article = pipeline.read(origin, bytes);
                articleBuffer.reset();
                entityBuffer.reset();
                StreamRDF router = new GraphRouter(entitiesGraph, BatchMapper.lineWriter(entityBuffer),
                        BatchMapper.lineWriter(articleBuffer));
                router.start();
                pipeline.map(article, router);
                router.finish();
                pending.add(new Tuple2<>(ShardOutputFormat.ARTICLE, withoutLastNewline(articleBuffer.toByteArray())));
                entityLines(entityBuffer.toByteArray());
                counters.articles().add(1);
            } catch (IngestException e) {
                fail(e);
            } catch (RuntimeException e) {
                // A fault of Dateline's, not of the input: the job goes on, the trace goes to the executor's log.
                LOG.error("{}: could not be mapped", origin, e);
                failure(origin + ": could not be mapped (" + e + "); please report this");
            }
        }

        private void entityLines(byte[] lines) {
            int start = 0;
            for (int i = 0; i < lines.length; i++) {
                if (lines[i] == '\n') {
                    Text line = new Text();
                    line.set(lines, start, i - start);
                    if (entityLinesWritten.first(line)) {
                        pending.add(new Tuple2<>(ShardOutputFormat.ENTITY, line));
                    }
                    start = i + 1;
                }
            }
        }

        private void fail(IngestException e) {
            LOG.debug("{}", e.getMessage());
            failure(e.getMessage());
        }

        private void failure(String message) {
            counters.failures().add(1);
            // One line per failure, however the message was worded.
            pending.add(new Tuple2<>(ShardOutputFormat.FAILURE, new Text(message.replace('\n', ' '))));
        }

        private InputStream open(Origin origin) throws IngestException {
            try {
                Path path = new Path(origin.file());
                return new BufferedInputStream(path.getFileSystem(conf).open(path), 1 << 16);
            } catch (IOException e) {
                throw new IngestException(origin, "cannot read the file: " + e.getMessage(), e);
            }
        }

        /** The file's bytes, refused past the size limit before more is read. */
        private byte[] bytes(Origin origin) throws IngestException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (InputStream in = open(origin)) {
                byte[] buf = new byte[64 * 1024];
                for (int n; (n = in.read(buf)) > 0; ) {
                    out.write(buf, 0, n);
                    if (out.size() > settings.maxBytes()) {
                        throw new IngestException(origin, String.format(Locale.ROOT, "file too large (more than %,d "
                                + "bytes, the limit); a news article is far smaller: check the file, or raise the "
                                + "limit (--max-size)", settings.maxBytes()));
                    }
                }
            } catch (IOException e) {
                throw new IngestException(origin, "cannot read the file: " + e.getMessage(), e);
            }
            return out.toByteArray();
        }

    }

    private static Text withoutLastNewline(byte[] nquads) {
        Text t = new Text();
        t.set(nquads, 0, nquads.length > 0 && nquads[nquads.length - 1] == '\n' ? nquads.length - 1 : nquads.length);
        return t;
    }
}
