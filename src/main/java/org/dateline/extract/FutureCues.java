package org.dateline.extract;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words that put a clause in the future ("will", "is due to", "plans to";
 * {@code data/lexicon/future-cues.txt}), found as whole words in lower-case text.
 */
final class FutureCues {
    private final Pattern pattern;

    FutureCues(List<String> cues) {
        this.pattern = Pattern.compile("\\b(?:" + cues.stream().map(Pattern::quote).collect(Collectors.joining("|"))
                + ")\\b");
    }

    /** Whether a cue stands in the text as whole words (the text in lower case, as the cues are). */
    boolean in(String text) {
        return pattern.matcher(text).find();
    }
}
