package org.dateline.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.dateline.Pipeline;
import org.dateline.TestArticles;
import org.dateline.publish.NewsServer;
import org.dateline.publish.NewsStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The load generator of {@code bench}, against two real servers over HTTP. */
class SparqlLoadTest {
    private static final String QUOTES = "PREFIX dl: <https://w3id.org/dateline/ns#> SELECT ?q WHERE { ?q a dl:ReportedSpeech }";

    private static NewsStore store;
    private static NewsServer a;
    private static NewsServer b;

    @BeforeAll
    static void start() throws Exception {
        store = NewsStore.inMemory();
        store.load(Pipeline.create(), TestArticles.SAMPLE);
        a = NewsServer.start(store.dataset(), 0, "localhost");
        b = NewsServer.start(store.dataset(), 0, "localhost");
    }

    @AfterAll
    static void stop() {
        a.close();
        b.close();
        store.close();
    }

    @Test
    void pairedComparisonMeasuresEveryRequestOnBothServers() throws Exception {
        int quotes = new SparqlLoad().ask(a.sparqlUrl(), QUOTES);
        assertTrue(quotes > 0, "the sample has quotes");
        Figures.Pair pair = new SparqlLoad().comparePaired("a", a.sparqlUrl(), "b", b.sparqlUrl(), "quotes", QUOTES, 3, 30);
        Figures.Load[] both = {pair.a(), pair.b()};
        assertTrue(pair.latencyRatio() > 0 && Double.isFinite(pair.latencyRatio()), pair.toString());
        for (Figures.Load f : both) {
            assertEquals(30, f.requests());
            assertEquals(3, f.clients());
            assertEquals(quotes, f.rows(), "both servers give the same answer");
            assertTrue(f.p50Millis() > 0 && f.p50Millis() <= f.p99Millis(), f.toString());
            assertTrue(f.perSecond() > 0 && Double.isFinite(f.perSecond()), f.toString());
        }
        assertEquals("a", both[0].server());
        assertEquals("b", both[1].server());
    }

    @Test
    void aFailingQueryStopsTheMeasurementWithTheServersAnswer() {
        SparqlLoad load = new SparqlLoad();
        IOException e = assertThrows(IOException.class, () -> load.ask(a.sparqlUrl(), "SELECT nonsense"));
        assertTrue(e.getMessage().contains("400"), e.getMessage());
    }
}
