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

    /** A matcher over the line, or null when the line lacks text every match needs (so no match is possible). */
    Matcher matcherOrNull(RequiredText.Line line) {
        return required.mayMatch(line) ? pattern.matcher(line.text) : null;
    }

    /** Whether the pattern is found in the line; the same answer as {@code pattern.matcher(line.text).find()}. */
    boolean find(RequiredText.Line line) {
        Matcher m = matcherOrNull(line);
        return m != null && m.find();
    }
}
