package org.dateline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.Pipeline;
import org.dateline.eval.Evaluator;
import org.dateline.eval.ModelOnly;
import org.dateline.extract.SequenceModelNames;
import org.dateline.eval.Scores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline eval DIR}: scores extraction against the gold files of a folder of articles. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Run the pipeline over the articles of DIR that have a NAME.gold.json beside them and print "
                + "precision, recall and F1 for entities, quotes, attribution, event dates, publication dates and links.")
public final class EvalCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "folder of articles with their *.gold.json files")
    Path dir;

    @Option(names = "--min-entity-f1", description = "exit with 1 when overall entity F1 is below this")
    double minEntityF1 = 0;

    @Option(names = "--min-quote-recall", description = "exit with 1 when overall quote recall is below this")
    double minQuoteRecall = 0;

    @Option(names = "--min-attribution", description = "exit with 1 when the share of gold quotes found with the right speaker is below this")
    double minAttribution = 0;

    @Option(names = "--min-event-dates", description = "exit with 1 when event date accuracy is below this")
    double minEventDates = 0;

    @Option(names = "--source", defaultValue = "pipeline", paramLabel = "SOURCE",
            description = "what finds the entities: pipeline (default: rules, gazetteer, sequence model and name decider), "
                    + "rules (rules and gazetteer alone, as Dateline 0.1) or model (the sequence model alone, "
                    + "data/models/ner-en.bin or --model)")
    String source;

    @Option(names = "--model", paramLabel = "FILE", description = "with --source model: a name model file to use instead")
    Path model;

    @Option(names = {"-e", "--errors"}, description = "also list each error per article: entities found but not in "
            + "gold and missed, quotes missed, wrong speakers, events missed, wrong event dates and kinds")
    boolean errors;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir)) {
            System.err.println("dateline eval: " + dir + ": not a folder (give the folder holding NAME.txt/.html and NAME.gold.json)");
            return 2;
        }
        if (Evaluator.articles(dir).isEmpty()) {
            System.err.println("dateline eval: " + dir + ": no article with a NAME.gold.json beside it");
            return 2;
        }
        Pipeline pipeline = Pipeline.create();
        Evaluator.Processor processor;
        if (source.equals("model")) {
            SequenceModelNames names;
            if (model == null) {
                names = SequenceModelNames.load();
            } else {
                try (java.io.InputStream in = Files.newInputStream(model)) {
                    names = new SequenceModelNames(new opennlp.tools.namefind.TokenNameFinderModel(in));
                }
            }
            ModelOnly only = new ModelOnly(names);
            processor = file -> only.apply(pipeline.process(file));
        } else if (source.equals("pipeline")) {
            processor = pipeline::process;
        } else if (source.equals("rules")) {
            processor = Pipeline.builder().learned(false).build()::process;
        } else {
            System.err.println("dateline eval: --source " + source + ": expected pipeline, rules or model");
            return 2;
        }
        List<Scores> all = new Evaluator(processor).evaluate(dir);
        Evaluator.print(all, System.out);
        if (errors) {
            System.out.println();
            Evaluator.printErrors(all, System.out);
        }
        Scores total = all.get(all.size() - 1);
        boolean ok = total.allEntities().f1() >= minEntityF1 && total.quotes().recall() >= minQuoteRecall
                && total.speakerOfGold().value() >= minAttribution && total.eventDates().value() >= minEventDates;
        return ok ? 0 : 1;
    }
}
