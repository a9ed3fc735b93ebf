package org.dateline.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.map.OutputFormat;
import org.dateline.BatchMapper;
import org.dateline.ingest.ArticleFiles;
import org.dateline.ingest.ArticleSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dateline map}: articles to RDF. */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = "Maps articles (files, web archives or folders) to RDF: one named graph per article in the quad formats.",
        footer = {"", "Examples:",
                "  dateline map data/articles",
                "  dateline map data/articles --format nquads --out news.nq",
                "  dateline map data/articles --format nquads --with-ontology --out news.nq",
                "  dateline map ~/wire --format nquads --out wire.nq --threads 2",
                "  dateline map CC-NEWS-20240101000000-00001.warc.gz --format nquads --out cc-news.nq",
                "  dateline map story.html --format jsonld --date 2015-10-03"})
public final class MapCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files (.txt, .html), web archives of pages "
            + "(.warc, .warc.gz: each response record of HTML or text is an article) or folders of them.")
    List<Path> paths;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "trig (default), turtle, nquads, ntriples, jsonld or rdfxml.")
    OutputFormat format = OutputFormat.TRIG;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Option(names = "--with-ontology",
            description = "Also write the ontology, as the graph <https://w3id.org/dateline/ns> (merged into the triples in "
                    + "triple syntaxes): the example queries read term labels from it.")
    boolean withOntology;

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
        if (options.rdfStar && !format.hasTripleTerms()) {
            throw new ParameterException(spec.commandLine(), "--rdf-star needs an RDF 1.2 syntax: " + format.cliName()
                    + " has no triple terms; use --format trig, turtle, nquads or ntriples");
        }
        BatchMapper batch;
        try {
            batch = BatchMapper.create(options.pipeline(), threads).withOntology(withOntology);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        ArticleFiles listing = Inputs.expand(paths, err);
        List<Path> files = listing.files();
        int skipped = listing.skipped().size();
        // A web archive's pages are counted as they are read: the total is known only for article files.
        int total = files.stream().anyMatch(ArticleSources::isArchive) ? -1 : files.size();
        Progress progress = Progress.create(err, total, Progress.onTerminal(), quiet);
        BatchMapper.Result result;
        boolean replaced = false;
        try {
            if (out == null) {
                try (OutputStream os = new BufferedOutputStream(new NonClosing(System.out), 1 << 16)) {
                    result = batch.map(files, format, os, options.base, progress);
                }
            } else {
                try (ReplacingFile file = ReplacingFile.create(out)) {
                    OutputStream os = new BufferedOutputStream(file.stream(), 1 << 16);
                    result = batch.map(files, format, os, options.base, progress);
                    os.flush();
                    // A run that mapped nothing and failed on something is a failed run: the last good file stays.
                    if (result.mapped() > 0 || result.failed() + skipped == 0) {
                        file.commit();
                        replaced = true;
                    }
                }
            }
        } finally {
            progress.finish();
        }
        int ok = result.mapped();
        int failed = result.failed() + skipped;
        if (!quiet || failed > 0) {
            err.println("dateline: mapped " + ok + " article" + (ok == 1 ? "" : "s")
                    + (failed > 0 ? ", " + failed + " failed" : "")
                    + (out != null ? (replaced ? " into " + out : "; " + out + " was left as it was") : ""));
        }
        err.flush();
        return failed > 0 ? 1 : 0;
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
