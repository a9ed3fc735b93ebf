package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.dateline.knowledge.Gazetteer;
import org.dateline.knowledge.GazetteerEntry;
import org.dateline.model.EntityType;
import org.dateline.link.GazetteerWriter;
import org.dateline.link.NotablePeopleImporter;
import org.dateline.link.SportsClubsImporter;
import org.dateline.link.ReferenceDataImporter;
import org.dateline.link.OpenDataImporter;
import org.dateline.link.WikidataDumpReader;
import org.dateline.link.WikidataEndpointReader;
import org.dateline.link.WikidataException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dateline gazetteer}: builds the offline gazetteer from reference files, open data or Wikidata. */
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

    /** {@code dateline gazetteer build}: from reference files, open-data sources, a Wikidata dump or an endpoint. */
    @Command(name = "build", mixinStandardHelpOptions = true,
            description = {"Build a gazetteer file. Give one of:",
                    "  --reference DIR       the hand-checked layer (country-coder, congress-legislators, verified-qids.tsv)",
                    "  --open-data DIR       the large layer from open sources that state QIDs (Natural Earth, "
                            + "countries-states-cities, EveryPolitician, ROR, name-suggestion-index)",
                    "  --notable-people DIR  the layer of notable people (CC BY-SA, a file of its own) from the "
                            + "database's top.csv.gz",
                    "  --sports-clubs DIR    the layer of football clubs (a file of its own) from reep's teams.csv",
                    "  --from-dump FILE      a Wikidata JSON dump (latest-all.json[.gz]), streamed, filtered by class and sitelinks",
                    "  --from-endpoint URL   a Wikidata-compatible SPARQL endpoint, paged"})
    static final class Build implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--reference", paramLabel = "DIR",
                description = "reference-data folder laid out like data/reference/ (with --open-data: "
                        + "country codes and the QIDs left to the hand-checked layer; default data/reference)")
        Path reference;

        @Option(names = "--open-data", paramLabel = "DIR",
                description = "folder of open-data sources, one subfolder each (see data/gazetteer/README.md)")
        Path openData;

        @Option(names = "--notable-people", paramLabel = "DIR",
                description = "folder holding the notable-people database's top.csv.gz and, optionally, supraverden/general_list.yaml (see data/gazetteer/README.md)")
        Path notablePeople;

        @Option(names = "--sports-clubs", paramLabel = "DIR",
                description = "folder holding reep's teams.csv (see data/gazetteer/README.md)")
        Path sportsClubs;

        @Option(names = {"--from-dump", "--from"}, paramLabel = "FILE", description = "Wikidata JSON dump, plain or .gz")
        Path dump;

        @Option(names = "--from-endpoint", paramLabel = "URL",
                description = "Wikidata-compatible SPARQL endpoint (e.g. https://query.wikidata.org/sparql)")
        String endpoint;

        @Option(names = "--sources", paramLabel = "DIR", defaultValue = "data/gazetteer/sources",
                description = "curated names, transliterations and Wikidata classes (default: ${DEFAULT-VALUE})")
        Path sources;

        @Option(names = "--types", paramLabel = "TYPES", split = ",", defaultValue = "person,organization,place",
                description = "with a dump or endpoint: the entity types to keep (default: ${DEFAULT-VALUE})")
        List<String> types;

        @Option(names = "--min-sitelinks", paramLabel = "N", defaultValue = "0",
                description = "with a dump or endpoint: keep items with at least N sitelinks (default: ${DEFAULT-VALUE})")
        int minSitelinks;

        @Option(names = "--page-size", paramLabel = "N", defaultValue = "5000",
                description = "with --from-endpoint: items per request (default: ${DEFAULT-VALUE})")
        int pageSize;

        @Option(names = "--out", paramLabel = "FILE",
                description = "output file (default: data/gazetteer/entities.tsv, open-data.tsv.gz, "
                        + "notable-people.tsv.gz, sports-clubs.tsv.gz, wikidata-dump.tsv or wikidata-endpoint.tsv)")
        Path out;

        @Override
        public Integer call() throws IOException {
            int modes = (openData != null ? 1 : 0) + (notablePeople != null ? 1 : 0) + (sportsClubs != null ? 1 : 0)
                    + (dump != null ? 1 : 0) + (endpoint != null ? 1 : 0);
            if (modes > 1 || modes == 0 && reference == null) {
                throw new ParameterException(spec.commandLine(), "give one of --reference DIR, --open-data DIR, "
                        + "--notable-people DIR, --sports-clubs DIR, --from-dump FILE or --from-endpoint URL");
            }
            for (Path p : new Path[] {reference, openData, notablePeople, sportsClubs, dump, sources}) {
                if (p != null && !Files.exists(p)) {
                    throw new ParameterException(spec.commandLine(), p + ": no such file or folder");
                }
            }
            if (openData != null) {
                return fromOpenData();
            }
            if (notablePeople != null) {
                return fromNotablePeople();
            }
            if (sportsClubs != null) {
                return fromSportsClubs();
            }
            if (dump != null || endpoint != null) {
                return fromWikidata();
            }
            return fromReference();
        }

        private int fromReference() throws IOException {
            Path target = out != null ? out : Path.of("data/gazetteer/entities.tsv");
            List<GazetteerEntry> entries = ReferenceDataImporter.importAll(reference, sources);
            Map<String, Integer> byType = write(target, entries);
            spec.commandLine().getOut().println("gazetteer: wrote " + entries.size() + " rows to " + target + " " + byType);
            return 0;
        }

        private int fromOpenData() throws IOException {
            Path ref = referenceFolder();
            Path target = out != null ? out : Path.of("data/gazetteer/open-data.tsv.gz");
            OpenDataImporter.Result r = OpenDataImporter.importAll(openData, ReferenceDataImporter.countryCodes(ref),
                    ReferenceDataImporter.importAll(ref, sources));
            writeCompact(target, r);
            if (Files.isDirectory(openData.resolve("notable-people"))) {
                spec.commandLine().getOut().println("  " + openData.resolve("notable-people") + " left out: the notable"
                        + " people are a layer of their own (CC BY-SA); build it with --notable-people "
                        + openData.resolve("notable-people"));
            }
            return 0;
        }

        private int fromNotablePeople() throws IOException {
            Path ref = referenceFolder();
            Path target = out != null ? out : Path.of("data/gazetteer/notable-people.tsv.gz");
            writeCompact(target, NotablePeopleImporter.importAll(notablePeople,
                    ReferenceDataImporter.importAll(ref, sources)));
            return 0;
        }

        private int fromSportsClubs() throws IOException {
            Path target = out != null ? out : Path.of("data/gazetteer/sports-clubs.tsv.gz");
            writeCompact(target, SportsClubsImporter.importAll(sportsClubs, sources,
                    ReferenceDataImporter.importAll(referenceFolder(), sources)));
            return 0;
        }

        /** The reference data that gives country codes and the hand-checked QIDs (default data/reference). */
        private Path referenceFolder() {
            Path ref = reference != null ? reference : Path.of("data/reference");
            if (!Files.isDirectory(ref)) {
                throw new ParameterException(spec.commandLine(), ref + ": no such folder (--reference DIR: the "
                        + "reference data that gives country codes and the hand-checked QIDs)");
            }
            return ref;
        }

        /** Writes a compact layer: its rows (sorted by QID) and their name index beside them. */
        private void writeCompact(Path target, OpenDataImporter.Result r) throws IOException {
            Map<String, Integer> byType = write(target, r.entries());
            Path keys = Path.of(OpenDataImporter.keysFileOf(target.toString()));
            OpenDataImporter.writeKeys(r.entries(), keys);
            PrintWriter o = spec.commandLine().getOut();
            o.println("gazetteer: wrote " + r.entries().size() + " rows to " + target + " " + byType
                    + " and their name index to " + keys);
            o.println("  read " + r.sourcesRead());
            o.println("  rows first given by each file: " + r.added());
            o.println("  rows enriched by each file: " + r.merged());
        }

        private Map<String, Integer> write(Path target, List<GazetteerEntry> entries) throws IOException {
            Map<String, Integer> byType = new TreeMap<>();
            try (GazetteerWriter w = GazetteerWriter.create(target)) {
                for (GazetteerEntry e : entries) {
                    w.write(e);
                    byType.merge(e.type().name().toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
            }
            return byType;
        }

        private int fromWikidata() throws IOException {
            Set<EntityType> keep = EnumSet.noneOf(EntityType.class);
            for (String t : types) {
                try {
                    keep.add(EntityType.valueOf(t.strip().toUpperCase(Locale.ROOT).replace("ORGANISATION", "ORGANIZATION")));
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(),
                            "--types: unknown type '" + t + "' (use person, organization, place)");
                }
            }
            Path classes = sources.resolve(WikidataDumpReader.CLASSES_FILE);
            if (dump != null) {
                Path target = out != null ? out : Path.of("data/gazetteer/wikidata-dump.tsv");
                WikidataDumpReader reader = WikidataDumpReader.create(classes, keep, minSitelinks);
                WikidataDumpReader.Stats stats;
                long start = System.nanoTime();
                try (GazetteerWriter w = GazetteerWriter.create(target)) {
                    stats = reader.read(dump, e -> write(w, e));
                }
                spec.commandLine().getOut().printf(Locale.ROOT, "gazetteer: read %d entities from %s in %.1f s, "
                        + "wrote %d rows to %s%n", stats.read(), dump, (System.nanoTime() - start) / 1e9, stats.kept(), target);
                indexIfCompact(target);
                return 0;
            }
            if (pageSize < 1) {
                throw new ParameterException(spec.commandLine(), "--page-size must be at least 1");
            }
            Path target = out != null ? out : Path.of("data/gazetteer/wikidata-endpoint.tsv");
            WikidataEndpointReader reader = WikidataEndpointReader.create(classes, keep, minSitelinks, pageSize);
            WikidataEndpointReader.Stats stats;
            try (GazetteerWriter w = GazetteerWriter.create(target)) {
                stats = reader.read(endpoint, e -> write(w, e));
            } catch (WikidataException e) {
                spec.commandLine().getErr().println("dateline: " + e.getMessage());
                return 1;
            }
            spec.commandLine().getOut().println("gazetteer: asked " + endpoint + " for " + stats.pages()
                    + " pages, wrote " + stats.kept() + " rows to " + target);
            indexIfCompact(target);
            return 0;
        }

        /**
         * A {@code .tsv.gz} output is made a compact layer, like the open-data one: its rows sorted by QID
         * (the first of a QID kept) and its name index written beside it, so it can replace
         * {@code open-data.tsv.gz} (in the repository, or through {@code -Ddateline.data=DIR}).
         */
        private void indexIfCompact(Path target) throws IOException {
            if (!target.toString().endsWith(".tsv.gz")) {
                return;
            }
            Map<String, GazetteerEntry> byQid = new TreeMap<>(java.util.Comparator.comparingLong(q -> Long.parseLong(q.substring(1))));
            for (GazetteerEntry e : Gazetteer.readFile(target)) {
                byQid.putIfAbsent(e.qid(), e);
            }
            List<GazetteerEntry> rows = List.copyOf(byQid.values());
            write(target, rows);
            Path keys = Path.of(OpenDataImporter.keysFileOf(target.toString()));
            OpenDataImporter.writeKeys(rows, keys);
            spec.commandLine().getOut().println("  sorted by QID (" + rows.size() + " rows) with the name index " + keys);
        }

        private static void write(GazetteerWriter w, GazetteerEntry e) {
            try {
                w.write(e);
            } catch (IOException x) {
                throw new java.io.UncheckedIOException(x);
            }
        }
    }
}
