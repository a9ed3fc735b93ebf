package org.dateline.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.dateline.knowledge.Gazetteer;
import org.dateline.knowledge.GazetteerEntry;

/** Streaming the Wikidata JSON dump format into gazetteer rows, filtered by P31 class. */
class WikidataDumpReaderTest {
    static final Path FIXTURE = Path.of("src/test/resources/link/wikidata-dump-sample.json");
    static final Path CLASSES = Path.of("data/gazetteer/sources/wikidata-classes.tsv");

    private static List<GazetteerEntry> read(Path dump, Set<EntityType> types) throws IOException {
        List<GazetteerEntry> out = new ArrayList<>();
        WikidataDumpReader.Stats stats = WikidataDumpReader.create(CLASSES, types).read(dump, out::add);
        assertEquals(7, stats.read(), "every entity line is read");
        assertEquals(out.size(), stats.kept());
        return out;
    }

    @Test
    void keepsHumansPlacesAndOrganisationsOfKnownClasses() throws IOException {
        List<GazetteerEntry> rows = read(FIXTURE, EnumSet.allOf(EntityType.class));
        assertEquals(List.of("Q900001", "Q900002", "Q900003"), rows.stream().map(GazetteerEntry::qid).toList(),
                "a painting, a property, an item without an English label and a deprecated class are left out");
        GazetteerEntry person = rows.get(0);
        assertEquals(EntityType.PERSON, person.type());
        assertEquals("Q900010", person.country(), "citizenship (P27) for people");
        assertEquals(List.of("A. Testperson"), person.aliases());
        GazetteerEntry city = rows.get(1);
        assertEquals("city", city.subtype(), "the specific class wins over human settlement");
        assertEquals("Q900010", city.country());
        assertEquals(51.5, city.latitude());
        assertEquals(-0.12, city.longitude());
        assertTrue(city.prior() > rows.get(2).prior(), "more sitelinks, higher prior");
        assertEquals("news-agency", rows.get(2).subtype());
        assertTrue(city.source().contains("wikidata-dump-sample.json"));
    }

    @Test
    void filtersByType() throws IOException {
        List<GazetteerEntry> rows = read(FIXTURE, EnumSet.of(EntityType.PLACE));
        assertEquals(List.of("Q900002"), rows.stream().map(GazetteerEntry::qid).toList());
    }

    @Test
    void readsAGzippedDump(@TempDir Path dir) throws IOException {
        Path gz = dir.resolve("latest-all.json.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(FIXTURE, out);
        }
        assertEquals(3, read(gz, EnumSet.allOf(EntityType.class)).size());
    }

    @Test
    void writtenDumpRowsLoadAsAGazetteer(@TempDir Path dir) throws IOException {
        List<GazetteerEntry> rows = read(FIXTURE, EnumSet.allOf(EntityType.class));
        try (GazetteerWriter w = GazetteerWriter.create(dir.resolve("wikidata-dump.tsv"))) {
            for (GazetteerEntry e : rows) {
                w.write(e);
            }
        }
        Gazetteer g = Gazetteer.load(dir);
        assertEquals("Q900002", g.lookup("testburg").get(0).qid());
    }

    @Test
    void aBrokenLineNamesTheFileAndLine(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "[\n{\"type\":\"item\",\"id\":\"Q1\"},\n{not json\n]\n");
        IOException e = assertThrows(IOException.class,
                () -> WikidataDumpReader.create(CLASSES, EnumSet.allOf(EntityType.class)).read(bad, r -> { }));
        assertTrue(e.getMessage().contains("bad.json:3"), e.getMessage());
    }
}
