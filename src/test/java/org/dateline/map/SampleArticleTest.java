package org.dateline.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.dateline.TestArticles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample article's RDF says what its gold file says: headline, author, dateline place and date, and
 * who said each quote. Expectations are read from the gold JSON, never copied into the test.
 */
class SampleArticleTest {
    private static Dataset data;
    private static JsonObject gold;

    @BeforeAll
    static void map() {
        data = DatasetFactory.wrap(TestArticles.map(TestArticles.SAMPLE));
        gold = JSON.read(TestArticles.gold(TestArticles.SAMPLE).toString());
    }

    private static List<QuerySolution> select(String body) {
        String q = Prefixes.sparqlPrologue(null) + body;
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(data).query(q)
                .set(org.apache.jena.query.ARQ.symLogExec, false).build()) {
            // The mapper writes named graphs only; query their union as users do on the server.
            qe.getContext().set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true);
            qe.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }

    private static List<QuerySolution> selectUnion(String where) {
        return select("SELECT * WHERE { GRAPH ?g { " + where + " } }");
    }

    @Test
    void headlineIsTheGoldHeadline() {
        var rows = selectUnion("?a a schema:NewsArticle ; schema:headline ?h");
        assertEquals(1, rows.size());
        assertEquals(gold.getString("headline"), rows.get(0).getLiteral("h").getString());
    }

    @Test
    void authorIsAPersonWithTheGoldName() {
        List<String> names = new ArrayList<>();
        for (QuerySolution r : select("SELECT ?n WHERE { GRAPH ?g { ?a schema:author ?p } GRAPH ?e { ?p a schema:Person ; schema:name ?n } }")) {
            names.add(r.getLiteral("n").getString());
        }
        List<String> expected = gold.get("authors").getAsArray().stream().map(v -> v.getAsString().value()).toList();
        assertEquals(expected, names);
    }

    @Test
    void datelinePlaceAndDateAreTheGoldOnes() {
        var rows = select("SELECT ?n ?d ?p WHERE { GRAPH ?g { ?a schema:locationCreated ?place ; dl:datelineDate ?d ; "
                + "schema:datePublished ?p } GRAPH ?e { ?place a schema:Place ; schema:name ?n } }");
        assertEquals(1, rows.size());
        JsonObject dateline = gold.get("dateline").getAsObject();
        assertEquals(dateline.getString("place").toLowerCase(), rows.get(0).getLiteral("n").getString().toLowerCase());
        assertEquals(dateline.getString("date"), rows.get(0).getLiteral("d").getLexicalForm());
        assertEquals(gold.getString("published"), rows.get(0).getLiteral("p").getLexicalForm());
    }

    @Test
    void everyGoldQuoteIsAQuotationByItsSpeaker() {
        var rows = select("SELECT ?text ?name WHERE { GRAPH ?g { ?q a schema:Quotation ; schema:text ?text ; dl:speaker ?s } "
                + "GRAPH ?e { ?s schema:name ?name } }");
        for (JsonValue v : gold.get("quotes").getAsArray()) {
            String start = v.getAsObject().getString("starts_with");
            String speaker = v.getAsObject().getString("speaker");
            List<String> mentions = mentionsOf(speaker);
            boolean found = rows.stream().anyMatch(r -> normalise(r.getLiteral("text").getString()).startsWith(normalise(start))
                    && mentions.stream().anyMatch(m -> r.getLiteral("name").getString().contains(m)));
            assertTrue(found, "no quotation starting '" + start + "' by " + speaker + " in " + rows);
        }
    }

    private static List<String> mentionsOf(String entity) {
        List<String> out = new ArrayList<>(List.of(entity));
        for (JsonValue e : gold.get("entities").getAsArray()) {
            if (e.getAsObject().getString("name").equals(entity)) {
                e.getAsObject().get("mentions").getAsArray().forEach(m -> out.add(m.getAsString().value()));
            }
        }
        return out;
    }

    private static String normalise(String s) {
        return s.replaceAll("[\"“”‘’']", "").replaceAll("\\s+", " ").strip();
    }
}
