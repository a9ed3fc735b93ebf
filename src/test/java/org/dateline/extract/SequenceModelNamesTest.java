package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dateline.model.EntityType;
import org.dateline.model.Span;
import org.junit.jupiter.api.Test;

/** The project's name model (data/models/ner-en.bin) as a candidate source. */
class SequenceModelNamesTest {
    static final SequenceModelNames NAMES = SequenceModelNames.load();
    static final String TEXT = "Prime Minister David Cameron said on Friday he would resign.\n\n"
            + "Cameron spoke outside 10 Downing Street in London after the vote.";

    @Test
    void findsPeopleAndPlacesWithSpansIntoTheText() {
        List<ModelName> found = NAMES.find(TEXT);
        assertTrue(found.stream().anyMatch(n -> n.text().equals("David Cameron") && n.type() == EntityType.PERSON),
                found.toString());
        assertTrue(found.stream().anyMatch(n -> n.text().equals("London") && n.type() == EntityType.PLACE),
                found.toString());
        for (ModelName n : found) {
            assertEquals(n.text(), n.span().of(TEXT));
            assertTrue(n.probability() > 0 && n.probability() <= 1, n.toString());
        }
    }

    @Test
    void regionsAreReadAsOneDocumentWithOffsetsIntoTheWholeText() {
        int second = TEXT.indexOf("Cameron spoke");
        List<ModelName> found = NAMES.find(TEXT, List.of(new Span(second, TEXT.length())));
        assertTrue(found.stream().allMatch(n -> n.span().start() >= second), found.toString());
        assertTrue(found.stream().anyMatch(n -> n.text().equals("London")), found.toString());
    }

    @Test
    void threadsShareTheModelAndAgree() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<ModelName>>> runs = List.of(pool.submit(() -> NAMES.find(TEXT)),
                    pool.submit(() -> NAMES.find(TEXT)), pool.submit(() -> NAMES.find(TEXT)));
            for (Future<List<ModelName>> r : runs) {
                assertEquals(NAMES.find(TEXT), r.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
