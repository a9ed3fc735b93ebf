package org.dateline.link;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.out.NodeFmtLib;
import org.dateline.model.Version;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks names up on a Wikidata-compatible SPARQL endpoint (by default the public Wikidata query
 * service): the items whose English label or alias is the name, ignoring case, with their P31
 * classes, country, description and number of sitelinks.
 *
 * <p>It is a polite client, as the query service's usage policy asks: a descriptive User-Agent, one
 * request at a time (lookups from several threads queue), 429 and 503 answers honoured by waiting
 * their {@code Retry-After} (never longer than {@link Builder#maxWait}, a bounded number of times), and
 * every answer cached on disk, one JSON file per endpoint and name, so a second run asks nothing.
 * Failed lookups are not cached.
 */
public final class WikidataClient {
    private static final Logger LOG = LoggerFactory.getLogger(WikidataClient.class);

    /** The public Wikidata query service. */
    public static final URI DEFAULT_ENDPOINT = URI.create("https://query.wikidata.org/sparql");
    /** Where answers are cached unless told otherwise: {@code ~/.cache/dateline/wikidata}. */
    public static final Path DEFAULT_CACHE = Path.of(System.getProperty("user.home"), ".cache", "dateline", "wikidata");

    private static final String WD = "http://www.wikidata.org/entity/";
    private static final int MAX_ROWS = 500;

    private final URI endpoint;
    private final Path cache;
    private final int maxRetries;
    private final Duration maxWait;
    private final Duration timeout;
    private final Clock clock;
    private final HttpClient http;
    private final String userAgent;
    // One request at a time, and a name asked by two threads at once is fetched once.
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicLong requests = new AtomicLong();

    private WikidataClient(Builder b) {
        this.endpoint = b.endpoint;
        this.cache = b.cache;
        this.maxRetries = b.maxRetries;
        this.maxWait = b.maxWait;
        this.timeout = b.timeout;
        this.clock = b.clock;
        this.userAgent = "Dateline/" + Version.get() + " (+https://w3id.org/dateline; news linked data)";
        this.http = HttpClient.newBuilder().connectTimeout(b.timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** A client of {@code endpoint}, to be configured; see {@link Builder} for the defaults. */
    public static Builder builder(URI endpoint) {
        return new Builder(endpoint);
    }

    /** Settings of a {@link WikidataClient}. */
    public static final class Builder {
        private final URI endpoint;
        private Path cache = DEFAULT_CACHE;
        private int maxRetries = 3;
        private Duration maxWait = Duration.ofSeconds(60);
        private Duration timeout = Duration.ofSeconds(30);
        private Clock clock = Clock.systemUTC();

        private Builder(URI endpoint) {
            if (endpoint == null || endpoint.getScheme() == null || !endpoint.getScheme().startsWith("http")) {
                throw new IllegalArgumentException("Wikidata endpoint must be an http(s) URL of a SPARQL endpoint, "
                        + "e.g. " + DEFAULT_ENDPOINT + "; got " + endpoint);
            }
            this.endpoint = endpoint;
        }

        /** The folder answers are cached in (created when needed); default {@link #DEFAULT_CACHE}. */
        public Builder cache(Path dir) {
            this.cache = dir;
            return this;
        }

        /** How many times a 429 or 503 answer is retried before the lookup fails; default 3. */
        public Builder maxRetries(int n) {
            this.maxRetries = n;
            return this;
        }

        /** The longest wait between retries; a server asking for more makes the lookup fail. Default 60 s. */
        public Builder maxWait(Duration d) {
            this.maxWait = d;
            return this;
        }

        /** Connection and request timeout; default 30 s. */
        public Builder timeout(Duration d) {
            this.timeout = d;
            return this;
        }

        /** The clock HTTP-date {@code Retry-After} values are measured against (for tests). */
        public Builder clock(Clock c) {
            this.clock = c;
            return this;
        }

        public WikidataClient build() {
            return new WikidataClient(this);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    public String userAgent() {
        return userAgent;
    }

    /** The number of HTTP requests sent so far (retries included). */
    public long requestsSent() {
        return requests.get();
    }

    /**
     * The items whose English label or alias is {@code name} (ignoring case), from the cache when it
     * has the answer, else from the endpoint.
     *
     * @throws WikidataException when the endpoint cannot be reached, refuses, or answers something unreadable
     */
    public List<WikidataItem> lookup(String name) {
        String key = key(name);
        if (key.isEmpty()) {
            return List.of();
        }
        lock.lock();
        try {
            Path file = cacheFile(key);
            Optional<List<WikidataItem>> cached = readCache(file, key);
            if (cached.isPresent()) {
                return cached.get();
            }
            List<WikidataItem> items = fetch(key);
            writeCache(file, key, items);
            return items;
        } finally {
            lock.unlock();
        }
    }

    /** The cache key of a name: stripped, inner white space collapsed (case is kept: lookups try variants). */
    static String key(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ");
    }

    /** The SPARQL query for one name (package-visible for tests and diagnostics). */
    String query(String key) {
        // A case-insensitive FILTER would scan every label on the real service; an indexed VALUES of the
        // usual spellings ("abraham lincoln", "Abraham Lincoln", "ABRAHAM LINCOLN") finds them in milliseconds.
        Set<String> variants = new LinkedHashSet<>();
        variants.add(key);
        variants.add(key.toLowerCase(Locale.ROOT));
        variants.add(key.toUpperCase(Locale.ROOT));
        variants.add(titleCase(key));
        StringBuilder values = new StringBuilder();
        for (String v : variants) {
            values.append(' ').append(NodeFmtLib.strNT(NodeFactory.createLiteralLang(v, "en")));
        }
        return """
                PREFIX wdt: <http://www.wikidata.org/prop/direct/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX schema: <http://schema.org/>
                PREFIX wikibase: <http://wikiba.se/ontology#>
                SELECT ?item ?label ?class ?country ?description ?sitelinks WHERE {
                  VALUES ?name {%s }
                  { ?item rdfs:label ?name } UNION { ?item skos:altLabel ?name }
                  ?item wdt:P31 ?class .
                  OPTIONAL { ?item rdfs:label ?label FILTER(LANG(?label) = "en") }
                  OPTIONAL { ?item schema:description ?description FILTER(LANG(?description) = "en") }
                  OPTIONAL { ?item wdt:P27|wdt:P17 ?country }
                  OPTIONAL { ?item wikibase:sitelinks ?sitelinks }
                }
                LIMIT %d
                """.formatted(values, MAX_ROWS);
    }

    private List<WikidataItem> fetch(String key) {
        URI uri = URI.create(endpoint + (endpoint.getQuery() == null ? "?" : "&") + "query="
                + URLEncoder.encode(query(key), StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                .header("User-Agent", userAgent)
                .header("Accept", "application/sparql-results+json")
                .build();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<byte[]> response;
            try {
                requests.incrementAndGet();
                response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new WikidataException("cannot reach the Wikidata endpoint " + endpoint + " (" + e
                        + "); check the URL and the network, or run without --wikidata-endpoint", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WikidataException("interrupted while asking " + endpoint + " about \"" + key + "\"", e);
            }
            int status = response.statusCode();
            LOG.debug("asked {} about \"{}\": HTTP {}", endpoint, key, status);
            if (status == 200) {
                return parse(key, response.body());
            }
            if ((status == 429 || status == 503) && attempt < maxRetries) {
                pause(retryAfter(response, attempt), status);
                continue;
            }
            String body = new String(response.body(), StandardCharsets.UTF_8).strip();
            throw new WikidataException("the Wikidata endpoint " + endpoint + " answered HTTP " + status
                    + (attempt > 0 ? " after " + attempt + " retries" : "") + " when asked about \"" + key + "\""
                    + (body.isEmpty() ? "" : ": " + body.substring(0, Math.min(200, body.length())))
                    + (status == 429 || status == 503 ? "; try again later" : ""));
        }
    }

    /** How long a 429/503 answer asks us to wait: its Retry-After (seconds or an HTTP date), else 1, 2, 4 … s. */
    Duration retryAfter(HttpResponse<?> response, int attempt) {
        Duration wait = Duration.ofSeconds(1L << Math.min(attempt, 5));
        Optional<String> header = response.headers().firstValue("Retry-After");
        if (header.isPresent()) {
            String v = header.get().strip();
            try {
                wait = Duration.ofSeconds(Long.parseLong(v));
            } catch (NumberFormatException notSeconds) {
                try {
                    ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                    wait = Duration.between(clock.instant(), at.toInstant());
                } catch (DateTimeParseException notDate) {
                    // An unreadable header: fall back to the backoff rather than hammer the server.
                }
            }
        }
        if (wait.isNegative()) {
            wait = Duration.ZERO;
        }
        if (wait.compareTo(maxWait) > 0) {
            throw new WikidataException("the Wikidata endpoint " + endpoint + " asks to wait " + wait.toSeconds()
                    + " s before the next request, more than the " + maxWait.toSeconds()
                    + " s Dateline waits; try again later");
        }
        return wait;
    }

    private void pause(Duration wait, int status) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WikidataException("interrupted while waiting to retry " + endpoint + " (HTTP " + status + ")", e);
        }
    }

    private List<WikidataItem> parse(String key, byte[] body) {
        ResultSet rs;
        try {
            rs = ResultSetMgr.read(new ByteArrayInputStream(body), ResultSetLang.RS_JSON);
        } catch (RiotException | JsonException e) {
            throw new WikidataException("the Wikidata endpoint " + endpoint + " answered something that is not "
                    + "SPARQL JSON results (" + e.getMessage() + "); is it a SPARQL endpoint URL?", e);
        }
        Map<String, Acc> byQid = new LinkedHashMap<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            RDFNode item = s.get("item");
            if (item == null || !item.isURIResource() || !item.asResource().getURI().startsWith(WD + "Q")) {
                continue; // lexemes, properties and blank nodes are not things articles name
            }
            String qid = item.asResource().getURI().substring(WD.length());
            Acc a = byQid.computeIfAbsent(qid, q -> new Acc());
            String cls = qidOf(s.get("class"));
            if (cls != null && !a.classes.contains(cls)) {
                a.classes.add(cls);
            }
            if (a.label == null && s.get("label") != null && s.get("label").isLiteral()) {
                a.label = s.get("label").asLiteral().getLexicalForm();
            }
            if (a.country == null) {
                a.country = qidOf(s.get("country"));
            }
            if (a.description == null && s.get("description") != null && s.get("description").isLiteral()) {
                a.description = s.get("description").asLiteral().getLexicalForm();
            }
            if (s.get("sitelinks") != null && s.get("sitelinks").isLiteral()) {
                try {
                    a.sitelinks = Math.max(a.sitelinks, Integer.parseInt(s.get("sitelinks").asLiteral().getLexicalForm()));
                } catch (NumberFormatException ignored) {
                    // not a count: leave fame unknown
                }
            }
        }
        List<WikidataItem> out = new ArrayList<>();
        byQid.forEach((qid, a) -> out.add(new WikidataItem(qid, a.label == null ? key : a.label,
                a.label != null && a.label.equalsIgnoreCase(key), a.classes,
                a.country == null ? "" : a.country, a.description == null ? "" : a.description, a.sitelinks)));
        return List.copyOf(out);
    }

    private static final class Acc {
        final List<String> classes = new ArrayList<>();
        String label;
        String country;
        String description;
        int sitelinks;
    }

    private static String qidOf(RDFNode n) {
        if (n == null || !n.isURIResource()) {
            return null;
        }
        String uri = n.asResource().getURI();
        return uri.startsWith(WD) ? uri.substring(WD.length()) : null;
    }

    // ---- the disk cache: one small JSON file per endpoint and name ----

    private Path cacheFile(String key) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256")
                    .digest((endpoint + "\n" + key).getBytes(StandardCharsets.UTF_8));
            return cache.resolve(HexFormat.of().formatHex(h, 0, 16) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    private Optional<List<WikidataItem>> readCache(Path file, String key) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonObject o = JSON.read(file.toString());
            if (!key.equals(string(o.get("name"))) || !endpoint.toString().equals(string(o.get("endpoint")))) {
                return Optional.empty(); // a hash collision, however unlikely, must not answer for another name
            }
            List<WikidataItem> items = new ArrayList<>();
            for (JsonValue v : o.get("items").getAsArray()) {
                JsonObject i = v.getAsObject();
                List<String> classes = new ArrayList<>();
                i.get("classes").getAsArray().forEach(c -> classes.add(c.getAsString().value()));
                items.add(new WikidataItem(string(i.get("qid")), string(i.get("label")),
                        i.get("labelMatch").getAsBoolean().value(), classes, string(i.get("country")),
                        string(i.get("description")), i.get("sitelinks").getAsNumber().value().intValue()));
            }
            return Optional.of(List.copyOf(items));
        } catch (RuntimeException e) {
            // A damaged cache file (say, from a crash mid-write elsewhere) is refetched and overwritten.
            LOG.warn("damaged Wikidata cache file {} ({}); asking the endpoint again", file, e.toString());
            return Optional.empty();
        }
    }

    private void writeCache(Path file, String key, List<WikidataItem> items) {
        JsonObject o = new JsonObject();
        o.put("endpoint", endpoint.toString());
        o.put("name", key);
        JsonArray arr = new JsonArray();
        for (WikidataItem i : items) {
            JsonObject j = new JsonObject();
            j.put("qid", i.qid());
            j.put("label", i.label());
            j.put("labelMatch", i.labelMatch());
            JsonArray classes = new JsonArray();
            i.classes().forEach(classes::add);
            j.put("classes", classes);
            j.put("country", i.country());
            j.put("description", i.description());
            j.put("sitelinks", i.sitelinks());
            arr.add(j);
        }
        o.put("items", arr);
        try {
            Files.createDirectories(cache);
            // Written aside and moved in, so a reader never sees half a file.
            Path tmp = Files.createTempFile(cache, "lookup", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                JSON.write(out, o);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Wikidata cache folder " + cache
                    + "; choose a writable one with --wikidata-cache DIR", e);
        }
    }

    private static String string(JsonValue v) {
        return v != null && v.isString() ? v.getAsString().value() : null;
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = Character.isWhitespace(c) || c == '-';
        }
        return b.toString();
    }

}
