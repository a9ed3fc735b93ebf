package org.dateline.train;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.dateline.eval.GoldArticle;
import org.dateline.extract.NameEvidence;

/**
 * Trains the name decider: each candidate name of gold articles becomes an event whose outcome is the type of the
 * gold entity that has it as a mention ({@code PERSON}, {@code ORGANIZATION}, {@code PLACE}), or {@code NONE}, and
 * whose context is its evidence; a maximum-entropy model (OpenNLP's GIS, deterministic) learns the weights.
 */
public final class DeciderTrainer {
    private final List<Event> events = new ArrayList<>();
    private final Map<String, Integer> outcomes = new TreeMap<>();

    /** Adds the candidates of one article, labelled from its gold file. */
    public void add(List<NameEvidence> candidates, GoldArticle gold) {
        for (NameEvidence c : candidates) {
            String outcome = label(c.text(), gold);
            events.add(new Event(outcome, c.features().toArray(new String[0])));
            outcomes.merge(outcome, 1, Integer::sum);
        }
    }

    /**
     * The type of the first gold entity printed as {@code text}; else of the first whose mention holds the text or is
     * held in it as whole words (a name whose edges differ from the gold's is a name all the same: "Navy SEALs" of
     * "Thai Navy SEALs"); else NONE.
     */
    static String label(String text, GoldArticle gold) {
        for (GoldArticle.GoldEntity e : gold.entities()) {
            if (e.mentions().contains(text) || e.name().equals(text)) {
                return outcome(e);
            }
        }
        for (GoldArticle.GoldEntity e : gold.entities()) {
            for (String m : e.mentions()) {
                if (m.contains(" ") || text.contains(" ")) {
                    if (containsWords(m, text) || containsWords(text, m)) {
                        return outcome(e);
                    }
                }
            }
        }
        return "NONE";
    }

    private static String outcome(GoldArticle.GoldEntity e) {
        return switch (e.type()) {
            case "Person" -> "PERSON";
            case "Organization" -> "ORGANIZATION";
            default -> "PLACE";
        };
    }

    private static boolean containsWords(String outer, String inner) {
        int at = outer.indexOf(inner);
        while (at >= 0) {
            int end = at + inner.length();
            if ((at == 0 || outer.charAt(at - 1) == ' ') && (end == outer.length() || outer.charAt(end) == ' ')) {
                return true;
            }
            at = outer.indexOf(inner, at + 1);
        }
        return false;
    }

    public int size() {
        return events.size();
    }

    /** How many events of each outcome were added. */
    public Map<String, Integer> outcomes() {
        return outcomes;
    }

    public MaxentModel train(int iterations, int cutoff) throws IOException {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        EventTrainer trainer = TrainerFactory.getEventTrainer(p, null);
        return trainer.train(ObjectStreamUtils.createObjectStream(events));
    }

    public static void write(MaxentModel model, Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream o = Files.newOutputStream(out); DataOutputStream d = new DataOutputStream(o)) {
            new GenericModelWriter((AbstractModel) model, d).persist();
        }
    }
}
