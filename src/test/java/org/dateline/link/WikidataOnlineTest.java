package org.dateline.link;

import static org.dateline.link.LinkerFixtures.annotations;
import static org.dateline.link.LinkerFixtures.article;
import static org.dateline.link.LinkerFixtures.entity;
import static org.dateline.link.LinkerFixtures.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.dateline.extract.Entity;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.dateline.knowledge.Gazetteer;

/** Online linking against a real local Fuseki loaded with a Wikidata-shaped fixture. */
class WikidataOnlineTest {
    private static final Path FIXTURE = Path.of("src/test/resources/link/wikidata-fixture.ttl");

    @TempDir
    Path cache;

    private DatasetGraph dsg;
    private FusekiServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> userAgents = new CopyOnWriteArrayList<>();
    private final AtomicInteger limitedCalls = new AtomicInteger();

    @BeforeEach
    void start() {
        dsg = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(dsg, FIXTURE.toString());
        Filter counter = (req, resp, chain) -> {
            requests.incrementAndGet();
            userAgents.add(((HttpServletRequest) req).getHeader("User-Agent"));
            chain.doFilter(req, resp);
        };
        server = FusekiServer.create().port(0).loopback(true)
                .add("/wikidata", dsg)
                .addServlet("/limited", new RateLimitedEndpoint())
                .addFilter("/*", counter)
                .build().start();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private URI endpoint() {
        return URI.create("http://localhost:" + server.getHttpPort() + "/wikidata/sparql");
    }

    private WikidataClient client(URI endpoint) {
        return WikidataClient.builder(endpoint).cache(cache).timeout(Duration.ofSeconds(10)).build();
    }

    /** A gazetteer that knows one place, so the test can see it is never asked online. */
    private static Gazetteer gazetteer() {
        return Gazetteer.of(List.of(entry("Q649", "Moscow", EntityType.PLACE, "city", "Q159", 0.9, List.of(), List.of())));
    }

    private static Map<String, Link> link(Linker linker, Entity... entities) {
        return linker.link(article(null, null), annotations(entities));
    }

    @Test
    void lookupFindsItemsByEnglishLabelOrAliasIgnoringCase() {
        WikidataClient client = client(endpoint());
        List<WikidataItem> items = client.lookup("ada quillfeather");
        assertEquals(1, items.size());
        WikidataItem ada = items.get(0);
        assertEquals("Q900000001", ada.qid());
        assertEquals("Ada Quillfeather", ada.label());
        assertTrue(ada.labelMatch());
        assertEquals(List.of("Q5"), ada.classes());
        assertEquals("Q900000090", ada.country());
        assertEquals("fictional diplomat", ada.description());
        assertEquals(120, ada.sitelinks());

        List<WikidataItem> harbour = client.lookup("Veridian Harbour");
        assertEquals(List.of("Q900000002"), harbour.stream().map(WikidataItem::qid).toList());
        assertFalse(harbour.get(0).labelMatch(), "found by its alias");
        assertTrue(client.lookup("Nowhere In Particular").isEmpty());
        assertTrue(userAgents.stream().allMatch(ua -> ua.startsWith("Dateline/")
                && ua.contains("(+https://w3id.org/dateline; news linked data)")), userAgents.toString());
    }

    @Test
    void entityTheGazetteerLacksIsLinkedOnline() {
        Linker linker = Linker.create(gazetteer(), client(endpoint()));
        Map<String, Link> links = link(linker, entity(EntityType.PERSON, "Ada Quillfeather"),
                entity(EntityType.PLACE, "Veridian Harbour"));
        assertEquals("Q900000001", links.get("person/ada-quillfeather").qid());
        assertEquals("Ada Quillfeather", links.get("person/ada-quillfeather").label());
        // The film that shares the city's label is of a class Dateline does not keep: no rival.
        assertEquals("Q900000002", link(linker, entity(EntityType.PLACE, "Port Veridian")).get("place/port-veridian").qid());
    }

    @Test
    void ambiguousOnlineNameStaysUnlinked() {
        Linker linker = Linker.create(gazetteer(), client(endpoint()));
        assertTrue(link(linker, entity(EntityType.PLACE, "Lakeview")).isEmpty());
    }

    @Test
    void typeMismatchStaysUnlinked() {
        Linker linker = Linker.create(gazetteer(), client(endpoint()));
        assertTrue(link(linker, entity(EntityType.ORGANIZATION, "Ada Quillfeather")).isEmpty());
    }

    @Test
    void gazetteerEntitiesAndBareSurnamesAreNotAskedOnline() {
        WikidataClient client = client(endpoint());
        Linker linker = Linker.create(gazetteer(), client);
        Map<String, Link> links = link(linker, entity(EntityType.PLACE, "Moscow"), entity(EntityType.PERSON, "Quillfeather"));
        assertEquals("Q649", links.get("place/moscow").qid());
        assertFalse(links.containsKey("person/quillfeather"));
        assertEquals(0, client.requestsSent());
        assertEquals(0, requests.get());
    }

    @Test
    void offlineLinkerIsUnchanged() {
        assertTrue(link(Linker.create(gazetteer()), entity(EntityType.PERSON, "Ada Quillfeather")).isEmpty());
    }

    @Test
    void secondRunIsAnsweredFromTheCacheWithoutTheServer() {
        URI endpoint = endpoint();
        Linker first = Linker.create(gazetteer(), client(endpoint));
        assertEquals("Q900000001", link(first, entity(EntityType.PERSON, "Ada Quillfeather")).get("person/ada-quillfeather").qid());
        assertTrue(link(first, entity(EntityType.PLACE, "Lakeview")).isEmpty());
        int asked = requests.get();
        assertEquals(2, asked);

        server.stop();
        server = null;
        WikidataClient again = client(endpoint);
        Linker second = Linker.create(gazetteer(), again);
        assertEquals("Q900000001", link(second, entity(EntityType.PERSON, "Ada Quillfeather")).get("person/ada-quillfeather").qid());
        assertTrue(link(second, entity(EntityType.PLACE, "Lakeview")).isEmpty());
        assertEquals(0, again.requestsSent());
    }

    @Test
    void unreachableEndpointLeavesTheEntityUnlinkedAndIsNotCached() {
        URI endpoint = endpoint();
        server.stop();
        server = null;
        WikidataClient client = client(endpoint);
        assertThrows(WikidataException.class, () -> client.lookup("Ada Quillfeather"));
        assertTrue(link(Linker.create(gazetteer(), client), entity(EntityType.PERSON, "Ada Quillfeather")).isEmpty());
        assertEquals(2, client.requestsSent(), "each attempt went to the network: nothing was cached");
    }

    @Test
    void tooManyRequestsIsHonouredByWaitingRetryAfter() {
        URI limited = URI.create("http://localhost:" + server.getHttpPort() + "/limited");
        WikidataClient client = client(limited);
        long t0 = System.nanoTime();
        List<WikidataItem> items = client.lookup("Ada Quillfeather");
        long waitedMs = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(List.of("Q900000001"), items.stream().map(WikidataItem::qid).toList());
        assertEquals(2, limitedCalls.get(), "one 429, then the answer");
        assertEquals(2, client.requestsSent());
        assertTrue(waitedMs >= 950, "waited the second Retry-After asked for, not " + waitedMs + " ms");
    }

    @Test
    void retryAfterLongerThanTheMaximumFailsInsteadOfHammering() {
        URI limited = URI.create("http://localhost:" + server.getHttpPort() + "/limited");
        WikidataClient client = WikidataClient.builder(limited).cache(cache).maxWait(Duration.ZERO).build();
        WikidataException e = assertThrows(WikidataException.class, () -> client.lookup("Ada Quillfeather"));
        assertTrue(e.getMessage().contains("asks to wait 1 s"), e.getMessage());
        assertEquals(1, client.requestsSent());
    }

    /** Answers the first request 429 with {@code Retry-After: 1}, then runs the query on the fixture. */
    private final class RateLimitedEndpoint extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            if (limitedCalls.incrementAndGet() == 1) {
                resp.setHeader("Retry-After", "1");
                resp.sendError(429, "slow down");
                return;
            }
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).query(req.getParameter("query")).build()) {
                ResultSet rs = qe.execSelect();
                resp.setContentType("application/sparql-results+json");
                ResultSetMgr.write(resp.getOutputStream(), rs, ResultSetLang.RS_JSON);
            }
        }
    }

}
