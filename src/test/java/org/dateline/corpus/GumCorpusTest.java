package org.dateline.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GUM's CoNLL-U entity brackets become articles with proper-name gold, on a hand-made document. */
class GumCorpusTest {
    static final String DOC = String.join("\n",
            "# newdoc id = GUM_bio_test",
            "# newpar_block = head (1 s)",
            "# text = Senator Jane Roe",
            "1\tSenator\tSenator\tPROPN\tNNP\t_\t2\tcompound\t_\tEntity=(1-person-new-x-x-2-coref",
            "2\tJane\tJane\tPROPN\tNNP\t_\t0\troot\t_\t_",
            "3\tRoe\tRoe\tPROPN\tNNP\t_\t2\tflat\t_\tEntity=1)",
            "",
            "# newpar",
            "# text = Roe visited the Museum of Flight in North Korea's capital.",
            "1\tRoe\tRoe\tPROPN\tNNP\t_\t2\tnsubj\t_\tEntity=(1-person-giv-x-x-1-coref)",
            "2\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_",
            "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\tEntity=(2-place-new-x-x-2-coref-Museum_of_Flight%2C_Seattle",
            "4\tMuseum\tMuseum\tPROPN\tNNP\t_\t2\tobj\t_\t_",
            "5\tof\tof\tADP\tIN\t_\t6\tcase\t_\t_",
            "6\tFlight\tFlight\tPROPN\tNNP\t_\t4\tnmod\t_\tEntity=2)",
            "7\tin\tin\tADP\tIN\t_\t10\tcase\t_\t_",
            "8\tNorth\tNorth\tPROPN\tNNP\t_\t9\tcompound\t_\tEntity=(3-organization-new-x-x-2-coref",
            "9\tKorea\tKorea\tPROPN\tNNP\t_\t11\tnmod:poss\t_\tSpaceAfter=No",
            "10\t's\t's\tPART\tPOS\t_\t9\tcase\t_\tEntity=3)",
            "11\tcapital\tcapital\tNOUN\tNN\t_\t4\tnmod\t_\tSpaceAfter=No",
            "12\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_",
            "");
    static final String OTHER = String.join("\n",
            "# newdoc id = GUM_voyage_test",
            "# text = North Korea",
            "1\tNorth\tNorth\tPROPN\tNNP\t_\t2\tcompound\t_\tEntity=(1-place-new-x-x-2-coref",
            "2\tKorea\tKorea\tPROPN\tNNP\t_\t0\troot\t_\tEntity=1)",
            "");

    @Test
    void properNamesOfPeopleOrganisationsAndPlacesBecomeGold(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("dep"));
        Files.writeString(dir.resolve("dep/GUM_bio_test.conllu"), DOC);
        Files.writeString(dir.resolve("dep/GUM_voyage_test.conllu"), OTHER);
        Files.writeString(dir.resolve("splits.md"), "## test\n\n  * GUM_bio_test\n");
        GumCorpus gum = GumCorpus.open(dir, Set.of("senator"));
        assertEquals("test", gum.partition("GUM_bio_test"));
        assertEquals("train", gum.partition("GUM_voyage_test"));
        GumDocument doc = gum.document("GUM_bio_test");
        assertEquals("Senator Jane Roe\n\nRoe visited the Museum of Flight in North Korea's capital.\n", doc.text().text());
        assertEquals("Senator Jane Roe", doc.text().headline());
        assertEquals(List.of(
                new GoldEntity("Jane Roe", EntityType.PERSON, List.of("Jane Roe", "Roe")),
                // GUM's identity field: the Wikipedia title, percent-decoded.
                new GoldEntity("Museum of Flight", EntityType.PLACE, List.of("Museum of Flight"),
                        "Museum_of_Flight,_Seattle"),
                // Typed organization here, a place elsewhere in the corpus: a country acting stays a Place.
                new GoldEntity("North Korea", EntityType.PLACE, List.of("North Korea"))), doc.entities());
        assertEquals(4, doc.names().size());
        assertEquals("Jane Roe", doc.names().get(0).span().of(doc.text().text()));
    }

    /** GUM tags "United" a verb by its lemma; its Penn tag NNP keeps it in the name (not "States Navy"). */
    @Test
    void aWordTaggedAsAProperNounByItsPennTagStaysInTheName(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("dep"));
        Files.writeString(dir.resolve("dep/GUM_voyage_navy.conllu"), String.join("\n",
                "# newdoc id = GUM_voyage_navy",
                "# text = Image: United States Navy.",
                "1\tImage\timage\tNOUN\tNN\t_\t0\troot\t_\tSpaceAfter=No",
                "2\t:\t:\tPUNCT\t:\t_\t1\tpunct\t_\t_",
                "3\tUnited\tUnite\tVERB\tNNP\t_\t4\tamod\t_\tEntity=(1-organization-new-x-x-1,2,3-sgl",
                "4\tStates\tState\tPROPN\tNNP\t_\t5\tcompound\t_\t_",
                "5\tNavy\tNavy\tPROPN\tNNP\t_\t1\tappos\t_\tEntity=1)|SpaceAfter=No",
                "6\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_",
                ""));
        Files.writeString(dir.resolve("splits.md"), "## test\n\n  * GUM_voyage_navy\n");
        GumDocument doc = GumCorpus.open(dir, Set.of()).document("GUM_voyage_navy");
        assertEquals(List.of(new GoldEntity("United States Navy", EntityType.ORGANIZATION, List.of("United States Navy"))),
                doc.entities());
    }
}
