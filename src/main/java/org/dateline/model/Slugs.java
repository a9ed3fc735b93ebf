package org.dateline.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Readable, IRI-safe slugs of names and headlines, shared by every stage that mints identifiers. */
public final class Slugs {
    private static final BoundedMemo<String, String> SLUGS = new BoundedMemo<>(1 << 16, Slugs::compute);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");
    private static final Pattern TRAILING_HYPHENS = Pattern.compile("-+$");

    private Slugs() { }

    /**
     * Lower-case ASCII words joined by hyphens, at most 80 characters: "Omar al-Rashid" → "omar-al-rashid".
     * Remembered per name, as the same names come back in article after article.
     */
    public static String slug(String s) {
        return SLUGS.get(s);
    }

    /** Lower case without accents ("Quilpué" → "quilpue"): how two printings of one name are compared. */
    public static String fold(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static String compute(String s) {
        String t = fold(s).replace("'", "").replace("\u2019", "");
        t = EDGE_HYPHENS.matcher(NON_ALNUM.matcher(t).replaceAll("-")).replaceAll("");
        return t.length() > 80 ? TRAILING_HYPHENS.matcher(t.substring(0, 80)).replaceAll("") : t;
    }
}
