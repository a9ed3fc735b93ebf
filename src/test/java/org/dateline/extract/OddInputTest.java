package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dateline.knowledge.Gazetteer;
import org.junit.jupiter.api.Test;

/** Extraction copes with text that is short, strange or badly punctuated, and never throws. */
class OddInputTest {
    static final Extractor X = Extractor.create(Gazetteer.empty());

    @Test
    void emptyArticle() {
        assertTrue(X.extract(TestArticles.of((LocalDate) null)).entities().isEmpty());
    }

    @Test
    void strangeParagraphs() {
        String[] odd = {"\"", "“”", "\"\"\"\"", "...", "A", "U.S.", "’", "‘", "— —", "Mr.", "on Monday",
            "\"Unclosed quotation that runs on and on, said nobody", "said", "He said.", "‘Tis the season’s end",
            "13 Nov. 2015", "Feb. 30", "Aug. 99", "31 June", "In 2015, 2016 and 2017.", "Al-", "al-", "-- ", "(AP) —",
            "Президент Владимир Путин сказал: «Нет».", "北京", "A\u00a0B\u00a0C Said", "Sept. 1, 99999"};
        for (String p : odd) {
            assertDoesNotThrow(() -> X.extract(TestArticles.of(LocalDate.of(2015, 1, 1), p)), p);
            assertDoesNotThrow(() -> X.extract(TestArticles.of((LocalDate) null, "HEADLINE|" + p, p, "CAPTION|" + p)), p);
        }
    }
}
