package org.dateline.knowledge;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;


/**
 * A large gazetteer layer kept as the bytes of its two files and read row by row when asked, so loading
 * costs no more than inflating them: the rows ({@code open-data.tsv.gz}, the gazetteer format, sorted by
 * QID) and their name index ({@code open-data.keys.gz}: one line per normalised name, {@code n} for full
 * names and {@code s} for short names, then the rows it names, most popular first; lines sorted by their
 * UTF-8 bytes). A name is found by binary search over the index, a QID by binary search over the rows;
 * a row is parsed the first time it is asked for. Thread-safe.
 */
public final class CompactLayer {
    private final byte[] rows;
    private final int[] rowStarts;
    private final long[] qids;
    private final byte[] keys;
    private final int[] keyStarts;
    private final AtomicReferenceArray<GazetteerEntry> parsed;
    private final Map<String, String> shared = new ConcurrentHashMap<>();
    private final String file;
    private volatile List<GazetteerEntry> all;

    private CompactLayer(byte[] rows, byte[] keys, String file) throws IOException {
        this.rows = rows;
        this.keys = keys;
        this.file = file;
        int[] starts = lineStarts(rows);
        // The first line is the header.
        this.rowStarts = Arrays.copyOfRange(starts, 1, starts.length);
        this.keyStarts = lineStarts(keys);
        this.qids = new long[rowStarts.length];
        for (int i = 0; i < rowStarts.length; i++) {
            qids[i] = qidNumber(rowStarts[i]);
            if (i > 0 && qids[i] <= qids[i - 1]) {
                throw new IOException(file + ":" + (i + 2) + ": rows must be sorted by QID number (rebuild the file)");
            }
        }
        this.parsed = new AtomicReferenceArray<>(rowStarts.length);
    }

    /** Reads a layer from its rows and index streams (gzipped), closing them. */
    public static CompactLayer read(InputStream rowsGz, InputStream keysGz, String file) throws IOException {
        try (InputStream r = new GZIPInputStream(rowsGz, 1 << 16); InputStream k = new GZIPInputStream(keysGz, 1 << 16)) {
            return new CompactLayer(r.readAllBytes(), k.readAllBytes(), file);
        }
    }

    /** The index file that belongs to a rows file ({@code x.tsv.gz} → {@code x.keys.gz}). */
    public static String keysFileOf(String rowsFile) {
        return rowsFile.replaceAll("\\.tsv\\.gz$", "") + ".keys.gz";
    }

    public int size() {
        return rowStarts.length;
    }

    /** Entries with the full name {@code key}, most popular first. */
    public List<GazetteerEntry> lookup(String key) {
        return find('n', key);
    }

    /** Entries with the short name {@code key}, most popular first. */
    public List<GazetteerEntry> lookupShort(String key) {
        return find('s', key);
    }

    public GazetteerEntry byQid(String qid) {
        if (qid == null || qid.length() < 2 || qid.charAt(0) != 'Q') {
            return null;
        }
        long n;
        try {
            n = Long.parseLong(qid, 1, qid.length(), 10);
        } catch (NumberFormatException e) {
            return null;
        }
        int i = Arrays.binarySearch(qids, n);
        return i < 0 ? null : row(i);
    }

    /** Whether a row has the QID of number {@code n} ({@code Q42} is 42), without parsing any row. */
    boolean hasQid(long n) {
        return Arrays.binarySearch(qids, n) >= 0;
    }

    /** The number of the QID of row {@code i} (0-based, in file order). */
    long qidAt(int i) {
        return qids[i];
    }

    /** Every entry, parsed once on first use (reconciliation's fuzzy matching reads them all). */
    List<GazetteerEntry> entries() {
        List<GazetteerEntry> a = all;
        if (a == null) {
            List<GazetteerEntry> out = new ArrayList<>(size());
            for (int i = 0; i < size(); i++) {
                out.add(row(i));
            }
            a = List.copyOf(out);
            all = a;
        }
        return a;
    }

    private List<GazetteerEntry> find(char kind, String key) {
        if (key.isEmpty()) {
            return List.of();
        }
        byte[] q = (kind + "\t" + key + "\t").getBytes(StandardCharsets.UTF_8);
        int lo = 0;
        int hi = keyStarts.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(keyStarts[mid], q);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return rowsAt(keyStarts[mid] + q.length);
            }
        }
        return List.of();
    }

    /** Compares the index line at {@code start} with {@code q} over {@code q}'s length, bytes unsigned. */
    private int compare(int start, byte[] q) {
        for (int i = 0; i < q.length; i++) {
            int p = start + i;
            int a = p < keys.length && keys[p] != '\n' ? keys[p] & 0xff : -1;
            int c = Integer.compare(a, q[i] & 0xff);
            if (c != 0 || a == -1) {
                return a == -1 ? -1 : c;
            }
        }
        return 0;
    }

    private List<GazetteerEntry> rowsAt(int p) {
        List<GazetteerEntry> out = new ArrayList<>(2);
        int n = 0;
        boolean digits = false;
        for (; p <= keys.length; p++) {
            byte b = p < keys.length ? keys[p] : (byte) '\n';
            if (b >= '0' && b <= '9') {
                n = n * 10 + (b - '0');
                digits = true;
            } else {
                if (digits) {
                    out.add(row(n));
                }
                n = 0;
                digits = false;
                if (b == '\n') {
                    break;
                }
            }
        }
        return List.copyOf(out);
    }

    /** Row {@code i} (0-based, in file order), parsed on first use. */
    GazetteerEntry row(int i) {
        GazetteerEntry e = parsed.get(i);
        if (e == null) {
            int start = rowStarts[i];
            int end = i + 1 < rowStarts.length ? rowStarts[i + 1] - 1 : lineEnd(rows, start);
            String line = new String(rows, start, end - start, StandardCharsets.UTF_8);
            try {
                e = Gazetteer.parseRow(line, shared);
            } catch (IOException x) {
                throw new IllegalStateException(file + ":" + (i + 2) + ": " + x.getMessage(), x);
            }
            parsed.compareAndSet(i, null, e);
            e = parsed.get(i);
        }
        return e;
    }

    private long qidNumber(int start) throws IOException {
        if (rows[start] != 'Q') {
            throw new IOException(file + ": a row does not start with a QID");
        }
        long n = 0;
        for (int p = start + 1; p < rows.length && rows[p] != '\t'; p++) {
            n = n * 10 + (rows[p] - '0');
        }
        return n;
    }

    private static int lineEnd(byte[] b, int start) {
        int p = start;
        while (p < b.length && b[p] != '\n') {
            p++;
        }
        return p;
    }

    private static int[] lineStarts(byte[] b) {
        int n = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n' && i + 1 < b.length) {
                n++;
            }
        }
        int[] out = new int[b.length == 0 ? 0 : n + 1];
        int k = 0;
        if (b.length > 0) {
            out[k++] = 0;
        }
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n' && i + 1 < b.length) {
                out[k++] = i + 1;
            }
        }
        return out;
    }

    /**
     * Writes the name index of {@code entries} (in the order they were written to the rows file) to
     * {@code file}, gzipped; deterministic for the same entries.
     */
    public static void writeKeys(List<GazetteerEntry> entries, Path file) throws IOException {
        Map<String, List<Integer>> index = new TreeMap<>();
        for (int i = 0; i < entries.size(); i++) {
            GazetteerEntry e = entries.get(i);
            List<String> full = new ArrayList<>();
            full.add(e.label());
            full.addAll(e.aliases());
            for (String name : full) {
                add(index, "n\t" + Gazetteer.computeKey(name), i);
            }
            for (String name : e.shortNames()) {
                add(index, "s\t" + Gazetteer.computeKey(name), i);
            }
        }
        List<Map.Entry<String, byte[]>> lines = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> m : index.entrySet()) {
            lines.add(Map.entry(m.getKey(), (m.getKey() + "\t").getBytes(StandardCharsets.UTF_8)));
        }
        lines.sort(Comparator.comparing(Map.Entry::getValue, Arrays::compareUnsigned));
        try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), 1 << 16)) {
            for (Map.Entry<String, byte[]> line : lines) {
                List<Integer> rowsOf = new ArrayList<>(index.get(line.getKey()));
                rowsOf.sort(Comparator.comparingDouble((Integer r) -> -entries.get(r).prior()).thenComparingInt(r -> r));
                StringBuilder b = new StringBuilder();
                for (int r : rowsOf) {
                    b.append(b.length() == 0 ? "" : ",").append(r);
                }
                out.write(line.getValue());
                out.write(b.append('\n').toString().getBytes(StandardCharsets.US_ASCII));
            }
        }
    }

    private static void add(Map<String, List<Integer>> index, String key, int row) {
        if (key.length() <= 2) {
            return; // the name normalised to nothing
        }
        List<Integer> rowsOf = index.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!rowsOf.contains(row)) {
            rowsOf.add(row);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (%d rows)", file, size());
    }

}
