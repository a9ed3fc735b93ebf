package org.dateline.cli;

import org.dateline.model.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dateline} command: news articles in, linked data out. */
@Command(name = "dateline",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = "Publishes news articles as linked data: reads wire text and HTML, finds who said what about "
                + "whom, when and where, links it to Wikidata and serves it over SPARQL.",
        subcommands = {MapCommand.class, ServeCommand.class, PushCommand.class, ValidateCommand.class, EvalCommand.class, GazetteerCommand.class,
                CorpusCommand.class, TrainCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Examples:",
                "  dateline map data/articles --format nquads --out news.nq",
                "  dateline serve",
                "  dateline validate news.nq"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Read before any logger exists (see {@link #main}); declared here so that it is accepted and shown in help. */
    @CommandLine.Option(names = {"-v", "--verbose"}, scope = CommandLine.ScopeType.INHERIT,
            description = "Log what Dateline does (each file read, each article's counts, server set-up) on stderr.")
    boolean verbose;

    /** Commands that link articles, so need the bundled gazetteer. */
    private static final java.util.Set<String> LINKING = java.util.Set.of("serve", "map", "eval");

    public static void main(String[] args) {
        logLevel(java.util.Arrays.asList(args).stream().anyMatch(a -> a.equals("-v") || a.equals("--verbose")));
        if (args.length > 0 && LINKING.contains(args[0])) {
            // Read the gazetteer while picocli, Jena and Fuseki start: on two cores its load costs little wall time.
            org.dateline.knowledge.Gazetteer.preload();
        }
        System.exit(run(args));
    }

    /**
     * Dateline logs through slf4j and is quiet by default (warnings and errors only, as {@code simplelogger.properties}
     * in the jar says); {@code --verbose} shows its own DEBUG lines, not those of Jetty or Jena. slf4j-simple reads
     * its settings when the first logger is made, so this runs before anything else; a setting given with
     * {@code -D} on the java command line wins.
     */
    static void logLevel(boolean verbose) {
        if (verbose && System.getProperty("org.slf4j.simpleLogger.log.org.dateline") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.org.dateline", "debug");
        }
    }

    /** Runs the command line and returns its exit code (0 ok, 1 failures in the work, 2 a usage error). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new Errors());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Prints {@code dateline --version}. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"dateline " + Version.get(),
                    "Apache Jena " + org.apache.jena.sys.JenaSystem.class.getPackage().getImplementationVersion(),
                    "Java " + System.getProperty("java.version")};
        }
    }

    /** Turns an unexpected failure into one line on stderr, no stack trace unless DATELINE_DEBUG is set. */
    static final class Errors implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
            if (System.getenv("DATELINE_DEBUG") != null) {
                ex.printStackTrace(cl.getErr());
            }
            String msg = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            cl.getErr().println("dateline: " + msg);
            return 1;
        }
    }
}
