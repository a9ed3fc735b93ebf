package org.dateline.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.map.OutputFormat;
import org.dateline.BatchMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dateline map}: articles to RDF. */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = "Maps articles (files or folders) to RDF: one named graph per article in the quad formats.",
        footer = {"", "Examples:",
                "  dateline map data/articles",
                "  dateline map data/articles --format nquads --out news.nq",
                "  dateline map ~/wire --format nquads --out wire.nq --threads 2",
                "  dateline map story.html --format jsonld --date 2015-10-03"})
public final class MapCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files (.txt, .html) or folders of them.")
    List<Path> paths;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "trig (default), turtle, nquads, ntriples, jsonld or rdfxml.")
    OutputFormat format = OutputFormat.TRIG;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
    boolean quiet;

    @Mixin
    PipelineOptions options;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Map N files at a time (default: all ${DEFAULT-VALUE} cores). Output order is the input order.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        BatchMapper batch;
        try {
            batch = BatchMapper.create(options.pipeline(), threads);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        List<Path> files = Inputs.expand(paths);
        Progress progress = Progress.create(err, files.size(), Progress.onTerminal(), quiet);
        BatchMapper.Result result;
        try (OutputStream os = open()) {
            result = batch.map(files, format, os, options.base, progress);
        } finally {
            progress.finish();
        }
        int ok = result.mapped();
        int failed = result.failed();
        if (!quiet || failed > 0) {
            err.println("dateline: mapped " + ok + " article" + (ok == 1 ? "" : "s")
                    + (failed > 0 ? ", " + failed + " failed" : "")
                    + (out != null ? " into " + out : ""));
        }
        err.flush();
        return failed > 0 ? 1 : 0;
    }

    private OutputStream open() throws IOException {
        if (out == null) {
            return new BufferedOutputStream(new NonClosing(System.out), 1 << 16);
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
    }

    /** Keeps System.out open when the sink is closed. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** Reads --format values, with the list of choices in the error. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            try {
                return OutputFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
