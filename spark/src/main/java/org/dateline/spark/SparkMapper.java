package org.dateline.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.LongAccumulator;

/**
 * The Spark job behind {@code dateline-spark map}: lists article files and web archives on any Hadoop file system
 * (folders, recursively; globs; single files; see {@link InputFiles}), maps them on the executors in tasks of about
 * equal bytes, one {@link org.dateline.Pipeline} per executor, and writes into the output folder:
 * <ul>
 *   <li>{@code part-NNNNN.nq.gz}: the articles' named graphs, in N-Quads, a shard per task;</li>
 *   <li>{@code entities.nq.gz}: the shared entity descriptions, each line once, sorted;</li>
 *   <li>{@code failures.txt.gz}: what could not be read and why, one line each (only when something failed).</li>
 * </ul>
 * Together they are the quads {@code dateline map --format nquads} writes for the same input (there, an entity
 * description is repeated for each article naming it).
 */
public final class SparkMapper {
    /** The shared entity descriptions, de-duplicated. */
    public static final String ENTITIES_FILE = "entities.nq.gz";
    /** What could not be read, one line per failure. */
    public static final String FAILURES_FILE = "failures.txt.gz";

    /** Tasks per core by default: enough to even out tasks of unequal cost, few enough to cost nothing to start. */
    private static final int TASKS_PER_CORE = 4;

    private final JavaSparkContext spark;
    private final JobSettings settings;

    private SparkMapper(JavaSparkContext spark, JobSettings settings) {
        this.spark = spark;
        this.settings = settings;
    }

    public static SparkMapper create(JavaSparkContext spark, JobSettings settings) {
        return new SparkMapper(spark, settings);
    }

    /**
     * How a job went: articles mapped, failures (listed in {@link #FAILURES_FILE}), files found in the folders that
     * are neither articles nor web archives, the article shards written, and the distinct entity description lines.
     * The counts of articles and failures come from Spark accumulators: a task run twice (a lost executor) counts
     * twice, though its output is written once.
     */
    public record Result(long articles, long failures, long otherFiles, int shards, long entityLines,
            List<String> firstFailures) { }

    /** A mistake in what the user asked for: an input that does not exist, an output folder that does. */
    public static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    /**
     * Maps {@code inputs} into the folder {@code out}, which must not exist.
     *
     * @param inputs        files, folders or globs, on any Hadoop file system ("in/", "hdfs://nn/cc-news/*.warc.gz")
     * @param minPartitions about this many tasks (0: four per core of the cluster); a web archive is one task
     * @throws UsageException when an input matches nothing or the output folder exists
     */
    public Result map(List<String> inputs, String out, int minPartitions) throws IOException {
        Configuration conf = spark.hadoopConfiguration();
        InputFiles listed;
        try {
            listed = InputFiles.list(conf, inputs);
        } catch (InputFiles.NoSuchInput e) {
            throw new UsageException(e.getMessage());
        }
        Path outPath = new Path(out);
        FileSystem fs = outPath.getFileSystem(conf);
        if (fs.exists(outPath)) {
            throw new UsageException(out + ": already exists; give a new folder for the output (Spark writes a folder "
                    + "of shards and never into an existing one)");
        }
        ArticleShards.Counters counters = new ArticleShards.Counters(spark.sc().longAccumulator("articles"),
                spark.sc().longAccumulator("failures"));
        List<List<InputFiles.InputFile>> tasks = listed.tasks(minPartitions > 0 ? minPartitions
                : TASKS_PER_CORE * spark.defaultParallelism());
        Broadcast<HadoopConf> hadoop = spark.broadcast(new HadoopConf(conf));
        spark.parallelize(tasks, Math.max(1, tasks.size()))
                .mapPartitionsToPair(new ArticleShards(settings, counters, hadoop))
                .saveAsHadoopFile(out, String.class, Text.class, ShardOutputFormat.class, GzipCodec.class);

        long entityLines = mergeEntities(fs, outPath);
        List<String> firstFailures = mergeFailures(fs, outPath);
        FileStatus[] shards = fs.globStatus(new Path(outPath, "part-*.nq.gz"));
        return new Result(counters.articles().value(), counters.failures().value(), listed.others(),
                shards == null ? 0 : shards.length, entityLines, firstFailures);
    }

    /**
     * Sorts the entity lines of every task into one file, each line once (a single sorted partition: Spark's sort
     * spills to disk, so the lines need not fit in memory). Returns the number of lines.
     */
    private long mergeEntities(FileSystem fs, Path out) throws IOException {
        Path parts = new Path(out, ShardOutputFormat.ENTITIES_DIR);
        Path target = new Path(out, ENTITIES_FILE);
        if (!hasFiles(fs, parts)) {
            try (OutputStream empty = new GZIPOutputStream(fs.create(target, false))) {
                empty.flush();
            }
            return 0;
        }
        LongAccumulator lines = spark.sc().longAccumulator("entity lines");
        JavaRDD<String> merged = spark.textFile(parts + "/*.nq.gz").sortBy(line -> line, true, 1)
                .mapPartitions(sorted -> new DistinctSorted(sorted, lines));
        single(fs, merged, out, "_entities.merged", target);
        fs.delete(parts, true);
        return lines.value();
    }

    /** Gathers the failure lines into one file; returns the first few, for the summary. */
    private List<String> mergeFailures(FileSystem fs, Path out) throws IOException {
        Path parts = new Path(out, ShardOutputFormat.FAILURES_DIR);
        if (!hasFiles(fs, parts)) {
            return List.of();
        }
        JavaRDD<String> failures = spark.textFile(parts + "/*.txt.gz");
        List<String> first = new ArrayList<>(failures.take(10));
        single(fs, failures.coalesce(1), out, "_failures.merged", new Path(out, FAILURES_FILE));
        fs.delete(parts, true);
        return first;
    }

    /** Writes a one-partition RDD as gzipped text and moves its one part to {@code target}. */
    private static void single(FileSystem fs, JavaRDD<String> rdd, Path out, String scratch, Path target)
            throws IOException {
        Path dir = new Path(out, scratch);
        rdd.saveAsTextFile(dir.toString(), GzipCodec.class);
        FileStatus[] parts = fs.globStatus(new Path(dir, "part-*"));
        if (parts == null || parts.length != 1 || !fs.rename(parts[0].getPath(), target)) {
            throw new IOException("could not move the one part of " + dir + " to " + target);
        }
        fs.delete(dir, true);
    }

    private static boolean hasFiles(FileSystem fs, Path dir) throws IOException {
        return fs.exists(dir) && fs.listStatus(dir).length > 0;
    }

    /** The lines of a sorted iterator, each once, counted. */
    static final class DistinctSorted implements Iterator<String> {
        private final Iterator<String> sorted;
        private final LongAccumulator count;
        private String next;
        private String last;

        DistinctSorted(Iterator<String> sorted, LongAccumulator count) {
            this.sorted = sorted;
            this.count = count;
        }

        @Override
        public boolean hasNext() {
            while (next == null && sorted.hasNext()) {
                String s = sorted.next();
                if (!s.equals(last)) {
                    next = s;
                }
            }
            return next != null;
        }

        @Override
        public String next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            last = next;
            next = null;
            count.add(1);
            return last;
        }
    }
}
