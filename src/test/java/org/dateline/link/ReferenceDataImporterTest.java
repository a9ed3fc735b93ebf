package org.dateline.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.dateline.knowledge.Gazetteer;
import org.dateline.knowledge.GazetteerEntry;

/** The gazetteer built from the reference files copied into {@code data/reference/}. */
class ReferenceDataImporterTest {
    static final Path REFERENCE = Path.of("data/reference");
    static final Path SOURCES = Path.of("data/gazetteer/sources");
    static List<GazetteerEntry> rows;
    static Map<String, GazetteerEntry> byQid;

    @BeforeAll
    static void build() throws IOException {
        rows = ReferenceDataImporter.importAll(REFERENCE, SOURCES);
        byQid = rows.stream().collect(Collectors.toMap(GazetteerEntry::qid, Function.identity()));
    }

    @Test
    void russiaIsACountryWithItsOfficialNameAsAlias() {
        GazetteerEntry russia = byQid.get("Q159");
        assertEquals("Russia", russia.label());
        assertEquals(EntityType.PLACE, russia.type());
        assertEquals("country", russia.subtype());
        assertTrue(russia.aliases().contains("Russian Federation"));
        assertNotNull(russia.latitude(), "centroid from the country-coder polygon");
        assertTrue(russia.source().contains("country-coder/borders.json"));
        assertTrue(russia.source().contains("verified-qids.tsv (evidence:"));
    }

    @Test
    void obamaComesFromTheExecutiveFileAsAUsPresident() {
        GazetteerEntry obama = byQid.get("Q76");
        assertEquals("Barack Obama", obama.label());
        assertEquals(EntityType.PERSON, obama.type());
        assertEquals("us-president", obama.subtype());
        assertEquals("Q30", obama.country(), "the US QID comes from country-coder's ISO code US");
        assertTrue(obama.source().contains("executive.yaml"));
        assertTrue(obama.shortNames().contains("Obama"));
        assertFalse(obama.aliases().contains("Obama"), "a surname alone is never a full alias");
    }

    @Test
    void currentLegislatorsAreUsPeopleWithTheirQid() {
        GazetteerEntry cantwell = byQid.get("Q22250");
        assertEquals("Maria Cantwell", cantwell.label());
        assertEquals("us-senator", cantwell.subtype());
        assertTrue(cantwell.source().contains("legislators-current.yaml (bioguide C000127)"));
    }

    @Test
    void usShortFormsAndTransliterationsAreAliases() {
        Gazetteer g = Gazetteer.of(rows);
        assertEquals("Q30", g.lookup("U.S.").get(0).qid());
        assertEquals("Q145", g.lookup("Britain").get(0).qid());
        assertEquals("Q34490", g.lookup("al-Qaida").get(0).qid());
        assertEquals("Q34490", g.lookup("Al Qaeda").get(0).qid());
        assertEquals("Q39259", g.lookup("Recep Tayyip Erdoğan").get(0).qid());
    }

    @Test
    void everyRowHasAQidATypeAndAProvenance() {
        assertTrue(rows.size() > 900, "countries, territories, regions, US people: " + rows.size());
        for (GazetteerEntry e : rows) {
            assertTrue(e.qid().matches("Q\\d+"), e.toString());
            assertFalse(e.source().isBlank(), e.qid() + " has no provenance");
            assertTrue(e.prior() > 0 && e.prior() <= 1, e.qid());
        }
    }

    @Test
    void theCommittedGazetteerIsWhatTheBuildWrites() throws IOException {
        StringWriter out = new StringWriter();
        try (GazetteerWriter w = GazetteerWriter.to(out)) {
            for (GazetteerEntry e : rows) {
                w.write(e);
            }
        }
        assertEquals(Files.readString(Path.of("data/gazetteer/entities.tsv")), out.toString(),
                "data/gazetteer/entities.tsv is stale: run dateline gazetteer build --reference data/reference");
    }

    @Test
    void writtenRowsReadBackUnchanged() throws IOException {
        StringWriter out = new StringWriter();
        try (GazetteerWriter w = GazetteerWriter.to(out)) {
            w.write(byQid.get("Q76"));
        }
        List<GazetteerEntry> back = Gazetteer.parse(out.toString().lines().toList(), "test");
        assertEquals(byQid.get("Q76"), back.get(0));
    }

    @Test
    void aCuratedQidWithoutAReferenceRowIsRejected(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("curated.tsv"), "qid\tsubtype\tcountry\taliases\tshort_names\tnote\n"
                + "Q999999999\tcity\t\t\t\tinvented\n");
        Files.copy(SOURCES.resolve("transliterations.tsv"), dir.resolve("transliterations.tsv"));
        IOException e = assertThrows(IOException.class, () -> ReferenceDataImporter.importAll(REFERENCE, dir));
        assertTrue(e.getMessage().contains("curated.tsv:2"), e.getMessage());
    }

    @Test
    void theDefaultGazetteerLoadsFromTheClasspath() {
        Gazetteer g = Gazetteer.loadDefault();
        assertEquals(rows.size(), g.curated().size(), "the hand-checked layer is the reference build");
        assertEquals(rows.size(), Gazetteer.loadReference().size());
        assertTrue(g.size() > rows.size(), "the open-data layer adds to it");
        assertEquals("Q649", g.lookup("MOSCOW").get(0).qid(), "the most popular first");
        for (GazetteerEntry e : rows) {
            assertEquals(e, g.byQid(e.qid()).orElseThrow(), "a hand-checked row wins over any open-data row");
        }
    }
}
