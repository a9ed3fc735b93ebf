package org.dateline.link;

import org.dateline.knowledge.GazetteerEntry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.dateline.model.Version;
import org.dateline.model.EntityType;

/**
 * Pages through a Wikidata-compatible SPARQL endpoint (the Wikidata query service, or a local copy such as
 * QLever or a Fuseki loaded with Wikidata's RDF) for items of the classes in
 * {@code data/gazetteer/sources/wikidata-classes.tsv} with at least a number of sitelinks, and turns them
 * into gazetteer rows as a dump build would. Keyset paging on the item IRI: each page asks for the items
 * after the last one seen, so no page depends on an OFFSET the endpoint must count.
 */
public final class WikidataEndpointReader {
    private static final Pattern POINT = Pattern.compile("Point\\(\\s*(-?[0-9.eE+-]+)\\s+(-?[0-9.eE+-]+)\\s*\\)");
    private static final String ENTITY = "http://www.wikidata.org/entity/";

    /** What a pass read: pages asked and rows kept. */
    public record Stats(int pages, long kept) { }

    private final WikidataClasses classes;
    private final Set<EntityType> types;
    private final int minSitelinks;
    private final int pageSize;

    private WikidataEndpointReader(WikidataClasses classes, Set<EntityType> types, int minSitelinks, int pageSize) {
        this.classes = classes;
        this.types = Set.copyOf(types);
        this.minSitelinks = minSitelinks;
        this.pageSize = pageSize;
    }

    /** A reader keeping items of {@code types} whose class is in {@code classFile}. */
    public static WikidataEndpointReader create(Path classFile, Set<EntityType> types, int minSitelinks, int pageSize)
            throws IOException {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be at least 1, not " + pageSize);
        }
        return new WikidataEndpointReader(WikidataClasses.parse(Files.readAllLines(classFile, StandardCharsets.UTF_8),
                classFile.toString()), types, minSitelinks, pageSize);
    }

    /** The query of the page after {@code afterIri} ("" for the first page). */
    String query(String afterIri) {
        StringBuilder values = new StringBuilder();
        for (String c : classes.qids()) {
            if (types.contains(classes.get(c).orElseThrow().type())) {
                values.append(" wd:").append(c);
            }
        }
        return """
                PREFIX wd: <http://www.wikidata.org/entity/>
                PREFIX wdt: <http://www.wikidata.org/prop/direct/>
                PREFIX wikibase: <http://wikiba.se/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?item (SAMPLE(?l) AS ?label) (MAX(?n) AS ?sitelinks)
                       (GROUP_CONCAT(DISTINCT STR(?class); separator=" ") AS ?classes)
                       (GROUP_CONCAT(DISTINCT ?alias; separator="\\u001f") AS ?aliases)
                       (SAMPLE(?p17) AS ?country) (SAMPLE(?p27) AS ?citizenship) (SAMPLE(?p625) AS ?coord)
                WHERE {
                  VALUES ?class {%s }
                  ?item wdt:P31 ?class ; wikibase:sitelinks ?n ; rdfs:label ?l .
                  FILTER(LANG(?l) = "en" && ?n >= %d%s)
                  OPTIONAL { ?item skos:altLabel ?alias FILTER(LANG(?alias) = "en") }
                  OPTIONAL { ?item wdt:P17 ?p17 }
                  OPTIONAL { ?item wdt:P27 ?p27 }
                  OPTIONAL { ?item wdt:P625 ?p625 }
                }
                GROUP BY ?item
                ORDER BY ?item
                LIMIT %d
                """.formatted(values, minSitelinks,
                afterIri.isEmpty() ? "" : " && STR(?item) > \"" + afterIri + "\"", pageSize);
    }

    /** Reads every page of {@code endpoint}, passing each kept row to {@code sink}. */
    public Stats read(String endpoint, Consumer<GazetteerEntry> sink) {
        String after = "";
        int pages = 0;
        long kept = 0;
        while (true) {
            List<QuerySolution> rows = new ArrayList<>();
            try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(endpoint).query(query(after))
                    .httpHeader("User-Agent", "Dateline/" + Version.get() + " (+https://w3id.org/dateline; gazetteer build)")
                    .build()) {
                ResultSet rs = qe.execSelect();
                rs.forEachRemaining(rows::add);
            } catch (RuntimeException e) {
                throw new WikidataException("the SPARQL endpoint " + endpoint + " failed on page " + (pages + 1)
                        + " (items after " + (after.isEmpty() ? "the start" : after) + "): " + e.getMessage()
                        + "; check the URL, or resume later", e);
            }
            pages++;
            for (QuerySolution s : rows) {
                GazetteerEntry e = toEntry(s, endpoint);
                if (e != null) {
                    sink.accept(e);
                    kept++;
                }
            }
            if (rows.size() < pageSize) {
                return new Stats(pages, kept);
            }
            after = rows.get(rows.size() - 1).getResource("item").getURI();
        }
    }

    private GazetteerEntry toEntry(QuerySolution s, String endpoint) {
        String iri = s.getResource("item").getURI();
        if (!iri.startsWith(ENTITY + "Q")) {
            return null;
        }
        String qid = iri.substring(ENTITY.length());
        List<String> itemClasses = new ArrayList<>();
        for (String c : text(s, "classes").split(" ")) {
            if (c.startsWith(ENTITY)) {
                itemClasses.add(c.substring(ENTITY.length()));
            }
        }
        Optional<WikidataClasses.Kept> cls = classes.best(itemClasses);
        if (cls.isEmpty() || !types.contains(cls.get().type())) {
            return null;
        }
        String label = text(s, "label");
        List<String> aliases = text(s, "aliases").isEmpty() ? List.of()
                : Arrays.stream(text(s, "aliases").split("\u001f")).filter(a -> !a.isBlank() && !a.equals(label)).sorted().toList();
        String country = "";
        if (!cls.get().subtype().equals("country")) {
            String c = iriText(s, cls.get().type() == EntityType.PERSON ? "citizenship" : "country");
            country = c.startsWith(ENTITY) ? c.substring(ENTITY.length()) : "";
        }
        Double lat = null;
        Double lon = null;
        Matcher m = POINT.matcher(text(s, "coord"));
        if (m.find()) {
            lon = Double.valueOf(m.group(1));
            lat = Double.valueOf(m.group(2));
        }
        int sitelinks = s.contains("sitelinks") && s.get("sitelinks").isLiteral() ? s.getLiteral("sitelinks").getInt() : 0;
        return new GazetteerEntry(qid, label, cls.get().type(), cls.get().subtype(), country, aliases, lat, lon,
                WikidataDumpReader.prior(sitelinks), "Wikidata endpoint " + endpoint + " (CC0)");
    }

    private static String text(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static String iriText(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        return n != null && n.isURIResource() ? n.asResource().getURI() : "";
    }
}
