package org.dateline.map;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.dateline.knowledge.DataFiles;

/** Checks RDF against Dateline's SHACL shapes ({@code ontology/shapes.ttl}). Thread-safe. */
public final class ShapeValidator {
    /** The shapes file, relative to the data root (see {@link DataFiles}). */
    public static final String SHAPES_FILE = "ontology/shapes.ttl";

    private final Shapes shapes;

    private ShapeValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** A validator with the bundled shapes. */
    public static ShapeValidator create() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(DataFiles.open(SHAPES_FILE)).lang(Lang.TURTLE).parse(g);
        return new ShapeValidator(Shapes.parse(g));
    }

    /** One readable line per report entry: severity, focus node, path, message (IRIs shortened by prefix). */
    public static List<String> describe(ValidationReport report) {
        PrefixMap pm = Prefixes.forBase(null);
        List<String> lines = new ArrayList<>();
        report.getEntries().forEach(e -> lines.add(e.severity().level().getLocalName() + ": "
                + shortForm(pm, e.focusNode()) + "  " + (e.resultPath() == null ? "" : e.resultPath() + "  ")
                + e.message()));
        return lines;
    }

    private static String shortForm(PrefixMap pm, org.apache.jena.graph.Node n) {
        if (n.isURI()) {
            String s = pm.abbreviate(n.getURI());
            return s != null ? s : "<" + n.getURI() + ">";
        }
        return n.toString();
    }

    public ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }
}
