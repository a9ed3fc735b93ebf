package org.dateline.link;

import org.dateline.knowledge.Gazetteer;
import org.dateline.knowledge.GazetteerEntry;
import org.dateline.knowledge.CompactLayer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the large gazetteer layer from openly licensed sources whose every row states its Wikidata QID
 * (see {@code data/gazetteer/README.md}): each source reads its own folder of the open-data directory, in
 * a fixed order of trust (curated places first, then politicians, research organisations and brands), and
 * rows are merged by QID. QIDs of the hand-checked reference layer are left to it. The notable people are a layer
 * of their own, under another licence ({@link NotablePeopleImporter}).
 */
public final class OpenDataImporter {
    /** The sources, in order of precedence: the first to give a QID sets its label and type. */
    private static final List<OpenDataSource> SOURCES = List.of(new NaturalEarthReader(),
            new CountriesStatesCitiesReader(), new WhosOnFirstReader(), new OpenGeographyRegionsReader(),
            new PartyFactsReader(), new EveryPoliticianReader(),
            new WikiMediaCredReader(), new RorReader(),
            new NameSuggestionIndexReader());

    /** What a build produced: the rows, and per source how many rows it gave first and enriched. */
    public record Result(List<GazetteerEntry> entries, Map<String, Integer> added, Map<String, Integer> merged,
                         List<String> sourcesRead) { }

    private OpenDataImporter() { }

    /** The name index that belongs to a rows file ({@code open-data.tsv.gz} → {@code open-data.keys.gz}). */
    public static String keysFileOf(String rowsFile) {
        return CompactLayer.keysFileOf(rowsFile);
    }

    /**
     * Writes the name index {@code Gazetteer.loadDefault()} searches instead of indexing the rows at start-up
     * (see {@link Gazetteer#OPEN_DATA_FILE}); {@code entries} in the order they were written.
     */
    public static void writeKeys(List<GazetteerEntry> entries, Path file) throws IOException {
        CompactLayer.writeKeys(entries, file);
    }

    /** The folder names a directory may hold, one per source. */
    public static List<String> folders() {
        return SOURCES.stream().map(OpenDataSource::folder).toList();
    }

    /**
     * Reads every source folder present in {@code openDataDir}.
     *
     * @param countries ISO 3166-1 codes to country QIDs (see {@link ReferenceDataImporter#countryCodes})
     * @param reference the hand-checked rows, whose QIDs this layer leaves out
     */
    public static Result importAll(Path openDataDir, Map<String, String> countries, List<GazetteerEntry> reference)
            throws IOException {
        Set<String> reserved = new HashSet<>();
        reference.forEach(e -> reserved.add(e.qid()));
        OpenDataRows rows = new OpenDataRows(reserved);
        List<String> read = new ArrayList<>();
        for (OpenDataSource s : SOURCES) {
            Path dir = openDataDir.resolve(s.folder());
            if (Files.isDirectory(dir)) {
                s.read(dir, countries, rows);
                read.add(s.folder());
            }
        }
        if (read.isEmpty()) {
            throw new IOException(openDataDir + ": no source folder found; expected one or more of " + folders()
                    + " (see data/gazetteer/README.md)");
        }
        return new Result(featuresYield(yieldToNamesakes(rows.entries(), reference), reference), rows.added(),
                rows.merged(), read);
    }

    /** The highest prior of an entry sharing its name with a better-known one (a place of its country, a checked person). */
    static final double NAMESAKE_PRIOR = 0.1;

    /**
     * Places that share a name with a better-known place of the same country yield to it: their prior drops
     * to {@value #NAMESAKE_PRIOR}, so the bare name links to the well-known one (by more than the linker's
     * ambiguity margin) and the namesake only when nothing else fits. Better known means a hand-checked
     * entry (any of its names: "Moscow" the city over Moscow Oblast, "Washington" the capital over the
     * state) or, for a first-level division or county, a city of the open data with a prior of 0.4 or more
     * (about 50,000 people: "Ankara" the city over Ankara Province), or a place that has such a city's label among its
     * other names ("Tacloban" for the region Eastern Visayas).
     */
    static List<GazetteerEntry> yieldToNamesakes(List<GazetteerEntry> entries, List<GazetteerEntry> reference) {
        Set<String> curated = new HashSet<>();
        for (GazetteerEntry r : reference) {
            if (r.type() == org.dateline.model.EntityType.PLACE && !r.countryOrSelf().isEmpty()) {
                for (String n : names(r, true)) {
                    curated.add(r.countryOrSelf() + " " + Gazetteer.normalise(n));
                }
            }
        }
        // Cities of 50,000 people or more by the name their label gives, with the entry that has it.
        Map<String, GazetteerEntry> cities = new HashMap<>();
        for (GazetteerEntry e : entries) {
            if (isCity(e) && e.prior() >= 0.4 && !e.country().isEmpty()) {
                cities.merge(e.country() + " " + Gazetteer.normalise(e.label()), e,
                        (a, b) -> a.prior() >= b.prior() ? a : b);
            }
        }
        List<GazetteerEntry> out = new ArrayList<>(entries.size());
        for (GazetteerEntry e : entries) {
            String key = e.country() + " " + Gazetteer.normalise(e.label());
            boolean namesake = e.type() == org.dateline.model.EntityType.PLACE && !e.country().isEmpty()
                    && e.prior() > NAMESAKE_PRIOR
                    && (curated.contains(key) || !isCity(e) && cities.containsKey(key) || aliasOfCity(e, cities));
            out.add(namesake ? new GazetteerEntry(e.qid(), e.label(), e.type(), e.subtype(), e.country(), e.aliases(),
                    e.latitude(), e.longitude(), NAMESAKE_PRIOR, e.source(), e.shortNames()) : e);
        }
        return out;
    }

    /**
     * Whether one of a place's other names is the label of a well-known city of its country that is not itself
     * ("Tacloban" given to the region Eastern Visayas, "Nairobi" to Nairobi Area): the name means the city. A city
     * yields so only to a city at least as popular ("Johannesburg" the metropolitan municipality to the city; not
     * Cape Town to the municipality "City of Cape Town" that shares one of its names).
     */
    private static boolean aliasOfCity(GazetteerEntry e, Map<String, GazetteerEntry> cities) {
        for (String a : e.aliases()) {
            GazetteerEntry city = cities.get(e.country() + " " + Gazetteer.normalise(a));
            if (city != null && city != e && !Gazetteer.normalise(a).equals(Gazetteer.normalise(e.label()))
                    && (!isCity(e) || city.prior() >= e.prior())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A physical feature of OpenGeographyRegions (it has no country to tell it apart) that shares its label with any
     * name of another entry at least as popular yields to it: "Ireland" the island to the country, "Crimea" the
     * peninsula to the region, "Taiwan" the island to the state. Its prior drops to {@value #NAMESAKE_PRIOR}.
     */
    static List<GazetteerEntry> featuresYield(List<GazetteerEntry> entries, List<GazetteerEntry> reference) {
        Map<String, GazetteerEntry[]> top = new HashMap<>(); // name -> its two most popular entries
        for (GazetteerEntry r : reference) {
            names(r, true).forEach(n -> rank(top, Gazetteer.normalise(n), r));
        }
        for (GazetteerEntry e : entries) {
            names(e, false).forEach(n -> rank(top, Gazetteer.normalise(n), e));
        }
        List<GazetteerEntry> out = new ArrayList<>(entries.size());
        for (GazetteerEntry e : entries) {
            GazetteerEntry[] two = top.get(Gazetteer.normalise(e.label()));
            GazetteerEntry other = two == null ? null : two[0].qid().equals(e.qid()) ? two[1] : two[0];
            boolean namesake = e.source().startsWith(OpenGeographyRegionsReader.FOLDER + "/")
                    && e.prior() > NAMESAKE_PRIOR && other != null && other.prior() >= e.prior();
            out.add(namesake ? new GazetteerEntry(e.qid(), e.label(), e.type(), e.subtype(), e.country(), e.aliases(),
                    e.latitude(), e.longitude(), NAMESAKE_PRIOR, e.source(), e.shortNames()) : e);
        }
        return out;
    }

    /** Keeps under {@code key} the two most popular distinct entries having that name. */
    private static void rank(Map<String, GazetteerEntry[]> top, String key, GazetteerEntry e) {
        GazetteerEntry[] two = top.computeIfAbsent(key, k -> new GazetteerEntry[2]);
        if (two[0] != null && two[0].qid().equals(e.qid()) || two[1] != null && two[1].qid().equals(e.qid())) {
            return;
        }
        if (two[0] == null || e.prior() > two[0].prior()) {
            two[1] = two[0];
            two[0] = e;
        } else if (two[1] == null || e.prior() > two[1].prior()) {
            two[1] = e;
        }
    }

    private static boolean isCity(GazetteerEntry e) {
        return e.subtype().equals("city") || e.subtype().equals("capital");
    }

    static List<String> names(GazetteerEntry e, boolean withShort) {
        List<String> n = new ArrayList<>();
        n.add(e.label());
        n.addAll(e.aliases());
        if (withShort) {
            n.addAll(e.shortNames());
        }
        return n;
    }
}
