package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.dateline.Pipeline;
import org.dateline.eval.Evaluator;
import org.dateline.eval.Scores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the evaluator over the independently written holdout sets, which extraction was not built
 * from, and holds each to the figures it reached there: a regression floor, not the targets (those
 * are asserted on the dev articles by {@link GoldEvaluationTest}).
 */
class HoldoutEvaluationTest {
    /** A holdout folder and the floors its overall figures must stay at or above. */
    record Floors(Path dir, double entityF1, double quoteRecall, double rightSpeaker, double eventsFound,
                  double eventDates) {
        @Override
        public String toString() {
            return dir.getFileName().toString();
        }
    }

    static final Map<Path, Scores> SCORES = new ConcurrentHashMap<>();

    static Stream<Floors> sets() {
        return Stream.of(
                // Event dates 0.87 (was 0.88): "a Lion Air jet plunged into the sea" is no longer a MarketFall (a fall
                // needs a market, a price or a figure), so its gold event now matches the "killing" beside it and its date.
                new Floors(Path.of("src/test/resources/holdout"), 0.95, 0.98, 0.98, 0.98, 0.87),
                new Floors(Path.of("src/test/resources/holdout2"), 0.94, 0.99, 0.98, 0.99, 0.84),
                // 0.92: the name decider (issue #15) gives holdout3 0.929 where the rules alone gave 0.934, while the
                // never-tuned holdout4 and the open held-out sets gain.
                new Floors(Path.of("src/test/resources/holdout3"), 0.92, 0.95, 0.95, 0.87, 0.81),
                // Never tuned on: its floors record what unseen news got, so a change that loses ground shows.
                // Right speaker 0.95: 0.966 since "the Thai Navy SEALs said" names a body (its quote errors were read).
                new Floors(Path.of("src/test/resources/holdout4"), 0.88, 0.99, 0.95, 0.90, 0.91),
                // Issue #17's development set (wire and pasted web copy; tuned on): 0.933, 1.0, 1.0, 1.0, 0.8 now.
                new Floors(Path.of("src/test/resources/holdout5"), 0.92, 0.99, 0.99, 0.99, 0.79),
                // Issue #17's measurement set, written before its tuning: 0.935, 1.0, 1.0, 0.833, 1.0 now.
                new Floors(Path.of("src/test/resources/holdout6"), 0.92, 0.99, 0.99, 0.83, 0.99),
                // Issue #17 item 4: messy HTML pages, written before scoring: 0.820, 1.0, 0.783, 0.714, 1.0 with
                // Readability4J finding the story (the reader before it: 0.448 and 0.5 on five, the sixth refused).
                new Floors(Path.of("src/test/resources/holdout7"), 0.81, 0.99, 0.78, 0.71, 0.99),
                // Issue #17's second measurement set, eight genres written blind (never tuned on): 0.828, 1.0, 0.953,
                // 0.591, 0.923 when first scored. Event dates 0.875 since "told KRVN he had … been robbed before Jan. 2"
                // is a statement (gold annotates none) that takes the robbery's day and is matched to the robbery.
                new Floors(Path.of("src/test/resources/holdout8"), 0.81, 0.99, 0.94, 0.58, 0.87),
                // Written blind, read after two blind scorings (0.792 first) and tuned on since: 0.888, 1.0, 1.0, 0.793,
                // 0.609 now.
                new Floors(Path.of("src/test/resources/holdout9"), 0.87, 0.99, 0.99, 0.79, 0.60),
                // Written blind, read after its one blind scoring (0.852, 0.956, 0.933, 0.833, 0.800) and tuned on since:
                // 0.883, 0.978, 0.956, 0.833, 0.800 now. holdout10 stays blind and has no floors.
                new Floors(Path.of("src/test/resources/holdout11"), 0.87, 0.97, 0.95, 0.83, 0.79));
    }

    static Scores overall(Path dir) {
        return SCORES.computeIfAbsent(dir, d -> {
            try {
                List<Scores> scores = new Evaluator(Pipeline.create()::process).evaluate(d);
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                Evaluator.print(scores, new PrintStream(buf, true, StandardCharsets.UTF_8));
                Evaluator.printErrors(scores, new PrintStream(buf, true, StandardCharsets.UTF_8));
                System.out.println(buf.toString(StandardCharsets.UTF_8));
                return scores.get(scores.size() - 1);
            } catch (Exception e) {
                throw new IllegalStateException(d + ": " + e.getMessage(), e);
            }
        });
    }

    @ParameterizedTest
    @MethodSource("sets")
    void entityF1StaysAboveFloor(Floors f) {
        double v = overall(f.dir()).allEntities().f1();
        assertTrue(v >= f.entityF1(), f + " entity F1 " + v);
    }

    @ParameterizedTest
    @MethodSource("sets")
    void quoteRecallStaysAboveFloor(Floors f) {
        double v = overall(f.dir()).quotes().recall();
        assertTrue(v >= f.quoteRecall(), f + " quote recall " + v);
    }

    @ParameterizedTest
    @MethodSource("sets")
    void speakersStayAboveFloor(Floors f) {
        double v = overall(f.dir()).speakerOfGold().value();
        assertTrue(v >= f.rightSpeaker(), f + " right speaker " + v);
    }

    @ParameterizedTest
    @MethodSource("sets")
    void eventsFoundStayAboveFloor(Floors f) {
        double v = overall(f.dir()).eventsFound().value();
        assertTrue(v >= f.eventsFound(), f + " events found " + v);
    }

    @ParameterizedTest
    @MethodSource("sets")
    void eventDatesStayAboveFloor(Floors f) {
        double v = overall(f.dir()).eventDates().value();
        assertTrue(v >= f.eventDates(), f + " event dates " + v);
    }
}
