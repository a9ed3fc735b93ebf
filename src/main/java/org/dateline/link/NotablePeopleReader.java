package org.dateline.link;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dateline.knowledge.DataFiles;
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
 * print, so rows have no aliases or country; the surname the name ends with is a short name ({@link #surname}),
 * which the linker uses only for a person an article names by surname alone. Read by {@link NotablePeopleImporter}
 * into a layer of its own (its licence is not the open-data layer's), with the same row merging as the open-data
 * sources.
 */
final class NotablePeopleReader implements OpenDataSource {
    static final String FOLDER = "notable-people";
    /** The database's ranks past which the file keeps only people born by 500 AD. */
    static final int MAX_RANK = 10_000;
    private static final Pattern QUALIFIER = Pattern.compile("\\s*\\([^()]*\\)$");
    /** Words after a surname that tell namesakes of one family apart ("Jr.", "III"): not the surname. */
    private static final Pattern GENERATION = Pattern.compile("(?:Jr|Sr)\\.?|[IVX]+");
    /** A surname's particle, printed with it in lower case ("van Gogh", "de Gaulle", "da Silva"). */
    private static final Pattern PARTICLE = Pattern.compile("\\p{Ll}{1,3}");
    /** Titles that open a name with no surname ("Pope Francis", "Queen Victoria"): {@code lexicon/titles.txt}. */
    private static final Set<String> TITLES = Set.copyOf(DataFiles.entries("lexicon/titles.txt"));

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
                        domain(rec.isMapped("occupation") ? rec.get("occupation") : ""), "", List.of(),
                        surname(name).map(List::of).orElse(List.of()), null, null, Popularity.rank(rank)));
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

    /**
     * The surname a person's name ends with, with its lower-case particle ("Gorbachev" of "Mikhail Gorbachev", "van
     * Gogh" of "Vincent van Gogh", "King" of "Martin Luther King Jr."); none for a name that has none: a title and
     * a name ("Pope Francis"), a byname ("Alexander the Great", "Joan of Arc"), an initial.
     */
    static Optional<String> surname(String name) {
        List<String> w = new ArrayList<>(List.of(name.strip().split("\\s+")));
        while (w.size() > 2 && GENERATION.matcher(w.get(w.size() - 1).replace(",", "")).matches()) {
            w.remove(w.size() - 1);
        }
        String last = w.get(w.size() - 1).replace(",", "");
        boolean byname = w.stream().skip(1).anyMatch(x -> x.equals("of") || x.equals("the"));
        if (w.size() < 2 || TITLES.contains(w.get(0)) || byname || last.length() < 2 || last.endsWith(".")
                || GENERATION.matcher(last).matches()
                || !Character.isUpperCase(last.codePointAt(0))) {
            return Optional.empty();
        }
        String before = w.get(w.size() - 2);
        return Optional.of(w.size() > 2 && PARTICLE.matcher(before).matches() ? before + " " + last : last);
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
