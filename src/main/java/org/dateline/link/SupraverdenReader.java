package org.dateline.link;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.model.EntityType;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * International organisations of Supraverden (confirmordeny/supraverden, CC BY-SA 4.0): {@code general_list.yaml},
 * one mapping per body with the {@code Wikidata_code} it states, its English name ({@code Name_en}), other English
 * names ({@code Name_other_en}, {@code Name_other_2_en}, …) and abbreviations ({@code Abbreviation_en},
 * {@code Abbreviation_other_en}, …). A body without a QID is skipped. Being CC BY-SA, its rows go to the layer of
 * their own licence ({@link NotablePeopleImporter}), never to the ODbL open-data layer.
 */
final class SupraverdenReader implements OpenDataSource {
    static final String FOLDER = "supraverden";
    static final String FILE = "general_list.yaml";
    /**
     * The list says nothing of fame, but a body made by states acts worldwide, so no article's countries can
     * support or doubt it: at the name-suggestion-index's worldwide prior, a one- or two-word name that is the label
     * ("Europol", "European Parliament") links alone; longer full names identify one body anyway.
     */
    static final double PRIOR = 0.55;

    @Override
    public String folder() {
        return FOLDER;
    }

    @Override
    public void read(Path dir, Map<String, String> countries, OpenDataRows rows) throws IOException {
        for (Path f : OpenDataFiles.files(dir, FILE)) {
            String source = source(dir, f);
            Object root;
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                root = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
            } catch (YAMLException e) {
                throw new IOException(f + ": not valid YAML (" + e.getMessage() + ")", e);
            }
            if (!(root instanceof Map<?, ?> bodies)) {
                throw new IOException(f + ": expected a mapping of bodies (Supraverden's general_list.yaml layout)");
            }
            for (Map.Entry<?, ?> body : bodies.entrySet()) {
                if (body.getValue() instanceof Map<?, ?> fields) {
                    offer(fields, String.valueOf(body.getKey()), source, rows);
                }
            }
        }
    }

    private static void offer(Map<?, ?> fields, String key, String source, OpenDataRows rows) {
        String qid = text(fields.get("Wikidata_code"));
        String label = text(fields.get("Name_en"));
        if (qid == null || !qid.startsWith("Q")) {
            return;
        }
        if (label == null) {
            label = key;
        }
        List<String> aliases = new ArrayList<>();
        List<String> acronyms = new ArrayList<>();
        for (Map.Entry<?, ?> f : fields.entrySet()) {
            String k = String.valueOf(f.getKey());
            String v = text(f.getValue());
            if (v == null || !k.endsWith("_en")) {
                continue;
            }
            if (k.startsWith("Name_other") || k.startsWith("Name_former")) {
                aliases.add(v);
            } else if (k.startsWith("Abbreviation")) {
                acronyms.add(v);
            }
        }
        rows.offer(new OpenDataRows.Offer(source, qid, label, EntityType.ORGANIZATION, "international-organization", "",
                aliases, acronyms, null, null, PRIOR));
    }

    private static String text(Object o) {
        return o instanceof String s && !s.isBlank() ? s.strip() : null;
    }
}
