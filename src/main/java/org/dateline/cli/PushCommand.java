package org.dateline.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.http.auth.AuthEnv;
import org.dateline.ingest.ArticleFiles;
import org.dateline.publish.GraphStorePush;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dateline push}: articles mapped and sent to any store over the SPARQL 1.1 Graph Store Protocol. */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = "Maps articles and stores them in a triple store over the SPARQL 1.1 Graph Store Protocol: each "
                + "article's graph is replaced (PUT), the entity descriptions merged into the shared entities graph (POST).",
        footer = {"", "Examples:",
                "  dateline push data/articles --to http://localhost:3030/ds/data --with-ontology",
                "  dateline push ~/wire --to http://localhost:7878/store",
                "  DATELINE_PUSH_PASSWORD=dba dateline push ~/wire --to http://localhost:8890/sparql-graph-crud-auth --user dba"})
public final class PushCommand implements Callable<Integer> {
    /** The environment variable holding the store's password: never on the command line, where ps shows it. */
    static final String PASSWORD = "DATELINE_PUSH_PASSWORD";

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files (.txt, .html) or folders of them.")
    List<Path> paths;

    @Option(names = "--to", required = true, paramLabel = "URL",
            description = "The store's Graph Store Protocol endpoint (Fuseki: http://host:3030/DATASET/data).")
    URI to;

    @Option(names = "--with-ontology", description = "Also replace the ontology graph <https://w3id.org/dateline/ns> "
            + "(the example queries read term labels from it).")
    boolean withOntology;

    @Option(names = "--user", paramLabel = "NAME",
            description = "User name for the store (basic or digest); the password is read from " + PASSWORD + ".")
    String user;

    @Mixin
    PipelineOptions options;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String scheme = to.getScheme() == null ? "" : to.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ParameterException(spec.commandLine(), "--to must be an http(s) address, not " + to);
        }
        if (user != null) {
            String password = System.getenv(PASSWORD);
            if (password == null) {
                throw new ParameterException(spec.commandLine(), "--user " + user + " needs the password in " + PASSWORD);
            }
            AuthEnv.get().registerUsernamePassword(to, user, password);
        }
        ArticleFiles listing = Inputs.expand(paths, err);
        int skipped = listing.skipped().size();
        GraphStorePush push = new GraphStorePush(to.toString(), options.pipeline());
        GraphStorePush.Result r;
        try {
            r = push.push(listing.files(), withOntology, (file, error) -> {
                if (error != null) {
                    err.println("dateline: " + error);
                }
            });
        } catch (GraphStorePush.PushException e) {
            err.println("dateline: " + e.getMessage());
            err.flush();
            return 1;
        }
        int failed = r.failed() + skipped;
        err.println("dateline: pushed " + r.pushed() + " article" + (r.pushed() == 1 ? "" : "s") + " to " + to
                + " (" + r.entityTriples() + " entity triples merged" + (withOntology ? ", the ontology graph replaced" : "")
                + ")" + (failed > 0 ? ", " + failed + " failed" : ""));
        err.flush();
        return failed > 0 ? 1 : 0;
    }
}
