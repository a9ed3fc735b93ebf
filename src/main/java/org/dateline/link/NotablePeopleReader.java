package org.dateline.link;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dateline.model.EntityType;

/**
 * Notable people of the cross-verified database of Laouenan et al. ("A cross-verified database of notable
 * people, 3500BC-2018AD", Scientific Data 2022; CC BY-SA), as its project site aggregates them in
 * {@code top.csv.gz} (GitHub medialab/bhht-datascape): the 10,000 most notable people by the database's
 * ranking, with the Wikidata QID it states ({@code wikidata_code}), the English Wikipedia title it names them
 * by, and a coarse domain. Rows ranked below 10,000 (the file also keeps everyone born by 500 AD) are left
 * out; so are one-word names ("Sting", "Confucius", "David"): a story's lone word is far more often a given
 * name, a surname or a common word than that person. The title's qualifier is dropped ("Tom Jones (singer)"
 * is "Tom Jones"), so people the database tells apart only by it share a name, which the linker then leaves
 * unlinked unless their fame differs by far. The database gives no other names and no country a story would
 * print, so rows have no aliases, short names or country. Read by {@link NotablePeopleImporter} into a layer of
 * its own (its licence is not the open-data layer's), with the same row merging as the open-data sources.
 */
final class NotablePeopleReader implements OpenDataSource {
    static final String FOLDER = "notable-people";
    /** The database's ranks past which the file keeps only people born by 500 AD. */
    static final int MAX_RANK = 10_000;
    private static final Pattern QUALIFIER = Pattern.compile("\\s*\\([^()]*\\)$");

    @Override
    public String folder() {
        return FOLDER;
    }

    @Override
    public void read(Path dir, Map<String, String> countries, OpenDataRows rows) throws IOException {
        for (Path f : OpenDataFiles.files(dir, ".csv", ".csv.gz")) {
            readFile(f, source(dir, f), rows);
        }
    }

    private static void readFile(Path f, String source, OpenDataRows rows) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (InputStream in = open(f); Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : format.parse(r)) {
                if (!rec.isMapped("wikidata_code") || !rec.isMapped("name") || !rec.isMapped("ranking")) {
                    throw new IOException(f + ":" + rec.getRecordNumber()
                            + ": expected the columns wikidata_code, name and ranking (the BHHT top.csv layout)");
                }
                double rank = number(rec.get("ranking"));
                String name = name(rec.get("name"));
                if (!(rank >= 1 && rank <= MAX_RANK) || !name.contains(" ")) {
                    continue;
                }
                rows.offer(new OpenDataRows.Offer(source, rec.get("wikidata_code"), name, EntityType.PERSON,
                        domain(rec.isMapped("occupation") ? rec.get("occupation") : ""), "", List.of(), List.of(),
                        null, null, Popularity.rank(rank)));
            }
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new IOException(f + ": not a CSV file with a header line (" + e.getMessage() + ")", e);
        }
    }

    private static InputStream open(Path f) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(f), 1 << 16);
        return f.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
    }

    /** The name an English Wikipedia title gives: underscores as spaces, without its qualifier. */
    static String name(String title) {
        String s = title == null ? "" : title.replace('_', ' ').strip();
        return QUALIFIER.matcher(s).replaceFirst("").strip();
    }

    /** The database's domain as a subtype ("Discovery/Science" is "discovery-science"); none for "Missing". */
    private static String domain(String occupation) {
        String s = occupation.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() || s.equals("missing") ? "notable-person" : s;
    }

    private static double number(String s) {
        try {
            return s == null || s.isBlank() ? Double.NaN : Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
