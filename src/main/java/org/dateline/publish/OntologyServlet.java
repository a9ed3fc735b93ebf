package org.dateline.publish;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.dateline.knowledge.DataFiles;
import org.dateline.map.DL;

/**
 * The ontology at its namespace: {@code GET /ns} gives browsers a documentation page generated from
 * {@code ontology/dateline.ttl} (classes, properties, domains and ranges, what each refines) and machines
 * the Turtle itself; {@code /ns/context.jsonld} and {@code /ns/shapes.ttl} give the JSON-LD context and
 * the SHACL shapes.
 */
final class OntologyServlet extends HttpServlet {
    private static final AcceptList OFFER = AcceptList.create("text/html", "text/turtle", "application/ld+json",
            "application/n-triples", "application/rdf+xml");

    private final transient Model ontology;
    private final String page;

    OntologyServlet() {
        this.ontology = ModelFactory.createDefaultModel();
        RDFParser.source(DataFiles.open("ontology/dateline.ttl")).lang(Lang.TURTLE).parse(ontology);
        this.page = document(ontology);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        switch (path) {
            case "/context.jsonld" -> send(resp, "application/ld+json", DataFiles.text("ontology/context.jsonld"));
            case "/shapes.ttl" -> send(resp, "text/turtle", DataFiles.text("ontology/shapes.ttl"));
            case "/dateline.ttl" -> send(resp, "text/turtle", DataFiles.text("ontology/dateline.ttl"));
            case "", "/" -> {
                MediaType type = ConNeg.chooseContentType(req, OFFER, MediaType.create("text/html"));
                resp.setHeader("Vary", "Accept");
                if (type.getContentTypeStr().equals("text/html")) {
                    send(resp, "text/html", page);
                } else if (type.getContentTypeStr().equals("text/turtle")) {
                    send(resp, "text/turtle", DataFiles.text("ontology/dateline.ttl"));
                } else {
                    Lang lang = org.apache.jena.riot.RDFLanguages.contentTypeToLang(type.getContentTypeStr());
                    resp.setContentType(type.getContentTypeStr() + "; charset=utf-8");
                    RDFWriter.source(ontology).lang(lang).output(resp.getOutputStream());
                }
            }
            default -> resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no such ontology document: " + path);
        }
    }

    private static void send(HttpServletResponse resp, String type, String body) throws IOException {
        resp.setContentType(type + "; charset=utf-8");
        resp.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    /** The documentation page: one section per class, property and concept scheme. */
    static String document(Model m) {
        Resource onto = m.getResource(DL.ONTOLOGY);
        String title = literal(onto, RDFS.label);
        Html html = new Html(title).h1(title);
        html.p(literal(onto, RDFS.comment));
        html.raw("<p>Namespace <code>" + Html.esc(DL.NS) + "</code> (prefix <code>dl:</code>), version "
                + Html.esc(literal(onto, OWL.versionInfo)) + ". Machine-readable: "
                + Html.link("/ns/dateline.ttl", "Turtle") + ", " + Html.link("/ns/shapes.ttl", "SHACL shapes") + ", "
                + Html.link("/ns/context.jsonld", "JSON-LD context") + ".</p>\n");
        section(html, m, "Classes", OWL.Class);
        section(html, m, "Object properties", OWL.ObjectProperty);
        section(html, m, "Datatype properties", OWL.DatatypeProperty);
        section(html, m, "Concept schemes and concepts", SKOS.ConceptScheme);
        List<Resource> concepts = terms(m, SKOS.Concept);
        for (Resource c : concepts) {
            term(html, m, c);
        }
        return html.page();
    }

    private static void section(Html html, Model m, String heading, Resource type) {
        html.h2(heading);
        for (Resource r : terms(m, type)) {
            term(html, m, r);
        }
    }

    private static List<Resource> terms(Model m, Resource type) {
        return m.listSubjectsWithProperty(RDF.type, type).toList().stream()
                .filter(r -> r.isURIResource() && r.getURI().startsWith(DL.NS))
                .sorted(Comparator.comparing(Resource::getURI)).toList();
    }

    private static void term(Html html, Model m, Resource r) {
        String local = r.getURI().substring(DL.NS.length());
        html.raw("<h3 id=\"" + Html.esc(local) + "\">dl:" + Html.esc(local) + "</h3>\n<table>");
        row(html, "Label", literal(r, RDFS.label));
        row(html, "Definition", literal(r, SKOS.definition).isEmpty() ? literal(r, RDFS.comment) : literal(r, SKOS.definition));
        links(html, "Refines", r, RDFS.subClassOf);
        links(html, "Refines", r, RDFS.subPropertyOf);
        links(html, "Domain", r, RDFS.domain);
        links(html, "Range", r, RDFS.range);
        links(html, "Range includes", r, m.createProperty("https://schema.org/rangeIncludes"));
        links(html, "In scheme", r, SKOS.inScheme);
        html.raw("</table>\n");
    }

    private static void row(Html html, String key, String value) {
        if (!value.isEmpty()) {
            html.raw("<tr><th>" + Html.esc(key) + "</th><td>" + Html.esc(value) + "</td></tr>");
        }
    }

    private static void links(Html html, String key, Resource r, Property p) {
        String values = r.listProperties(p).toList().stream().map(s -> s.getObject())
                .filter(RDFNode::isURIResource).map(o -> {
                    String iri = o.asResource().getURI();
                    String label = iri.startsWith(DL.NS) ? "dl:" + iri.substring(DL.NS.length()) : iri;
                    return Html.link(iri.startsWith(DL.NS) ? "#" + iri.substring(DL.NS.length()) : iri, label);
                }).collect(Collectors.joining(", "));
        if (!values.isEmpty()) {
            html.raw("<tr><th>" + Html.esc(key) + "</th><td>" + values + "</td></tr>");
        }
    }

    private static String literal(Resource r, Property p) {
        var s = r.getProperty(p);
        return s == null ? "" : s.getObject().isLiteral() ? s.getString() : s.getObject().toString();
    }
}
