package org.dateline.link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.knowledge.GazetteerEntry;

/**
 * Builds the sports-clubs layer ({@code data/gazetteer/sports-clubs.tsv.gz}) from reep's football clubs
 * ({@link SportsClubsReader}). A layer of its own rather than a source of the open-data layer: its 7,000 rows are
 * rebuilt from one small file without the open data's gigabytes of sources, and its names mean a club only in a
 * story of sport. QIDs of the hand-checked reference layer are left to it.
 */
public final class SportsClubsImporter {
    private SportsClubsImporter() { }

    /**
     * Reads {@code dir}'s {@code teams.csv} (reep's {@code data/teams.csv}).
     *
     * @param sources   the build's sources folder, which holds {@value SportsClubsReader#AFFIXES}
     * @param reference the hand-checked rows: their countries name the clubs' countries, and their QIDs are left out
     */
    public static OpenDataImporter.Result importAll(Path dir, Path sources, List<GazetteerEntry> reference)
            throws IOException {
        Path affixes = sources.resolve(SportsClubsReader.AFFIXES);
        if (!Files.isRegularFile(affixes)) {
            throw new IOException(affixes + ": no such file; the club affixes live in data/gazetteer/sources/");
        }
        Set<String> reserved = new HashSet<>();
        reference.forEach(e -> reserved.add(e.qid()));
        OpenDataRows rows = new OpenDataRows(reserved);
        new SportsClubsReader(Files.readAllLines(affixes), countriesByName(reference)).read(dir, Map.of(), rows);
        return new OpenDataImporter.Result(rows.entries(), rows.added(), rows.merged(),
                List.of(SportsClubsReader.FOLDER));
    }

    /** The hand-checked countries and territories by label and alias ("United Kingdom", "Netherlands"). */
    static Map<String, String> countriesByName(List<GazetteerEntry> reference) {
        Map<String, String> out = new HashMap<>();
        for (GazetteerEntry e : reference) {
            if ("country".equals(e.subtype()) || "territory".equals(e.subtype())) {
                out.putIfAbsent(e.label(), e.qid());
                e.aliases().forEach(a -> out.putIfAbsent(a, e.qid()));
            }
        }
        return out;
    }
}
