package org.dateline.extract;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words that put a clause in the future ("will", "is due to", "plans to";
 * {@code data/lexicon/future-cues.txt}), found as whole words in lower-case text. Most clauses hold
 * none of them even as plain text, and are answered without the regex, which tried every cue at
 * every position.
 */
final class FutureCues {
    private final List<String> cues;
    private final Pattern pattern;

    FutureCues(List<String> cues) {
        this.cues = List.copyOf(cues);
        this.pattern = Pattern.compile("\\b(?:" + cues.stream().map(Pattern::quote).collect(Collectors.joining("|"))
                + ")\\b");
    }

    /** Whether a cue stands in the text as whole words (the text in lower case, as the cues are). */
    boolean in(String text) {
        for (String cue : cues) {
            if (text.contains(cue)) {
                return pattern.matcher(text).find();
            }
        }
        return false;
    }
}
