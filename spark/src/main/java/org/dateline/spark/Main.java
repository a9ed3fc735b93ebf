package org.dateline.spark;

import java.io.PrintWriter;
import org.dateline.model.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dateline-spark} command: Dateline's mapping on Apache Spark, on one machine or a cluster. */
@Command(name = "dateline-spark", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Maps news articles and web archives to RDF with Apache Spark: on all local cores by default, "
                + "on a cluster under spark-submit.",
        subcommands = {SparkMapCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Examples:",
                "  java -jar dateline-spark.jar map in/ --out out/",
                "  spark-submit --master yarn dateline-spark.jar map hdfs:///cc-news/2024/01/ --out hdfs:///dateline/2024-01/"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        JdkStax.use();
        return new CommandLine(new Main());
    }

    @Override
    public void run() {
        PrintWriter err = spec.commandLine().getErr();
        spec.commandLine().usage(err);
    }

    /** The version from the core's jar. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"dateline-spark " + Version.get()};
        }
    }
}
