package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.knowledge.GazetteerEntry;
import org.dateline.model.Span;

/**
 * Where an article names its own publisher, as stories do when a source "told Rappler" or spoke "in an interview with
 * Yle": the publisher's full name (in the page's case or in title case, for a site that prints itself in capitals),
 * its first word where that word names nothing else ("Ars" of "Ars Technica", not "Chicago" of "Chicago Tribune"), and
 * its last word after "the" ("the Tribune"). Forms are whole words.
 */
final class PublisherNames {
    private static final Pattern WORDS = Pattern.compile("\\s+");
    private static final String LONGER_NAME_AHEAD = "(?!\\s+\\p{Lu})";

    private final Lexicon lexicon;
    private final Function<String, List<GazetteerEntry>> gazetteer;

    /** {@code gazetteer}: what a name may name besides the publisher (a river, a town, a company). */
    PublisherNames(Lexicon lexicon, Function<String, List<GazetteerEntry>> gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    /** A form of the publisher's name printed at {@code span}. */
    record Found(Span span, String printed) {
    }

    /** The publisher's name as the text should print it: title case for a site that prints itself in capitals. */
    static String canonical(String publisher) {
        return isUpperCase(publisher) ? titleCase(publisher) : publisher;
    }

    /** A form of the publisher's name: the words it prints, and where they count as the publisher. */
    record Form(String words, Pattern pattern) {
    }

    /** The forms of a publisher's name: read once an article, matched in each of its blocks. */
    List<Form> forms(String publisher) {
        String name = canonical(publisher);
        List<Form> out = new ArrayList<>();
        // A form followed by another capitalised word opens a longer name ("RTÉ News", "Ars Electronica").
        out.add(form(name, ""));
        String[] words = WORDS.split(name);
        if (words.length > 1) {
            String first = words[0];
            if (namesNothingElse(first)) {
                out.add(form(first, ""));
            }
            // "the Tribune", "Lena Hart / Courier": a paper's last word after "the" or in a credit is the paper in its
            // own pages.
            String last = words[words.length - 1];
            if (last.length() > 2 && lexicon.place(last) == null) {
                out.add(form(last, "(?<=\\bthe |/ |/)"));
            }
        }
        return out;
    }

    /** Where {@code text} (starting at {@code offset} in the article) names the publisher by one of its forms. */
    static List<Found> find(List<Form> forms, String text, int offset) {
        List<Found> out = new ArrayList<>();
        for (Form form : forms) {
            if (!text.contains(form.words())) {
                continue; // most blocks do not name the publisher: no pattern is run on them
            }
            Matcher m = form.pattern().matcher(text);
            while (m.find()) {
                Span span = new Span(offset + m.start(), offset + m.end());
                if (out.stream().noneMatch(f -> f.span().overlaps(span))) {
                    out.add(new Found(span, m.group()));
                }
            }
        }
        return out;
    }

    private static Form form(String words, String before) {
        return new Form(words, Pattern.compile("(?<![\\p{L}\\p{N}])" + before + Pattern.quote(words) + LONGER_NAME_AHEAD
                + "(?![\\p{L}\\p{N}])"));
    }

    /** A word no reader takes for a place, a given name, an agency, a gazetteer's entry or a capitalised word. */
    private boolean namesNothingElse(String word) {
        return word.length() > 2 && word.chars().allMatch(Character::isLetterOrDigit)
                && Character.isUpperCase(word.charAt(0)) && !lexicon.isOrdinaryWord(word) && lexicon.place(word) == null
                && !lexicon.givenNames.contains(word) && !lexicon.agencies.containsKey(word)
                && gazetteer.apply(word).stream().noneMatch(e -> e.label().equals(word) || e.aliases().contains(word));
    }

    private static boolean isUpperCase(String s) {
        return s.chars().anyMatch(Character::isLetter) && s.equals(s.toUpperCase(Locale.ROOT)) && s.length() > 3;
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : WORDS.split(s)) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(w.charAt(0)).append(w.substring(1).toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }
}
