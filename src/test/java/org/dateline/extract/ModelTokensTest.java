package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** How the name model's text is cut into tokens and sentences. */
class ModelTokensTest {
    static List<String[]> sentences(String text) {
        return ModelTokens.sentences(text).stream().map(s -> ModelTokens.texts(text, s)).toList();
    }

    @Test
    void sentencesEndAtStopsBeforeCapitalsAndAtLineBreaks() {
        List<String[]> s = sentences("Dr. Jane F. Roe met al-Ani. They talked\nin Mosul.");
        assertEquals(3, s.size());
        assertArrayEquals(new String[] {"Dr", ".", "Jane", "F", ".", "Roe", "met", "al", "-", "Ani", "."}, s.get(0));
        assertArrayEquals(new String[] {"They", "talked"}, s.get(1));
        assertArrayEquals(new String[] {"in", "Mosul", "."}, s.get(2));
    }

    @Test
    void tokenSpansPointIntoTheText() {
        String text = "  Seoul, Aug. 25";
        Span[] t = ModelTokens.sentences(text).get(0);
        assertEquals("Seoul", t[0].getCoveredText(text).toString());
        assertEquals(2, t[0].getStart());
    }
}
