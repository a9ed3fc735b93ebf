package org.dateline.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
import java.util.zip.GZIPInputStream;
import org.dateline.BoundedMemo;
import org.dateline.DataFiles;
import org.dateline.extract.EntityType;

/**
 * The offline reference of entities with verified Wikidata identifiers, indexed by normalised
 * name. Loaded once and shared: it is immutable after loading, so safe across threads.
 */
public final class Gazetteer {
    /** The bundled gazetteer, relative to the data root (see {@link DataFiles}). */
    public static final String DEFAULT_FILE = "gazetteer/entities.tsv";
    /** The open-data layer (see {@link OpenDataImporter}), relative to the data root; optional. */
    public static final String OPEN_DATA_FILE = "gazetteer/open-data.tsv.gz";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Gazetteer.class);

    private final List<GazetteerEntry> entries;
    private final Map<String, List<GazetteerEntry>> byName;
    private final Map<String, List<GazetteerEntry>> byShortName;
    private final Map<String, GazetteerEntry> byQid;
    /** The hand-checked part, for typing names in extraction; null when that is this gazetteer itself. */
    private final Gazetteer curated;

    private Gazetteer(List<GazetteerEntry> rows) {
        this(rows, null);
    }

    private Gazetteer(List<GazetteerEntry> rows, Gazetteer curated) {
        this.curated = curated;
        // The first row of a QID wins: the hand-checked file is read before the open-data and dump layers,
        // and a QID described twice would otherwise be its own rival for every name it has.
        List<GazetteerEntry> kept = new ArrayList<>(rows.size());
        Map<String, GazetteerEntry> qids = new HashMap<>(rows.size() * 2);
        for (GazetteerEntry e : rows) {
            if (qids.putIfAbsent(e.qid(), e) == null) {
                kept.add(e);
            }
        }
        this.entries = List.copyOf(kept);
        Map<String, List<GazetteerEntry>> index = new HashMap<>(kept.size() * 3);
        Map<String, List<GazetteerEntry>> shortIndex = new HashMap<>();
        for (GazetteerEntry e : kept) {
            addName(index, e.label(), e);
            for (String alias : e.aliases()) {
                addName(index, alias, e);
            }
            for (String shortName : e.shortNames()) {
                addName(shortIndex, shortName, e);
            }
        }
        index.replaceAll((k, v) -> byPrior(v));
        shortIndex.replaceAll((k, v) -> byPrior(v));
        this.byName = index;
        this.byShortName = shortIndex;
        this.byQid = qids;
    }

    /** Most popular first, so a caller that takes the first hit (to type a name) takes the likeliest. */
    private static List<GazetteerEntry> byPrior(List<GazetteerEntry> list) {
        if (list.size() > 1) {
            list.sort(java.util.Comparator.comparingDouble(GazetteerEntry::prior).reversed());
        }
        return List.copyOf(list);
    }

    private static void addName(Map<String, List<GazetteerEntry>> index, String name, GazetteerEntry e) {
        // Not through the memo: a gazetteer's hundreds of thousands of names would only churn it.
        String key = computeKey(name);
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

    /**
     * Loads every {@code *.tsv} and {@code *.tsv.gz} file of a gazetteer folder, in name order (see
     * {@code data/gazetteer/README.md}).
     */
    public static Gazetteer load(Path dir) {
        List<GazetteerEntry> plain = new ArrayList<>();
        List<GazetteerEntry> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tsv") || p.toString().endsWith(".tsv.gz"))
                    .sorted().toList()) {
                List<GazetteerEntry> rows = readTsv(f);
                all.addAll(rows);
                if (!f.toString().endsWith(".gz")) {
                    plain.addAll(rows);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer folder " + dir, e);
        }
        return plain.size() == all.size() ? new Gazetteer(all) : new Gazetteer(all, new Gazetteer(plain));
    }

    /**
     * The hand-checked part of this gazetteer (the plain {@code *.tsv} files), which extraction uses to type
     * names: the open-data layer's brands, research institutes and small towns share names with people and
     * places news means otherwise, so they serve linking, not typing. This gazetteer itself when it has no
     * separate open-data layer.
     */
    public Gazetteer curated() {
        return curated == null ? this : curated;
    }

    /**
     * The gazetteer bundled with Dateline, loaded once and shared: the hand-checked {@code entities.tsv},
     * then the open-data layer {@code open-data.tsv.gz} when it is there.
     */
    public static Gazetteer loadDefault() {
        return Bundled.INSTANCE;
    }

    /**
     * Starts loading the bundled gazetteer on a background thread, so a command can do its other start-up
     * work meanwhile; {@link #loadDefault()} then waits for it (class initialisation makes them share one load).
     */
    public static void preload() {
        Thread t = new Thread(Gazetteer::loadDefault, "gazetteer-preload");
        t.setDaemon(true);
        t.start();
    }

    /** Only the hand-checked layer ({@code entities.tsv}): small, for tests and generated corpora. */
    public static Gazetteer loadReference() {
        return Reference.INSTANCE;
    }

    /**
     * The bundled gazetteer, read once per process on first use: it is immutable, so the pipeline, the
     * reconciliation service and the tests can share one copy instead of each parsing the file again.
     */
    private static final class Bundled {
        static final Gazetteer INSTANCE = read();

        private static Gazetteer read() {
            long start = System.nanoTime();
            List<GazetteerEntry> all = new ArrayList<>(Reference.ROWS);
            if (DataFiles.exists(OPEN_DATA_FILE)) {
                try (BufferedReader r = reader(DataFiles.open(OPEN_DATA_FILE), true)) {
                    all.addAll(parse(r, OPEN_DATA_FILE));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            Gazetteer g = all.size() == Reference.ROWS.size() ? Reference.INSTANCE : new Gazetteer(all, Reference.INSTANCE);
            LOG.debug("gazetteer: {} entries loaded in {} ms", g.size(), (System.nanoTime() - start) / 1_000_000);
            return g;
        }
    }

    private static final class Reference {
        static final List<GazetteerEntry> ROWS = read();
        static final Gazetteer INSTANCE = new Gazetteer(ROWS);

        private static List<GazetteerEntry> read() {
            try (BufferedReader r = reader(DataFiles.open(DEFAULT_FILE), false)) {
                return parse(r, DEFAULT_FILE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static BufferedReader reader(InputStream in, boolean gzip) throws IOException {
        InputStream raw = gzip ? new GZIPInputStream(in, 1 << 16) : in;
        return new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8), 1 << 16);
    }

    static List<GazetteerEntry> readTsv(Path file) throws IOException {
        try (BufferedReader r = reader(Files.newInputStream(file), file.toString().endsWith(".gz"))) {
            return parse(r, file.toString());
        }
    }

    static List<GazetteerEntry> parse(List<String> lines, String file) throws IOException {
        return parse(new BufferedReader(new java.io.StringReader(String.join("\n", lines))), file);
    }

    private static List<GazetteerEntry> parse(BufferedReader r, String file) throws IOException {
        List<GazetteerEntry> out = new ArrayList<>();
        // Subtypes, countries and sources repeat across thousands of rows: one copy of each.
        Map<String, String> shared = new HashMap<>();
        int i = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            i++;
            if (i == 1 || line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length < 10) {
                throw new IOException(file + ":" + i + ": expected 10 or 11 tab-separated columns (see "
                        + "data/gazetteer/README.md), found " + c.length);
            }
            try {
                out.add(new GazetteerEntry(c[0], c[1], EntityType.valueOf(c[2].toUpperCase(Locale.ROOT)),
                        shared.computeIfAbsent(c[3], k -> k), shared.computeIfAbsent(c[4], k -> k),
                        split(c[5]), c[6].isEmpty() ? null : Double.valueOf(c[6]),
                        c[7].isEmpty() ? null : Double.valueOf(c[7]), Double.parseDouble(c[8]),
                        shared.computeIfAbsent(c[9], k -> k), c.length > 10 ? split(c[10]) : List.of()));
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ":" + i + ": bad value (" + e.getMessage()
                        + "); type must be person, organization or place, coordinates and prior numbers", e);
            }
        }
        return out;
    }

    private static List<String> split(String cell) {
        return cell.isEmpty() ? List.of() : List.of(cell.split("\\|"));
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

    /**
     * The key of {@code name}. Plain ASCII names (most of the gazetteer's and the news's) are keyed in one pass
     * that gives what the regular expressions give; the rest, and names holding an "al"/"el" article, take
     * the full path.
     */
    static String computeKey(String name) {
        StringBuilder b = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 128) {
                return fullKey(name);
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append((char) (c + 32));
            } else if (c != '.' && c != '\'') {
                space = true;
            }
        }
        String s = b.toString();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s.contains("al ") || s.contains("el ") ? ARTICLES.matcher(s).replaceAll("") : s;
    }

    /** The key by the full Unicode path: decomposed, marks and punctuation dropped, articles removed. */
    static String fullKey(String name) {
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        s = s.toLowerCase(Locale.ROOT).replace('’', '\'');
        s = NON_WORD.matcher(DOTS_APOSTROPHES.matcher(s).replaceAll("")).replaceAll(" ").trim();
        s = LEADING_THE.matcher(s).replaceAll("");
        s = ARTICLES.matcher(s).replaceAll("");
        return s;
    }
}
