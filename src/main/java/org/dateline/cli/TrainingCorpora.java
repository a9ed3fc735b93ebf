package org.dateline.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.corpus.GumCorpus;
import org.dateline.corpus.IobCorpus;
import org.dateline.corpus.LabeledText;
import org.dateline.corpus.ReservedForEvaluation;
import org.dateline.model.EntityType;

/**
 * The open corpora a {@code train} command reads, given as {@code --corpus KIND=PATH}: GUM checkouts (their
 * documents of the chosen genres; the test documents held out), Universal NER and Broad Twitter Corpus IOB files,
 * CrossNER files. Genres reserved for evaluation are refused ({@link ReservedForEvaluation}).
 *
 * @param train   the texts to learn from
 * @param heldOut GUM's test documents of the chosen genres
 */
record TrainingCorpora(List<LabeledText> train, List<LabeledText> heldOut) {
    /** The kinds a {@code --corpus} can name. */
    static final String KINDS = "gum, uner, crossner, btc";

    /** CoNLL-style tags (Universal NER, Broad Twitter Corpus). */
    static final Map<String, EntityType> CONLL_LABELS = Map.of("PER", EntityType.PERSON,
            "ORG", EntityType.ORGANIZATION, "LOC", EntityType.PLACE);

    /** CrossNER's fine-grained tags that name people, organisations and places; the rest are left out. */
    static final Map<String, EntityType> CROSSNER_LABELS;

    static {
        Map<String, EntityType> m = new LinkedHashMap<>();
        for (String t : List.of("person", "politician", "writer", "musicalartist", "scientist", "researcher")) {
            m.put(t, EntityType.PERSON);
        }
        for (String t : List.of("organisation", "politicalparty", "university", "band")) {
            m.put(t, EntityType.ORGANIZATION);
        }
        for (String t : List.of("location", "country")) {
            m.put(t, EntityType.PLACE);
        }
        CROSSNER_LABELS = Map.copyOf(m);
    }

    /**
     * Reads every corpus, printing what each gave.
     *
     * @param gumTitles titles GUM's person names are read without ({@code lexicon/titles.txt}, or none)
     * @throws IllegalArgumentException a corpus not written KIND=PATH, of an unknown kind, or a reserved genre asked for
     */
    static TrainingCorpora read(List<String> corpora, List<String> gumGenres, Set<String> gumTitles) throws IOException {
        ReservedForEvaluation reserved = ReservedForEvaluation.load();
        for (String g : gumGenres) {
            if (reserved.isGumGenre(g)) {
                throw new IllegalArgumentException("--gum-genre " + g + " is reserved for evaluation: " + reserved.describe());
            }
        }
        List<LabeledText> train = new ArrayList<>();
        List<LabeledText> heldOut = new ArrayList<>();
        for (String c : corpora) {
            int eq = c.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("--corpus " + c + ": expected KIND=PATH (" + KINDS + ")");
            }
            String kind = c.substring(0, eq).toLowerCase(Locale.ROOT);
            Path path = Path.of(c.substring(eq + 1));
            int before = train.size();
            switch (kind) {
                case "gum" -> {
                    GumCorpus gum = GumCorpus.open(path, gumTitles);
                    for (String id : gum.documentIds()) {
                        if (gumGenres.contains(GumCorpus.genre(id))) {
                            (gum.partition(id).equals("test") ? heldOut : train).add(gum.document(id).labeled());
                        }
                    }
                }
                case "uner", "btc" -> train.addAll(IobCorpus.read(path, kind.equals("uner") ? 1 : 0,
                        kind.equals("uner") ? 2 : 1, CONLL_LABELS));
                case "crossner" -> train.addAll(IobCorpus.read(path, 0, 1, CROSSNER_LABELS));
                default -> throw new IllegalArgumentException("--corpus " + c + ": unknown kind '" + kind + "' (" + KINDS + ")");
            }
            System.out.printf("%s: %d texts, %d names%n", c, train.size() - before,
                    train.subList(before, train.size()).stream().mapToInt(t -> t.names().size()).sum());
        }
        return new TrainingCorpora(List.copyOf(train), List.copyOf(heldOut));
    }
}
