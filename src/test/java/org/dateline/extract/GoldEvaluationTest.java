package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.dateline.Pipeline;
import org.dateline.eval.Evaluator;
import org.dateline.eval.Scores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the evaluator over the gold articles in the repository and holds extraction to its targets. */
class GoldEvaluationTest {
    static final Path ARTICLES = Path.of("src/test/resources/articles");
    static List<Scores> scores;

    @BeforeAll
    static void evaluate() throws Exception {
        Evaluator evaluator = new Evaluator(Pipeline.create()::process);
        scores = evaluator.evaluate(ARTICLES);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Evaluator.print(scores, new PrintStream(buf, true, StandardCharsets.UTF_8));
        System.out.println(buf.toString(StandardCharsets.UTF_8));
    }

    static Scores overall() {
        return scores.get(scores.size() - 1);
    }

    @Test
    void entityF1MeetsTarget() {
        assertTrue(overall().allEntities().f1() >= 0.90, "entity F1 " + overall().allEntities().f1());
    }

    @Test
    void quoteRecallMeetsTarget() {
        assertTrue(overall().quotes().recall() >= 0.95, "quote recall " + overall().quotes().recall());
    }

    @Test
    void speakersMeetTarget() {
        assertTrue(overall().speakerOfGold().value() >= 0.90, "right speaker " + overall().speakerOfGold().value());
    }

    @Test
    void publicationDatesAllRight() {
        assertTrue(overall().published().value() == 1.0, "publication dates " + overall().published());
    }

    @Test
    void eventDatesMeetTarget() {
        assertTrue(overall().eventDates().value() >= 0.80, "event dates " + overall().eventDates().value());
    }
}
