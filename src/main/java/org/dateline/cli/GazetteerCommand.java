package org.dateline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.dateline.model.EntityType;
import org.dateline.knowledge.GazetteerEntry;
import org.dateline.link.GazetteerWriter;
import org.dateline.link.ReferenceDataImporter;
import org.dateline.link.WikidataDumpReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dateline gazetteer}: builds the offline gazetteer from reference files or a Wikidata dump. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = "Build Dateline's offline gazetteer of entities with Wikidata QIDs.",
        subcommands = {GazetteerCommand.Build.class})
public final class GazetteerCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand (try: gazetteer build --help)");
    }

    /** {@code dateline gazetteer build}: one of {@code --reference DIR} or {@code --from DUMP}. */
    @Command(name = "build", mixinStandardHelpOptions = true,
            description = {"Build a gazetteer file.",
                    "  --reference DIR  from the reference data (country-coder, congress-legislators, verified-qids.tsv)",
                    "  --from DUMP      from a Wikidata JSON dump (latest-all.json[.gz]), streamed, filtered by type"})
    static final class Build implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--reference", paramLabel = "DIR",
                description = "reference-data folder laid out like data/reference/")
        Path reference;

        @Option(names = "--from", paramLabel = "DUMP", description = "Wikidata JSON dump, plain or .gz")
        Path dump;

        @Option(names = "--sources", paramLabel = "DIR", defaultValue = "data/gazetteer/sources",
                description = "curated names, transliterations and Wikidata classes (default: ${DEFAULT-VALUE})")
        Path sources;

        @Option(names = "--types", paramLabel = "TYPES", split = ",", defaultValue = "person,organization,place",
                description = "with --from: the entity types to keep (default: ${DEFAULT-VALUE})")
        List<String> types;

        @Option(names = "--out", paramLabel = "FILE",
                description = "output file (default: data/gazetteer/entities.tsv for --reference, "
                        + "data/gazetteer/wikidata-dump.tsv for --from)")
        Path out;

        @Override
        public Integer call() throws IOException {
            if ((reference == null) == (dump == null)) {
                throw new ParameterException(spec.commandLine(), "give exactly one of --reference DIR or --from DUMP");
            }
            for (Path p : new Path[] {reference, dump, sources}) {
                if (p != null && !Files.exists(p)) {
                    throw new ParameterException(spec.commandLine(), p + ": no such file or folder");
                }
            }
            return reference != null ? fromReference() : fromDump();
        }

        private int fromReference() throws IOException {
            Path target = out != null ? out : Path.of("data/gazetteer/entities.tsv");
            List<GazetteerEntry> entries = ReferenceDataImporter.importAll(reference, sources);
            Map<String, Integer> byType = new TreeMap<>();
            try (GazetteerWriter w = GazetteerWriter.create(target)) {
                for (GazetteerEntry e : entries) {
                    w.write(e);
                    byType.merge(e.type().name().toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
            }
            spec.commandLine().getOut().println("gazetteer: wrote " + entries.size() + " rows to " + target + " " + byType);
            return 0;
        }

        private int fromDump() throws IOException {
            Path target = out != null ? out : Path.of("data/gazetteer/wikidata-dump.tsv");
            Set<EntityType> keep = EnumSet.noneOf(EntityType.class);
            for (String t : types) {
                try {
                    keep.add(EntityType.valueOf(t.strip().toUpperCase(Locale.ROOT).replace("ORGANISATION", "ORGANIZATION")));
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(),
                            "--types: unknown type '" + t + "' (use person, organization, place)");
                }
            }
            WikidataDumpReader reader = WikidataDumpReader.create(sources.resolve(WikidataDumpReader.CLASSES_FILE), keep);
            WikidataDumpReader.Stats stats;
            try (GazetteerWriter w = GazetteerWriter.create(target)) {
                stats = reader.read(dump, e -> {
                    try {
                        w.write(e);
                    } catch (IOException x) {
                        throw new java.io.UncheckedIOException(x);
                    }
                });
            }
            spec.commandLine().getOut().println("gazetteer: read " + stats.read() + " entities from " + dump
                    + ", wrote " + stats.kept() + " rows to " + target);
            return 0;
        }
    }
}
