package org.dateline.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** The in-memory dataset's default graph is exactly the RDF merge of its named graphs, after any change. */
class UnionDefaultDatasetTest {
    private static final Node G1 = NodeFactory.createURI("http://ex/g1");
    private static final Node G2 = NodeFactory.createURI("http://ex/g2");
    private static final Triple SHARED = triple("http://ex/s", "shared");
    private static final Triple ONLY_1 = triple("http://ex/s", "one");
    private static final Triple ONLY_2 = triple("http://ex/s", "two");

    private static Triple triple(String s, String o) {
        return Triple.create(NodeFactory.createURI(s), NodeFactory.createURI("http://ex/p"), NodeFactory.createLiteralString(o));
    }

    private static UnionDefaultDataset twoGraphs() {
        UnionDefaultDataset dsg = new UnionDefaultDataset();
        Txn.executeWrite(dsg, () -> {
            dsg.add(Quad.create(G1, SHARED));
            dsg.add(Quad.create(G1, ONLY_1));
            dsg.add(Quad.create(G2, SHARED));
            dsg.add(Quad.create(G2, ONLY_2));
        });
        return dsg;
    }

    @Test
    void defaultGraphHoldsEachDistinctTripleOfTheNamedGraphsOnce() {
        UnionDefaultDataset dsg = twoGraphs();
        Txn.executeRead(dsg, () -> {
            assertEquals(3, dsg.getDefaultGraph().size());
            assertTrue(dsg.getDefaultGraph().isIsomorphicWith(dsg.getUnionGraph()));
            long rows = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).query("SELECT * { ?s ?p ?o }").select().materialise().rewindable().size();
            assertEquals(3, rows, "SPARQL without GRAPH sees the union");
        });
    }

    @Test
    void removingAGraphKeepsTriplesAnotherGraphStillHolds() {
        UnionDefaultDataset dsg = twoGraphs();
        Txn.executeWrite(dsg, () -> dsg.removeGraph(G1));
        Txn.executeRead(dsg, () -> {
            assertTrue(dsg.getDefaultGraph().contains(SHARED), "still in g2");
            assertTrue(dsg.getDefaultGraph().contains(ONLY_2));
            assertFalse(dsg.getDefaultGraph().contains(ONLY_1), "was only in g1");
            assertEquals(2, dsg.getDefaultGraph().size());
        });
    }

    @Test
    void deletingAQuadDropsItsTripleOnlyWhenNoGraphHoldsItAnyMore() {
        UnionDefaultDataset dsg = twoGraphs();
        Txn.executeWrite(dsg, () -> dsg.delete(Quad.create(G1, SHARED)));
        Txn.executeRead(dsg, () -> assertTrue(dsg.getDefaultGraph().contains(SHARED)));
        Txn.executeWrite(dsg, () -> dsg.delete(Quad.create(G2, SHARED)));
        Txn.executeRead(dsg, () -> assertFalse(dsg.getDefaultGraph().contains(SHARED)));
    }

    @Test
    void aGraphAddedWholeIsCopiedIntoTheUnion() {
        UnionDefaultDataset dsg = twoGraphs();
        org.apache.jena.graph.Graph g3 = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        g3.add(ONLY_1);
        g3.add(triple("http://ex/t", "three"));
        Txn.executeWrite(dsg, () -> dsg.addGraph(NodeFactory.createURI("http://ex/g3"), g3));
        g3.add(triple("http://ex/t", "later"));
        Txn.executeRead(dsg, () -> {
            assertEquals(4, dsg.getDefaultGraph().size(), "one new triple; the later change to the graph object is not the dataset's");
            assertEquals(2, dsg.getGraph(NodeFactory.createURI("http://ex/g3")).size());
        });
        Txn.executeWrite(dsg, () -> dsg.removeGraph(G1));
        Txn.executeRead(dsg, () -> assertTrue(dsg.getDefaultGraph().contains(ONLY_1), "still in g3"));
        Txn.executeWrite(dsg, dsg::clear);
        Txn.executeRead(dsg, () -> assertTrue(dsg.getDefaultGraph().isEmpty()));
    }

    @Test
    void quadsOfTheDatasetAreThoseOfTheNamedGraphsOnly() {
        UnionDefaultDataset dsg = twoGraphs();
        ByteArrayOutputStream nq = new ByteArrayOutputStream();
        Txn.executeRead(dsg, () -> RDFDataMgr.write(nq, dsg, Lang.NQUADS));
        String dump = nq.toString(StandardCharsets.UTF_8);
        assertEquals(4, dump.lines().count(), dump);
        assertTrue(dump.lines().allMatch(l -> l.contains("<http://ex/g")), dump);
    }

    @Test
    void theDefaultGraphCannotBeWrittenDirectly() {
        UnionDefaultDataset dsg = twoGraphs();
        Txn.executeWrite(dsg, () -> {
            assertThrows(RuntimeException.class, () -> dsg.getDefaultGraph().add(triple("http://ex/x", "direct")));
            assertThrows(UnsupportedOperationException.class, () -> dsg.add(Quad.create(Quad.defaultGraphIRI, triple("http://ex/x", "q"))));
        });
        Txn.executeRead(dsg, () -> assertEquals(3, dsg.getDefaultGraph().size()));
    }
}
