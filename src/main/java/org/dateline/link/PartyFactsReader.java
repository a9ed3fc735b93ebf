package org.dateline.link;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dateline.model.EntityType;

/**
 * Party Facts (hdigital/partyfactsdata, MIT): political parties with the Wikidata id its Wikipedia import
 * states ({@code import/wikipedia/wikidata.csv}: country, partyfacts_id, wikidata_id, name, name_short,
 * name_native), their country (ISO 3166-1 alpha-3) and, from {@code wikipedia.csv} of the same import when it
 * is there, whether the party was dissolved. Several Party Facts ids may share a QID; they make one row.
 */
final class PartyFactsReader implements OpenDataSource {
    static final String FOLDER = "partyfacts";
    /** A party of today, as EveryPolitician's parties. */
    static final double ACTIVE_PRIOR = 0.5;
    /** A dissolved party ("Whig Party"): news names it less often than a party of today of the same name. */
    static final double DISSOLVED_PRIOR = 0.3;

    @Override
    public String folder() {
        return FOLDER;
    }

    /** What the rows of one QID say together. */
    private static final class Party {
        String source;
        String label;
        String country;
        boolean active;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> shortNames = new LinkedHashSet<>();
    }

    @Override
    public void read(Path dir, Map<String, String> countries, OpenDataRows rows) throws IOException {
        for (Path f : OpenDataFiles.files(dir, "wikidata.csv")) {
            Map<String, Boolean> dissolved = dissolved(f.resolveSibling("wikipedia.csv"));
            String source = source(dir, f);
            Map<String, Party> parties = new TreeMap<>();
            for (CSVRecord rec : records(f, "country", "partyfacts_id", "wikidata_id", "name")) {
                String qid = rec.get("wikidata_id").strip();
                if (qid.isEmpty()) {
                    continue;
                }
                Party p = parties.computeIfAbsent(qid, q -> new Party());
                if (p.label == null) {
                    p.source = source;
                    p.label = rec.get("name");
                    p.country = countries.getOrDefault(rec.get("country").strip(), "");
                } else if (!rec.get("name").equals(p.label)) {
                    p.aliases.add(rec.get("name"));
                }
                if (rec.isMapped("name_native")) {
                    p.aliases.add(rec.get("name_native"));
                }
                if (rec.isMapped("name_short")) {
                    p.shortNames.addAll(abbreviations(rec.get("name_short")));
                }
                // Without wikipedia.csv nothing says a party was dissolved.
                p.active |= !dissolved.getOrDefault(rec.get("partyfacts_id").strip(), false);
            }
            for (Map.Entry<String, Party> e : parties.entrySet()) {
                Party p = e.getValue();
                p.aliases.remove(p.label);
                rows.offer(new OpenDataRows.Offer(p.source, e.getKey(), p.label, EntityType.ORGANIZATION,
                        "political-party", p.country, List.copyOf(p.aliases), List.copyOf(p.shortNames), null, null,
                        p.active ? ACTIVE_PRIOR : DISSOLVED_PRIOR));
            }
        }
    }

    /**
     * The abbreviations a {@code name_short} value states. A value holds abbreviations ("CDU", "AfD", "CDU/CSU")
     * but also shortened words ("Lab", "Con") that news prints as ordinary words, and some values are lists
     * flattened with slashes ("GOP/Grand/Old/Party"): an abbreviation has at least two capital letters; a
     * value whose slash-separated parts are all abbreviations is one name, otherwise each abbreviation part is.
     */
    static List<String> abbreviations(String nameShort) {
        String v = nameShort == null ? "" : nameShort.strip();
        if (v.isEmpty()) {
            return List.of();
        }
        String[] parts = v.split("\\s*/\\s*");
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            if (isAbbreviation(part)) {
                out.add(part);
            }
        }
        return out.size() == parts.length && parts.length > 1 ? List.of(v) : out;
    }

    private static boolean isAbbreviation(String s) {
        return !s.isBlank() && s.codePoints().filter(Character::isUpperCase).count() >= 2
                && s.codePoints().noneMatch(Character::isWhitespace);
    }

    /** Party Facts id to whether {@code wikipedia.csv} gives a year the party was dissolved; empty when absent. */
    private static Map<String, Boolean> dissolved(Path wikipedia) throws IOException {
        Map<String, Boolean> out = new HashMap<>();
        if (!Files.exists(wikipedia)) {
            return out;
        }
        for (CSVRecord rec : records(wikipedia, "partyfacts_id", "year_dissolved")) {
            out.put(rec.get("partyfacts_id").strip(), !rec.get("year_dissolved").isBlank());
        }
        return out;
    }

    private static List<CSVRecord> records(Path f, String... columns) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            List<CSVRecord> out = format.parse(r).getRecords();
            for (CSVRecord rec : out) {
                for (String c : columns) {
                    if (!rec.isMapped(c) || !rec.isSet(c)) {
                        throw new IOException(f + ":" + (rec.getRecordNumber() + 1) + ": expected the columns "
                                + String.join(", ", columns) + " (Party Facts' import/wikipedia files)");
                    }
                }
            }
            return out;
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new IOException(f + ": not a CSV file with a header line (" + e.getMessage() + ")", e);
        }
    }
}
