package org.dateline.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Access to Dateline's knowledge files: lexicons, gazetteer, ontology, example queries. They live
 * in the repository's {@code data/} and {@code ontology/} folders and are packed into the jar under
 * {@code /dateline/}, so the jar works from any folder; {@code -Ddateline.data=DIR} (a folder laid
 * out like the jar's {@code /dateline/}) overrides them without a rebuild.
 */
public final class DataFiles {
    private static final String OVERRIDE = System.getProperty("dateline.data");

    private DataFiles() { }

    /** Opens a knowledge file by its path relative to the data root, e.g. {@code lexicon/titles.txt}. */
    public static InputStream open(String relative) {
        try {
            if (OVERRIDE != null) {
                Path p = Path.of(OVERRIDE, relative);
                if (Files.exists(p)) {
                    return Files.newInputStream(p);
                }
            }
            InputStream in = DataFiles.class.getResourceAsStream("/dateline/" + relative);
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing knowledge file " + relative
                        + " (looked in " + (OVERRIDE == null ? "" : OVERRIDE + " and ") + "the jar's /dateline/)"));
            }
            return in;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open knowledge file " + relative, e);
        }
    }

    public static boolean exists(String relative) {
        if (OVERRIDE != null && Files.exists(Path.of(OVERRIDE, relative))) {
            return true;
        }
        return DataFiles.class.getResource("/dateline/" + relative) != null;
    }

    /** All lines of a UTF-8 knowledge file. */
    public static List<String> lines(String relative) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(relative), StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read knowledge file " + relative, e);
        }
    }

    /**
     * The entries of a list file: one per line, trimmed, with blank lines and {@code #} comments left out.
     */
    public static List<String> entries(String relative) {
        return lines(relative).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** The words of a word-list file: its entries split at spaces (several words may share a line). */
    public static java.util.Set<String> words(String relative) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String line : entries(relative)) {
            out.addAll(List.of(line.split("\\s+")));
        }
        return java.util.Set.copyOf(out);
    }

    /**
     * The values of a "kind: value" rule file, by kind, each in file order (unmodifiable); {@code allowed} lists
     * the kinds the file may use, and an entry of another kind fails loudly rather than silently matching nothing.
     */
    public static Map<String, List<String>> rules(String relative, String... allowed) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String kind : allowed) {
            out.put(kind, new ArrayList<>());
        }
        for (String entry : entries(relative)) {
            int colon = entry.indexOf(':');
            String kind = colon < 0 ? "" : entry.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            if (!out.containsKey(kind)) {
                throw new IllegalStateException("knowledge file " + relative + ": unknown rule \"" + entry
                        + "\"; expected one of " + out.keySet() + " followed by ':'");
            }
            out.get(kind).add(entry.substring(colon + 1).strip());
        }
        out.replaceAll((kind, values) -> List.copyOf(values));
        return Collections.unmodifiableMap(out);
    }

    /** The whole of a UTF-8 knowledge file. */
    public static String text(String relative) {
        try (InputStream in = open(relative)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read knowledge file " + relative, e);
        }
    }
}
