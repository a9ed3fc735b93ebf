package org.dateline.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.EntityType;

/**
 * Reads an IOB2 file whose sentences carry their documents ({@code # newdoc id = …}) and raw text
 * ({@code # text = …}), as Universal NER's English PUD does, and lays groups of its documents out as plain-text
 * articles with entity-only gold: the group's first sentence is the headline line, each document a paragraph, the
 * sentences as printed (not re-spaced tokens). Names are found in the raw text by walking it with the tokens; an
 * entity is a name's type and printed form (the sentences of a document are too few for coreference to matter).
 */
public final class IobDocuments {
    /** One converted article. */
    public record Article(String id, String text, List<GoldEntity> entities) {
        public Article {
            entities = List.copyOf(entities);
        }

        public String headline() {
            int nl = text.indexOf('\n');
            return nl < 0 ? text : text.substring(0, nl);
        }
    }

    private record Sentence(String doc, String text, List<String[]> names) { }

    private IobDocuments() { }

    /**
     * @param labels the tags without their B-/I- prefix mapped to the project's types; other tags are outside names
     * @param docsPerArticle how many of the file's documents go into one article
     */
    public static List<Article> read(Path file, Map<String, EntityType> labels, int docsPerArticle, String idPrefix)
            throws IOException {
        List<Sentence> sentences = sentences(file, labels);
        List<List<Sentence>> docs = new ArrayList<>();
        String current = null;
        for (Sentence s : sentences) {
            if (!s.doc().equals(current)) {
                docs.add(new ArrayList<>());
                current = s.doc();
            }
            docs.get(docs.size() - 1).add(s);
        }
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i += docsPerArticle) {
            List<List<Sentence>> group = docs.subList(i, Math.min(docs.size(), i + docsPerArticle));
            StringBuilder text = new StringBuilder();
            Map<String, GoldEntity> entities = new LinkedHashMap<>();
            boolean first = true;
            for (List<Sentence> doc : group) {
                for (int k = 0; k < doc.size(); k++) {
                    Sentence s = doc.get(k);
                    if (first) {
                        text.append(s.text()).append("\n\n");
                        first = false;
                    } else {
                        text.append(s.text()).append(k + 1 < doc.size() ? " " : "\n\n");
                    }
                    for (String[] name : s.names()) {
                        EntityType type = EntityType.valueOf(name[0]);
                        entities.putIfAbsent(type + "\t" + name[1], new GoldEntity(name[1], type, List.of(name[1])));
                    }
                }
                if (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
                    text.setLength(text.length() - 1);
                    text.append("\n\n");
                }
            }
            String id = String.format("%s-%03d-%s", idPrefix, i / docsPerArticle + 1, group.get(0).get(0).doc());
            out.add(new Article(id, text.toString().strip() + "\n", surnamesJoined(new ArrayList<>(entities.values()))));
        }
        return out;
    }

    /**
     * A person named by one word that is the last word of another person's fuller name in the same article is that
     * person ("Trump" of "Donald Trump"): one entity with both mentions, as an article's reader takes it.
     */
    private static List<GoldEntity> surnamesJoined(List<GoldEntity> entities) {
        List<GoldEntity> out = new ArrayList<>(entities);
        for (GoldEntity shortName : entities) {
            if (shortName.type() != EntityType.PERSON || shortName.name().contains(" ")) {
                continue;
            }
            GoldEntity full = null;
            for (GoldEntity e : out) {
                if (e != shortName && e.type() == EntityType.PERSON && e.name().endsWith(" " + shortName.name())) {
                    full = e;
                    break;
                }
            }
            if (full != null) {
                List<String> mentions = new ArrayList<>(full.mentions());
                mentions.addAll(shortName.mentions());
                out.set(out.indexOf(full), new GoldEntity(full.name(), full.type(), mentions));
                out.remove(shortName);
            }
        }
        return out;
    }

    private static List<Sentence> sentences(Path file, Map<String, EntityType> labels) throws IOException {
        List<Sentence> out = new ArrayList<>();
        String doc = "";
        String text = null;
        List<String[]> tokens = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int n = 0; n <= lines.size(); n++) {
            String line = n < lines.size() ? lines.get(n) : "";
            if (line.startsWith("# newdoc id = ")) {
                doc = line.substring("# newdoc id = ".length()).strip();
            } else if (line.startsWith("# text = ")) {
                text = line.substring("# text = ".length()).strip();
            } else if (line.isBlank()) {
                if (!tokens.isEmpty()) {
                    if (text == null) {
                        throw new IOException(file + ":" + n + ": a sentence without a '# text = ' line");
                    }
                    out.add(new Sentence(doc, text, names(file, n, text, tokens, labels)));
                }
                tokens = new ArrayList<>();
                text = null;
            } else if (!line.startsWith("#")) {
                tokens.add(line.split("\t"));
            }
        }
        return out;
    }

    /** The names of one sentence as {type, printed form}, found in its raw text by walking it with the tokens. */
    private static List<String[]> names(Path file, int line, String text, List<String[]> tokens,
                                        Map<String, EntityType> labels) throws IOException {
        List<String[]> out = new ArrayList<>();
        int at = 0;
        int openStart = -1;
        int openEnd = -1;
        EntityType open = null;
        for (String[] t : tokens) {
            int start = text.indexOf(t[1], at);
            if (start < 0) {
                throw new IOException(file + ":" + line + ": token \"" + t[1] + "\" not found in the sentence text");
            }
            at = start + t[1].length();
            String tag = t.length > 2 ? t[2].strip() : "O";
            EntityType type = labels.get(tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : tag);
            if (open != null && (type != open || tag.startsWith("B-"))) {
                out.add(new String[] {open.name(), text.substring(openStart, openEnd)});
                open = null;
            }
            if (type != null) {
                if (open == null) {
                    open = type;
                    openStart = start;
                }
                openEnd = at;
            }
        }
        if (open != null) {
            out.add(new String[] {open.name(), text.substring(openStart, openEnd)});
        }
        return out;
    }
}
