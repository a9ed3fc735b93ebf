package org.dateline.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.knowledge.CompactLayer;
import org.dateline.knowledge.Gazetteer;
import org.dateline.knowledge.GazetteerEntry;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compact layers side by side, as {@code Gazetteer.loadDefault()} reads the open-data and notable-people files: a
 * QID both give is one entry, merged as the open-data build merges its sources.
 */
class LayeredGazetteerTest {
    @TempDir
    static Path dir;
    private static Gazetteer layered;

    private static GazetteerEntry person(String qid, String label, String subtype, String country, double prior,
                                         String source) {
        return new GazetteerEntry(qid, label, EntityType.PERSON, subtype, country, List.of(), null, null, prior, source);
    }

    private static CompactLayer layer(String name, List<GazetteerEntry> given) throws IOException {
        List<GazetteerEntry> rows = given.stream()
                .sorted(java.util.Comparator.comparingLong(e -> Long.parseLong(e.qid().substring(1)))).toList();
        Path tsv = dir.resolve(name + ".tsv.gz");
        Path keys = dir.resolve(name + ".keys.gz");
        try (GazetteerWriter w = GazetteerWriter.create(tsv)) {
            for (GazetteerEntry e : rows) {
                w.write(e);
            }
        }
        OpenDataImporter.writeKeys(rows, keys);
        return CompactLayer.read(Files.newInputStream(tsv), Files.newInputStream(keys), name);
    }

    @BeforeAll
    static void load() throws IOException {
        Gazetteer checked = Gazetteer.of(List.of(person("Q1", "Adam Smith", "us-representative", "Q30", 0.6, "checked")));
        CompactLayer open = layer("open", List.of(
                person("Q1", "Adam Smith", "politician", "Q30", 0.5, "open/a"),
                person("Q182642", "John Glenn, Jr.", "politician", "Q30", 0.5, "everypolitician/us"),
                new GazetteerEntry("Q5582", "North Vancouver", EntityType.PLACE, "city", "Q16", List.of(), 49.3, -123.1,
                        0.1, "whosonfirst/ca"),
                person("Q77", "Jane Doe", "politician", "Q30", 0.5, "everypolitician/us")));
        CompactLayer people = layer("people", List.of(
                person("Q182642", "John Glenn", "discovery-science", "", 0.67, "notable-people/top.csv.gz"),
                person("Q5582", "Vincent van Gogh", "culture", "", 0.79, "notable-people/top.csv.gz"),
                person("Q77", "Lady Gaga", "culture", "", 0.7, "notable-people/top.csv.gz"),
                person("Q2263", "Tom Hanks", "culture", "", 0.67, "notable-people/top.csv.gz")));
        layered = Gazetteer.withLayers(checked, List.of(open, people));
    }

    @Test
    void aQidBothLayersGiveIsTheFirstLayersRowWithTheHigherPriorAndBothNames() {
        GazetteerEntry glenn = layered.byQid("Q182642").orElseThrow();
        assertEquals("John Glenn, Jr.", glenn.label(), "the open-data layer comes first");
        assertEquals("Q30", glenn.country());
        assertEquals("politician", glenn.subtype());
        assertEquals(0.67, glenn.prior(), "the notable-people rank's higher prior");
        assertEquals(List.of("John Glenn"), glenn.aliases());
        assertEquals("everypolitician/us; notable-people/top.csv.gz", glenn.source());
        assertEquals(List.of(glenn), layered.lookup("John Glenn"));
        assertEquals(List.of(glenn), layered.lookup("John Glenn Jr"));
    }

    @Test
    void aLaterRowOfAnotherTypeOrAnUnrelatedNameIsIgnored() {
        assertEquals(List.of(), layered.lookup("Vincent van Gogh"), "a town given a painter's QID");
        assertEquals("North Vancouver", layered.byQid("Q5582").orElseThrow().label());
        assertEquals(List.of(), layered.lookup("Lady Gaga"), "a name that shares nothing with the first row's");
        assertEquals(0.5, layered.byQid("Q77").orElseThrow().prior());
    }

    @Test
    void theHandCheckedRowAndTheOtherRowsStandAsTheyAre() {
        assertEquals("checked", layered.byQid("Q1").orElseThrow().source());
        assertEquals(List.of("checked"), layered.lookup("Adam Smith").stream().map(GazetteerEntry::source).toList());
        assertEquals("Q2263", layered.lookup("Tom Hanks").get(0).qid());
    }

    @Test
    void everyEntryOnceAndTheSizeCountsEachQidOnce() {
        List<GazetteerEntry> all = layered.entries();
        assertEquals(layered.size(), all.size());
        assertEquals(all.size(), all.stream().map(GazetteerEntry::qid).distinct().count() + 1,
                "Q1 in the hand-checked layer and in the open data, as the bundled layers never have it");
        assertTrue(all.contains(layered.byQid("Q182642").orElseThrow()));
    }
}
