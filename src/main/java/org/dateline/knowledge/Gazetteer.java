package org.dateline.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dateline.model.BoundedMemo;
import org.dateline.model.EntityType;

/**
 * The offline reference of entities with verified Wikidata identifiers, indexed by normalised
 * name. Loaded once and shared: it is immutable after loading, so safe across threads.
 */
public final class Gazetteer {
    /** The bundled gazetteer, relative to the data root (see {@link DataFiles}). */
    public static final String DEFAULT_FILE = "gazetteer/entities.tsv";

    private final List<GazetteerEntry> entries;
    private final Map<String, List<GazetteerEntry>> byName;
    private final Map<String, List<GazetteerEntry>> byShortName;
    private final Map<String, GazetteerEntry> byQid;

    private Gazetteer(List<GazetteerEntry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, List<GazetteerEntry>> index = new HashMap<>();
        Map<String, List<GazetteerEntry>> shortIndex = new HashMap<>();
        Map<String, GazetteerEntry> qids = new HashMap<>();
        for (GazetteerEntry e : entries) {
            addName(index, e.label(), e);
            for (String alias : e.aliases()) {
                addName(index, alias, e);
            }
            for (String shortName : e.shortNames()) {
                addName(shortIndex, shortName, e);
            }
            // The first row of a QID wins: loadDefault's curated file comes before dump rows.
            qids.putIfAbsent(e.qid(), e);
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        shortIndex.replaceAll((k, v) -> List.copyOf(v));
        this.byName = Map.copyOf(index);
        this.byShortName = Map.copyOf(shortIndex);
        this.byQid = Map.copyOf(qids);
    }

    private static void addName(Map<String, List<GazetteerEntry>> index, String name, GazetteerEntry e) {
        String key = normalise(name);
        if (key.isEmpty()) {
            return;
        }
        List<GazetteerEntry> list = index.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(e)) {
            list.add(e);
        }
    }

    /** A gazetteer of the given entries (for tests and in-memory use). */
    public static Gazetteer of(List<GazetteerEntry> entries) {
        return new Gazetteer(entries);
    }

    /** A gazetteer that knows nothing: every entity stays unlinked. */
    public static Gazetteer empty() {
        return new Gazetteer(List.of());
    }

    /** Loads every {@code *.tsv} file of a gazetteer folder (see {@code data/gazetteer/README.md}). */
    public static Gazetteer load(Path dir) {
        List<GazetteerEntry> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                all.addAll(readTsv(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer folder " + dir, e);
        }
        return new Gazetteer(all);
    }

    /** The gazetteer bundled with Dateline ({@code data/gazetteer/entities.tsv}), loaded once and shared. */
    public static Gazetteer loadDefault() {
        return Bundled.INSTANCE;
    }

    /**
     * The bundled gazetteer, read once per process on first use: it is immutable, so the pipeline, the
     * reconciliation service and the tests can share one copy instead of each parsing the file again.
     */
    private static final class Bundled {
        static final Gazetteer INSTANCE = read();

        private static Gazetteer read() {
            try {
                return new Gazetteer(parse(DataFiles.lines(DEFAULT_FILE), DEFAULT_FILE));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static List<GazetteerEntry> readTsv(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    }

    public static List<GazetteerEntry> parse(List<String> lines, String file) throws IOException {
        List<GazetteerEntry> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length < 10) {
                throw new IOException(file + ":" + (i + 1) + ": expected 10 or 11 tab-separated columns (see "
                        + "data/gazetteer/README.md), found " + c.length);
            }
            try {
                out.add(new GazetteerEntry(c[0], c[1], EntityType.valueOf(c[2].toUpperCase(Locale.ROOT)), c[3], c[4],
                        split(c[5]), c[6].isEmpty() ? null : Double.valueOf(c[6]),
                        c[7].isEmpty() ? null : Double.valueOf(c[7]), Double.parseDouble(c[8]), c[9],
                        c.length > 10 ? split(c[10]) : List.of()));
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ":" + (i + 1) + ": bad value (" + e.getMessage()
                        + "); type must be person, organization or place, coordinates and prior numbers", e);
            }
        }
        return out;
    }

    private static List<String> split(String cell) {
        return cell.isEmpty() ? List.of() : Arrays.asList(cell.split("\\|"));
    }

    /** Entries whose short name ("Lincoln", "Aleppo") matches {@code name}, normalised as in {@link #lookup}. */
    public List<GazetteerEntry> lookupShort(String name) {
        return lookupShortKey(normalise(name));
    }

    /** Like {@link #lookupShort}, for a key from {@link #normalise}, so a caller holding one need not normalise again. */
    public List<GazetteerEntry> lookupShortKey(String key) {
        return byShortName.getOrDefault(key, List.of());
    }

    /** The entry of a Wikidata item, if the gazetteer has it. */
    public java.util.Optional<GazetteerEntry> byQid(String qid) {
        return java.util.Optional.ofNullable(byQid.get(qid));
    }

    /** Entries one of whose names matches {@code name}, ignoring case, accents, a leading "the" and "al-". */
    public List<GazetteerEntry> lookup(String name) {
        return lookupKey(normalise(name));
    }

    /** Like {@link #lookup}, for a key from {@link #normalise}, so a caller holding one need not normalise again. */
    public List<GazetteerEntry> lookupKey(String key) {
        return byName.getOrDefault(key, List.of());
    }

    public List<GazetteerEntry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    // Precompiled: String.replaceAll compiles its pattern on every call, and normalise runs for every candidate name.
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DOTS_APOSTROPHES = Pattern.compile("[.\\u2019']");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LEADING_THE = Pattern.compile("^the ");
    private static final Pattern ARTICLES = Pattern.compile("\\b(al|el| al) ");

    /** The key under which names are indexed: lower case, no accents or punctuation, no leading article. */
    public static String normalise(String name) {
        return KEYS.get(name);
    }

    // Remembered: the same names (the gazetteer's labels, a country, a leader) come back in article after article,
    // and five regex passes and a Unicode decomposition were most of linking's cost.
    private static final BoundedMemo<String, String> KEYS = new BoundedMemo<>(1 << 16, Gazetteer::computeKey);

    private static String computeKey(String name) {
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        s = s.toLowerCase(Locale.ROOT).replace('’', '\'');
        s = NON_WORD.matcher(DOTS_APOSTROPHES.matcher(s).replaceAll("")).replaceAll(" ").trim();
        s = LEADING_THE.matcher(s).replaceAll("");
        s = ARTICLES.matcher(s).replaceAll("");
        return s;
    }
}
