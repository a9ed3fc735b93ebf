package org.dateline.extract;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * The sequence model's dictionary features: for the word and its two neighbours, the kinds of name
 * {@link NameDictionary} says they appear in ("dict=GP", "dict-1=L"). Named in a model's feature descriptor as
 * {@code <generator class="org.dateline.extract.DictionaryFeatures$Factory"/>}.
 */
public final class DictionaryFeatures implements AdaptiveFeatureGenerator {
    private final NameDictionary dictionary;

    public DictionaryFeatures(NameDictionary dictionary) {
        this.dictionary = dictionary;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        add(features, "dict=", tokens, index);
        add(features, "dict-1=", tokens, index - 1);
        add(features, "dict+1=", tokens, index + 1);
    }

    private void add(List<String> features, String prefix, String[] tokens, int i) {
        if (i < 0 || i >= tokens.length) {
            return;
        }
        String c = dictionary.classOf(tokens[i]);
        if (c != null) {
            features.add(prefix + c);
        }
    }

    /** Creates the generator from a model's XML feature descriptor, over {@link NameDictionaries#current()}. */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() {
            return new DictionaryFeatures(NameDictionaries.current());
        }
    }
}
