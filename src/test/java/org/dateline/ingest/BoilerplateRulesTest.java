package org.dateline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Page furniture told from article text by the rules of lexicon/boilerplate.txt. */
class BoilerplateRulesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " || ", nullValues = "-", value = {
        "Share on Facebook || DROP || ''",
        "SHARE ON TWITTER || DROP || ''",
        "4 min read || DROP || ''",
        "  • Share   || DROP || ''",
        "'   ' || DROP || ''",
        "Image caption, Jane Doe arrives in Paris || CAPTION_LABEL || 'Jane Doe arrives in Paris'",
        "Image caption || CAPTION_LABEL || ''",
        "Updated 3:45 PM ET, Sat October 3, 2015 || UPDATED_LABEL || '3:45 PM ET, Sat October 3, 2015'",
        "Published: 24 June 2016 || PUBLISHED_LABEL || '24 June 2016'",
        "Published reports say the minister resigned on Monday. || TEXT || ''",
        "The minister said 4 min read was enough. || TEXT || ''",
    })
    void linesAreClassified(String line, String kind, String rest) {
        BoilerplateRules.Verdict v = BoilerplateRules.get().classify(line);
        assertEquals(BoilerplateRules.Kind.valueOf(kind), v.kind(), line);
        assertEquals(rest, v.rest(), line);
    }
}
