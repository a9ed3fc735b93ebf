package org.dateline.link;

import org.dateline.knowledge.Gazetteer;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.dateline.knowledge.GazetteerEntry;

/**
 * Writes gazetteer rows in the tab-separated format {@link Gazetteer} reads (see
 * {@code data/gazetteer/README.md}). Streaming: rows can be written one by one as a dump is read.
 */
public final class GazetteerWriter implements AutoCloseable {
    /** The header line; the eleventh column, short names, is optional when reading. */
    public static final String HEADER =
            "qid\tlabel\ttype\tsubtype\tcountry\taliases\tlatitude\tlongitude\tprior\tsource\tshort_names";

    private final Writer out;
    private long rows;

    private GazetteerWriter(Writer out) throws IOException {
        this.out = out;
        out.write(HEADER);
        out.write('\n');
    }

    /**
     * Opens {@code file} for writing (creating its folder), header included; gzipped when its name ends in
     * {@code .gz} (the gzip header carries no time stamp, so equal rows give equal bytes).
     */
    public static GazetteerWriter create(Path file) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        if (file.toString().endsWith(".gz")) {
            OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), 1 << 16);
            return new GazetteerWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
        }
        return new GazetteerWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    /** Writes to an open writer (not closed by {@link #close()} unless it is the only owner). */
    public static GazetteerWriter to(Writer out) throws IOException {
        return new GazetteerWriter(out);
    }

    public void write(GazetteerEntry e) throws IOException {
        out.write(String.join("\t", e.qid(), cell(e.label()), e.type().name().toLowerCase(Locale.ROOT),
                cell(e.subtype()), cell(e.country()), list(e.aliases()), coord(e.latitude()), coord(e.longitude()),
                String.format(Locale.ROOT, "%.2f", e.prior()), cell(e.source()), list(e.shortNames())));
        out.write('\n');
        rows++;
    }

    public long rows() {
        return rows;
    }

    private static String coord(Double d) {
        return d == null ? "" : String.format(Locale.ROOT, "%.5f", d);
    }

    private static String list(java.util.List<String> items) {
        return String.join("|", items.stream().map(GazetteerWriter::cell).map(s -> s.replace('|', '/')).toList());
    }

    /** Tabs and line breaks would break the row; names never need them. */
    private static String cell(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ").strip();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
