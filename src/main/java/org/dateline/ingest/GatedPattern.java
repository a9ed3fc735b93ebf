package org.dateline.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lexicon pattern with the text any match of it contains ({@link RequiredText}): patterns tried with
 * {@code find()} on every line cost a regex scan each, and checking that text first spares the lines that lack it.
 */
record GatedPattern(Pattern pattern, RequiredText required) {
    GatedPattern(Pattern pattern) {
        this(pattern, RequiredText.of(pattern));
    }

    /** A matcher over {@code s}, or null when {@code s} lacks text every match needs (so no match is possible). */
    Matcher matcherOrNull(String s) {
        return required.mayMatch(s) ? pattern.matcher(s) : null;
    }

    /** Whether the pattern is found in {@code s}; the same answer as {@code pattern.matcher(s).find()}. */
    boolean find(String s) {
        Matcher m = matcherOrNull(s);
        return m != null && m.find();
    }
}
