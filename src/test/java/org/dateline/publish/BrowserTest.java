package org.dateline.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.dateline.Pipeline;
import org.dateline.TestArticles;
import org.dateline.knowledge.DataFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pages in a real browser: Debian's headless Chromium, driven over the W3C WebDriver protocol by its chromedriver.
 * The query editor at {@code /news/sparql} loads under the server's security policy, runs a query and shows the
 * answer; a person's page shows names and quotes. Screenshots go to {@code target/browser/} (with
 * {@code -Ddateline.screenshots=docs}, to {@code docs/screenshots/} for the README).
 *
 * <p>Needs {@code chromium} and {@code chromium-driver} (Debian packages; {@code .ci/run} installs them): skipped on a
 * machine without them, except on CI ({@code CI=true}), where their absence fails the test.
 */
class BrowserTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static NewsStore store;
    private static NewsServer server;
    private static Process driver;
    private static String webdriver;
    private static String session;

    @BeforeAll
    static void start() throws Exception {
        boolean installed = Files.isExecutable(Path.of("/usr/bin/chromedriver")) && Files.isExecutable(Path.of("/usr/bin/chromium"));
        if (!installed && System.getenv("CI") != null) {
            throw new AssertionError("CI needs chromium and chromium-driver (Debian packages): .ci/run installs them");
        }
        Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
        store = NewsStore.inMemory();
        store.loadOntology();
        Pipeline pipeline = TestArticles.pipeline();
        for (Path article : TestArticles.all()) {
            store.load(pipeline, article);
        }
        server = NewsServer.start(store.dataset(), 0, "localhost");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        driver = new ProcessBuilder("/usr/bin/chromedriver", "--port=" + port).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        webdriver = "http://127.0.0.1:" + port;
        long until = System.nanoTime() + WAIT.toNanos();
        while (true) {
            try {
                if (call("GET", "/status", null).getObj("value").get("ready").getAsBoolean().value()) {
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("chromedriver did not start");
            }
            Thread.sleep(100);
        }
        Path profile = Files.createTempDirectory("dateline-chromium");
        JsonObject options = new JsonObject();
        options.put("binary", "/usr/bin/chromium");
        JsonArray args = new JsonArray();
        for (String a : List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1400", "--user-data-dir=" + profile)) {
            args.add(a);
        }
        options.put("args", args);
        JsonObject always = new JsonObject();
        always.put("browserName", "chrome");
        always.put("goog:chromeOptions", options);
        JsonObject caps = new JsonObject();
        caps.put("alwaysMatch", always);
        JsonObject body = new JsonObject();
        body.put("capabilities", caps);
        session = call("POST", "/session", body).getObj("value").get("sessionId").getAsString().value();
    }

    @AfterAll
    static void stop() throws Exception {
        if (session != null) {
            call("DELETE", "/session/" + session, null);
        }
        if (driver != null) {
            driver.destroy();
            driver.waitFor();
        }
        if (server != null) {
            server.close();
            store.close();
        }
    }

    @Test
    void theQueryEditorAtTheEndpointRunsAQuery() throws Exception {
        go("news/sparql");
        JsonObject frame = new JsonObject();
        frame.put("id", elementRef(find("iframe.editor")));
        command("/frame", frame);
        click(find(".yasqe_queryButton"));
        String table = text(find(".yasr table tbody tr"));
        assertTrue(!table.isBlank(), "the editor shows no answer");
        command("/frame", frameTop());
        // The example query the landing page opens in the editor, run there: names, not IRIs.
        String query = DataFiles.text("queries/who-said-what.rq");
        go("?ui#/dataset/news/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20"));
        click(find(".yasqe_queryButton"));
        String answer = text(find(".yasr table tbody"));
        assertTrue(answer.contains("Barack Obama"), answer);
        screenshot("query-editor.png");
    }

    @Test
    void aPersonPageShowsNamesAndQuotes() throws Exception {
        go("id/entity/Q76");
        assertEquals("Barack Obama", text(find("h1")));
        String quoted = text(find("blockquote"));
        assertTrue(!quoted.isBlank());
        screenshot("person-page.png");
        go("id/article/upi/2015-10-03/russia-vows-to-intensify-airstrikes-claims-panic-and");
        assertTrue(text(find("article.text a.ent.person")).length() > 0, "the article's text marks people");
        screenshot("article-page.png");
    }

    private static void go(String path) throws Exception {
        JsonObject body = new JsonObject();
        body.put("url", server.baseUrl() + path);
        command("/url", body);
    }

    /** The first element matching {@code css}, waiting for it to appear (the editor renders after its scripts run). */
    private static String find(String css) throws Exception {
        JsonObject body = new JsonObject();
        body.put("using", "css selector");
        body.put("value", css);
        long until = System.nanoTime() + WAIT.toNanos();
        while (true) {
            JsonArray found = command("/elements", body).get("value").getAsArray();
            if (!found.isEmpty()) {
                return found.get(0).getAsObject().get(ELEMENT).getAsString().value();
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("no element " + css + " within " + WAIT.toSeconds() + " s");
            }
            Thread.sleep(200);
        }
    }

    private static JsonObject elementRef(String id) {
        JsonObject ref = new JsonObject();
        ref.put(ELEMENT, id);
        return ref;
    }

    private static JsonObject frameTop() {
        JsonObject top = new JsonObject();
        top.put("id", org.apache.jena.atlas.json.JsonNull.instance);
        return top;
    }

    private static void click(String element) throws Exception {
        command("/element/" + element + "/click", new JsonObject());
    }

    private static String text(String element) throws Exception {
        return call("GET", "/session/" + session + "/element/" + element + "/text", null).get("value").getAsString().value();
    }

    private static void screenshot(String name) throws Exception {
        String png = call("GET", "/session/" + session + "/screenshot", null).get("value").getAsString().value();
        Path dir = "docs".equals(System.getProperty("dateline.screenshots")) ? Path.of("docs/screenshots")
                : Path.of("target/browser");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), Base64.getDecoder().decode(png));
    }

    private static JsonObject command(String path, JsonObject body) throws Exception {
        return call("POST", "/session/" + session + path, body);
    }

    private static JsonObject call(String method, String path, JsonObject body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(webdriver + path)).timeout(WAIT);
        if (body != null) {
            b.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.toStringFlat(body)));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        JsonObject answer = JSON.parse(r.body());
        if (r.statusCode() != 200) {
            throw new AssertionError("WebDriver " + method + " " + path + ": " + r.statusCode() + " " + r.body());
        }
        return answer;
    }
}
