package org.dateline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The sentence around a span: full stops of abbreviations and numbers end none, line breaks end every one. */
class SentencesTest {
    private static String around(String text, String name) {
        int at = text.indexOf(name);
        return Sentences.around(text, new Span(at, at + name.length())).of(text);
    }

    @Test
    void aSentenceEndsAtAFullStopBeforeACapitalOnly() {
        String text = "Talks began. The U.S. envoy met officials in Moscow on 2.5 days' notice. Rain fell.\nNext line";
        assertEquals(" The U.S. envoy met officials in Moscow on 2.5 days' notice", around(text, "Moscow"));
        assertEquals("Next line", around(text, "Next"));
        assertEquals("Talks began", around(text, "Talks"));
    }
}
