package org.dateline.publish;

import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.dateline.knowledge.DataFiles;
import org.dateline.map.DL;
import org.dateline.map.Iris;
import org.dateline.map.Vocab;

/**
 * The dataset described for machines: VoID and DCAT at {@code /.well-known/void} (what it holds and how many, its
 * licence and sources, example resources, the SPARQL endpoint and the dump) and the SPARQL 1.1 service description at
 * the endpoint. Minted IRIs (the dataset, its resources) are under the base; the addresses of services (endpoint,
 * dump) are on the server a client reached, {@code origin}.
 */
final class DatasetDescription {
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    /** Where the description answers. */
    static final String PATH = "/.well-known/void";
    /** The gzipped N-Quads dump. */
    static final String DUMP = "/dumps/news.nq.gz";
    private static final String MEDIA = "https://www.iana.org/assignments/media-types/";

    private final Iris iris;
    private final Publication publication;
    private final boolean serviceAllowed;

    DatasetDescription(String base, Publication publication, boolean serviceAllowed) {
        this.iris = new Iris(base);
        this.publication = publication;
        this.serviceAllowed = serviceAllowed;
    }

    /** The dataset's IRI: {@code <base>.well-known/void#dataset}, stable whatever the server's port. */
    String datasetIri() {
        return iris.base() + PATH.substring(1) + "#dataset";
    }

    /** VoID and DCAT for a client that reached the server at {@code origin} ("http://localhost:3030"). */
    Model dataset(String origin, StoreFigures figures, List<String> examples) {
        Model m = model();
        Resource ds = m.createResource(datasetIri());
        Resource endpoint = m.createResource(origin + NewsServer.DATASET + "/sparql");
        Resource dump = m.createResource(origin + DUMP);
        m.createResource(origin + PATH).addProperty(RDF.type, v(m, "DatasetDescription"))
                .addProperty(m.createProperty(FOAF, "primaryTopic"), ds);
        ds.addProperty(RDF.type, v(m, "Dataset")).addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, publication.title())
                .addProperty(DCTerms.description, "News articles as linked data: who said what, about whom, when and "
                        + "where; one named graph per article and one shared graph describing the people, organisations "
                        + "and places they name, linked to Wikidata.")
                .addProperty(m.createProperty(FOAF, "homepage"), m.createResource(origin + "/"))
                .addProperty(vp(m, "sparqlEndpoint"), endpoint)
                .addProperty(vp(m, "dataDump"), dump)
                .addProperty(vp(m, "uriSpace"), iris.base())
                .addProperty(vp(m, "rootResource"), m.createResource(iris.entitiesGraph()))
                .addLiteral(vp(m, "triples"), m.createTypedLiteral(Long.toString(figures.quads()), XSDDatatype.XSDinteger));
        publication.licenseIri().ifPresent(l -> ds.addProperty(DCTerms.license, m.createResource(l)));
        ds.addProperty(DCTerms.rights, publication.rights());
        for (String vocabulary : List.of(Vocab.Schema.NS, DL.NS, Vocab.Nif.NS, Vocab.Prov.NS, Vocab.Its.NS,
                "http://www.w3.org/2004/02/skos/core#", "http://www.w3.org/2002/07/owl#")) {
            ds.addProperty(vp(m, "vocabulary"), m.createResource(vocabulary));
        }
        for (String example : examples) {
            ds.addProperty(vp(m, "exampleResource"), m.createResource(example));
        }
        for (Map.Entry<Node, Long> c : figures.classes().entrySet()) {
            if (c.getValue() > 0) {
                ds.addProperty(vp(m, "classPartition"), m.createResource()
                        .addProperty(vp(m, "class"), m.createResource(c.getKey().getURI()))
                        .addLiteral(vp(m, "entities"), m.createTypedLiteral(Long.toString(c.getValue()), XSDDatatype.XSDinteger)));
            }
        }
        // Where the names and identifiers come from, each source with its licence (data/publishing/sources.ttl).
        Model sources = ModelFactory.createDefaultModel();
        RDFParser.source(DataFiles.open("publishing/sources.ttl")).lang(Lang.TURTLE).parse(sources);
        m.add(sources);
        sources.listSubjectsWithProperty(DCTerms.title).forEachRemaining(s -> ds.addProperty(DCTerms.source, s));
        ds.addProperty(DCTerms.conformsTo, m.createResource(DL.ONTOLOGY));
        ds.addProperty(DCAT.distribution, m.createResource(origin + DUMP + "#distribution")
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.title, "All named graphs as gzipped N-Quads, the ontology graph included")
                .addProperty(DCAT.downloadURL, dump)
                .addProperty(DCAT.mediaType, m.createResource(MEDIA + "application/n-quads"))
                .addProperty(DCAT.compressFormat, m.createResource(MEDIA + "application/gzip")));
        ds.addProperty(DCAT.distribution, m.createResource(origin + NewsServer.DATASET + "/sparql#distribution")
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.title, "SPARQL 1.1 endpoint")
                .addProperty(DCAT.accessURL, endpoint)
                .addProperty(DCAT.accessService, endpoint));
        endpoint.addProperty(RDF.type, DCAT.DataService)
                .addProperty(DCAT.endpointURL, endpoint)
                .addProperty(DCAT.endpointDescription, endpoint)
                .addProperty(DCAT.servesDataset, ds)
                .addProperty(DCTerms.conformsTo, m.createResource("https://www.w3.org/TR/sparql11-protocol/"));
        return m;
    }

    /** The SPARQL 1.1 service description of the endpoint at {@code endpointUrl}. */
    Model service(String endpointUrl, String origin, StoreFigures figures) {
        Model m = model();
        Resource service = m.createResource(endpointUrl);
        service.addProperty(RDF.type, sd(m, "Service"))
                .addProperty(sdp(m, "endpoint"), service)
                .addProperty(sdp(m, "supportedLanguage"), sd(m, "SPARQL11Query"))
                .addProperty(sdp(m, "feature"), sd(m, "UnionDefaultGraph"))
                .addProperty(sdp(m, "defaultEntailmentRegime"), m.createResource("http://www.w3.org/ns/entailment/Simple"))
                .addProperty(RDFS.seeAlso, m.createResource(origin + PATH))
                .addProperty(DCTerms.title, publication.title() + ": SPARQL endpoint (read-only)");
        if (serviceAllowed) {
            service.addProperty(sdp(m, "feature"), sd(m, "BasicFederatedQuery"));
        }
        for (String format : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                "SPARQL_Results_TSV", "Turtle", "N-Triples", "RDF_XML", "JSON-LD", "TriG", "N-Quads")) {
            service.addProperty(sdp(m, "resultFormat"), m.createResource(FORMATS + format));
        }
        Resource defaultGraph = m.createResource().addProperty(RDF.type, sd(m, "Graph"))
                .addProperty(DCTerms.description, "The union of the named graphs")
                .addLiteral(vp(m, "triples"), m.createTypedLiteral(Long.toString(figures.quads()), XSDDatatype.XSDinteger));
        Resource dataset = m.createResource(datasetIri()).addProperty(RDF.type, sd(m, "Dataset"))
                .addProperty(sdp(m, "defaultGraph"), defaultGraph);
        named(m, dataset, iris.entitiesGraph(), "People, organisations and places the articles name");
        named(m, dataset, DL.ONTOLOGY, "The Dateline ontology");
        dataset.addProperty(DCTerms.description, "Also one named graph per article (" + (figures.graphs() - 2)
                + "), listed in " + origin + PATH + " and in the dump " + origin + DUMP);
        service.addProperty(sdp(m, "defaultDataset"), dataset);
        return m;
    }

    private void named(Model m, Resource dataset, String name, String what) {
        dataset.addProperty(sdp(m, "namedGraph"), m.createResource().addProperty(RDF.type, sd(m, "NamedGraph"))
                .addProperty(sdp(m, "name"), m.createResource(name)).addProperty(DCTerms.description, what));
    }

    private static Model model() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID).setNsPrefix("dcat", DCAT.NS).setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("sd", SD).setNsPrefix("foaf", FOAF).setNsPrefix("rdfs", RDFS.uri)
                .setNsPrefix("schema", Vocab.Schema.NS).setNsPrefix("dl", DL.NS).setNsPrefix("formats", FORMATS);
        return m;
    }

    private static Resource v(Model m, String local) {
        return m.createResource(VOID + local);
    }

    private static Property vp(Model m, String local) {
        return m.createProperty(VOID, local);
    }

    private static Resource sd(Model m, String local) {
        return m.createResource(SD + local);
    }

    private static Property sdp(Model m, String local) {
        return m.createProperty(SD, local);
    }
}
