package org.dateline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

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
        "Pupils playing during recess. ST PHOTO: DARREN SEOW || Pupils playing during recess. || ST PHOTO: DARREN SEOW || Darren Seow || ST",
        "The skip celebrates on Sunday. KAYLA FROESE/THE CANADIAN PRESS || The skip celebrates on Sunday. || KAYLA FROESE/THE CANADIAN PRESS || Kayla Froese || CP",
        "Fans cheer in Toronto. Nathan Denette/The Canadian Press || Fans cheer in Toronto. || Nathan Denette/The Canadian Press || Nathan Denette || CP",
        "Tautahi-Brooke shoots against the Pulse. PHOTO: DANIEL ROWE-HAKARAIA || Tautahi-Brooke shoots against the Pulse. || PHOTO: DANIEL ROWE-HAKARAIA || Daniel Rowe-Hakaraia || -",
        "Caraballo performs in Seville in 2004. PACO SALGADO-REINA || Caraballo performs in Seville in 2004. || PACO SALGADO-REINA || Paco Salgado-Reina || -",
        "Fishermen land their catch. Image: GETTY IMAGES || Fishermen land their catch. || Image: GETTY IMAGES || - || GETTY IMAGES",
    })
    void creditFormsAreSplitFromTheCaption(String line, String caption, String credit, String photographer, String org) {
        CaptionParser.Caption c = parse(line);
        assertEquals(caption, c.captionSpan().of(line));
        assertEquals(credit, c.credit());
        assertEquals(photographer, c.photographer());
        assertEquals(org, c.organization());
        if (photographer != null) {
            // The name as printed; in capitals it is given in normal case.
            assertTrue(photographer.equalsIgnoreCase(c.photographerSpan().of(line)), c.photographerSpan().of(line));
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
}
