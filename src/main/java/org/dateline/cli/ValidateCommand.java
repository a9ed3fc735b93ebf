package org.dateline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.dateline.Pipeline;
import org.dateline.ingest.ArticleFiles;
import org.dateline.ingest.IngestException;
import org.dateline.map.ShapeValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dateline validate}: checks RDF files, or articles after mapping, against Dateline's SHACL shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validates RDF files (any syntax Jena reads, by extension) or articles (.txt, .html, mapped first) "
                + "against ontology/shapes.ttl. Exits 1 when any file has violations.",
        footer = {"", "Examples:",
                "  dateline validate news.nq",
                "  dateline validate data/articles"})
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "RDF files, article files or folders of articles.")
    List<Path> paths;

    @Mixin
    PipelineOptions options;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ShapeValidator validator = ShapeValidator.create();
        Pipeline pipeline = null;
        int bad = 0;
        ArticleFiles listing = Inputs.expand(paths, err);
        bad += listing.skipped().size();
        for (Path file : listing.files()) {
            DatasetGraph dsg = DatasetGraphFactory.create();
            try {
                Lang lang = RDFLanguages.filenameToLang(file.toString());
                if (lang != null && !Inputs.isArticleFile(file)) {
                    RDFParser.source(file).lang(lang).parse(dsg);
                } else {
                    if (pipeline == null) {
                        pipeline = options.pipeline();
                    }
                    pipeline.map(file, StreamRDFLib.dataset(dsg));
                }
            } catch (IngestException e) {
                err.println("dateline: " + e.getMessage());
                bad++;
                continue;
            } catch (RiotException e) {
                err.println("dateline: " + file + ": not valid RDF: " + e.getMessage());
                bad++;
                continue;
            }
            Graph union = dsg.getUnionGraph().isEmpty() ? dsg.getDefaultGraph() : unionWithDefault(dsg);
            ValidationReport report = validator.validate(union);
            if (report.conforms()) {
                out.println(file + ": conforms (" + union.size() + " triples)");
            } else {
                bad++;
                out.println(file + ": " + report.getEntries().size() + " violation(s)");
                for (String line : ShapeValidator.describe(report)) {
                    out.println("  " + line);
                }
            }
        }
        out.flush();
        return bad > 0 ? 1 : 0;
    }

    private static Graph unionWithDefault(DatasetGraph dsg) {
        if (dsg.getDefaultGraph().isEmpty()) {
            return dsg.getUnionGraph();
        }
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        dsg.getUnionGraph().find().forEachRemaining(g::add);
        dsg.getDefaultGraph().find().forEachRemaining(g::add);
        return g;
    }
}
