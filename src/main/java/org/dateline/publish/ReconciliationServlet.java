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

/**
 * {@code /reconcile}: the W3C Entity Reconciliation API (v0.2) as OpenRefine speaks it. A request
 * without parameters gets the service manifest; {@code queries={"q0": {...}, ...}} (GET or a POSTed
 * form) gets a batch of results; {@code query=} (a query object or a bare name) gets one result list,
 * for old clients. A {@code callback} parameter wraps any answer as JSONP.
 */
final class ReconciliationServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
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
        String callback = req.getParameter("callback");
        if (callback != null && (callback.length() > 100 || !CALLBACK.matcher(callback).matches())) {
            error(resp, "callback must be a JavaScript function name such as jsonp123, not \"" + abbreviate(callback) + "\"");
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

    private static JsonObject parseObject(String param, String text) {
        try {
            return JSON.parse(text);
        } catch (JsonException e) {
            throw new IllegalArgumentException("the " + param + " parameter is not a JSON object (" + e.getMessage()
                    + "); expected e.g. " + param + "="
                    + ("queries".equals(param) ? "{\"q0\":{\"query\":\"Abraham Lincoln\",\"type\":\"Q5\",\"limit\":3}}"
                    : "{\"query\":\"Abraham Lincoln\"}"));
        }
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
