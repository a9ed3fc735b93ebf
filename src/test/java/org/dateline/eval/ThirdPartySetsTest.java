package org.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dateline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The third-party evaluation sets (src/test/resources/thirdparty/) are entity-only gold the evaluator reads. */
class ThirdPartySetsTest {
    static final Path DIR = Path.of("src/test/resources/thirdparty");

    static Stream<Path> articles() {
        return Stream.of("gum-news", "gum-test").flatMap(s -> Evaluator.articles(DIR.resolve(s)).stream());
    }

    @ParameterizedTest
    @MethodSource("articles")
    void everyGoldMentionIsPrintedInItsArticle(Path article) throws Exception {
        GoldArticle gold = GoldArticle.read(Evaluator.gold(article));
        String text = Files.readString(article);
        assertTrue(gold.entitiesOnly());
        assertFalse(gold.entities().isEmpty());
        assertTrue(text.startsWith(gold.headline() + "\n"), article.toString());
        for (GoldArticle.GoldEntity e : gold.entities()) {
            assertTrue(List.of("Person", "Organization", "Place").contains(e.type()), e.toString());
            for (String m : e.mentions()) {
                assertTrue(text.contains(m), article + ": " + m);
            }
        }
    }

    @Test
    void scoresCountEntitiesOnly() throws Exception {
        List<Scores> all = new Evaluator(Pipeline.create()::process).evaluate(DIR.resolve("gum-test"));
        Scores total = all.get(all.size() - 1);
        assertTrue(total.allEntities().tp() > 0);
        assertTrue(total.quotes().equals(Prf.ZERO) && total.published().total() == 0, total.toString());
    }
}
