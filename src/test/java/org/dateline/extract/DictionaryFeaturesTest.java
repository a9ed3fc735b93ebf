package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sequence model's dictionary features, over a plugged-in dictionary and over the project's own. */
class DictionaryFeaturesTest {
    @Test
    void theWordAndItsNeighboursSayWhatKindsOfNameTheyAppearIn() {
        Map<String, String> words = Map.of("Jane", "G", "Paris", "L");
        DictionaryFeatures f = new DictionaryFeatures(words::get);
        List<String> features = new ArrayList<>();
        f.createFeatures(features, new String[] {"Jane", "left", "Paris"}, 1, new String[] {"person-start"});
        assertEquals(List.of("dict-1=G", "dict+1=L"), features);
        features.clear();
        f.createFeatures(features, new String[] {"Jane", "left", "Paris"}, 0, new String[0]);
        assertEquals(List.of("dict=G"), features);
    }

    @Test
    void theDefaultDictionaryReadsTheGazetteerAndLexicons() {
        GazetteerWords words = GazetteerWords.load();
        assertEquals("G", words.classOf("Aaron").substring(0, 1));
        assertEquals("L", words.classOf("shanghai"));
        assertNull(words.classOf("the"));
    }
}
