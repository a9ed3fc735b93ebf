package org.dateline.map;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms Dateline reuses from schema.org, NIF 2.0 and ITS 2.0, which Jena does not ship as
 * constants (Jena has {@code RDF}, {@code RDFS}, {@code OWL}, {@code XSD}, {@code SKOS}, {@code DCTerms}
 * but not PROV-O; its {@code SchemaDO} uses the http form, while schema.org terms use the
 * {@code https://schema.org/} namespace, as schema.org recommends).
 */
public final class Vocab {
    private Vocab() { }

    /** schema.org, https form. */
    public static final class Schema {
        public static final String NS = "https://schema.org/";
        public static final Resource NewsArticle = r("NewsArticle");
        public static final Resource Person = r("Person");
        public static final Resource Organization = r("Organization");
        public static final Resource Place = r("Place");
        public static final Resource ImageObject = r("ImageObject");
        public static final Resource SoftwareApplication = r("SoftwareApplication");
        public static final Resource Quotation = r("Quotation");
        public static final Resource Claim = r("Claim");
        public static final Resource Event = r("Event");
        public static final Resource GeoCoordinates = r("GeoCoordinates");
        public static final Property headline = p("headline");
        public static final Property alternativeHeadline = p("alternativeHeadline");
        public static final Property author = p("author");
        public static final Property datePublished = p("datePublished");
        public static final Property dateline = p("dateline");
        public static final Property locationCreated = p("locationCreated");
        public static final Property sourceOrganization = p("sourceOrganization");
        public static final Property publisher = p("publisher");
        public static final Property mentions = p("mentions");
        public static final Property name = p("name");
        public static final Property text = p("text");
        public static final Property creator = p("creator");
        public static final Property image = p("image");
        public static final Property caption = p("caption");
        public static final Property creditText = p("creditText");
        public static final Property contentUrl = p("contentUrl");
        public static final Property articleBody = p("articleBody");
        public static final Property wordCount = p("wordCount");
        public static final Property url = p("url");
        public static final Property inLanguage = p("inLanguage");
        public static final Property sameAs = p("sameAs");
        public static final Property jobTitle = p("jobTitle");
        public static final Property honorificPrefix = p("honorificPrefix");
        public static final Property about = p("about");
        public static final Property dateCreated = p("dateCreated");
        public static final Property startDate = p("startDate");
        public static final Property location = p("location");
        public static final Property softwareVersion = p("softwareVersion");
        public static final Property abstract_ = p("abstract");
        public static final Property geo = p("geo");
        public static final Property latitude = p("latitude");
        public static final Property longitude = p("longitude");

        private Schema() { }

        private static Resource r(String local) {
            return ResourceFactory.createResource(NS + local);
        }

        private static Property p(String local) {
            return ResourceFactory.createProperty(NS + local);
        }
    }

    /** NIF 2.0 core: strings in a text with character offsets. */
    public static final class Nif {
        public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
        public static final Resource Context = ResourceFactory.createResource(NS + "Context");
        public static final Resource Phrase = ResourceFactory.createResource(NS + "Phrase");
        public static final Resource String = ResourceFactory.createResource(NS + "String");
        public static final Resource OffsetBasedString = ResourceFactory.createResource(NS + "OffsetBasedString");
        public static final Property isString = ResourceFactory.createProperty(NS + "isString");
        public static final Property beginIndex = ResourceFactory.createProperty(NS + "beginIndex");
        public static final Property endIndex = ResourceFactory.createProperty(NS + "endIndex");
        public static final Property anchorOf = ResourceFactory.createProperty(NS + "anchorOf");
        public static final Property referenceContext = ResourceFactory.createProperty(NS + "referenceContext");

        private Nif() { }
    }

    /** PROV-O, the W3C provenance ontology. */
    public static final class Prov {
        public static final String NS = "http://www.w3.org/ns/prov#";
        public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
        public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");
        public static final Resource SoftwareAgent = ResourceFactory.createResource(NS + "SoftwareAgent");
        public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS + "wasGeneratedBy");
        public static final Property generatedAtTime = ResourceFactory.createProperty(NS + "generatedAtTime");
        public static final Property wasAttributedTo = ResourceFactory.createProperty(NS + "wasAttributedTo");
        public static final Property endedAtTime = ResourceFactory.createProperty(NS + "endedAtTime");
        public static final Property wasAssociatedWith = ResourceFactory.createProperty(NS + "wasAssociatedWith");
        public static final Property used = ResourceFactory.createProperty(NS + "used");

        private Prov() { }
    }

    /** ITS 2.0 in RDF: the entity a NIF phrase identifies. */
    public static final class Its {
        public static final String NS = "http://www.w3.org/2005/11/its/rdf#";
        public static final Property taIdentRef = ResourceFactory.createProperty(NS + "taIdentRef");
        public static final Property taClassRef = ResourceFactory.createProperty(NS + "taClassRef");

        private Its() { }
    }
}
