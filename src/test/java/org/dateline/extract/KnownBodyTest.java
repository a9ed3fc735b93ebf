package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.GZIPOutputStream;
import org.dateline.knowledge.Gazetteer;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sieve of last resort {@link TypingRules.KnownBody}: a well-known body of the open-data layer only. */
class KnownBodyTest {
    static final String HEADER = "qid\tlabel\ttype\tsubtype\tcountry\taliases\tlatitude\tlongitude\tprior\tsource\tshort_names\n";

    @Test
    void aWorldwideBrandOrAKnownCompanyOfTheOpenDataIsABodyAndALesserOrAmbiguousNameIsNot(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("entities.tsv"), HEADER);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("open-data.tsv.gz")))) {
            out.write((HEADER
                    + "Q900001\tZorblex\torganization\tbrand\t\t\t\t\t0.55\tname-suggestion-index\t\n"
                    + "Q900002\tQuantex\torganization\tcompany\t\t\t\t\t0.40\tror\t\n"
                    + "Q900005\tBrindle\torganization\tcompany\t\t\t\t\t0.30\tror\t\n"
                    + "Q900006\tHallam\torganization\teducation\t\t\t\t\t0.40\tror\t\n"
                    + "Q900003\tVemora\tplace\tcity\t\t\t1.0\t2.0\t0.30\twhosonfirst\t\n"
                    + "Q900004\tVemora\torganization\tbrand\t\t\t\t\t0.55\tname-suggestion-index\t\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        Extractor extractor = Extractor.create(Gazetteer.load(dir), null, null);
        Annotations a = extractor.extract(TestArticles.of(LocalDate.of(2020, 3, 2),
                "Shares of Zorblex rose on Monday. Analysts expect Quantex to follow. Investors also watched Vemora, "
                        + "Brindle and Hallam."));
        Entity zorblex = EntityRecognizerTest.named(a, "Zorblex");
        assertEquals(EntityType.ORGANIZATION, zorblex.type());
        assertTrue(String.join("; ", zorblex.evidence()).contains("KnownBody"), zorblex.evidence().toString());
        // A company needs less fame than a brand (two sources, or one that lists only companies of note).
        assertTrue(String.join("; ", EntityRecognizerTest.named(a, "Quantex").evidence()).contains("KnownBody"));
        assertFalse(a.entities().stream().anyMatch(e -> e.evidence().stream().anyMatch(v -> v.contains("KnownBody"))
                && !e.name().equals("Zorblex") && !e.name().equals("Quantex")), EntityRecognizerTest.names(a).toString());
    }
}
