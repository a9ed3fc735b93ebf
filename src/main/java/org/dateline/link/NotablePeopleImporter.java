package org.dateline.link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.knowledge.Gazetteer;
import org.dateline.knowledge.GazetteerEntry;
import org.dateline.model.EntityType;

/**
 * Builds the notable-people layer ({@code data/gazetteer/notable-people.tsv.gz}) from the cross-verified database
 * of notable people ({@link NotablePeopleReader}). It is a file of its own, not a source of the open-data layer:
 * the database is CC BY-SA and the open-data layer ODbL, two share-alike licences not declared compatible (see
 * {@code data/gazetteer/README.md}). {@code Gazetteer.loadDefault()} merges a QID both layers give as the open-data
 * build merges its sources. QIDs of the hand-checked reference layer are left to it.
 */
public final class NotablePeopleImporter {
    private NotablePeopleImporter() { }

    /**
     * Reads every {@code *.csv} and {@code *.csv.gz} file under {@code dir} (the database's {@code top.csv.gz}) and,
     * when {@code dir} has a {@value SupraverdenReader#FOLDER} folder, the international organisations of Supraverden
     * (CC BY-SA too, so they share this layer's file; the people are read first).
     *
     * @param reference the hand-checked rows, whose QIDs this layer leaves out and whose people it yields to
     */
    public static OpenDataImporter.Result importAll(Path dir, List<GazetteerEntry> reference) throws IOException {
        if (!Files.isDirectory(dir) || OpenDataFiles.files(dir, ".csv", ".csv.gz").isEmpty()) {
            throw new IOException(dir + ": no *.csv or *.csv.gz file found; expected the notable-people database's "
                    + "top.csv.gz (see data/gazetteer/README.md)");
        }
        Set<String> reserved = new HashSet<>();
        reference.forEach(e -> reserved.add(e.qid()));
        OpenDataRows rows = new OpenDataRows(reserved);
        new NotablePeopleReader().read(dir, Map.of(), rows);
        List<String> read = new ArrayList<>(List.of(NotablePeopleReader.FOLDER));
        Path bodies = dir.resolve(SupraverdenReader.FOLDER);
        if (Files.isDirectory(bodies)) {
            new SupraverdenReader().read(bodies, Map.of(), rows);
            read.add(SupraverdenReader.FOLDER);
        }
        return new OpenDataImporter.Result(yieldToCheckedPeople(rows.entries(), reference), rows.added(),
                rows.merged(), read);
    }

    /**
     * People with no country who share a full name with a person of the hand-checked layer yield to them: their
     * prior drops to {@value OpenDataImporter#NAMESAKE_PRIOR}. No article can tell such a row from the checked
     * person by its countries, and the hand-checked layer holds who the name means in the news, so the name links
     * to the checked person where the article supports their country and to neither elsewhere ("Adam Smith" in a
     * story of the US House is the representative, not the economist). People with a country are told apart by
     * the article's countries already.
     */
    static List<GazetteerEntry> yieldToCheckedPeople(List<GazetteerEntry> entries, List<GazetteerEntry> reference) {
        Set<String> checked = new HashSet<>();
        for (GazetteerEntry r : reference) {
            if (r.type() == EntityType.PERSON) {
                OpenDataImporter.names(r, false).forEach(n -> checked.add(Gazetteer.normalise(n)));
            }
        }
        List<GazetteerEntry> out = new ArrayList<>(entries.size());
        for (GazetteerEntry e : entries) {
            boolean namesake = e.type() == EntityType.PERSON && e.country().isEmpty()
                    && e.prior() > OpenDataImporter.NAMESAKE_PRIOR
                    && OpenDataImporter.names(e, false).stream().anyMatch(n -> checked.contains(Gazetteer.normalise(n)));
            out.add(namesake ? new GazetteerEntry(e.qid(), e.label(), e.type(), e.subtype(), e.country(), e.aliases(),
                    e.latitude(), e.longitude(), OpenDataImporter.NAMESAKE_PRIOR, e.source(), e.shortNames()) : e);
        }
        return out;
    }
}
