package org.dateline.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.dateline.knowledge.DataFiles;
import org.dateline.corpus.GumCorpus;
import org.dateline.corpus.IobCorpus;
import org.dateline.corpus.LabeledText;
import org.dateline.eval.Prf;
import org.dateline.model.EntityType;
import org.dateline.train.NameModelTrainer;
import org.dateline.train.NameSamples;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dateline train}: builds the learned models in {@code data/models/} from open corpora. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train Dateline's learned models from open annotated corpora.",
        subcommands = {TrainCommand.Ner.class, TrainCommand.Words.class})
public final class TrainCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand (try: train ner --help)");
    }

    /** {@code dateline train ner --corpus KIND=PATH ... --out FILE}: the sequence model for names. */
    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = {"Train the name finder (OpenNLP NameFinderME) on open corpora and write the model.",
                    "Corpora (--corpus KIND=PATH, repeatable):",
                    "  gum=DIR       a GUM checkout: train and dev documents of --gum-genre (never news)",
                    "  uner=FILE     Universal NER .iob2 (PER/ORG/LOC)",
                    "  crossner=FILE CrossNER token<TAB>tag file (fine-grained tags mapped to person/org/place)",
                    "  btc=FILE      Broad Twitter Corpus .conll (PER/ORG/LOC)",
                    "Held-out score: GUM's test documents of --gum-genre, when gum is given."})
    static final class Ner implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--corpus", required = true, paramLabel = "KIND=PATH", description = "a training corpus")
        List<String> corpora;

        @Option(names = "--gum-genre", split = ",", paramLabel = "GENRE",
                defaultValue = "academic,bio,court,interview,voyage",
                description = "GUM genres to train on (default: ${DEFAULT-VALUE}, those whose texts are openly licensed)")
        List<String> gumGenres;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "model file to write")
        Path out;

        @Option(names = "--algorithm", defaultValue = "PERCEPTRON", description = "PERCEPTRON or MAXENT (default: ${DEFAULT-VALUE})")
        String algorithm;

        @Option(names = "--iterations", defaultValue = "100", description = "training iterations (default: ${DEFAULT-VALUE})")
        int iterations;

        @Option(names = "--cutoff", defaultValue = "2", description = "minimum feature count (default: ${DEFAULT-VALUE})")
        int cutoff;

        @Option(names = "--dictionary", description = "add dictionary features: the kinds of name the gazetteer, "
                + "given names and world cities know a word in")
        boolean dictionary;

        @Override
        public Integer call() throws Exception {
            if (gumGenres.contains("news")) {
                throw new ParameterException(spec.commandLine(), "GUM's news genre is reserved for evaluation: "
                        + "leave 'news' out of --gum-genre");
            }
            List<LabeledText> train = new ArrayList<>();
            List<LabeledText> heldOut = new ArrayList<>();
            for (String c : corpora) {
                int eq = c.indexOf('=');
                if (eq < 0) {
                    throw new ParameterException(spec.commandLine(), "--corpus " + c + ": expected KIND=PATH (gum, uner, crossner, btc)");
                }
                String kind = c.substring(0, eq).toLowerCase(Locale.ROOT);
                Path path = Path.of(c.substring(eq + 1));
                int before = train.size();
                switch (kind) {
                    case "gum" -> readGum(path, train, heldOut);
                    case "uner", "btc" -> train.addAll(IobCorpus.read(path, kind.equals("uner") ? 1 : 0,
                            kind.equals("uner") ? 2 : 1, CONLL_LABELS));
                    case "crossner" -> train.addAll(IobCorpus.read(path, 0, 1, CROSSNER_LABELS));
                    default -> throw new ParameterException(spec.commandLine(), "--corpus " + c
                            + ": unknown kind '" + kind + "' (gum, uner, crossner, btc)");
                }
                System.out.printf("%s: %d texts, %d names%n", c, train.size() - before,
                        train.subList(before, train.size()).stream().mapToInt(t -> t.names().size()).sum());
            }
            List<NameSample> samples = NameSamples.of(train);
            long t0 = System.nanoTime();
            TokenNameFinderModel model = new NameModelTrainer(algorithm, iterations, cutoff, dictionary).train(samples);
            double secs = (System.nanoTime() - t0) / 1e9;
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                model.serialize(o);
            }
            System.out.printf("trained on %d sentences (%d tokens) in %.1f s; %s: %d bytes%n", samples.size(),
                    samples.stream().mapToInt(s -> s.getSentence().length).sum(), secs, out, Files.size(out));
            if (!heldOut.isEmpty()) {
                System.out.println("held out: GUM test documents of " + gumGenres + " (exact spans)");
                for (Map.Entry<String, Prf> e : NameModelTrainer.score(model, NameSamples.of(heldOut)).entrySet()) {
                    Prf p = e.getValue();
                    System.out.printf("  %-13s P %.3f  R %.3f  F1 %.3f   (tp %d fp %d fn %d)%n", e.getKey(),
                            p.precision(), p.recall(), p.f1(), p.tp(), p.fp(), p.fn());
                }
            }
            return 0;
        }

        private void readGum(Path dir, List<LabeledText> train, List<LabeledText> heldOut) throws IOException {
            Set<String> titles = new HashSet<>();
            for (String t : DataFiles.entries("lexicon/titles.txt")) {
                titles.add(t.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
            }
            GumCorpus gum = GumCorpus.open(dir, titles);
            for (String id : gum.documentIds()) {
                String genre = GumCorpus.genre(id);
                if (genre.equals("news") || !gumGenres.contains(genre)) {
                    continue;
                }
                (gum.partition(id).equals("test") ? heldOut : train).add(gum.document(id).labeled());
            }
        }
    }

    /**
     * {@code dateline train words --corpus KIND=PATH ... --out FILE}: how open text writes each word, counted outside
     * names: in lower case, or capitalised where no sentence starts. A word news prints in lower case is no name when
     * it stands capitalised alone ("Psychology", "Siege") unless other evidence says so.
     */
    @Command(name = "words", mixinStandardHelpOptions = true,
            description = {"Count how open corpora write each word outside names (lower case, or capitalised inside a",
                    "sentence) and write the table the recogniser reads (data/lexicon/word-case.tsv).",
                    "Corpora as for 'train ner' (gum=DIR, uner=FILE, crossner=FILE, btc=FILE)."})
    static final class Words implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--corpus", required = true, paramLabel = "KIND=PATH", description = "a corpus")
        List<String> corpora;

        @Option(names = "--gum-genre", split = ",", paramLabel = "GENRE",
                defaultValue = "academic,bio,court,interview,voyage",
                description = "GUM genres to read (default: ${DEFAULT-VALUE}; never news)")
        List<String> gumGenres;

        @Option(names = "--min", defaultValue = "3", description = "least lower-case count kept (default: ${DEFAULT-VALUE})")
        int min;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "table to write")
        Path out;

        @Override
        public Integer call() throws Exception {
            if (gumGenres.contains("news")) {
                throw new ParameterException(spec.commandLine(), "GUM's news genre is reserved for evaluation");
            }
            List<LabeledText> texts = new ArrayList<>();
            for (String c : corpora) {
                int eq = c.indexOf('=');
                String kind = eq < 0 ? "" : c.substring(0, eq).toLowerCase(Locale.ROOT);
                Path path = Path.of(c.substring(eq + 1));
                switch (kind) {
                    case "gum" -> {
                        GumCorpus gum = GumCorpus.open(path, Set.of());
                        for (String id : gum.documentIds()) {
                            String genre = GumCorpus.genre(id);
                            if (!genre.equals("news") && gumGenres.contains(genre) && !gum.partition(id).equals("test")) {
                                texts.add(gum.document(id).labeled());
                            }
                        }
                    }
                    case "uner", "btc" -> texts.addAll(IobCorpus.read(path, kind.equals("uner") ? 1 : 0,
                            kind.equals("uner") ? 2 : 1, CONLL_LABELS));
                    case "crossner" -> texts.addAll(IobCorpus.read(path, 0, 1, CROSSNER_LABELS));
                    default -> throw new ParameterException(spec.commandLine(), "--corpus " + c
                            + ": expected KIND=PATH with KIND one of gum, uner, crossner, btc");
                }
            }
            org.dateline.train.WordCase counts = org.dateline.train.WordCase.count(texts);
            counts.write(out, min, String.join(" ", corpora));
            System.out.printf("%d texts, %d words kept (lower case at least %d times) in %s%n", texts.size(),
                    counts.kept(min), min, out);
            return 0;
        }
    }

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
}
