package org.dateline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.bench.CorpusGenerator;
import org.dateline.knowledge.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Picture credits in the forms agencies and outlets print them. */
class CaptionParserTest {
    private static CaptionParser.Caption parse(String line) {
        return CaptionParser.get().parse(line, 0, line.length());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " || ", nullValues = "-", value = {
        "Obama speaks in Washington. Photo by Mike Theiler/UPI || Obama speaks in Washington. || Photo by Mike Theiler/UPI || Mike Theiler || UPI",
        "Putin in Moscow. File Photo by Anya Deverell/UPI | License Photo || Putin in Moscow. || File Photo by Anya Deverell/UPI || Anya Deverell || UPI",
        "Merkel leaves a briefing. (AP Photo/Alexei Varenko) || Merkel leaves a briefing. || AP Photo/Alexei Varenko || Alexei Varenko || AP",
        "Buhari takes the oath. Photo: Kunle Dawodu/Continental Dispatch || Buhari takes the oath. || Photo: Kunle Dawodu/Continental Dispatch || Kunle Dawodu || Continental Dispatch",
        "Rescuers search the rubble in Aleppo. REUTERS/Abdalrhman Ismail || Rescuers search the rubble in Aleppo. || REUTERS/Abdalrhman Ismail || Abdalrhman Ismail || Reuters",
        "Protesters march in Paris. AFP PHOTO / Jean Dupont || Protesters march in Paris. || AFP PHOTO / Jean Dupont || Jean Dupont || AFP",
        "The summit opens in Brussels. (Getty Images) || The summit opens in Brussels. || Getty Images || - || Getty Images",
    })
    void creditFormsAreSplitFromTheCaption(String line, String caption, String credit, String photographer, String org) {
        CaptionParser.Caption c = parse(line);
        assertEquals(caption, c.captionSpan().of(line));
        assertEquals(credit, c.credit());
        assertEquals(photographer, c.photographer());
        assertEquals(org, c.organization());
        if (photographer != null) {
            assertEquals(photographer, c.photographerSpan().of(line));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "An AP/NORC poll found that most voters disagreed with the plan.",
        "The picture was taken in a photo by the agency's own staff.",
        "Officials said the photo by itself proved nothing.",
        "He said the image: a man running from the scene, was fake.",
    })
    void storySentenceIsNotACaption(String line) {
        assertNull(parse(line));
    }

    /**
     * The parser checks each pattern's required text before running it; that check must never change a result.
     * Compared against the plain reading on credit shapes and near misses, and on every line of generated copy.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Obama speaks. Photo by Mike Theiler/UPI", "Obama speaks. PHOTO BY Mike Theiler/UPI",
        "Obama speaks. photos by Mike Theiler / Getty Images  ", "Obama speaks. Photo by Mike Theiler",
        "Putin in Moscow. File Photo by Anya Deverell/UPI | License Photo", "A caption | LICENCE PHOTO",
        "Merkel leaves. (AP Photo/Alexei Varenko, File)", "Merkel leaves. (AP Images/Alexei Varenko)",
        "Merkel leaves. (AP Photo)", "Merkel leaves. (AP Photo, File)", "Merkel leaves. (AP photo/x)",
        "Buhari. Photo: Kunle Dawodu/Continental Dispatch", "Buhari. PICTURE: Jane Doe for Daily Planet",
        "Buhari. Credit: Daily Planet", "Buhari. image : Jane Doe / Outlet",
        "Aleppo. REUTERS/Abdalrhman Ismail", "Aleppo. (Reuters/Jane Roe)", "Paris. AFP PHOTO / Jean Dupont",
        "Paris. EPA/X", "Brussels. (Getty Images)", "Brussels. AFP via Getty Images", "Brussels. Shutterstock",
        "Brussels. getty images", "An AP/NORC poll found that most voters disagreed.", "Ratio 3/4 (approx.)",
        "He said: \"no\"", "Photo", "", "(", "|", "Photo by \u00c9mile Zola/Agence Presse",
    })
    void theRequiredTextCheckNeverChangesAResult(String line) {
        assertEquals(CaptionParser.ungated().parse(line, 0, line.length()), parse(line));
        assertEquals(CaptionParser.ungated().parse(line, 0, line.length(), true),
                CaptionParser.get().parse(line, 0, line.length(), true));
    }

    @Test
    void theRequiredTextCheckNeverChangesAResultOnGeneratedCopy() {
        CorpusGenerator generator = CorpusGenerator.create(Gazetteer.loadDefault());
        CaptionParser plain = CaptionParser.ungated();
        int credits = 0;
        for (int i = 0; i < 400; i++) {
            for (String line : generator.article(7, i).content().split("\n")) {
                CaptionParser.Caption c = parse(line);
                assertEquals(plain.parse(line, 0, line.length()), c, line);
                credits += c != null ? 1 : 0;
            }
        }
        assertTrue(credits > 50, "the generated copy has captions to compare: " + credits);
    }
}
