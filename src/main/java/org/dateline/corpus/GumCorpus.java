package org.dateline.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dateline.knowledge.DataFiles;
import org.dateline.model.EntityType;
import org.dateline.model.Span;

/**
 * The GUM corpus (a checkout of github.com/amir-zeldes/gum): its CoNLL-U documents under {@code dep/}, their
 * train/dev/test split from {@code splits.md}, and their named people, organisations and places.
 *
 * <p>Which entities count: a GUM entity of type person, organization or place with at least one mention whose
 * head is a proper noun ({@link ProperName}); its mentions are those proper names. GUM types a country or city
 * acting as a government ("North Korea said") as an organization; a name GUM types as a place anywhere in the
 * corpus is kept a Place here, as the project's own gold does ("capitals used for governments stay the city"); that list of place names is
 * taken from the documents outside the genres reserved for evaluation.
 */
public final class GumCorpus {
    private final Path root;
    private final Map<String, String> partition;
    private final ProperName properName;
    private Set<String> placeNames;

    private GumCorpus(Path root, Map<String, String> partition, Set<String> titles) {
        this.root = root;
        this.partition = partition;
        this.properName = new ProperName(titles);
    }

    /** The titles of {@code lexicon/titles.txt}, lower case, words one space apart: what {@link #open} leaves off names. */
    public static Set<String> lexiconTitles() {
        Set<String> titles = new HashSet<>();
        for (String t : DataFiles.entries("lexicon/titles.txt")) {
            titles.add(t.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        }
        return Set.copyOf(titles);
    }

    /**
     * Opens a GUM checkout.
     *
     * @param titles lower-case titles left off the start of a name
     */
    public static GumCorpus open(Path root, Set<String> titles) throws IOException {
        Path splits = root.resolve("splits.md");
        if (!Files.isRegularFile(splits) || !Files.isDirectory(root.resolve("dep"))) {
            throw new IOException(root + ": not a GUM checkout (expected splits.md and dep/*.conllu; "
                    + "git archive a commit of github.com/amir-zeldes/gum into a folder)");
        }
        Map<String, String> partition = new HashMap<>();
        String current = null;
        for (String line : Files.readAllLines(splits, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (t.startsWith("## ")) {
                current = t.substring(3).strip();
            } else if (t.startsWith("* ") && current != null) {
                partition.put(t.substring(2).strip(), current);
            }
        }
        return new GumCorpus(root, partition, titles);
    }

    /** The genre of a document name: {@code GUM_bio_dvorak} is "bio". */
    public static String genre(String id) {
        String[] p = id.split("_");
        return p.length >= 3 ? p[1] : "";
    }

    /** "train", "dev", "test" or "test2" (GENTLE); documents splits.md does not list are training documents. */
    public String partition(String id) {
        return partition.getOrDefault(id, "train");
    }

    /** The names of GUM's documents ({@code GUM_*}, not GENTLE), sorted. */
    public List<String> documentIds() throws IOException {
        try (Stream<Path> s = Files.list(root.resolve("dep"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("GUM_") && n.endsWith(".conllu"))
                    .map(n -> n.substring(0, n.length() - ".conllu".length())).sorted().toList();
        }
    }

    public ConlluDocument conllu(String id) throws IOException {
        List<ConlluDocument> docs = ConlluReader.read(root.resolve("dep").resolve(id + ".conllu"));
        if (docs.size() != 1) {
            throw new IOException(root.resolve("dep").resolve(id + ".conllu") + ": expected one document, found " + docs.size());
        }
        return docs.get(0);
    }

    /** The document as an article with its named entities. */
    public GumDocument document(String id) throws IOException {
        ConlluDocument doc = conllu(id);
        DocumentText text = DocumentText.of(doc);
        List<GumMention> mentions = GumMentions.of(doc);
        Set<String> places = placeNames();
        Map<String, EntityType> types = new LinkedHashMap<>();
        Map<String, LinkedHashSet<String>> names = new LinkedHashMap<>();
        List<GumMention> named = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        Map<String, String> identities = new HashMap<>();
        for (GumMention m : mentions) {
            if (m.identity() != null) {
                identities.putIfAbsent(m.cluster(), m.identity());
            }
            EntityType type = type(m.type());
            int[] w = type == null ? null : properName.of(m, doc.sentences().get(m.sentence()).tokens());
            if (w == null) {
                continue;
            }
            types.putIfAbsent(m.cluster(), type);
            names.computeIfAbsent(m.cluster(), k -> new LinkedHashSet<>()).add(text.between(m.sentence(), w[0], w[1]));
            named.add(m);
            spans.add(new Span(text.word(m.sentence(), w[0]).start(), text.word(m.sentence(), w[1]).end()));
        }
        // Clusters of one type sharing a name are one entity here: the scorer tells entities apart by name only.
        Map<String, String> merged = new LinkedHashMap<>();
        Map<String, String> byName = new HashMap<>();
        for (var e : names.entrySet()) {
            String target = e.getKey();
            for (String n : e.getValue()) {
                String other = byName.get(types.get(e.getKey()) + " " + n);
                if (other != null) {
                    target = merged.get(other);
                    break;
                }
            }
            merged.put(e.getKey(), target);
            if (!target.equals(e.getKey())) {
                names.get(target).addAll(e.getValue());
                String identity = identities.get(e.getKey());
                if (identity != null) {
                    identities.putIfAbsent(target, identity);
                }
            }
            for (String n : e.getValue()) {
                byName.putIfAbsent(types.get(e.getKey()) + " " + n, e.getKey());
            }
        }
        List<GoldEntity> out = new ArrayList<>();
        Map<String, EntityType> finalTypes = new HashMap<>();
        for (var e : names.entrySet()) {
            if (!merged.get(e.getKey()).equals(e.getKey())) {
                continue;
            }
            EntityType type = types.get(e.getKey());
            if (type == EntityType.ORGANIZATION && e.getValue().stream().anyMatch(places::contains)) {
                type = EntityType.PLACE;
            }
            String longest = e.getValue().stream().reduce((a, b) -> b.length() > a.length() ? b : a).orElseThrow();
            out.add(new GoldEntity(longest, type, List.copyOf(e.getValue()), identities.get(e.getKey())));
            finalTypes.put(e.getKey(), type);
        }
        // Each printed name once (nested mentions of one cluster can share it), in text order.
        Map<Span, NameSpan> byspan = new java.util.TreeMap<>(java.util.Comparator.comparingInt(Span::start)
                .thenComparingInt(Span::end));
        for (int i = 0; i < named.size(); i++) {
            byspan.putIfAbsent(spans.get(i), new NameSpan(spans.get(i), finalTypes.get(merged.get(named.get(i).cluster()))));
        }
        return new GumDocument(id, text, out, List.copyOf(byspan.values()));
    }

    private String name(GumMention m, ConlluDocument doc, DocumentText text, List<GumMention> all) {
        if (type(m.type()) == null) {
            return null;
        }
        int[] span = properName.of(m, doc.sentences().get(m.sentence()).tokens());
        return span == null ? null : text.between(m.sentence(), span[0], span[1]);
    }

    /**
     * Every proper name GUM types as a place in a document outside the genres reserved for evaluation
     * ({@link ReservedForEvaluation}), so no training label depends on them.
     */
    private Set<String> placeNames() throws IOException {
        if (placeNames == null) {
            Set<String> out = new HashSet<>();
            for (String id : documentIds()) {
                if (ReservedForEvaluation.load().isGumGenre(genre(id))) {
                    continue;
                }
                ConlluDocument doc = conllu(id);
                DocumentText text = DocumentText.of(doc);
                List<GumMention> mentions = GumMentions.of(doc);
                for (GumMention m : mentions) {
                    if (m.type().equals("place")) {
                        String n = name(m, doc, text, mentions);
                        if (n != null) {
                            out.add(n);
                        }
                    }
                }
            }
            placeNames = out;
        }
        return placeNames;
    }

    /** The project's type for a GUM entity type, or null for types it does not recognise. */
    public static EntityType type(String gumType) {
        return switch (gumType.toLowerCase(Locale.ROOT)) {
            case "person" -> EntityType.PERSON;
            case "organization" -> EntityType.ORGANIZATION;
            case "place" -> EntityType.PLACE;
            default -> null;
        };
    }
}
