package org.dateline.knowledge;

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
import org.dateline.model.BoundedMemo;
import org.dateline.model.EntityType;

/**
 * The offline reference of entities with verified Wikidata identifiers, indexed by normalised
 * name. Loaded once and shared: it is immutable after loading, so safe across threads.
 */
public final class Gazetteer {
    /** The bundled gazetteer, relative to the data root (see {@link DataFiles}). */
    public static final String DEFAULT_FILE = "gazetteer/entities.tsv";
    /** The open-data layer (see {@code OpenDataImporter}), relative to the data root; optional. */
    public static final String OPEN_DATA_FILE = "gazetteer/open-data.tsv.gz";
    /**
     * The notable-people layer (see {@code NotablePeopleImporter}), relative to the data root; optional. A file of
     * its own because its source is CC BY-SA and the open-data layer is ODbL (see {@code data/gazetteer/README.md}).
     */
    public static final String NOTABLE_PEOPLE_FILE = "gazetteer/notable-people.tsv.gz";
    /** The compact layers {@link #loadDefault()} reads beside the hand-checked one, in order of precedence. */
    public static final List<String> LAYER_FILES = List.of(OPEN_DATA_FILE, NOTABLE_PEOPLE_FILE);
    /**
     * The sports-clubs layer (see {@code SportsClubsImporter}), relative to the data root; optional. Kept out of
     * {@link #lookup}: its names ("Arsenal", "Everton", "Liverpool") mean a club only in a story of sport, so only
     * {@link #lookupClubs} finds them, for callers that have seen sport around the name.
     */
    public static final String SPORTS_CLUBS_FILE = "gazetteer/sports-clubs.tsv.gz";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Gazetteer.class);

    private final List<GazetteerEntry> entries;
    private final Map<String, List<GazetteerEntry>> byName;
    private final Map<String, List<GazetteerEntry>> byShortName;
    private final Map<String, GazetteerEntry> byQid;
    /** The hand-checked part, for typing names in extraction; null when that is this gazetteer itself. */
    private final Gazetteer curated;
    /** The compact layers beside the hand-checked one, in order of precedence; empty when there are none. */
    private final List<CompactLayer> layers;
    /** The QIDs several of those layers give, each with its one merged row. */
    private final LayerOverlap overlap;
    /** The sports clubs ({@link #SPORTS_CLUBS_FILE}), or null. */
    private final CompactLayer clubs;

    private Gazetteer(List<GazetteerEntry> rows) {
        this(rows, null);
    }

    /** The hand-checked gazetteer {@code curated} with compact layers and the sports clubs (or null) beside it. */
    private Gazetteer(Gazetteer curated, List<CompactLayer> layers, CompactLayer clubs) {
        this.curated = curated;
        this.clubs = clubs;
        this.layers = List.copyOf(layers);
        this.overlap = LayerOverlap.of(this.layers);
        this.entries = curated.entries;
        this.byName = curated.byName;
        this.byShortName = curated.byShortName;
        this.byQid = curated.byQid;
    }

    private Gazetteer(List<GazetteerEntry> rows, Gazetteer curated) {
        this.curated = curated;
        this.clubs = null;
        this.layers = List.of();
        this.overlap = LayerOverlap.of(List.of());
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
        // Keys are pure functions of the names: a large gazetteer computes them on all cores.
        String[][] keys = new String[kept.size()][];
        java.util.stream.IntStream range = java.util.stream.IntStream.range(0, kept.size());
        (kept.size() > 10_000 ? range.parallel() : range).forEach(i -> keys[i] = nameKeys(kept.get(i)));
        Map<String, Object> index = new HashMap<>(kept.size() * 3);
        Map<String, Object> shortIndex = new HashMap<>();
        for (int i = 0; i < kept.size(); i++) {
            GazetteerEntry e = kept.get(i);
            String[] k = keys[i];
            int shorts = e.shortNames().size();
            for (int n = 0; n < k.length - shorts; n++) {
                addKey(index, k[n], e);
            }
            for (int n = k.length - shorts; n < k.length; n++) {
                addKey(shortIndex, k[n], e);
            }
        }
        this.byName = finish(index);
        this.byShortName = finish(shortIndex);
        this.byQid = qids;
    }

    /** The keys of an entry's label, aliases, then short names ("" for a name that normalises to nothing). */
    private static String[] nameKeys(GazetteerEntry e) {
        String[] k = new String[1 + e.aliases().size() + e.shortNames().size()];
        int n = 0;
        // Not through the memo: a gazetteer's hundreds of thousands of names would only churn it.
        k[n++] = computeKey(e.label());
        for (String a : e.aliases()) {
            k[n++] = computeKey(a);
        }
        for (String s : e.shortNames()) {
            k[n++] = computeKey(s);
        }
        return k;
    }

    /** Adds {@code e} under {@code key}: most keys name one entry, held as itself until a second comes. */
    @SuppressWarnings("unchecked")
    private static void addKey(Map<String, Object> index, String key, GazetteerEntry e) {
        if (key.isEmpty()) {
            return;
        }
        Object old = index.putIfAbsent(key, e);
        if (old == null || old == e) {
            return;
        }
        if (old instanceof GazetteerEntry g) {
            List<GazetteerEntry> list = new ArrayList<>(2);
            list.add(g);
            list.add(e);
            index.put(key, list);
        } else {
            List<GazetteerEntry> list = (List<GazetteerEntry>) old;
            for (GazetteerEntry x : list) {
                if (x == e) {
                    return;
                }
            }
            list.add(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<GazetteerEntry>> finish(Map<String, Object> index) {
        Map<String, List<GazetteerEntry>> out = new HashMap<>(Math.max(16, index.size() * 4 / 3 + 1));
        for (Map.Entry<String, Object> m : index.entrySet()) {
            out.put(m.getKey(), m.getValue() instanceof GazetteerEntry g ? List.of(g)
                    : byPrior((List<GazetteerEntry>) m.getValue()));
        }
        return out;
    }

    /** Most popular first, so a caller that takes the first hit (to type a name) takes the likeliest. */
    private static List<GazetteerEntry> byPrior(List<GazetteerEntry> list) {
        if (list.size() > 1) {
            list.sort(java.util.Comparator.comparingDouble(GazetteerEntry::prior).reversed());
        }
        return List.copyOf(list);
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
     * The gazetteer bundled with Dateline, loaded once and shared: the hand-checked {@code entities.tsv}, then the
     * compact layers of {@link #LAYER_FILES} that are there (the open data, the notable people), and the sports clubs
     * apart ({@link #lookupClubs}).
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

    /**
     * The hand-checked gazetteer {@code curated} with compact layers beside it, in order of precedence: a QID of
     * {@code curated} is always its row; a QID several layers give is one row, merged as {@link LayerOverlap} says.
     */
    public static Gazetteer withLayers(Gazetteer curated, List<CompactLayer> layers) {
        return withLayers(curated, layers, null);
    }

    /**
     * As {@link #withLayers(Gazetteer, List)}, with the sports clubs {@code clubs} (or null) for {@link #lookupClubs}.
     */
    public static Gazetteer withLayers(Gazetteer curated, List<CompactLayer> layers, CompactLayer clubs) {
        return layers.isEmpty() && clubs == null ? curated : new Gazetteer(curated, layers, clubs);
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
            List<CompactLayer> layers = new ArrayList<>();
            for (String file : LAYER_FILES) {
                CompactLayer layer = layer(file);
                if (layer != null) {
                    layers.add(layer);
                }
            }
            CompactLayer clubs = layer(SPORTS_CLUBS_FILE);
            Gazetteer g = withLayers(Reference.INSTANCE, layers, clubs);
            LOG.debug("gazetteer: {} and {} loaded in {} ms", layers, clubs, (System.nanoTime() - start) / 1_000_000);
            return g;
        }

        /** The bundled compact layer of {@code file}, or null when it or its name index is missing. */
        private static CompactLayer layer(String file) {
            String keysFile = CompactLayer.keysFileOf(file);
            if (!DataFiles.exists(file) || !DataFiles.exists(keysFile)) {
                return null;
            }
            try {
                return CompactLayer.read(DataFiles.open(file), DataFiles.open(keysFile), file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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

    /** The rows of one gazetteer file ({@code .tsv}, or {@code .tsv.gz} gzipped), in file order. */
    public static List<GazetteerEntry> readFile(Path file) throws IOException {
        return readTsv(file);
    }

    static List<GazetteerEntry> readTsv(Path file) throws IOException {
        try (BufferedReader r = reader(Files.newInputStream(file), file.toString().endsWith(".gz"))) {
            return parse(r, file.toString());
        }
    }

    public static List<GazetteerEntry> parse(List<String> lines, String file) throws IOException {
        return parse(new BufferedReader(new java.io.StringReader(String.join("\n", lines))), file);
    }

    private static List<GazetteerEntry> parse(BufferedReader r, String file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            lines.add(line);
        }
        // Subtypes, countries and sources repeat across thousands of rows: one copy of each.
        Map<String, String> shared = new java.util.concurrent.ConcurrentHashMap<>();
        GazetteerEntry[] rows = new GazetteerEntry[lines.size()];
        java.util.stream.IntStream range = java.util.stream.IntStream.range(1, lines.size());
        // Rows are independent: a large file is parsed on all cores; the first bad line is reported.
        java.util.Optional<String> bad = (lines.size() > 10_000 ? range.parallel() : range)
                .mapToObj(i -> {
                    try {
                        rows[i] = parseRow(lines.get(i), shared);
                        return null;
                    } catch (IOException | IllegalArgumentException e) {
                        return String.format(Locale.ROOT, "%09d%s:%d: %s", i, file, i + 1, e.getMessage());
                    }
                })
                .filter(java.util.Objects::nonNull).min(String::compareTo);
        if (bad.isPresent()) {
            throw new IOException(bad.get().substring(9));
        }
        List<GazetteerEntry> out = new ArrayList<>(rows.length);
        for (GazetteerEntry e : rows) {
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    /** One row, or null for a blank or comment line. */
    static GazetteerEntry parseRow(String line, Map<String, String> shared) throws IOException {
        if (line.isBlank() || line.startsWith("#")) {
            return null;
        }
        String[] c = line.split("\t", -1);
        if (c.length < 10) {
            throw new IOException("expected 10 or 11 tab-separated columns (see data/gazetteer/README.md), found "
                    + c.length);
        }
        try {
            return new GazetteerEntry(c[0], c[1], EntityType.valueOf(c[2].toUpperCase(Locale.ROOT)),
                    shared.computeIfAbsent(c[3], k -> k), shared.computeIfAbsent(c[4], k -> k),
                    split(c[5]), c[6].isEmpty() ? null : Double.valueOf(c[6]),
                    c[7].isEmpty() ? null : Double.valueOf(c[7]), Double.parseDouble(c[8]),
                    shared.computeIfAbsent(c[9], k -> k), c.length > 10 ? split(c[10]) : List.of());
        } catch (IllegalArgumentException e) {
            throw new IOException("bad value (" + e.getMessage()
                    + "); type must be person, organization or place, coordinates and prior numbers", e);
        }
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
        List<GazetteerEntry> own = byShortName.getOrDefault(key, List.of());
        if (layers.isEmpty()) {
            return own;
        }
        List<List<GazetteerEntry>> more = new ArrayList<>(layers.size());
        for (CompactLayer l : layers) {
            more.add(l.lookupShort(key));
        }
        List<GazetteerEntry> out = merge(own, more);
        // A QID two layers give is their merged row, which drops a short name that is also one of its full names
        // ("UNESCO", the label of one row and an abbreviation of the other): that name is no short name of it.
        return out.stream().anyMatch(e -> overlap.shared(e.qid()))
                ? out.stream().filter(e -> !overlap.shared(e.qid())
                        || e.shortNames().stream().anyMatch(n -> normalise(n).equals(key))).toList()
                : out;
    }

    /** The entry of a Wikidata item, if the gazetteer has it. */
    public java.util.Optional<GazetteerEntry> byQid(String qid) {
        GazetteerEntry e = byQid.get(qid);
        if (e == null && !layers.isEmpty()) {
            e = overlap.byQid(qid);
            for (int i = 0; e == null && i < layers.size(); i++) {
                e = layers.get(i).byQid(qid);
            }
        }
        if (e == null && clubs != null) {
            e = clubs.byQid(qid);
        }
        return java.util.Optional.ofNullable(e);
    }

    /**
     * The sports clubs one of whose names matches {@code name} ("Arsenal", "Bayern Munich"), most popular first, then
     * those whose town it is ("Newcastle" of Newcastle United: a short name); none when the layer is not there. Only
     * for a name seen in a story of sport: elsewhere "Everton" is a given name and "Newcastle" a city.
     */
    public List<GazetteerEntry> lookupClubs(String name) {
        if (clubs == null) {
            return List.of();
        }
        String key = normalise(name);
        List<GazetteerEntry> full = clubs.lookup(key);
        List<GazetteerEntry> town = clubs.lookupShort(key);
        if (town.isEmpty()) {
            return full;
        }
        List<GazetteerEntry> out = new ArrayList<>(full);
        town.stream().filter(e -> !full.contains(e)).forEach(out::add);
        return List.copyOf(out);
    }

    /** Entries one of whose names matches {@code name}, ignoring case, accents, a leading "the" and "al-". */
    public List<GazetteerEntry> lookup(String name) {
        return lookupKey(normalise(name));
    }

    /** Like {@link #lookup}, for a key from {@link #normalise}, so a caller holding one need not normalise again. */
    public List<GazetteerEntry> lookupKey(String key) {
        List<GazetteerEntry> own = byName.getOrDefault(key, List.of());
        if (layers.isEmpty()) {
            return own;
        }
        List<List<GazetteerEntry>> more = new ArrayList<>(layers.size());
        for (CompactLayer l : layers) {
            more.add(l.lookup(key));
        }
        return merge(own, more);
    }

    /**
     * Every layer's hits, most popular first: a QID the hand-checked layer has is its own; a QID several compact
     * layers give is their one merged row (or nothing, from a layer whose row was ignored: see {@link LayerOverlap}).
     */
    private List<GazetteerEntry> merge(List<GazetteerEntry> own, List<List<GazetteerEntry>> more) {
        List<GazetteerEntry> only = null;
        int lists = own.isEmpty() ? 0 : 1;
        for (List<GazetteerEntry> m : more) {
            if (!m.isEmpty()) {
                lists++;
                only = m;
            }
        }
        if (lists == 0 || lists == 1 && only == null) {
            return own;
        }
        if (lists == 1 && only != null && only.stream().noneMatch(e -> overlap.shared(e.qid()))) {
            return only; // one compact layer's hits, already most popular first
        }
        List<GazetteerEntry> out = new ArrayList<>(own);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (List<GazetteerEntry> m : more) {
            for (GazetteerEntry hit : m) {
                GazetteerEntry e = overlap.resolve(hit);
                if (e != null && !byQid.containsKey(e.qid()) && seen.add(e.qid())) {
                    out.add(e);
                }
            }
        }
        return byPrior(out);
    }

    /** Every entry (for an open-data layer, parsed on first call: meant for whole-gazetteer work, not lookups). */
    public List<GazetteerEntry> entries() {
        if (layers.isEmpty()) {
            return entries;
        }
        List<GazetteerEntry> all = allEntries;
        if (all == null) {
            List<GazetteerEntry> out = new ArrayList<>(size());
            out.addAll(entries);
            java.util.Set<String> shared = new java.util.HashSet<>();
            for (CompactLayer l : layers) {
                for (GazetteerEntry e : l.entries()) {
                    if (!overlap.shared(e.qid())) {
                        out.add(e);
                    } else if (shared.add(e.qid())) {
                        out.add(overlap.byQid(e.qid()));
                    }
                }
            }
            all = List.copyOf(out);
            allEntries = all;
        }
        return all;
    }

    /** Every layer's entries, made on the first call to {@link #entries()}. */
    private volatile List<GazetteerEntry> allEntries;

    /** How many entries: the hand-checked ones and one per QID of the compact layers. */
    public int size() {
        int n = entries.size();
        for (CompactLayer l : layers) {
            n += l.size();
        }
        return n - overlap.repeated();
    }

    // Precompiled: String.replaceAll compiles its pattern on every call, and normalise runs for every candidate name.
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DOTS_APOSTROPHES = Pattern.compile("[.\\u2019']");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LEADING_THE = Pattern.compile("^the ");
    private static final Pattern ARTICLES = Pattern.compile("\\b(al|el| al) ");

    /**
     * Whether one name's words, once normalised, contain the other's ("New York" and "New York City"): two sources
     * giving one QID these names agree on what it is; names that share nothing mean one source is wrong.
     */
    public static boolean related(String a, String b) {
        String x = " " + normalise(a) + " ";
        String y = " " + normalise(b) + " ";
        return !x.isBlank() && !y.isBlank() && (x.contains(y) || y.contains(x));
    }

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
        return saints(s.contains("al ") || s.contains("el ") ? ARTICLES.matcher(s).replaceAll("") : s);
    }

    /**
     * "St. Petersburg" and "Saint Petersburg", "Ste. Foy" and "Sainte-Foy" are one name: "st" and "ste" become
     * "saint" and "sainte", except as the last word ("Main St" is a street).
     */
    private static String saints(String s) {
        if (!s.startsWith("st") && !s.contains(" st")) {
            return s;
        }
        String[] w = s.split(" ");
        boolean changed = false;
        for (int i = 0; i < w.length - 1; i++) {
            if (w[i].equals("st") || w[i].equals("ste")) {
                w[i] = w[i].equals("st") ? "saint" : "sainte";
                changed = true;
            }
        }
        return changed ? String.join(" ", w) : s;
    }

    /** The key by the full Unicode path: decomposed, marks and punctuation dropped, articles removed. */
    static String fullKey(String name) {
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        s = s.toLowerCase(Locale.ROOT).replace('’', '\'');
        s = NON_WORD.matcher(DOTS_APOSTROPHES.matcher(s).replaceAll("")).replaceAll(" ").trim();
        s = LEADING_THE.matcher(s).replaceAll("");
        s = ARTICLES.matcher(s).replaceAll("");
        return saints(s);
    }
}
