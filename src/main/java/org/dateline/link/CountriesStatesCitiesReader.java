package org.dateline.link;

import static org.dateline.link.OpenDataFiles.num;
import static org.dateline.link.OpenDataFiles.str;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.atlas.json.JsonObject;
import org.dateline.model.EntityType;

/**
 * The Countries States Cities Database (dr5hn/countries-states-cities-database, ODbL 1.0): first-level
 * divisions from {@code states.csv}, and cities and counties from the per-country JSON files of its
 * {@code contributions/} folder, each with its {@code wikiDataId}, country code, coordinates and, where
 * known, population. Rows without a Wikidata id are skipped.
 */
final class CountriesStatesCitiesReader implements OpenDataSource {
    static final String FOLDER = "countries-states-cities";

    @Override
    public String folder() {
        return FOLDER;
    }

    @Override
    public void read(Path dir, Map<String, String> countries, OpenDataRows rows) throws IOException {
        Map<String, Double> countryPopulations = new HashMap<>();
        for (Path f : OpenDataFiles.files(dir, "countries.csv")) {
            readCountryPopulations(f, countryPopulations);
        }
        for (Path f : OpenDataFiles.files(dir, "states.csv")) {
            readStates(f, dir, countries, countryPopulations, rows);
        }
        for (Path f : OpenDataFiles.files(dir, ".json")) {
            String rel = OpenDataFiles.relative(dir, f);
            if (rel.contains("counties/")) {
                readPlaces(f, rel, "county", countries, rows);
            } else if (rel.contains("cities/")) {
                readPlaces(f, rel, "city", countries, rows);
            }
        }
    }

    /**
     * First-level divisions. The file gives some records another record's population or QID: the three records named
     * "Florida" (a US state, a department of Uruguay, a municipality of Puerto Rico) all hold the state's population,
     * and the municipality the state's QID. A population that is not below its country's ({@code countries.csv}
     * beside the file, when there) is no division's own: it is left out, and the record, when the file gives its QID
     * to another record too, is the one that holds it by mistake and is skipped.
     */
    private static void readStates(Path f, Path dir, Map<String, String> countries,
                                   Map<String, Double> countryPopulations, OpenDataRows rows) throws IOException {
        String source = FOLDER + "/" + OpenDataFiles.relative(dir, f);
        List<CSVRecord> records = records(f);
        Map<String, Integer> recordsOfQid = new HashMap<>();
        for (CSVRecord rec : records) {
            if (!rec.isMapped("wikiDataId") || !rec.isMapped("name")) {
                throw new IOException(f + ":" + rec.getRecordNumber()
                        + ": expected the columns name, country_code, wikiDataId, latitude, longitude");
            }
            recordsOfQid.merge(rec.get("wikiDataId"), 1, Integer::sum);
        }
        for (CSVRecord rec : records) {
            double pop = parse(rec.isMapped("population") ? rec.get("population") : "");
            Double ofCountry = countryPopulations.get(rec.get("country_code"));
            if (ofCountry != null && pop >= ofCountry) {
                if (recordsOfQid.get(rec.get("wikiDataId")) > 1) {
                    continue;
                }
                pop = 0;
            }
            // A first-level division (a US state, a province) is what its name usually means in the news.
            rows.offer(new OpenDataRows.Offer(source, rec.get("wikiDataId"), rec.get("name"), EntityType.PLACE,
                    "region", countries.getOrDefault(rec.get("country_code"), ""), List.of(), List.of(),
                    coordinate(rec, "latitude"), coordinate(rec, "longitude"),
                    Math.max(0.6, Popularity.population(pop))));
        }
    }

    /** Each country's population by its ISO 3166-1 alpha-2 code ({@code iso2}), where the file gives one. */
    private static void readCountryPopulations(Path f, Map<String, Double> out) throws IOException {
        for (CSVRecord rec : records(f)) {
            if (!rec.isMapped("iso2") || !rec.isMapped("population")) {
                throw new IOException(f + ":" + rec.getRecordNumber() + ": expected the columns iso2 and population");
            }
            double pop = parse(rec.get("population"));
            if (pop > 0) {
                out.put(rec.get("iso2"), pop);
            }
        }
    }

    /** The records of a CSV file with a header line. */
    private static List<CSVRecord> records(Path f) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            return format.parse(r).getRecords();
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new IOException(f + ": not a CSV file with a header line (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Cities or counties of one file. The file gives some places of one name the population of the best known of them
     * (San Antonio in Puerto Rico holds San Antonio, Texas's 1.4 million; the Bloomingtons of Indiana and Illinois
     * share one figure): a population that several records of one name and different QIDs hold is no record's own
     * and is left out, so the prior comes from the other sources that give that QID one.
     */
    private static void readPlaces(Path f, String rel, String subtype, Map<String, String> countries,
                                   OpenDataRows rows) throws IOException {
        String source = FOLDER + "/" + rel;
        List<JsonObject> places = OpenDataFiles.objects(OpenDataFiles.parse(f));
        Map<String, Set<String>> qidsOfNameAndPopulation = new HashMap<>();
        for (JsonObject c : places) {
            Double pop = num(c, "population");
            if (pop != null && pop > 0) {
                qidsOfNameAndPopulation.computeIfAbsent(str(c, "name") + "\t" + pop, k -> new HashSet<>())
                        .add(str(c, "wikiDataId"));
            }
        }
        for (JsonObject c : places) {
            Double pop = num(c, "population");
            if (pop != null && qidsOfNameAndPopulation.getOrDefault(str(c, "name") + "\t" + pop, Set.of()).size() > 1) {
                pop = null;
            }
            double prior = subtype.equals("county") ? 0.3 : Popularity.population(pop == null ? 0 : pop);
            rows.offer(new OpenDataRows.Offer(source, str(c, "wikiDataId"), str(c, "name"), EntityType.PLACE, subtype,
                    countries.getOrDefault(str(c, "country_code"), ""), List.of(), List.of(),
                    num(c, "latitude"), num(c, "longitude"), prior));
        }
    }

    private static Double coordinate(CSVRecord rec, String column) {
        if (!rec.isMapped(column)) {
            return null;
        }
        double d = parse(rec.get(column));
        return d == 0 && rec.get(column).isBlank() ? null : d;
    }

    private static double parse(String s) {
        try {
            return s == null || s.isBlank() ? 0 : Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
