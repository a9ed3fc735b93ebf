package org.dateline.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.dateline.link.ProcessedArticle;
import org.dateline.TestArticles;
import org.dateline.extract.Annotations;
import org.dateline.extract.Entity;
import org.dateline.model.EntityType;
import org.dateline.extract.Event;
import org.dateline.extract.Mention;
import org.dateline.extract.Quote;
import org.dateline.extract.SpeechMode;
import org.dateline.ingest.Article;
import org.dateline.ingest.ArticleReader;
import org.dateline.ingest.IngestOptions;
import org.dateline.model.Span;
import org.dateline.link.Link;
import org.dateline.map.Vocab.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The mapper on hand-made annotations: what each kind of finding becomes in RDF, independent of extraction. */
class ArticleMapperTest {
    private static Article article;
    private static Entity speaker;
    private static Entity place;
    private static Entity target;

    @BeforeAll
    static void read() throws Exception {
        article = ArticleReader.create(IngestOptions.defaults()).read(TestArticles.SAMPLE);
        speaker = entity("person/a", EntityType.PERSON, "Speaker Person");
        place = entity("place/b", EntityType.PLACE, "Some Place");
        target = entity("organization/c", EntityType.ORGANIZATION, "Target Org");
    }

    private static Entity entity(String key, EntityType type, String name) {
        return new Entity(key, type, name, List.of(new Mention(new Span(0, 4), article.text().substring(0, 4))),
                List.of("President"), null);
    }

    private static DatasetGraph map(Annotations ann, Map<String, Link> links, boolean tripleTerms) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        ArticleMapper mapper = TestArticles.fixedMapper().withTripleTerms(tripleTerms);
        mapper.map(new ProcessedArticle(article, ann, links), StreamRDFLib.dataset(dsg));
        return dsg;
    }

    private static Node iri(String s) {
        return NodeFactory.createURI(s);
    }

    private static boolean has(DatasetGraph dsg, Node s, Node p, Node o) {
        return dsg.find(Node.ANY, s, p, o).hasNext();
    }

    @Test
    void aLinkedEntityIsNamedByItsQidAndSameAsWikidata() {
        Annotations ann = new Annotations(List.of(speaker), List.of(), List.of(), List.of());
        DatasetGraph dsg = map(ann, Map.of("person/a", new Link("Q42", 0.91, "Canonical Label")), false);
        Node e = iri(Iris.DEFAULT_BASE + "id/entity/Q42");
        assertTrue(has(dsg, e, OWL.sameAs.asNode(), iri("http://www.wikidata.org/entity/Q42")));
        assertTrue(has(dsg, e, Schema.name.asNode(), NodeFactory.createLiteralString("Speaker Person")),
                "schema:name is the name the article prints");
        assertTrue(has(dsg, e, org.apache.jena.vocabulary.RDFS.label.asNode(), NodeFactory.createLiteralString("Canonical Label")),
                "rdfs:label is the Wikidata label");
        assertFalse(has(dsg, e, Schema.name.asNode(), NodeFactory.createLiteralString("Canonical Label")));
        assertTrue(has(dsg, e, Schema.jobTitle.asNode(), NodeFactory.createLiteralString("President")));
        // Descriptions live in the shared graph, the article's view of them in its own.
        Node entities = iri(Iris.DEFAULT_BASE + "graph/entities");
        assertTrue(dsg.contains(entities, e, OWL.sameAs.asNode(), iri("http://www.wikidata.org/entity/Q42")));
    }

    @Test
    void anUnlinkedEntityKeepsALocalIriAndNoSameAs() {
        Annotations ann = new Annotations(List.of(place), List.of(), List.of(), List.of());
        DatasetGraph dsg = map(ann, Map.of(), false);
        Node e = iri(Iris.DEFAULT_BASE + "id/place/some-place");
        assertTrue(has(dsg, e, Schema.name.asNode(), NodeFactory.createLiteralString("Some Place")));
        assertFalse(has(dsg, e, OWL.sameAs.asNode(), Node.ANY));
    }

    @Test
    void aQuoteHasItsSpeakerOccurrencesAndWhatItIsAbout() {
        Entity inside = new Entity("organization/c", EntityType.ORGANIZATION, "Target Org",
                List.of(new Mention(new Span(20, 24), article.text().substring(20, 24))), List.of(), null);
        Quote q = new Quote("some words", List.of(new Span(15, 30), new Span(40, 50)), "person/a", SpeechMode.DIRECT, null);
        DatasetGraph dsg = map(new Annotations(List.of(speaker, inside), List.of(q), List.of(), List.of()), Map.of(), false);
        String art = TestArticles.fixedMapper().articleIri(article);
        Node quote = iri(art + "/quote/1");
        assertTrue(has(dsg, quote, DL.speaker.asNode(), iri(Iris.DEFAULT_BASE + "id/person/speaker-person/president")));
        assertTrue(has(dsg, quote, org.apache.jena.vocabulary.RDF.type.asNode(), DL.DirectQuote.asNode()));
        assertEquals(2, dsg.stream(Node.ANY, quote, DL.occurrence.asNode(), Node.ANY).count());
        assertTrue(has(dsg, quote, Schema.about.asNode(), iri(Iris.DEFAULT_BASE + "id/organization/target-org")));
    }

    @Test
    void aParaphraseIsAClaim() {
        Quote q = new Quote("that things happened", List.of(new Span(15, 30)), "person/a", SpeechMode.INDIRECT, null);
        DatasetGraph dsg = map(new Annotations(List.of(speaker), List.of(q), List.of(), List.of()), Map.of(), false);
        Node claim = iri(TestArticles.fixedMapper().articleIri(article) + "/claim/1");
        assertTrue(has(dsg, claim, org.apache.jena.vocabulary.RDF.type.asNode(), DL.Claim.asNode()));
    }

    @Test
    void anEventHasItsTypeDatePlaceAndRoles() {
        Event ev = new Event("Airstrike", "bombing", new Span(5, 12), LocalDate.of(2015, 10, 3), "place/b",
                List.of("person/a"), List.of("organization/c"));
        DatasetGraph dsg = map(new Annotations(List.of(speaker, place, target), List.of(), List.of(), List.of(ev)),
                Map.of(), false);
        Node event = iri(TestArticles.fixedMapper().articleIri(article) + "/event/1");
        assertTrue(has(dsg, event, DL.eventType.asNode(), iri(DL.EVENT_TYPE_NS + "Airstrike")));
        assertTrue(has(dsg, event, DL.agent.asNode(), iri(Iris.DEFAULT_BASE + "id/person/speaker-person/president")));
        assertTrue(has(dsg, event, DL.affected.asNode(), iri(Iris.DEFAULT_BASE + "id/organization/target-org")));
        assertTrue(has(dsg, event, Schema.location.asNode(), iri(Iris.DEFAULT_BASE + "id/place/some-place")));
        assertTrue(has(dsg, iri(DL.EVENT_TYPE_NS + "Airstrike"), org.apache.jena.vocabulary.SKOS.prefLabel.asNode(),
                NodeFactory.createLiteralLang("airstrike", "en")));
    }

    @Test
    void linksAreAnnotatedWithRdf12ReifiersOnlyWhenAsked() {
        Annotations ann = new Annotations(List.of(speaker), List.of(), List.of(), List.of());
        Map<String, Link> links = Map.of("person/a", new Link("Q42", 0.91, "Canonical Label"));
        Node e = iri(Iris.DEFAULT_BASE + "id/entity/Q42");
        Node statement = NodeFactory.createTripleNode(Triple.create(e, OWL.sameAs.asNode(), iri(Link.WIKIDATA_ENTITY + "Q42")));
        assertFalse(has(map(ann, links, false), Node.ANY, org.apache.jena.vocabulary.RDF.reifies.asNode(), statement));
        DatasetGraph annotated = map(ann, links, true);
        // The triple term is the object of rdf:reifies (RDF 1.2), never a subject; the annotations are on the reifier.
        var reifiers = org.apache.jena.atlas.iterator.Iter.toList(
                annotated.find(Node.ANY, Node.ANY, org.apache.jena.vocabulary.RDF.reifies.asNode(), statement));
        assertEquals(1, reifiers.size());
        Node reifier = reifiers.get(0).getSubject();
        assertTrue(reifier.isURI() && reifier.getURI().endsWith("/link/Q42"), reifier.toString());
        assertTrue(has(annotated, reifier, DL.linkConfidence.asNode(),
                NodeFactory.createLiteralDT("0.91", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal)));
        assertTrue(annotated.stream().noneMatch(q -> q.getSubject().isTripleTerm()));
        // The plain form is always there for stores without triple terms.
        assertTrue(has(annotated, e, DL.linkConfidence.asNode(), Node.ANY));
    }

    @Test
    void confidencesAreCanonicalDecimals() {
        Annotations ann = new Annotations(List.of(speaker), List.of(), List.of(), List.of());
        for (double c : new double[] {0.75, 1.0, 0.5004}) {
            DatasetGraph d = map(ann, Map.of("person/a", new Link("Q42", c, "Canonical Label")), false);
            String lex = d.find(Node.ANY, Node.ANY, DL.linkConfidence.asNode(), Node.ANY).next().getObject()
                    .getLiteralLexicalForm();
            assertEquals(org.apache.jena.riot.process.normalize.CanonicalizeLiteral.get()
                    .apply(NodeFactory.createLiteralDT(lex, org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal))
                    .getLiteralLexicalForm(), lex, "canonical form of " + c);
        }
    }

    @Test
    void pageAddressesBecomeAbsoluteIrisOrAreLeftOut() {
        assertEquals("https://news.example/img/a.jpg", ArticleMapper.webIri("/img/a.jpg", "https://news.example/world/story"));
        assertEquals("https://cdn.example/a.jpg", ArticleMapper.webIri("https://cdn.example/a.jpg", null));
        assertEquals(null, ArticleMapper.webIri("/img/a.jpg", null));
        assertEquals(null, ArticleMapper.webIri("http://bad host/a b.jpg", null));
    }

    @Test
    void onlyWebAddressesAreKept() {
        // A page's canonical link or picture with a script or data address must not reach the data (stored XSS).
        assertEquals(null, ArticleMapper.webIri("javascript:alert(14)", null));
        assertEquals(null, ArticleMapper.webIri("JavaScript:alert(14)", "https://news.example/story"));
        assertEquals(null, ArticleMapper.webIri("data:text/html,<script>alert(1)</script>", null));
        assertEquals(null, ArticleMapper.webIri("file:///etc/passwd", null));
        assertEquals("HTTPS://news.example/a", ArticleMapper.webIri("HTTPS://news.example/a", null));
    }
}
