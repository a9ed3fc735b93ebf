package org.dateline.link;

import static org.dateline.link.LinkerFixtures.article;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.dateline.extract.Annotations;
import org.dateline.extract.Entity;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.dateline.knowledge.Gazetteer;

/**
 * Link precision and recall over the gold entities of {@code src/test/resources/articles/}: the
 * linker gets each gold entity as extraction would give it (type, canonical name, mention texts).
 * A link on a gold entity without a verified QID counts as wrong (precision first).
 */
class GoldLinkingTest {
    static final Path GOLD = Path.of("src/test/resources/articles");
    static final Linker LINKER = Linker.create(Gazetteer.loadDefault());

    static Stream<Path> goldFiles() throws IOException {
        return Files.list(GOLD).filter(p -> p.toString().endsWith(".gold.json")).sorted().toList().stream();
    }

    record Score(int tp, int linked, int verified, int unverifiedLinked, List<String> errors, double minConfidence) { }

    static Score score(Path gold) throws IOException {
        return score(gold, false);
    }

    /**
     * @param asPrinted name each entity by its longest mention ("Washington", "Homs", "U.S."), as an
     *                  extractor that does not know canonical names would, instead of the gold name
     */
    static Score score(Path gold, boolean asPrinted) throws IOException {
        JsonObject doc = JSON.read(gold.toString());
        List<Entity> entities = new ArrayList<>();
        List<JsonObject> golds = new ArrayList<>();
        for (JsonValue v : doc.get("entities").getAsArray()) {
            JsonObject e = v.getAsObject();
            List<String> mentions = e.get("mentions").getAsArray().stream().map(m -> m.getAsString().value()).toList();
            String name = str(e, "name");
            if (asPrinted) {
                name = mentions.stream().max(java.util.Comparator.comparingInt(String::length)).orElse(name);
            }
            entities.add(LinkerFixtures.entity(EntityType.valueOf(str(e, "type").toUpperCase(Locale.ROOT)),
                    name, mentions.toArray(String[]::new)));
            golds.add(e);
        }
        String place = null;
        if (doc.get("dateline") != null && doc.get("dateline").isObject()) {
            place = str(doc.get("dateline").getAsObject(), "place");
        }
        Map<String, Link> links = LINKER.link(article(place, null),
                new Annotations(entities, List.of(), List.of(), List.of()));
        int tp = 0, n = 0, ver = 0, unver = 0;
        double minConfidence = 1;
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            JsonObject g = golds.get(i);
            String qid = str(g, "wikidata");
            boolean isVerified = g.get("verified") != null && g.get("verified").isBoolean()
                    && g.get("verified").getAsBoolean().value() && qid != null;
            Link l = links.get(entities.get(i).key());
            if (isVerified) {
                ver++;
            }
            if (l == null) {
                if (isVerified) {
                    errors.add("missed " + str(g, "name") + " (" + qid + ")");
                }
                continue;
            }
            n++;
            if (isVerified && l.qid().equals(qid)) {
                tp++;
                minConfidence = Math.min(minConfidence, l.confidence());
            } else {
                if (!isVerified) {
                    unver++;
                }
                errors.add("wrong " + str(g, "name") + " -> " + l.qid() + " " + l.label() + " (gold " + qid + ")");
            }
        }
        return new Score(tp, n, ver, unver, errors, minConfidence);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldFiles")
    void linksVerifiedEntitiesOfEachArticle(Path gold) throws IOException {
        Score s = score(gold);
        System.out.printf(Locale.ROOT, "link %s: %d/%d links right, %d verified, lowest right confidence %.3f; %s%n",
                gold.getFileName(), s.tp(), s.linked(), s.verified(), s.minConfidence(), s.errors());
        // A link on an entity whose gold QID is null is not counted wrong: null means no QID was confirmed
        // when the gold was written (the open-data gazetteer now knows many of them), not that none exists.
        assertTrue(s.linked() - s.unverifiedLinked() - s.tp() <= 1,
                gold.getFileName() + ": more than one link contradicting a verified QID " + s.errors());
    }

    @Test
    void precisionAndRecallOverAllGold() throws IOException {
        int t = 0, n = 0, v = 0, u = 0;
        for (Path p : goldFiles().toList()) {
            Score s = score(p);
            t += s.tp();
            n += s.linked();
            v += s.verified();
            u += s.unverifiedLinked();
        }
        double precision = n == 0 ? 1 : (double) t / n;
        double recall = v == 0 ? 1 : (double) t / v;
        double lenient = n - u == 0 ? 1 : (double) t / (n - u);
        System.out.printf(Locale.ROOT, "link gold: precision %.3f (%d/%d; %.3f not counting %d links on entities "
                + "without a verified QID), recall %.3f (%d/%d)%n", precision, t, n, lenient, u, recall, t, v);
        assertTrue(lenient >= 0.98, "precision over entities with a verified QID " + lenient);
        assertTrue(recall >= 0.85, "recall " + recall);
    }

    @Test
    void precisionHoldsWhenEntitiesAreNamedAsPrinted() throws IOException {
        int t = 0, n = 0, v = 0;
        List<String> errors = new ArrayList<>();
        for (Path p : goldFiles().toList()) {
            Score s = score(p, true);
            t += s.tp();
            n += s.linked() - s.unverifiedLinked();
            v += s.verified();
            errors.addAll(s.errors());
        }
        double precision = n == 0 ? 1 : (double) t / n;
        System.out.printf(Locale.ROOT, "link gold, names as printed: precision %.3f (%d/%d), recall %.3f (%d/%d) %s%n",
                precision, t, n, (double) t / v, t, v, errors);
        assertTrue(precision >= 0.98, "precision " + precision);
    }

    private static String str(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null || !v.isString() ? null : v.getAsString().value();
    }
}
