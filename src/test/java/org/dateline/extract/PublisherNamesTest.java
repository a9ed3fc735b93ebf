package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dateline.knowledge.Gazetteer;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * An article names its own publisher as sources speak to it ("told Rappler"): the forms {@link PublisherNames} finds
 * make the publisher an organisation, one entity under the name its metadata gives.
 */
class PublisherNamesTest {
    private static final Extractor EXTRACTOR = Extractor.create(Gazetteer.loadDefault(), null, null);
    private static final LocalDate DAY = LocalDate.of(2027, 3, 14);

    private static Entity find(Annotations a, String name) {
        return a.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    private static List<String> mentions(Entity e) {
        return e.mentions().stream().map(Mention::text).toList();
    }

    @Test
    void aSourceSpeakingToThePublisherNamesAnOrganisation() {
        // A site that prints itself in capitals ("ZEPHYRIX") is named in title case by its own stories.
        Annotations a = EXTRACTOR.extract(TestArticles.published("ZEPHYRIX", DAY,
                "\"We were lucky,\" Tomas Ekberg told Zephyrix after the match."));
        Entity site = find(a, "Zephyrix");
        assertEquals(EntityType.ORGANIZATION, site == null ? null : site.type(), EntityRecognizerTest.names(a).toString());
        assertTrue(site.decidedBy("Publisher"), site.evidence().toString());

        // A distinctive first word ("Quillmark" of "Quillmark News") and the last word after "the" are the site.
        Annotations b = EXTRACTOR.extract(TestArticles.published("Quillmark News", DAY,
                "Anni Laakso told Quillmark that the band would tour again.",
                "She later told the News that the dates were not yet fixed."));
        Entity site2 = find(b, "Quillmark News");
        assertEquals(List.of("Quillmark", "News"), site2 == null ? null : mentions(site2),
                EntityRecognizerTest.names(b).toString());
    }

    @Test
    void aWordThatNamesSomethingElseStaysItsOwnName() {
        // "Severn" is a river and a town before it is the first word of a paper; "RTÉ News" is a longer name than "RTÉ".
        Annotations a = EXTRACTOR.extract(TestArticles.published("Severn Valley Courier", DAY,
                "Floodwater from the Severn closed the road, the Courier reported."));
        Entity paper = find(a, "Severn Valley Courier");
        assertEquals(List.of("Courier"), paper == null ? null : mentions(paper), EntityRecognizerTest.names(a).toString());

        Annotations b = EXTRACTOR.extract(TestArticles.published("RTÉ", DAY,
                "Niall Breathnach told RTÉ News that businesses needed certainty."));
        assertTrue(b.entities().stream().noneMatch(e -> mentions(e).contains("RTÉ")), EntityRecognizerTest.names(b).toString());
    }
}
