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

/**
 * Runs the evaluator over the independently written holdout articles, which extraction was not
 * built from, and holds it to the figures it reached there: a regression floor, not the targets
 * (those are asserted on the dev articles by {@link GoldEvaluationTest}).
 */
class HoldoutEvaluationTest {
    static final Path HOLDOUT = Path.of("src/test/resources/holdout");
    static List<Scores> scores;

    @BeforeAll
    static void evaluate() throws Exception {
        scores = new Evaluator(Pipeline.create()::process).evaluate(HOLDOUT);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Evaluator.print(scores, new PrintStream(buf, true, StandardCharsets.UTF_8));
        Evaluator.printErrors(scores, new PrintStream(buf, true, StandardCharsets.UTF_8));
        System.out.println(buf.toString(StandardCharsets.UTF_8));
    }

    static Scores overall() {
        return scores.get(scores.size() - 1);
    }

    @Test
    void entityF1StaysAboveFloor() {
        assertTrue(overall().allEntities().f1() >= 0.95, "entity F1 " + overall().allEntities().f1());
    }

    @Test
    void quoteRecallStaysAboveFloor() {
        assertTrue(overall().quotes().recall() >= 0.92, "quote recall " + overall().quotes().recall());
    }

    @Test
    void speakersStayAboveFloor() {
        assertTrue(overall().speakerOfGold().value() >= 0.92, "right speaker " + overall().speakerOfGold().value());
    }

    @Test
    void eventsFoundStayAboveFloor() {
        assertTrue(overall().eventsFound().value() >= 0.93, "events found " + overall().eventsFound().value());
    }

    @Test
    void eventDatesStayAboveFloor() {
        assertTrue(overall().eventDates().value() >= 0.70, "event dates " + overall().eventDates().value());
    }
}
