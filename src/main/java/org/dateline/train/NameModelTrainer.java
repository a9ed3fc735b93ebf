package org.dateline.train;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.dateline.eval.Prf;
import org.dateline.extract.DictionaryFeatures;

/**
 * Trains OpenNLP's {@link NameFinderME} on name samples with OpenNLP's default feature generators (token,
 * shape, window and previous-tag features; optionally the project's {@link DictionaryFeatures}) and scores a model on held-out samples, per type, by exact spans.
 * The trainers used are deterministic: the same samples and settings give the same model.
 */
public final class NameModelTrainer {
    private final String algorithm;
    private final int iterations;
    private final int cutoff;
    private final boolean dictionary;

    /** @param algorithm OpenNLP's "PERCEPTRON" or "MAXENT" */
    public NameModelTrainer(String algorithm, int iterations, int cutoff) {
        this(algorithm, iterations, cutoff, false);
    }

    /** @param dictionary whether to add {@link DictionaryFeatures} to OpenNLP's default feature generators */
    public NameModelTrainer(String algorithm, int iterations, int cutoff, boolean dictionary) {
        this.algorithm = algorithm;
        this.iterations = iterations;
        this.cutoff = cutoff;
        this.dictionary = dictionary;
    }

    /** OpenNLP's default name-finder feature descriptor, with the dictionary features when asked. */
    byte[] descriptor() throws IOException {
        try (InputStream in = TokenNameFinderFactory.class.getResourceAsStream("ner-default-features.xml")) {
            if (in == null) {
                throw new IOException("OpenNLP's ner-default-features.xml is missing from its jar");
            }
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (dictionary) {
                xml = xml.replace("</featureGenerators>", "  <generator class=\"" + DictionaryFeatures.Factory.class.getName()
                        + "\"/>\n</featureGenerators>");
            }
            return xml.getBytes(StandardCharsets.UTF_8);
        }
    }

    public TokenNameFinderModel train(List<NameSample> samples) throws IOException {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        // Decoding keeps one best tag sequence (greedy): the beam of three OpenNLP defaults to tripled the model's
        // cost for no better names on held-out text.
        p.put(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER, Integer.getInteger("dateline.beam", 1));
        TokenNameFinderFactory factory = new TokenNameFinderFactory(descriptor(), Map.of(), new BioCodec());
        return NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), p, factory);
    }

    /** Exact-span precision, recall and F1 per type ("person", ...) and over all ("all"). */
    public static Map<String, Prf> score(TokenNameFinderModel model, List<NameSample> heldOut) {
        NameFinderME finder = new NameFinderME(model);
        Map<String, Prf> out = new TreeMap<>();
        for (NameSample s : heldOut) {
            if (s.isClearAdaptiveDataSet()) {
                finder.clearAdaptiveData();
            }
            Span[] found = finder.find(s.getSentence());
            for (Span f : found) {
                boolean hit = List.of(s.getNames()).contains(f);
                out.merge(f.getType(), hit ? new Prf(1, 0, 0) : new Prf(0, 1, 0), Prf::plus);
            }
            for (Span g : s.getNames()) {
                if (!List.of(found).contains(g)) {
                    out.merge(g.getType(), new Prf(0, 0, 1), Prf::plus);
                }
            }
        }
        out.put("all", out.values().stream().reduce(Prf.ZERO, Prf::plus));
        return out;
    }
}
