package org.dateline.link;

import static org.dateline.link.LinkerFixtures.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.dateline.model.EntityType;
import org.dateline.map.Vocab.Schema;
import org.junit.jupiter.api.Test;
import org.dateline.knowledge.Gazetteer;
import org.dateline.publish.ReconciliationService;

/** Candidates, scores and automatic matches of the reconciliation service, without HTTP. */
class ReconciliationServiceTest {
    private static final Gazetteer GAZETTEER = Gazetteer.of(List.of(
            entry("Q76", "Barack Obama", EntityType.PERSON, "us-president", "Q30", 0.9, List.of("Barack Hussein Obama"),
                    List.of("Obama")),
            entry("Q649", "Moscow", EntityType.PLACE, "city", "Q159", 0.9, List.of(), List.of()),
            entry("Q1", "Springfield", EntityType.PLACE, "city", "Q30", 0.5, List.of(), List.of()),
            entry("Q2", "Springfield", EntityType.PLACE, "city", "Q30", 0.5, List.of(), List.of())));

    private static DatasetGraph store() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Node g = NodeFactory.createURI("https://example.org/graph/entities");
        Node linked = NodeFactory.createURI("https://example.org/id/entity/Q649");
        Node local = NodeFactory.createURI("https://example.org/id/person/ivana-petrovna");
        dsg.add(new Quad(g, linked, RDF.type.asNode(), Schema.Place.asNode()));
        dsg.add(new Quad(g, linked, RDFS.label.asNode(), NodeFactory.createLiteralString("Moscow")));
        dsg.add(new Quad(g, linked, OWL.sameAs.asNode(), NodeFactory.createURI("http://www.wikidata.org/entity/Q649")));
        dsg.add(new Quad(g, local, RDF.type.asNode(), Schema.Person.asNode()));
        dsg.add(new Quad(g, local, RDFS.label.asNode(), NodeFactory.createLiteralString("Ivana Petrovna")));
        return dsg;
    }

    private final ReconciliationService service = ReconciliationService.create(GAZETTEER, store());

    private List<ReconciliationService.Candidate> ask(String text, EntityType... types) {
        return service.candidates(new ReconciliationService.Query(text, Set.of(types), 5));
    }

    @Test
    void exactNameMatchesAndAPublishedLinkedEntityIsOneCandidate() {
        var moscow = ask("Moscow");
        assertEquals(1, moscow.size(), moscow.toString());
        assertEquals("Q649", moscow.get(0).id());
        assertTrue(moscow.get(0).match());
    }

    @Test
    void unlinkedPublishedEntityIsLeftOutForItHasNoWikidataId() {
        assertTrue(ask("Ivana Petrovna", EntityType.PERSON).isEmpty(), "only ids of the declared identifier space");
        assertEquals("Q649", ask("Moscow").get(0).id(), "a linked published entity is still found");
    }

    @Test
    void sharedNameIsNeverAnAutomaticMatch() {
        var spring = ask("Springfield");
        assertEquals(2, spring.size());
        assertFalse(spring.get(0).match());
        assertEquals(spring.get(0).score(), spring.get(1).score());
    }

    @Test
    void shortOrPartialNamesRankButDoNotMatch() {
        var obama = ask("Obama");
        assertEquals("Q76", obama.get(0).id());
        assertFalse(obama.get(0).match());
        assertTrue(obama.get(0).score() < ReconciliationService.MATCH_SCORE);
        var partial = ask("Barack");
        assertFalse(partial.isEmpty());
        assertFalse(partial.get(0).match());
    }

    @Test
    void typeFilterAndUnknownTypes() {
        assertTrue(ask("Moscow", EntityType.PERSON).isEmpty());
        var batch = service.reconcile(JSON.parse("{\"q0\":{\"query\":\"Moscow\",\"type\":\"Q515\"},"
                + "\"q1\":{\"query\":\"Moscow\",\"type\":\"Q999999999\"},"
                + "\"q2\":{\"query\":\"Moscow\",\"type\":[{\"id\":\"Q5\"}]}}"));
        assertEquals(1, batch.get("q0").getAsObject().get("result").getAsArray().size(), "city is a kept class: a place");
        assertTrue(batch.get("q1").getAsObject().get("result").getAsArray().isEmpty(), "no class Dateline knows");
        assertTrue(batch.get("q2").getAsObject().get("result").getAsArray().isEmpty());
    }

    @Test
    void badQueriesSayWhichAndWhy() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> service.reconcile(JSON.parse("{\"q0\":{\"query\":\"Moscow\"},\"q1\":{\"query\":\"x\",\"limit\":0}}")));
        assertTrue(e.getMessage().startsWith("q1: \"limit\" must be a positive"), e.getMessage());
    }
}
