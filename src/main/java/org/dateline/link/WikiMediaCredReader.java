package org.dateline.link;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dateline.model.EntityType;

/**
 * US newspapers of Wiki Media Cred (hearvox/wiki-media-cred, CC0): {@code wikipedia-us-newspapers.tsv}, the
 * English Wikipedia's lists of newspapers by state, each linked article with its title and Wikidata QID
 * (columns WP-title, state, pageid, path, qid). A list entry without an article has no QID and is skipped.
 * The title is the article's, so a paper listed under its publisher's article ("Anton Media Group") gives
 * the publisher, named as such.
 */
final class WikiMediaCredReader implements OpenDataSource {
    static final String FOLDER = "wiki-media-cred";
    /**
     * The source says nothing of fame, and most of its papers are local: a newspaper's name links when the
     * article's countries include the United States, not on the name alone (see {@code CandidateScorer}).
     */
    static final double PRIOR = 0.3;
    /**
     * A paper whose article title Wikipedia had to qualify ("The Times (Shreveport)") shares its name with
     * something better known, by Wikipedia's own judgement: its name alone never links it.
     */
    static final double QUALIFIED_PRIOR = 0.1;
    /** Wikipedia's disambiguation of a title ("The Southern Star (Alabama)", "Lagniappe (newspaper)"). */
    private static final Pattern QUALIFIER = Pattern.compile("\\s*\\([^()]*\\)$");

    @Override
    public String folder() {
        return FOLDER;
    }

    @Override
    public void read(Path dir, Map<String, String> countries, OpenDataRows rows) throws IOException {
        String us = countries.getOrDefault("US", "");
        CSVFormat format = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).get();
        for (Path f : OpenDataFiles.files(dir, "wikipedia-us-newspapers.tsv")) {
            String source = source(dir, f);
            Set<String> seen = new HashSet<>(); // a publisher's article is listed once for each of its papers
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                for (CSVRecord rec : format.parse(r)) {
                    if (!rec.isMapped("WP-title") || !rec.isMapped("qid")) {
                        throw new IOException(f + ":" + (rec.getRecordNumber() + 1)
                                + ": expected the tab-separated columns WP-title, state, pageid, path, qid");
                    }
                    String qid = rec.isSet("qid") ? rec.get("qid").strip() : "";
                    if (qid.isEmpty() || !seen.add(qid)) {
                        continue;
                    }
                    String title = rec.get("WP-title");
                    String label = QUALIFIER.matcher(title).replaceAll("");
                    rows.offer(new OpenDataRows.Offer(source, qid, label, EntityType.ORGANIZATION, "newspaper", us,
                            List.of(), List.of(), null, null, label.equals(title) ? PRIOR : QUALIFIED_PRIOR));
                }
            } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
                throw new IOException(f + ": not a tab-separated file with a header line (" + e.getMessage() + ")", e);
            }
        }
    }
}
