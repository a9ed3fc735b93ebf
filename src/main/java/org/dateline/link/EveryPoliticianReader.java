package org.dateline.link;

import static org.dateline.link.OpenDataFiles.objects;
import static org.dateline.link.OpenDataFiles.str;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.dateline.model.EntityType;

/**
 * EveryPolitician (everypolitician/everypolitician-data, CC0): members of legislatures and their parties
 * from each {@code ep-popolo-v1.0.json}, those with a {@code wikidata} identifier. The country comes from
 * the repository's {@code countries.json} (legislature file to ISO code) when it is there.
 */
final class EveryPoliticianReader implements OpenDataSource {
    static final String FOLDER = "everypolitician";

    @Override
    public String folder() {
        return FOLDER;
    }

    @Override
    public void read(Path dir, Map<String, String> countries, OpenDataRows rows) throws IOException {
        Map<String, String> countryOfFile = new HashMap<>();
        Path index = dir.resolve("countries.json");
        if (Files.exists(index)) {
            for (JsonObject c : objects(OpenDataFiles.parse(index))) {
                String code = str(c, "code");
                for (JsonObject l : objects(c.get("legislatures"))) {
                    String popolo = str(l, "popolo");
                    if (popolo != null && code != null) {
                        countryOfFile.put(popolo, countries.getOrDefault(code, ""));
                    }
                }
            }
        }
        for (Path f : OpenDataFiles.files(dir, "ep-popolo-v1.0.json")) {
            String rel = OpenDataFiles.relative(dir, f);
            JsonValue root = OpenDataFiles.parse(f);
            if (!root.isObject()) {
                throw new IOException(f + ": expected a Popolo object with \"persons\"");
            }
            String country = countryOfFile.getOrDefault(rel, "");
            String source = FOLDER + "/" + rel;
            for (JsonObject p : objects(root.getAsObject().get("persons"))) {
                List<String> aliases = new ArrayList<>();
                for (JsonObject n : objects(p.get("other_names"))) {
                    String lang = str(n, "lang");
                    if (lang == null || lang.startsWith("en")) {
                        aliases.add(str(n, "name"));
                    }
                }
                String family = str(p, "family_name");
                rows.offer(new OpenDataRows.Offer(source, wikidata(p), str(p, "name"), EntityType.PERSON, "politician",
                        country, aliases, family == null ? List.of() : List.of(family), null, null, 0.5));
            }
            for (JsonObject o : objects(root.getAsObject().get("organizations"))) {
                if ("party".equals(str(o, "classification"))) {
                    rows.offer(new OpenDataRows.Offer(source, wikidata(o), str(o, "name"), EntityType.ORGANIZATION,
                            "political-party", country, List.of(), List.of(), null, null, 0.5));
                }
            }
        }
    }

    private static String wikidata(JsonObject o) {
        for (JsonObject id : objects(o.get("identifiers"))) {
            if ("wikidata".equals(str(id, "scheme"))) {
                return str(id, "identifier");
            }
        }
        return null;
    }
}
