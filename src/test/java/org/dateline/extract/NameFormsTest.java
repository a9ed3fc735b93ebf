package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dateline.knowledge.Gazetteer;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Forms of one name the resolver joins, and words in front of a name it leaves out: an initial and a surname, an
 * acronym defined in parentheses after a translated name, a compound of words before a name.
 */
class NameFormsTest {
    private static final Extractor EXTRACTOR = Extractor.create(Gazetteer.loadDefault(), null, null);
    private static final LocalDate DAY = LocalDate.of(2028, 2, 7);

    private static Entity withMention(Annotations a, String mention) {
        return a.entities().stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(mention)))
                .findFirst().orElse(null);
    }

    @Test
    void anInitialAndASurnameAreThePersonWhoseGivenNameOpensWithIt() {
        Annotations a = EXTRACTOR.extract(TestArticles.of(DAY,
                "Out-half Seán Kearney kicked 14 points as Ireland beat Scotland, and his brother Darragh Kearney was "
                        + "forced off injured.",
                "S Kearney said the win mattered."));
        assertEquals("Seán Kearney", withMention(a, "S Kearney").name(), EntityRecognizerTest.names(a).toString());
        assertEquals(List.of("Seán Kearney", "S Kearney"), withMention(a, "S Kearney").mentions().stream()
                .map(Mention::text).toList(), "a compound of words before the name is no part of it");
    }

    @Test
    void anAcronymInParenthesesNamesItsBodyEvenInTheHeadlineBeforeIt() {
        Annotations a = EXTRACTOR.extract(TestArticles.of(DAY,
                "HEADLINE|Centre-right PSD wins island election but falls short of majority",
                "The centre-right Social Democratic Party (PSD) won Sunday's regional election, while the Socialist "
                        + "Party (PS) came second.",
                "The PSD took 26 seats."));
        Entity psd = withMention(a, "PSD");
        assertEquals(EntityType.ORGANIZATION, psd.type(), EntityRecognizerTest.names(a).toString());
        assertEquals(List.of("PSD", "Social Democratic Party", "PSD", "PSD"),
                psd.mentions().stream().map(Mention::text).toList());
        assertEquals("Socialist Party", withMention(a, "PS").name());
    }
}
