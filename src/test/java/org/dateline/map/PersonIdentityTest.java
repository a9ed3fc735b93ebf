package org.dateline.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.dateline.TestArticles;
import org.dateline.map.Vocab.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The identity of unlinked people across articles (README "Identity"): a name alone makes one resource per
 * article; a name with the same role makes one resource across articles.
 */
class PersonIdentityTest {
    private static final Iris IRIS = new Iris("https://news.example/");

    @Test
    void aNameAloneIsOnePersonPerArticle() {
        String a = IRIS.localPerson("James Wilson", null, "https://news.example/id/article/ap/2020-01-01/match");
        String b = IRIS.localPerson("James Wilson", null, "https://news.example/id/article/ap/2020-01-02/senate");
        assertNotEquals(a, b, "a footballer and a state senator of the same name are two people");
        assertEquals("https://news.example/id/article/ap/2020-01-01/match/person/james-wilson", a);
    }

    @Test
    void aNameWithTheSameRoleIsOnePersonAcrossArticles() {
        String a = IRIS.localPerson("James Wilson", "state Senator", "https://news.example/id/article/ap/2020-01-01/a");
        String b = IRIS.localPerson("James Wilson", "State Senator", "https://news.example/id/article/ap/2020-03-09/b");
        assertEquals(a, b);
        assertEquals("https://news.example/id/person/james-wilson/state-senator", a);
        assertNotEquals(a, IRIS.localPerson("James Wilson", "striker", "https://news.example/id/article/ap/2020-01-01/a"));
    }

    @Test
    void twoArticlesNamingAnUnknownPersonWithoutARoleMapToTwoResources(@TempDir Path dir) throws Exception {
        Path match = dir.resolve("match.txt");
        Path senate = dir.resolve("senate.txt");
        Files.writeString(match, "Wilson scores twice as Rovers win\n\nLONDON, March 3 (UPI) -- James Wilson scored"
                + " twice on Saturday as Rovers won 2-0 at home. \"It was a good day,\" James Wilson said.\n");
        Files.writeString(senate, "Senate passes budget bill\n\nHARRISBURG, Pa., March 4 (UPI) -- James Wilson, a"
                + " lawyer, said on Sunday the budget would pass. \"We have the votes,\" Wilson said.\n");
        Set<String> people = new HashSet<>();
        for (Path p : new Path[] {match, senate}) {
            DatasetGraph dsg = TestArticles.map(p);
            dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), Schema.Person.asNode()).forEachRemaining(q -> {
                if (q.getSubject().getURI().endsWith("/james-wilson")) {
                    people.add(q.getSubject().getURI());
                }
            });
        }
        assertEquals(2, people.size(), "one resource per article: " + people);
        for (String iri : people) {
            assertTrue(iri.contains("/id/article/"), iri);
        }
    }

    /** A byline's author is one person across the outlet's articles, even when the recogniser also finds the name. */
    @Test
    void aBylineAuthorIsOnePersonAtTheirOutlet(@TempDir Path dir) throws Exception {
        Set<String> authors = new HashSet<>();
        for (String day : new String[] {"3", "4"}) {
            Path f = dir.resolve("story-" + day + ".txt");
            Files.writeString(f, "Rovers win again\n\nBy Marisa Kettleby\n\nLONDON, March " + day + " (UPI) -- Rovers won"
                    + " 2-0 at home on Saturday, their third win in a row.\n");
            DatasetGraph dsg = TestArticles.map(f);
            dsg.find(Node.ANY, Node.ANY, Schema.author.asNode(), Node.ANY)
                    .forEachRemaining(q -> authors.add(q.getObject().getURI()));
        }
        assertEquals(Set.of("http://localhost:3030/id/person/marisa-kettleby/upi"), authors);
        // The sample's byline name is also an entity of its text.
        Set<String> sample = new HashSet<>();
        TestArticles.map(TestArticles.SAMPLE).find(Node.ANY, Node.ANY, Schema.author.asNode(), Node.ANY)
                .forEachRemaining(q -> sample.add(q.getObject().getURI()));
        assertEquals(Set.of("http://localhost:3030/id/person/brooks-hays/upi"), sample);
    }
}
