package org.dateline.publish;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.sparql.core.DatasetGraph;
import org.dateline.knowledge.Gazetteer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /reconcile}: the W3C Entity Reconciliation API (v0.2) as OpenRefine speaks it. A request
 * without parameters gets the service manifest; {@code queries={"q0": {...}, ...}} (GET or a POSTed
 * form) gets a batch of results; {@code query=} (a query object or a bare name) gets one result list,
 * for old clients. A {@code callback} parameter wraps any answer as JSONP.
 *
 * <p>What it cannot or should not answer gets a 400 that names the problem: JSON that does not parse or nests deeper
 * than {@value #MAX_DEPTH}, a batch of more than {@value #MAX_BATCH} queries, a name longer than
 * {@link ReconciliationService#MAX_NAME_CHARS} characters, a request body that is not a form (a JSON body), a data
 * extension request ({@code extend}), which the service does not offer. Never a stack trace or a
 * class name.
 */
final class ReconciliationServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ReconciliationServlet.class);
    /** Queries in one batch: OpenRefine sends 10; each costs a few milliseconds of the server's time. */
    static final int MAX_BATCH = 100;
    /** Nesting of arrays and objects: a batch needs 5 (batch, query, properties, property, value). */
    static final int MAX_DEPTH = 16;
    /** A JavaScript function name (dotted paths allowed): anything else could inject script. */
    private static final Pattern CALLBACK = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

    private final transient DatasetGraph dataset;
    private final transient Supplier<Gazetteer> gazetteer;
    private transient volatile ReconciliationService service;

    /** Over the entities of {@code dataset} and a gazetteer loaded at the first request (server start stays quick). */
    ReconciliationServlet(DatasetGraph dataset, Supplier<Gazetteer> gazetteer) {
        this.dataset = dataset;
        this.gazetteer = gazetteer;
    }

    private ReconciliationService service() {
        ReconciliationService s = service;
        if (s == null) {
            synchronized (this) {
                if (service == null) {
                    service = ReconciliationService.create(gazetteer.get(), dataset);
                }
                s = service;
            }
        }
        return s;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        answer(req, resp);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        answer(req, resp);
    }

    private void answer(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        req.setCharacterEncoding("UTF-8");
        if ("POST".equals(req.getMethod()) && !isForm(req.getContentType()) && req.getContentLengthLong() != 0) {
            error(resp, "the request body is " + (req.getContentType() == null ? "not typed" : req.getContentType())
                    + ", not a form; send the batch as the form field queries={\"q0\":{\"query\":\"…\"}} "
                    + "(Content-Type: application/x-www-form-urlencoded), as OpenRefine does");
            return;
        }
        if (req.getParameter("extend") != null) {
            error(resp, "data extension (the extend parameter) is not offered by this service: it matches names to "
                    + "Wikidata ids only; fetch the properties from Wikidata or query /sparql");
            return;
        }
        String callback = req.getParameter("callback");
        if (callback != null && (callback.length() > 100 || !CALLBACK.matcher(callback).matches())) {
            error(resp, "callback must be a JavaScript function name such as jsonp123, not \"" + abbreviate(callback) + "\"");
            return;
        }
        // JSONP is for other sites' pages. The query editor's pages may run scripts from this server: one of its own
        // pages loading a JSONP answer as a script would be running the request's words, so the browser's word that the
        // script is wanted by a page of this server (Fetch Metadata) is refused.
        if (callback != null && "same-origin".equals(req.getHeader("Sec-Fetch-Site"))
                && "script".equals(req.getHeader("Sec-Fetch-Dest"))) {
            resp.setStatus(HttpServletResponse.SC_FORBIDDEN);
            resp.setContentType("text/plain; charset=utf-8");
            resp.getOutputStream().write("dateline reconcile: JSONP is not served to this server's own pages\n"
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        String queries = req.getParameter("queries");
        String query = req.getParameter("query");
        JsonValue body;
        try {
            if (queries != null) {
                body = service().reconcile(parseObject("queries", queries));
            } else if (query != null) {
                String q = query.strip();
                body = service().reconcileOne(q.startsWith("{") ? parseObject("query", q) : new JsonString(q));
            } else {
                body = service().manifest();
            }
        } catch (IllegalArgumentException e) {
            error(resp, e.getMessage());
            return;
        } catch (RuntimeException e) {
            // Not the request's fault: the log gets the details, the client a status and no internals.
            LOG.warn("reconciliation failed on a well-formed request", e);
            resp.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            resp.setContentType("text/plain; charset=utf-8");
            resp.getOutputStream().write("dateline reconcile: internal error; the server's log has the details\n"
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        String json = JSON.toStringFlat(body);
        if (callback != null) {
            resp.setContentType("application/javascript; charset=utf-8");
            json = callback + "(" + json + ");";
        } else {
            resp.setContentType("application/json; charset=utf-8");
        }
        resp.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isForm(String contentType) {
        String t = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
        return t.startsWith("application/x-www-form-urlencoded") || t.startsWith("multipart/form-data");
    }

    private static JsonObject parseObject(String param, String text) {
        String example = "expected e.g. " + param + "="
                + ("queries".equals(param) ? "{\"q0\":{\"query\":\"Abraham Lincoln\",\"type\":\"Q5\",\"limit\":3}}"
                : "{\"query\":\"Abraham Lincoln\"}");
        int depth = JsonDepth.of(text);
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("the " + param + " parameter nests arrays and objects " + depth
                    + " deep; at most " + MAX_DEPTH + " deep is read; " + example);
        }
        JsonObject parsed;
        try {
            parsed = JSON.parse(text);
        } catch (JsonException e) {
            // Jena says "Illegal: [null]" when the text ends before the JSON does.
            String why = e.getMessage() == null || e.getMessage().contains("[null]") ? "it ends before the JSON does"
                    : e.getMessage();
            throw new IllegalArgumentException("the " + param + " parameter is not a JSON object (" + why + "); " + example);
        } catch (RuntimeException e) {
            // Jena's parser fails on some truncated input with other exceptions than JsonException.
            throw new IllegalArgumentException("the " + param + " parameter is not a JSON object (it ends early or "
                    + "is malformed); " + example);
        }
        if ("queries".equals(param) && parsed.size() > MAX_BATCH) {
            throw new IllegalArgumentException("the batch holds " + parsed.size() + " queries; at most " + MAX_BATCH
                    + " are answered per request: send them in batches of " + MAX_BATCH + " or fewer");
        }
        return parsed;
    }

    private static void error(HttpServletResponse resp, String message) throws IOException {
        resp.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getOutputStream().write(("dateline reconcile: " + message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
