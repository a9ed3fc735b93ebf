package org.dateline.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.dateline.knowledge.DataFiles;
import org.junit.jupiter.api.Test;

/** The vocabulary class and the ontology file say the same thing, and the ontology is well documented. */
class VocabularyTest {
    private static final Model ONTOLOGY = load();

    private static Model load() {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(DataFiles.open("ontology/dateline.ttl")).lang(Lang.TURTLE).parse(m);
        return m;
    }

    private static Set<String> constants() throws IllegalAccessException {
        Set<String> out = new TreeSet<>();
        for (Field f : DL.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                out.add(((Resource) f.get(null)).getURI());
            }
        }
        return out;
    }

    private static Set<String> ontologyTerms() {
        Set<String> out = new TreeSet<>();
        ONTOLOGY.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(DL.NS)) {
                out.add(s.getURI());
            }
        });
        return out;
    }

    @Test
    void everyConstantIsDeclaredInTheOntologyAndEveryTermHasAConstant() throws Exception {
        assertEquals(ontologyTerms(), constants());
    }

    @Test
    void everyTermHasALabelAndADefinition() {
        for (String term : ontologyTerms()) {
            Resource r = ONTOLOGY.getResource(term);
            assertTrue(r.hasProperty(RDFS.label), term + " has no rdfs:label");
            assertTrue(r.hasProperty(SKOS.definition) || r.hasProperty(RDFS.comment), term + " has no definition");
        }
    }

    @Test
    void mintedClassesAndPropertiesRefineKnownTerms() {
        ONTOLOGY.listSubjectsWithProperty(RDF.type, OWL.Class).forEachRemaining(c ->
                assertTrue(c.hasProperty(RDFS.subClassOf), c + " refines no class"));
    }

    @Test
    void ontologyHasVersionLicenceAndCreator() {
        Resource onto = ONTOLOGY.getResource(DL.ONTOLOGY);
        assertTrue(onto.hasProperty(RDF.type, OWL.Ontology));
        assertTrue(onto.hasProperty(OWL.versionIRI));
        assertTrue(onto.hasProperty(OWL.versionInfo));
        assertTrue(onto.hasProperty(org.apache.jena.vocabulary.DCTerms.license));
        assertTrue(onto.hasProperty(org.apache.jena.vocabulary.DCTerms.creator));
        assertFalse(ontologyTerms().isEmpty());
    }
}
