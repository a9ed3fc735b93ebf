package org.dateline.publish;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.dateline.model.EntityType;
import org.dateline.map.Vocab.Schema;
import org.dateline.knowledge.Gazetteer;
import org.dateline.knowledge.GazetteerEntry;
import org.dateline.link.WikidataClasses;

/**
 * The W3C Entity Reconciliation API (v0.2) over Dateline's knowledge: the gazetteer and the people,
 * organisations and places of the articles in a store, so that OpenRefine users can match a column
 * of names against them. Pure logic — the HTTP side is {@code publish.ReconciliationServlet}.
 *
 * <p>Identifiers are Wikidata QIDs ({@value #IDENTIFIER_SPACE}), for gazetteer entries and for
 * published entities that are linked. A published entity the linker left unlinked has no QID and is
 * never a candidate: an id outside the declared identifier space would be taken for a Wikidata id.
 * US states and other first-level divisions are candidates beside the countries and cities that share
 * their names ("Georgia"), so such a name is never an automatic match.
 *
 * <p>Precision first, as for linking: {@code match: true} only when the best candidate carries the
 * name exactly (label or alias) and no other candidate comes within {@value #MATCH_MARGIN} points.
 * Query properties are accepted and ignored.
 */
public final class ReconciliationService {
    /** Where candidate ids live: Wikidata items. */
    public static final String IDENTIFIER_SPACE = "http://www.wikidata.org/entity/";
    /** Where property ids would live: Wikidata direct properties. */
    public static final String SCHEMA_SPACE = "http://www.wikidata.org/prop/direct/";
    /** The score (0–100) a candidate needs to be an automatic match. */
    public static final double MATCH_SCORE = 90;
    /** How far ahead of the runner-up an automatic match must be. */
    public static final double MATCH_MARGIN = 10;
    /** Candidates returned when the query sets no limit. */
    public static final int DEFAULT_LIMIT = 5;
    private static final int MAX_LIMIT = 100;
    /** The longest name matched; gazetteer names are far shorter, and matching costs time in the name's length. */
    public static final int MAX_NAME_CHARS = 500;
    /** Below this name similarity a gazetteer or store name is not a candidate at all. */
    private static final double MIN_SIMILARITY = 0.4;

    /** The Wikidata class a Dateline type is offered as, with its Wikidata label. */
    public enum TypeClass {
        PERSON(EntityType.PERSON, "Q5", "human"),
        ORGANIZATION(EntityType.ORGANIZATION, "Q43229", "organization"),
        PLACE(EntityType.PLACE, "Q2221906", "geographic location");

        public final EntityType type;
        public final String qid;
        public final String label;

        TypeClass(EntityType type, String qid, String label) {
            this.type = type;
            this.qid = qid;
            this.label = label;
        }

        static TypeClass of(EntityType t) {
            return valueOf(t.name());
        }
    }

    /**
     * One reconciliation query.
     *
     * @param text  the name to match
     * @param types the Dateline types asked for; empty for any
     * @param limit the most candidates wanted
     */
    public record Query(String text, Set<EntityType> types, int limit) {
        public Query {
            types = types.isEmpty() ? Set.of() : Set.copyOf(types);
        }
    }

    /**
     * One candidate answer.
     *
     * @param id          a QID, or the Dateline IRI of an unlinked published entity
     * @param name        its name
     * @param description what it is ("city", "us senator", "in Dateline's articles")
     * @param type        its Dateline type
     * @param score       0–100
     * @param match       whether it is confidently the entity meant
     */
    public record Candidate(String id, String name, String description, EntityType type, double score, boolean match) { }

    /** A person, organisation or place of the published articles. */
    private record Published(String iri, String label, EntityType type, String qid) { }

    private final Gazetteer gazetteer;
    private final DatasetGraph dataset;
    private final WikidataClasses classes = WikidataClasses.bundled();

    private ReconciliationService(Gazetteer gazetteer, DatasetGraph dataset) {
        this.gazetteer = gazetteer;
        this.dataset = dataset;
    }

    /**
     * A service over {@code gazetteer} and the entities published in {@code dataset} (null for the
     * gazetteer alone). The store is read at each request, so newly loaded articles are found.
     */
    public static ReconciliationService create(Gazetteer gazetteer, DatasetGraph dataset) {
        return new ReconciliationService(gazetteer, dataset);
    }

    /** The service manifest. */
    public JsonObject manifest() {
        JsonObject m = new JsonObject();
        JsonArray versions = new JsonArray();
        versions.add("0.2");
        m.put("versions", versions);
        m.put("name", "Dateline reconciliation (gazetteer and published news entities)");
        m.put("identifierSpace", IDENTIFIER_SPACE);
        m.put("schemaSpace", SCHEMA_SPACE);
        JsonArray types = new JsonArray();
        for (TypeClass t : TypeClass.values()) {
            types.add(type(t));
        }
        m.put("defaultTypes", types);
        JsonObject view = new JsonObject();
        view.put("url", "https://www.wikidata.org/wiki/{{id}}");
        m.put("view", view);
        return m;
    }

    /**
     * Answers a batch ({@code {"q0": {"query": "…", "type": "Q5", "limit": 3}, …}}) with
     * {@code {"q0": {"result": [...]}, …}}.
     *
     * @throws IllegalArgumentException naming the query and what is wrong with it
     */
    public JsonObject reconcile(JsonObject batch) {
        Map<String, Query> queries = new LinkedHashMap<>();
        for (String key : batch.keys()) {
            queries.put(key, parseQuery(key, batch.get(key)));
        }
        List<Published> published = published();
        JsonObject out = new JsonObject();
        queries.forEach((key, q) -> out.put(key, results(candidates(q, published))));
        return out;
    }

    /** Answers one query; see {@link #reconcile(JsonObject)}. */
    public JsonObject reconcileOne(JsonValue query) {
        return results(candidates(parseQuery("query", query), published()));
    }

    /** The candidates for one query, best first, at most {@code q.limit()} of them. */
    public List<Candidate> candidates(Query q) {
        return candidates(q, published());
    }

    // ---- queries ----

    /**
     * Reads one query: an object with {@code query} (required), {@code type} (a class QID, a list of
     * them, or {@code {"id": …}} objects) and {@code limit}; old clients may send a bare string.
     */
    private static String name(String key, String name) {
        if (name.length() > MAX_NAME_CHARS) {
            throw new IllegalArgumentException(key + ": the name to match is " + name.length() + " characters long; at most "
                    + MAX_NAME_CHARS + " are read");
        }
        return name;
    }

    Query parseQuery(String key, JsonValue v) {
        if (v != null && v.isString()) {
            return new Query(name(key, v.getAsString().value()), Set.of(), DEFAULT_LIMIT);
        }
        if (v == null || !v.isObject()) {
            throw new IllegalArgumentException(key + ": each query must be a JSON object like "
                    + "{\"query\": \"Abraham Lincoln\", \"type\": \"Q5\", \"limit\": 3}");
        }
        JsonObject o = v.getAsObject();
        JsonValue text = o.get("query");
        if (text == null || !text.isString() || text.getAsString().value().isBlank()) {
            throw new IllegalArgumentException(key + ": \"query\" must be a non-empty string (the name to match)");
        }
        name(key, text.getAsString().value());
        int limit = DEFAULT_LIMIT;
        JsonValue l = o.get("limit");
        if (l != null && !l.isNull()) {
            if (!l.isNumber() || l.getAsNumber().value().intValue() < 1) {
                throw new IllegalArgumentException(key + ": \"limit\" must be a positive whole number, not " + l);
            }
            limit = Math.min(MAX_LIMIT, l.getAsNumber().value().intValue());
        }
        Set<EntityType> types = EnumSet.noneOf(EntityType.class);
        boolean typed = false;
        JsonValue t = o.get("type");
        if (t != null && !t.isNull()) {
            List<JsonValue> ts = t.isArray() ? new ArrayList<>(t.getAsArray()) : List.of(t);
            for (JsonValue one : ts) {
                String id = one.isString() ? one.getAsString().value()
                        : one.isObject() && one.getAsObject().get("id") != null && one.getAsObject().get("id").isString()
                        ? one.getAsObject().get("id").getAsString().value() : null;
                if (id == null) {
                    throw new IllegalArgumentException(key + ": \"type\" must be a class id such as \"Q5\", a list of "
                            + "them, or {\"id\": \"Q5\"}; got " + one);
                }
                typed = true;
                typeOf(id).ifPresent(types::add);
            }
        }
        if (typed && types.isEmpty()) {
            // Asked only for classes Dateline does not know: nothing can be of that type.
            return new Query(text.getAsString().value(), Set.of(), 0);
        }
        return new Query(text.getAsString().value(), types, limit);
    }

    /** The Dateline type of a class id: Q5/Q43229/Q2221906, a class of the Wikidata class map, or a type word. */
    Optional<EntityType> typeOf(String id) {
        String s = id.strip();
        if (s.startsWith(IDENTIFIER_SPACE)) {
            s = s.substring(IDENTIFIER_SPACE.length());
        }
        for (TypeClass t : TypeClass.values()) {
            if (t.qid.equals(s) || t.type.name().equalsIgnoreCase(s)) {
                return Optional.of(t.type);
            }
        }
        if ("organisation".equalsIgnoreCase(s)) {
            return Optional.of(EntityType.ORGANIZATION);
        }
        return classes.get(s).map(WikidataClasses.Kept::type);
    }

    // ---- matching ----

    private List<Candidate> candidates(Query q, List<Published> published) {
        if (q.limit() == 0) {
            return List.of();
        }
        String key = Gazetteer.normalise(q.text());
        if (key.isEmpty()) {
            return List.of();
        }
        Set<String> tokens = tokens(key);
        Map<String, Scored> byId = new HashMap<>();
        // Fuzzy over the hand-checked layer; the open-data layer (over a hundred thousand rows) is asked
        // through its name index, for the query's name as a full or a short name.
        Map<String, GazetteerEntry> pool = new java.util.LinkedHashMap<>();
        for (GazetteerEntry e : gazetteer.curated().entries()) {
            pool.put(e.qid(), e);
        }
        for (GazetteerEntry e : gazetteer.lookupKey(key)) {
            pool.putIfAbsent(e.qid(), e);
        }
        for (GazetteerEntry e : gazetteer.lookupShortKey(key)) {
            pool.putIfAbsent(e.qid(), e);
        }
        for (GazetteerEntry e : pool.values()) {
            if (!q.types().isEmpty() && !q.types().contains(e.type())) {
                continue;
            }
            double sim = similarity(key, tokens, e.label(), 1.0);
            for (String a : e.aliases()) {
                sim = Math.max(sim, similarity(key, tokens, a, 0.95));
            }
            for (String s : e.shortNames()) {
                // A short name ("Lincoln") alone is never certain: it can rank a candidate, not match it.
                sim = Math.max(sim, Math.min(0.8, similarity(key, tokens, s, 0.8)));
            }
            if (sim >= MIN_SIMILARITY) {
                offer(byId, new Scored(e.qid(), e.label(), describe(e), e.type(), sim, e.prior()));
            }
        }
        for (Published p : published) {
            if (!q.types().isEmpty() && !q.types().contains(p.type())) {
                continue;
            }
            double sim = similarity(key, tokens, p.label(), 1.0);
            if (sim < MIN_SIMILARITY) {
                continue;
            }
            if (p.qid() == null) {
                continue; // no Wikidata id: the manifest promises ids in that space, so it is left out
            }
            GazetteerEntry g = gazetteer.byQid(p.qid()).orElse(null);
            offer(byId, new Scored(p.qid(), g != null ? g.label() : p.label(),
                    g != null ? describe(g) : "in Dateline's articles", p.type(), sim, g != null ? g.prior() : 0.5));
        }
        List<Scored> ranked = new ArrayList<>(byId.values());
        ranked.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::id));
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < ranked.size() && i < q.limit(); i++) {
            Scored s = ranked.get(i);
            boolean match = i == 0 && s.similarity() >= 0.95 && s.score() >= MATCH_SCORE
                    && (ranked.size() == 1 || ranked.get(1).score() <= s.score() - MATCH_MARGIN);
            out.add(new Candidate(s.id(), s.name(), s.description(), s.type(), s.score(), match));
        }
        return out;
    }

    /** A candidate with its best name similarity; the score mixes in the prior a little to order equals. */
    private record Scored(String id, String name, String description, EntityType type, double similarity, double prior) {
        double score() {
            return Math.round(100 * similarity * (0.7 + 0.3 * Math.max(0, Math.min(1, prior))) * 10) / 10.0;
        }
    }

    private static void offer(Map<String, Scored> byId, Scored s) {
        Scored old = byId.get(s.id());
        if (old == null || old.score() < s.score()) {
            byId.put(s.id(), s);
        }
    }

    /**
     * How well a name matches the query, in [0, 1]: {@code weight} when equal after normalising, less
     * when the words only overlap (all the query's words in a longer name count more than a partial
     * overlap), 0 when they share too little.
     */
    private static double similarity(String key, Set<String> tokens, String name, double weight) {
        String n = Gazetteer.normalise(name);
        if (n.isEmpty()) {
            return 0;
        }
        if (n.equals(key)) {
            return weight;
        }
        Set<String> nt = tokens(n);
        Set<String> common = new HashSet<>(tokens);
        common.retainAll(nt);
        if (common.isEmpty()) {
            return 0;
        }
        double jaccard = common.size() / (double) (tokens.size() + nt.size() - common.size());
        boolean contained = common.size() == tokens.size() || common.size() == nt.size();
        return weight * jaccard * (contained ? 0.85 : 0.7);
    }

    private static Set<String> tokens(String normalised) {
        return new HashSet<>(Arrays.asList(normalised.split(" ")));
    }

    private static String describe(GazetteerEntry e) {
        String sub = e.subtype() == null || e.subtype().isBlank() ? e.type().name().toLowerCase(Locale.ROOT)
                : e.subtype().replace('-', ' ');
        return sub + " (Dateline gazetteer)";
    }

    // ---- the store ----

    /** The people, organisations and places of the published articles, read in one transaction. */
    private List<Published> published() {
        if (dataset == null) {
            return List.of();
        }
        return Txn.calculateRead(dataset, () -> {
            List<Published> out = new ArrayList<>();
            Set<Node> seen = new HashSet<>();
            for (TypeClass t : TypeClass.values()) {
                Node cls = switch (t.type) {
                    case PERSON -> Schema.Person.asNode();
                    case ORGANIZATION -> Schema.Organization.asNode();
                    case PLACE -> Schema.Place.asNode();
                };
                dataset.find(Node.ANY, Node.ANY, RDF.type.asNode(), cls).forEachRemaining(quad -> {
                    Node e = quad.getSubject();
                    if (!e.isURI() || !seen.add(e)) {
                        return;
                    }
                    String label = first(e, RDFS.label.asNode(), null);
                    if (label != null) {
                        out.add(new Published(e.getURI(), label, t.type, first(e, OWL.sameAs.asNode(), IDENTIFIER_SPACE)));
                    }
                });
            }
            return out;
        });
    }

    /** The first literal value (or, with {@code iriPrefix}, the first IRI under it, as a local name). */
    private String first(Node s, Node p, String iriPrefix) {
        var it = dataset.find(Node.ANY, s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (iriPrefix == null && o.isLiteral()) {
                return o.getLiteralLexicalForm();
            }
            if (iriPrefix != null && o.isURI() && o.getURI().startsWith(iriPrefix)) {
                return o.getURI().substring(iriPrefix.length());
            }
        }
        return null;
    }

    // ---- JSON ----

    private static JsonObject results(List<Candidate> candidates) {
        JsonArray arr = new JsonArray();
        for (Candidate c : candidates) {
            JsonObject o = new JsonObject();
            o.put("id", c.id());
            o.put("name", c.name());
            o.put("description", c.description());
            JsonArray types = new JsonArray();
            types.add(type(TypeClass.of(c.type())));
            o.put("type", types);
            o.put("score", JsonNumber.value(c.score()));
            o.put("match", c.match());
            arr.add(o);
        }
        JsonObject out = new JsonObject();
        out.put("result", arr);
        return out;
    }

    private static JsonObject type(TypeClass t) {
        JsonObject o = new JsonObject();
        o.put("id", t.qid);
        o.put("name", t.label);
        return o;
    }
}
