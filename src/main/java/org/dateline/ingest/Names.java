package org.dateline.ingest;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.knowledge.DataFiles;

/** Gives names printed in capitals ("JANE DOE", "NEW YORK") their normal capitalisation. */
final class Names {
    private static final Set<String> PARTICLES = new HashSet<>(
            DataFiles.rules("lexicon/bylines.txt", "prefix", "role", "desk", "joiner", "trailer", "particle").get("particle"));

    private Names() { }

    /** Splits before and after each space, keeping the spaces. */
    private static final Pattern AROUND_SPACES = Pattern.compile("(?<= )|(?= )");

    /** Given names ({@code lexicon/given-names.txt}), read once for the byline and caption readers. */
    static final Set<String> GIVEN_NAMES = DataFiles.words("lexicon/given-names.txt");

    /** "McGREGOR", "MacDONALD": a Gaelic prefix printed in its own case before a surname in capitals. */
    private static final Pattern PREFIX_THEN_CAPITALS = Pattern.compile("(Mc|Mac|Fitz)(\\p{Lu}{2,}[\\p{Lu}'\u2019-]*)");

    /**
     * The name with normal capitalisation. A name already in mixed case is kept as printed, since its
     * capitals are then deliberate ("McDonald", "al-Rashid"); only all-capital names are recased.
     */
    static String normalCase(String name) {
        if (name == null) {
            return null;
        }
        if (!isUpperCase(name)) {
            // AFP prints surnames in capitals ("Jane DOE"): recase those words, keep short ones ("AJ").
            StringBuilder out = new StringBuilder();
            for (String word : AROUND_SPACES.split(name)) {
                Matcher prefixed = PREFIX_THEN_CAPITALS.matcher(word);
                out.append(word.length() >= 3 && isUpperCase(word) ? normalCase(word)
                        : prefixed.matches() ? prefixed.group(1) + normalCase(prefixed.group(2)) : word);
            }
            return out.toString();
        }
        StringBuilder out = new StringBuilder(name.length());
        int pieceStart = 0;
        boolean firstPiece = true;
        for (int i = 0; i <= name.length(); i++) {
            if (i == name.length() || isSeparator(name.charAt(i))) {
                String piece = name.substring(pieceStart, i);
                out.append(recase(piece, firstPiece));
                if (!piece.isEmpty()) {
                    firstPiece = false;
                }
                if (i < name.length()) {
                    out.append(name.charAt(i));
                }
                pieceStart = i + 1;
            }
        }
        return out.toString();
    }

    static boolean isUpperCase(String s) {
        return s.codePoints().anyMatch(Character::isLetter) && s.codePoints().noneMatch(Character::isLowerCase);
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '\'' || c == '\u2019';
    }

    private static String recase(String piece, boolean first) {
        if (piece.isEmpty()) {
            return piece;
        }
        String lower = piece.toLowerCase(Locale.ROOT);
        if (!first && PARTICLES.contains(lower)) {
            return lower;
        }
        // "O'BRIEN" and "D'ALEMA" split at the apostrophe, so a one-letter piece stays upper-case.
        String cased = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        if (cased.length() > 2 && cased.startsWith("Mc")) {
            cased = "Mc" + Character.toUpperCase(cased.charAt(2)) + cased.substring(3);
        }
        return cased;
    }
}
