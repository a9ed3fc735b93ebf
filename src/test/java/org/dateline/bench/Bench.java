package org.dateline.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dateline.knowledge.Gazetteer;
import org.dateline.cli.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dateline bench}: measures mapping, RIOT, serving and SPARQL on a corpus; {@code bench corpus} makes one. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures Dateline on this machine and prints a table: mapping throughput on 1 and all threads,",
                "the cost of each stage, peak heap, the ratio to Jena RIOT parsing and writing the output,",
                "serve start-to-first-answer, SPARQL latency and throughput next to a bare Fuseki, TDB2 load rate.",
                "Run it from the repository folder (serve uses data/articles and target/dateline.jar)."},
        subcommands = {Bench.Corpus.class},
        footer = {"", "Examples:",
                "  bench --quick",
                "  bench corpus --count 100000 --seed 1 --out /tmp/corpus",
                "  bench --corpus /tmp/corpus --threads 2"})
public final class Bench implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /**
     * Runs the benchmark. It is kept out of the product jar; from the repository folder:
     * {@code mvn -B -q -DskipTests package test-compile} then
     * {@code java -cp target/dateline.jar:target/test-classes org.dateline.bench.Bench --quick}.
     */
    public static void main(String[] args) {
        System.exit(new CommandLine(new Bench()).execute(args));
    }

    @Option(names = "--corpus", paramLabel = "DIR", description = "Measure on the articles in DIR (default: generate --count).")
    Path corpus;

    @Option(names = "--count", paramLabel = "N", description = "Articles to generate when no --corpus (default: ${DEFAULT-VALUE}).")
    int count = 5000;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the generated corpus (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "The 'all threads' figure uses N workers (default: all ${DEFAULT-VALUE} cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--quick", description = "A short run for development: 1,000 articles and fewer requests.")
    boolean quick;

    @Option(names = "--big-batch", paramLabel = "N", description = "Also generate N articles and map them to an N-Quads "
            + "file in a child JVM with -Xmx512m (issue #7: 100000 must fit); takes ~340 KB of disk per article while it runs.")
    int bigBatch;

    @Option(names = "--skip-server", description = "Leave out serve start-up and the SPARQL load (mapping figures only).")
    boolean skipServer;

    @Option(names = "--jar", paramLabel = "FILE", description = "The jar to launch for serve start-up "
            + "(default: the running jar, else target/dateline.jar).")
    Path jar;

    @Override
    public Integer call() throws Exception {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1 (got " + threads + ")");
        }
        if (corpus != null && !Files.isDirectory(corpus)) {
            throw new ParameterException(spec.commandLine(), "--corpus " + corpus
                    + ": no such folder; make one with: bench corpus --count 10000 --out " + corpus);
        }
        if (count < 1) {
            throw new ParameterException(spec.commandLine(), "--count must be at least 1 (got " + count + ")");
        }
        if (bigBatch < 0) {
            throw new ParameterException(spec.commandLine(), "--big-batch must be 0 (off) or more (got " + bigBatch + ")");
        }
        Benchmark.Settings settings = new Benchmark.Settings(corpus, quick && corpus == null ? Math.min(count, 1000) : count,
                seed, threads, quick, !skipServer, jar, bigBatch);
        PrintWriter out = spec.commandLine().getOut();
        Benchmark.run(settings, out, spec.commandLine().getErr());
        out.flush();
        return 0;
    }

    /** {@code dateline bench corpus}: writes a deterministic synthetic corpus. */
    @Command(name = "corpus", mixinStandardHelpOptions = true,
            description = {"Writes N synthetic wire articles (UPI, AP, web-page text and HTML styles) under DIR,",
                    "1,000 per sub-folder. The same seed gives the same files; a smaller N gives a prefix."})
    static final class Corpus implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--count", paramLabel = "N", required = true, description = "Number of articles.")
        int count;

        @Option(names = "--seed", paramLabel = "S", description = "Seed (default: ${DEFAULT-VALUE}).")
        long seed = 1;

        @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write into (created if absent).")
        Path out;

        @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
        boolean quiet;

        @Override
        public Integer call() throws Exception {
            if (count < 1) {
                throw new ParameterException(spec.commandLine(), "--count must be at least 1 (got " + count + ")");
            }
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new ParameterException(spec.commandLine(), "--out " + out + " is a file; give a folder");
            }
            PrintWriter err = spec.commandLine().getErr();
            Progress progress = Progress.create(err, count, Progress.onTerminal(), quiet);
            long t0 = System.nanoTime();
            CorpusGenerator.Summary s = CorpusGenerator.create(Gazetteer.loadDefault())
                    .write(out, count, seed, i -> progress.done(null, null));
            progress.finish();
            double secs = (System.nanoTime() - t0) / 1e9;
            err.printf("dateline: wrote %,d articles (%,.1f MB) to %s in %.1f s%n", s.articles(), s.bytes() / 1e6, out, secs);
            err.flush();
            return 0;
        }
    }
}
