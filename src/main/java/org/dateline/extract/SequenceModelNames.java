package org.dateline.extract;

import org.dateline.model.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.dateline.knowledge.DataFiles;

/**
 * A source of candidate names: an OpenNLP {@link NameFinderME} trained on open corpora
 * ({@code data/models/ner-en.bin}, built by {@code dateline train ner}). The model is loaded once and shared;
 * each thread decodes with its own finder, since a finder keeps per-document state and is not thread-safe.
 */
public final class SequenceModelNames {
    /** Where the project's model lives under {@code data/}. */
    public static final String MODEL = "models/ner-en.bin";

    private final TokenNameFinderModel model;
    private final ThreadLocal<NameFinderME> finders;

    public SequenceModelNames(TokenNameFinderModel model) {
        this.model = model;
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
    }

    /** The project's model from {@code data/models/ner-en.bin}, read once per process and shared. */
    public static SequenceModelNames load() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final SequenceModelNames INSTANCE = read();
    }

    private static SequenceModelNames read() {
        try (InputStream in = DataFiles.open(MODEL)) {
            return new SequenceModelNames(new TokenNameFinderModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the name model data/" + MODEL
                    + " (rebuild it with 'dateline train ner', see data/models/README.md)", e);
        }
    }

    public TokenNameFinderModel model() {
        return model;
    }

    /** The names in {@code text} (one document: what the model learnt of a name early on is used later). */
    public List<ModelName> find(String text) {
        return find(text, List.of(new org.dateline.model.Span(0, text.length())));
    }

    /**
     * The names in the regions of {@code text} (an article's blocks, in reading order), read as one document;
     * spans are offsets into {@code text}.
     */
    public List<ModelName> find(String text, List<org.dateline.model.Span> regions) {
        NameFinderME finder = finders.get();
        finder.clearAdaptiveData();
        List<ModelName> out = new ArrayList<>();
        try {
            for (org.dateline.model.Span region : regions) {
                find(finder, text, region, out);
            }
        } finally {
            finder.clearAdaptiveData();
        }
        return out;
    }

    private static void find(NameFinderME finder, String text, org.dateline.model.Span region, List<ModelName> out) {
        String part = region.of(text);
        int base = region.start();
        for (Span[] sentence : ModelTokens.sentences(part)) {
            Span[] names = finder.find(ModelTokens.texts(part, sentence));
            for (Span n : names) {
                EntityType type = type(n.getType());
                if (type == null) {
                    continue;
                }
                int start = base + sentence[n.getStart()].getStart();
                int end = base + sentence[n.getEnd() - 1].getEnd();
                out.add(new ModelName(new org.dateline.model.Span(start, end), text.substring(start, end), type,
                        n.getProb()));
            }
        }
    }

    /** The project's type for a model tag ("person", "organization", "place"), or null. */
    static EntityType type(String tag) {
        if (tag == null) {
            return null;
        }
        try {
            return EntityType.valueOf(tag.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
