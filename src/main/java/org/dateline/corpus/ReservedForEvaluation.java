package org.dateline.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.knowledge.DataFiles;

/**
 * The corpora kept for evaluation only, as {@value #FILE} lists them: GUM genres whose documents never give a
 * training label, and words that mark a folder as a converted copy of a reserved corpus. Immutable.
 *
 * @param gumGenres GUM genres reserved (lower case)
 * @param sets      words that, in a folder's path, mark a reserved set (lower case)
 */
public record ReservedForEvaluation(List<String> gumGenres, List<String> sets) {
    /** Where the list lives under {@code data/}. */
    public static final String FILE = "models/reserved-for-evaluation.txt";

    public ReservedForEvaluation {
        gumGenres = gumGenres.stream().map(g -> g.toLowerCase(Locale.ROOT)).toList();
        sets = sets.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }

    /** The project's list, read once. */
    public static ReservedForEvaluation load() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final ReservedForEvaluation INSTANCE = read();

        private static ReservedForEvaluation read() {
            Map<String, List<String>> rules = DataFiles.rules(FILE, "gum-genre", "set");
            return new ReservedForEvaluation(rules.get("gum-genre"), rules.get("set"));
        }
    }

    /** Whether a GUM genre is reserved. */
    public boolean isGumGenre(String genre) {
        return gumGenres.contains(genre.toLowerCase(Locale.ROOT));
    }

    /** Whether a folder is a reserved set by its path. */
    public boolean isSet(Path folder) {
        String p = folder.toAbsolutePath().normalize().toString().toLowerCase(Locale.ROOT);
        return sets.stream().anyMatch(p::contains);
    }

    /** What is reserved, for messages: "GUM genres [...] and sets [...] (data/models/reserved-for-evaluation.txt)". */
    public String describe() {
        return "GUM genres " + gumGenres + " and sets " + sets + " (data/" + FILE + ")";
    }
}
