package org.dateline.spark;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.dateline.ingest.IngestOptions;
import org.dateline.map.Iris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dateline-spark map}: articles and web archives to sharded N-Quads, with Spark. */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = {"Maps article files (.txt, .html) and web archives (.warc, .warc.gz) to N-Quads with Spark: "
                + "one named graph per article in OUT/part-NNNNN.nq.gz, the entity descriptions once in "
                + "OUT/entities.nq.gz, what could not be read in OUT/failures.txt.gz.",
                "Runs on all local cores (local[*]) unless a master is given, by --master or by spark-submit."},
        footer = {"", "Examples:",
                "  java -jar dateline-spark.jar map data/articles --out /tmp/news",
                "  java -jar dateline-spark.jar map 'crawl/CC-NEWS-*.warc.gz' --out /tmp/cc-news --master 'local[2]'",
                "  spark-submit --master spark://host:7077 dateline-spark.jar map hdfs:///cc-news/ --out hdfs:///dateline/cc"})
final class SparkMapCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files, folders (read recursively) or globs, on any Hadoop file system (file:, hdfs:, s3a: …).")
    List<String> inputs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
            description = "The output folder, which must not exist.")
    String out;

    @Option(names = "--master", paramLabel = "URL",
            description = "The Spark master (default: the one spark-submit gives, else local[*]).")
    String master;

    @Option(names = "--partitions", paramLabel = "N",
            description = "About N tasks of equal bytes (default: 4 per core). A web archive is read by one task.")
    int partitions;

    @Option(names = "--base", paramLabel = "IRI",
            description = "Base of the IRIs minted for articles and entities (default: ${DEFAULT-VALUE}).")
    String base = Iris.DEFAULT_BASE;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date for articles that carry none (else the fetch time, or the file's time).")
    LocalDate date;

    @Option(names = "--max-size", paramLabel = "BYTES",
            description = "Refuse articles larger than this (default: ${DEFAULT-VALUE}).")
    long maxSize = IngestOptions.DEFAULT_MAX_BYTES;

    @Option(names = "--rdf-star", description = "Also annotate statements with RDF-star triple terms.")
    boolean rdfStar;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        SparkConf conf = new SparkConf().setAppName("dateline map");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            // One JVM: nothing needs to reach the driver from another machine, so it listens on loopback only.
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.driver.host", "localhost");
        }
        long start = System.nanoTime();
        SparkMapper.Result r;
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            long started = System.nanoTime();
            r = SparkMapper.create(spark, new JobSettings(base, date, maxSize, rdfStar)).map(inputs, out, partitions);
            double secs = (System.nanoTime() - started) / 1e9;
            err.printf(Locale.ROOT, "dateline-spark: mapped %,d articles%s into %s (%d shards, %s with %,d entity "
                            + "lines) in %.1f s on %s (%.1f s to start Spark)%n", r.articles(),
                    r.failures() > 0 ? ", " + r.failures() + " failed (see " + SparkMapper.FAILURES_FILE + ")" : "",
                    out, r.shards(), SparkMapper.ENTITIES_FILE, r.entityLines(), secs, spark.master(),
                    (started - start) / 1e9);
            for (String f : r.firstFailures()) {
                err.println("dateline-spark: " + f);
            }
            if (r.failures() > r.firstFailures().size()) {
                err.println("dateline-spark: … and " + (r.failures() - r.firstFailures().size()) + " more in "
                        + SparkMapper.FAILURES_FILE);
            }
            if (r.otherFiles() > 0) {
                err.println("dateline-spark: passed over " + r.otherFiles() + " files that are neither articles nor "
                        + "web archives");
            }
        } catch (SparkMapper.UsageException e) {
            err.println("dateline-spark: " + e.getMessage());
            err.flush();
            return 2;
        }
        err.flush();
        return r.failures() > 0 ? 1 : 0;
    }
}
