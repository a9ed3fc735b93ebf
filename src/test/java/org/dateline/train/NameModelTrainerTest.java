package org.dateline.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.dateline.corpus.IobCorpus;
import org.dateline.corpus.LabeledText;
import org.dateline.model.EntityType;
import org.dateline.extract.ModelName;
import org.dateline.extract.SequenceModelNames;
import org.junit.jupiter.api.Test;

/** Retrains the name model on a small committed slice of Universal NER (English-EWT dev, CC BY-SA 4.0). */
class NameModelTrainerTest {
    static final Path SLICE = Path.of("src/test/resources/train/uner-en_ewt-dev-slice.iob2");

    @Test
    void aModelTrainedOnASliceFindsAPlaceItWasTaught() throws Exception {
        List<LabeledText> texts = IobCorpus.read(SLICE, 1, 2, java.util.Map.of("PER", EntityType.PERSON,
                "ORG", EntityType.ORGANIZATION, "LOC", EntityType.PLACE));
        assertEquals(250, texts.size());
        TokenNameFinderModel model = new NameModelTrainer("PERCEPTRON", 30, 1).train(NameSamples.of(texts));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.serialize(bytes);
        SequenceModelNames names = new SequenceModelNames(
                new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray())));
        String text = "We flew from Fiji to Argentina last year.";
        List<ModelName> found = names.find(text);
        assertTrue(found.stream().anyMatch(n -> n.text().equals("Argentina") && n.type() == EntityType.PLACE
                && text.substring(n.span().start(), n.span().end()).equals("Argentina")), found.toString());
    }

    @Test
    void trainingIsDeterministic() throws Exception {
        List<LabeledText> texts = IobCorpus.read(SLICE, 1, 2, java.util.Map.of("LOC", EntityType.PLACE)).subList(0, 80);
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        new NameModelTrainer("PERCEPTRON", 10, 1).train(NameSamples.of(texts)).serialize(a);
        new NameModelTrainer("PERCEPTRON", 10, 1).train(NameSamples.of(texts)).serialize(b);
        String text = "The hotel in Miramar is near the beach of Fiji and Argentina.";
        List<ModelName> x = new SequenceModelNames(new TokenNameFinderModel(new ByteArrayInputStream(a.toByteArray()))).find(text);
        List<ModelName> y = new SequenceModelNames(new TokenNameFinderModel(new ByteArrayInputStream(b.toByteArray()))).find(text);
        assertEquals(x, y);
    }
}
