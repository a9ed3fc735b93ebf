package org.dateline.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.dateline.model.EntityType;

/**
 * Writes a converted document as an article ({@code NAME.txt}) and its gold file ({@code NAME.gold.json}, the
 * schema of {@code articles/README.md}). The gold has entities only: it has no {@code quotes}, {@code events} or
 * {@code published} keys, so the evaluator scores entities alone on it.
 */
public final class GoldFiles {
    private GoldFiles() { }

    public static void write(GumDocument doc, String source, Path dir) throws IOException {
        write(doc.id(), doc.text().text(), doc.text().headline(), doc.entities(), source, dir);
    }

    public static void write(IobDocuments.Article a, String source, Path dir) throws IOException {
        write(a.id(), a.text(), a.headline(), a.entities(), source, dir);
    }

    private static void write(String id, String text, String headline, java.util.List<GoldEntity> golds, String source,
                              Path dir) throws IOException {
        Files.createDirectories(dir);
        String name = id + ".txt";
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        JsonObject o = new JsonObject();
        o.put("file", name);
        o.put("format", "text");
        o.put("headline", headline);
        o.put("source", source);
        JsonArray entities = new JsonArray();
        for (GoldEntity e : golds) {
            JsonObject j = new JsonObject();
            j.put("name", e.name());
            j.put("type", typeName(e.type()));
            j.put("wikidata", org.apache.jena.atlas.json.JsonNull.instance);
            j.put("verified", false);
            if (e.wikipedia() != null) {
                j.put("wikipedia", e.wikipedia());
            }
            JsonArray mentions = new JsonArray();
            e.mentions().forEach(mentions::add);
            j.put("mentions", mentions);
            entities.add(j);
        }
        o.put("entities", entities);
        try (OutputStream out = Files.newOutputStream(dir.resolve(id + ".gold.json"))) {
            JSON.write(out, o);
            out.write('\n');
        }
    }

    static String typeName(EntityType t) {
        return switch (t) {
            case PERSON -> "Person";
            case ORGANIZATION -> "Organization";
            case PLACE -> "Place";
        };
    }
}
