package org.dateline.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.TreeSet;
import org.dateline.corpus.GumCorpus;
import org.dateline.corpus.LabeledText;
import org.dateline.corpus.ReservedForEvaluation;
import org.dateline.eval.Evaluator;
import org.dateline.eval.GoldArticle;
import org.dateline.eval.Prf;
import org.dateline.extract.Extractor;
import org.dateline.extract.NameEvidence;
import org.dateline.extract.SequenceModelNames;
import org.dateline.ingest.ArticleReader;
import org.dateline.ingest.IngestOptions;
import org.dateline.knowledge.Gazetteer;
import org.dateline.train.DeciderTrainer;
import org.dateline.train.NameModelTrainer;
import org.dateline.train.NameSamples;
import org.dateline.train.WordCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dateline train}: builds the learned models in {@code data/models/} from open corpora. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train Dateline's learned models from open annotated corpora.",
        subcommands = {TrainCommand.Ner.class, TrainCommand.Words.class, TrainCommand.CommonWords.class,
                TrainCommand.Decider.class})
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
                    "  gum=DIR       a GUM checkout: train and dev documents of --gum-genre",
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
            TrainingCorpora corpora = read(spec, this.corpora, gumGenres, GumCorpus.lexiconTitles());
            List<LabeledText> train = corpora.train();
            List<LabeledText> heldOut = corpora.heldOut();
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
    }

    /**
     * {@code dateline train words --corpus KIND=PATH ... --out FILE}: how open text writes each word, counted outside
     * names: in lower case, or capitalised where no sentence starts. A word open text prints in lower case is no name when
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
                description = "GUM genres to read (default: ${DEFAULT-VALUE})")
        List<String> gumGenres;

        @Option(names = "--min", defaultValue = "3", description = "least lower-case count kept (default: ${DEFAULT-VALUE})")
        int min;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "table to write")
        Path out;

        @Override
        public Integer call() throws Exception {
            // GUM's names are read with no titles left off, as when word-case.tsv was built.
            List<LabeledText> texts = read(spec, corpora, gumGenres, Set.of()).train();
            WordCase counts = WordCase.count(texts);
            counts.write(out, min, String.join(" ", corpora));
            System.out.printf("%d texts, %d words kept (lower case at least %d times) in %s%n", texts.size(),
                    counts.kept(min), min, out);
            return 0;
        }
    }

    /**
     * {@code dateline train common-words --dictionary FILE --out FILE}: the lower-case words of a spelling dictionary
     * (one word a line, proper nouns capitalised, as SCOWL's {@code /usr/share/dict/american-english} from Debian's
     * {@code wamerican}) that it does not also list capitalised: words that name nothing when they stand alone.
     */
    @Command(name = "common-words", mixinStandardHelpOptions = true,
            description = {"Write the lower-case words of a spelling dictionary that it never capitalises",
                    "(data/lexicon/common-words.txt), e.g. from Debian's wamerican: /usr/share/dict/american-english."})
    static final class CommonWords implements Callable<Integer> {
        @Option(names = "--dictionary", required = true, paramLabel = "FILE", description = "a word list, one word a line")
        Path dictionary;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "list to write")
        Path out;

        @Option(names = "--notice", paramLabel = "FILE", description = "the dictionary's copyright notice, copied into the list's header")
        Path notice;

        @Override
        public Integer call() throws Exception {
            List<String> words = Files.readAllLines(dictionary, StandardCharsets.UTF_8);
            Set<String> all = new HashSet<>(words);
            TreeSet<String> common = new TreeSet<>();
            for (String w : words) {
                if (w.length() >= 3 && w.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')
                        && !all.contains(Character.toUpperCase(w.charAt(0)) + w.substring(1))) {
                    common.add(w);
                }
            }
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
                w.println("# Lower-case English words that the spelling dictionary never capitalises: a name made only of");
                w.println("# such words needs other evidence (extract/Lexicon). Built by 'dateline train common-words' from");
                w.println("# " + dictionary.getFileName() + ". Its notice:");
                if (notice != null) {
                    for (String line : Files.readAllLines(notice)) {
                        w.println("#   " + line);
                    }
                }
                common.forEach(w::println);
            }
            System.out.printf("%d common words written to %s%n", common.size(), out);
            return 0;
        }
    }

    /**
     * {@code dateline train decider DIR... --out FILE}: the name decider, from the candidate names of gold articles
     * (NAME.txt or NAME.html beside NAME.gold.json) and the evidence about each.
     */
    @Command(name = "decider", mixinStandardHelpOptions = true,
            description = {"Train the name decider (a maximum-entropy model over the typing rules' votes, the sequence",
                    "model, the gazetteer and the name's shape) on folders of gold articles. Sets reserved for evaluation",
                    "(data/models/reserved-for-evaluation.txt) are refused."})
    static final class Decider implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DIR", arity = "1..*", description = "folders of gold articles")
        List<Path> dirs;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "model file to write")
        Path out;

        @Option(names = "--iterations", defaultValue = "100", description = "training iterations (default: ${DEFAULT-VALUE})")
        int iterations;

        @Option(names = "--cutoff", defaultValue = "2", description = "minimum feature count (default: ${DEFAULT-VALUE})")
        int cutoff;

        @Option(names = "--uncovered", description = "list the gold entities no candidate name covers")
        boolean uncoveredReport;

        @Override
        public Integer call() throws Exception {
            ReservedForEvaluation reserved = ReservedForEvaluation.load();
            for (Path d : dirs) {
                if (reserved.isSet(d)) {
                    throw new ParameterException(spec.commandLine(), d + " is reserved for evaluation: " + reserved.describe());
                }
            }
            ArticleReader reader = ArticleReader.create(
                    IngestOptions.defaults());
            Extractor extractor = Extractor.create(
                    Gazetteer.loadDefault(), SequenceModelNames.load(), null);
            DeciderTrainer trainer = new DeciderTrainer();
            int articles = 0;
            int golds = 0;
            int uncovered = 0;
            for (Path d : dirs) {
                for (Path f : Evaluator.articles(d)) {
                    GoldArticle gold = GoldArticle.read(
                            Evaluator.goldOf(f));
                    List<NameEvidence> cands = extractor.nameEvidence(reader.read(f));
                    trainer.add(cands, gold);
                    articles++;
                    Set<String> texts = new HashSet<>();
                    cands.forEach(c -> texts.add(c.text()));
                    for (GoldArticle.GoldEntity e : gold.entities()) {
                        golds++;
                        if (e.mentions().stream().noneMatch(texts::contains) && !texts.contains(e.name())) {
                            uncovered++;
                            if (uncoveredReport) {
                                System.out.println("no candidate: " + f.getFileName() + " " + e.type() + " " + e.mentions());
                            }
                        }
                    }
                }
            }
            System.out.printf("%d of %d gold entities have no candidate printed as one of their mentions%n", uncovered, golds);
            long t0 = System.nanoTime();
            var model = trainer.train(iterations, cutoff);
            DeciderTrainer.write(model, out);
            System.out.printf("%d articles, %d candidate names %s; trained in %.1f s; %s: %d bytes%n", articles,
                    trainer.size(), trainer.outcomes(), (System.nanoTime() - t0) / 1e9, out, Files.size(out));
            return 0;
        }
    }

    /** The corpora of {@code --corpus}, a bad argument turned into a usage error. */
    static TrainingCorpora read(CommandSpec spec, List<String> corpora, List<String> gumGenres, Set<String> titles)
            throws IOException {
        try {
            return TrainingCorpora.read(corpora, gumGenres, titles);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
