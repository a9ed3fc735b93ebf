package org.dateline.map;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The namespace prefixes Dateline writes and accepts in queries, so output reads the same everywhere. */
public final class Prefixes {
    private Prefixes() { }

    /** The standard prefixes plus {@code id:} for resources under the given base. */
    public static PrefixMap forBase(String base) {
        PrefixMap pm = PrefixMapFactory.create();
        pm.add("rdf", RDF.getURI());
        pm.add("rdfs", RDFS.getURI());
        pm.add("owl", OWL.getURI());
        pm.add("xsd", XSD.getURI());
        pm.add("skos", SKOS.getURI());
        pm.add("schema", Vocab.Schema.NS);
        pm.add("dl", DL.NS);
        pm.add("dlt", DL.EVENT_TYPE_NS);
        pm.add("prov", Vocab.Prov.NS);
        pm.add("nif", Vocab.Nif.NS);
        pm.add("itsrdf", Vocab.Its.NS);
        pm.add("wd", "http://www.wikidata.org/entity/");
        pm.add("foaf", "http://xmlns.com/foaf/0.1/");
        if (base != null) {
            pm.add("id", new Iris(base).base() + "id/");
        }
        return pm;
    }

    /** The same prefixes as SPARQL PREFIX lines, for query pages and examples. */
    public static String sparqlPrologue(String base) {
        StringBuilder sb = new StringBuilder();
        forBase(base).forEach((p, uri) -> sb.append("PREFIX ").append(p).append(": <").append(uri).append(">\n"));
        return sb.toString();
    }
}
