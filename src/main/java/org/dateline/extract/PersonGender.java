package org.dateline.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A person's gender as a name tells it: the head word of a title or role, from data/lexicon/gender-cues.tsv ("Mrs",
 * "spokesman"),
 * else a woman's given name from given-names-female.txt opening a full name; null when nothing tells.
 */
final class PersonGender {
    private static final Pattern RE_SPACES_DOTS_HYPHENS = Pattern.compile("[\\s.-]+");

    private PersonGender() {
    }

    /** 'f', 'm' or null. */
    static Character of(Lexicon lex, Candidate c) {
        for (String r : c.roles) {
            // The role's head word tells (Mrs, vice-chairwoman); an earlier word of an office may not: a Lord
            // Mayor may be a woman.
            String[] words = RE_SPACES_DOTS_HYPHENS.split(r);
            Character g = words.length == 0 ? null : lex.genderCues.get(words[words.length - 1].toLowerCase(Locale.ROOT));
            if (g != null) {
                return g;
            }
        }
        String first = c.text.split(" ")[0];
        return c.tokenCount() >= 2 && lex.femaleNames.contains(first) ? Character.valueOf('f') : null;
    }
}
