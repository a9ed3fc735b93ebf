package org.dateline.map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.dateline.TestArticles;
import org.junit.jupiter.api.Test;

/** A football result is published as a schema:SportsEvent, and never as an election. */
class EventSchemaClassesTest {
    private static final String PREFIXES = """
            PREFIX schema: <https://schema.org/>
            PREFIX dl: <https://w3id.org/dateline/ns#>
            PREFIX dlt: <https://w3id.org/dateline/event-type/>
            """;

    private static boolean ask(DatasetGraph dsg, String where) {
        try (var qe = QueryExecutionFactory.create(PREFIXES + "ASK { GRAPH ?g { " + where + " } }",
                DatasetFactory.wrap(dsg))) {
            return qe.execAsk();
        }
    }

    @Test
    void aFootballResultIsASchemaSportsEventAndNoElection() {
        DatasetGraph dsg = TestArticles.map(Path.of("src/test/resources/holdout5/01-web-sounders-beat-harbor-seattle.txt"));
        assertTrue(ask(dsg, "?e a dl:NewsEvent, schema:Event, schema:SportsEvent ; dl:eventType dlt:SportsEvent ; schema:name \"defeated\""));
        assertFalse(ask(dsg, "?e dl:eventType dlt:Election"));
    }

    @Test
    void aKindWithNoCloserClassIsSchemaEventOnly() {
        assertTrue(EventSchemaClasses.of("Statement") == null);
        assertTrue(EventSchemaClasses.of("Layoff").getURI().equals("https://schema.org/BusinessEvent"));
    }

    @Test
    void aDeniedEventIsPublishedWithItsModality() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("modality");
        java.nio.file.Path file = dir.resolve("a.txt");
        java.nio.file.Files.writeString(file, "Council puts off parking vote\n\nSPRINGFIELD, Ill., March 3, 2017 (Reuters) - "
                + "The city council did not vote on the parking plan on Tuesday, officials said.\n");
        DatasetGraph dsg = TestArticles.map(file);
        assertTrue(ask(dsg, "?e dl:eventType dlt:Vote ; dl:modality dl:negated"));
    }
}
