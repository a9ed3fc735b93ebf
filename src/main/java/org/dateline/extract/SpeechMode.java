package org.dateline.extract;

/** How reported speech is given: in the speaker's own words, or in the reporter's. */
public enum SpeechMode {
    /** Between quotation marks: the speaker's own words. */
    DIRECT,
    /** Paraphrased: "X claimed that …", "according to X, …". */
    INDIRECT
}
