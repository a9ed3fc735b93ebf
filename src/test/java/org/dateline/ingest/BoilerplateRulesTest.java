package org.dateline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Page furniture told from article text by the rules of lexicon/boilerplate.txt. */
class BoilerplateRulesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " || ", nullValues = "-", value = {
        "Share on Facebook || DROP || ''",
        "SHARE ON TWITTER || DROP || ''",
        "4 min read || DROP || ''",
        "32 Comments || END || ''",
        "Comments (4) || END || ''",
        "1,204 reader comments || END || ''",
        "32 comments were filed before the deadline, officials said. || TEXT || ''",
        "  • Share   || DROP || ''",
        "'   ' || DROP || ''",
        "Image caption, Jane Doe arrives in Paris || CAPTION_LABEL || 'Jane Doe arrives in Paris'",
        "Image caption || CAPTION_LABEL || ''",
        "Updated 3:45 PM ET, Sat October 3, 2015 || UPDATED_LABEL || '3:45 PM ET, Sat October 3, 2015'",
        "Published: 24 June 2016 || PUBLISHED_LABEL || '24 June 2016'",
        "Published reports say the minister resigned on Monday. || TEXT || ''",
        "The minister said 4 min read was enough. || TEXT || ''",
        "Skip to main Navigation || DROP || ''",
        "We use cookies to improve your experience. By continuing, you agree to our use of cookies. Accept || DROP || ''",
        "Cookie Settings || DROP || ''",
        "Accept all cookies || DROP || ''",
        "#Business News || SECTION || ''",
        "Local News || SECTION || ''",
        "Home | News | Local Government || SECTION || ''",
        "Sport › Football || SECTION || ''",
        "The bakery sold cookies to the council. || TEXT || ''",
        "September 23, 2015 / 6:12 PM || TEXT || ''",
        "Wolves 2 Villa 1 || TEXT || ''",
        "Facebook | Twitter | Email | Copy link || DROP || ''",
        "Share: Facebook | X | WhatsApp | Copy link || DROP || ''",
        "Share this: || DROP || ''",
        "Front page | Finland | Politics | Culture | Sport | All Points North | Finland in Brief | Newsletters || SECTION || ''",
        "Mar 14 | Colombo | 2nd ODI | Report || TEXT || ''",
        "Share on Facebook | Share on X | Share on LinkedIn | Email | Comment || DROP || ''",
        "Click to share on Facebook (Opens in new window) || DROP || ''",
        "Terms of Use | Privacy Policy | Interest-Based Ads | © 2027 ESPN Sports Media Ltd. All rights reserved. || DROP || ''",
        "Variety is a part of Penske Media Corporation. © 2027 Variety Media, LLC. All Rights Reserved. || DROP || ''",
        "Copyright © 2027 Chicago Tribune || DROP || ''",
        "© 2027 Khaleej Times. All Rights Reserved. | Privacy Notice | Terms of Use | Contact Us || DROP || ''",
        "Watch CTV News Vancouver at Six || DROP || ''",
        "Watch closely, the coach said. || TEXT || ''",
        "Source: Xinhua | 2026-08-17 22:06:41 | Editor: Li Wei || TEXT || ''",
        "South Africa tour of Sri Lanka > 2nd ODI > Report || SECTION || ''",
        "Sales of 5 > 3 were expected || TEXT || ''",
        "MORE FROM EDUCATION || END || ''",
        "Read More About: || END || ''",
        "Most read || BOX || ''",
        "Most Read in Ireland || BOX || ''",
        "More in this section || BOX || ''",
        "Most readers said the plan had failed. || TEXT || ''",
    })
    void linesAreClassified(String line, String kind, String rest) {
        BoilerplateRules.Verdict v = BoilerplateRules.get().classify(line);
        assertEquals(BoilerplateRules.Kind.valueOf(kind), v.kind(), line);
        assertEquals(rest, v.rest(), line);
    }
}
