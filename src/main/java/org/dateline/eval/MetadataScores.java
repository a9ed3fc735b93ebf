package org.dateline.eval;

import java.util.List;
import java.util.Objects;
import org.dateline.ingest.Article;
import org.dateline.ingest.Author;
import org.dateline.model.Slugs;

/**
 * Whether ingest read an article's head as its gold file says, one right-or-wrong per article and field.
 * <ul>
 * <li><b>Headline</b>: the same text, runs of white space read as one space.</li>
 * <li><b>Authors</b>: the same people, spelt the same, in the same order (none when gold lists none).</li>
 * <li><b>Agency</b>: the same agency (its name compared without case), or none for both.</li>
 * <li><b>Dateline</b>: the same city ({@link #placeKey}) and the same date with its year filled in; a part gold
 *     leaves null is right only when none was read.</li>
 * </ul>
 *
 * @param headline right headlines over articles
 * @param authors  right author lists over articles
 * @param agency   right agencies over articles
 * @param dateline right datelines over articles
 */
public record MetadataScores(Ratio headline, Ratio authors, Ratio agency, Ratio dateline) {
    public static final MetadataScores ZERO = new MetadataScores(Ratio.ZERO, Ratio.ZERO, Ratio.ZERO, Ratio.ZERO);

    public MetadataScores plus(MetadataScores o) {
        return new MetadataScores(headline.plus(o.headline), authors.plus(o.authors), agency.plus(o.agency),
                dateline.plus(o.dateline));
    }

    /**
     * Ingest reports the city as printed ("Washington"); gold gives the canonical name, which can add the state or
     * country ("Washington, D.C."). Both are compared by the city, without case or accents.
     */
    public static String placeKey(String place) {
        if (place == null) {
            return null;
        }
        return Slugs.fold(place.split(",")[0].strip());
    }

    /** Scores one article's head; each wrong field adds a line to {@code errors}. */
    static MetadataScores score(Article a, GoldArticle gold, String name, List<String> errors) {
        String headline = a.headline() == null ? null : a.headline().text();
        boolean headlineRight = Objects.equals(spaced(gold.headline()), spaced(headline));
        if (!headlineRight) {
            errors.add(name + ": headline: want \"" + gold.headline() + "\", got \"" + headline + "\"");
        }
        List<String> authors = a.authors().stream().map(Author::name).toList();
        boolean authorsRight = gold.authors().equals(authors);
        if (!authorsRight) {
            errors.add(name + ": authors: want " + gold.authors() + ", got " + authors);
        }
        // "ANTARA" and "Antara" are one agency: its name is compared without case, as the dateline's place is.
        boolean agencyRight = gold.agency() == null ? a.agency() == null : gold.agency().equalsIgnoreCase(a.agency());
        if (!agencyRight) {
            errors.add(name + ": agency: want " + gold.agency() + ", got " + a.agency());
        }
        String place = a.dateline() == null ? null : a.dateline().place();
        boolean datelineRight = Objects.equals(placeKey(gold.dateline().place()), placeKey(place))
                && Objects.equals(gold.dateline().date(), a.datelineDate());
        if (!datelineRight) {
            errors.add(name + ": dateline: want " + gold.dateline().place() + " " + gold.dateline().date() + ", got "
                    + place + " " + a.datelineDate());
        }
        return new MetadataScores(right(headlineRight), right(authorsRight), right(agencyRight), right(datelineRight));
    }

    private static Ratio right(boolean right) {
        return new Ratio(right ? 1 : 0, 1);
    }

    private static String spaced(String s) {
        return s == null ? null : s.replaceAll("\\s+", " ").strip();
    }
}
