package org.dateline.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * An article's text as HTML paragraphs, with what was found in it marked where it was found: each mention of a person,
 * organisation or place a link to its page, coloured by type, and the words of each quote highlighted. Marks may nest
 * (a name inside a quote) and overlap; the text is cut at every mark's start and end, and each piece is wrapped in
 * the marks that cover it, so the HTML always nests.
 */
final class ArticleText {
    /** A stretch of the text found to be something: {@code link} null for a quote's words. */
    record Mark(int begin, int end, String href, String title, String kind) {
        boolean isQuote() {
            return href == null;
        }
    }

    private ArticleText() { }

    static String render(String text, List<Mark> marks) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Mark m : marks) {
            if (m.begin() >= 0 && m.end() <= text.length() && m.begin() < m.end()) {
                cuts.add(m.begin());
                cuts.add(m.end());
            }
        }
        StringBuilder sb = new StringBuilder("<article class=\"text\"><p>");
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            Mark quote = null;
            Mark mention = null;
            for (Mark m : marks) {
                if (m.begin() <= from && m.end() >= to) {
                    if (m.isQuote()) {
                        quote = quote == null ? m : quote;
                    } else if (mention == null || m.end() - m.begin() < mention.end() - mention.begin()) {
                        mention = m;
                    }
                }
            }
            // A piece may hold a paragraph break: the marks are closed before it and opened again after.
            List<String> paragraphs = new ArrayList<>(List.of(text.substring(from, to).split("\n\\s*\n", -1)));
            for (int i = 0; i < paragraphs.size(); i++) {
                if (i > 0) {
                    sb.append("</p>\n<p>");
                }
                String words = paragraphs.get(i);
                if (words.isEmpty()) {
                    continue;
                }
                String inner = Html.esc(words).replace("\n", "<br>");
                if (mention != null) {
                    inner = "<a class=\"ent " + mention.kind() + "\" href=\"" + Html.esc(mention.href()) + "\" title=\""
                            + Html.esc(mention.title()) + "\">" + inner + "</a>";
                }
                if (quote != null) {
                    inner = "<mark class=\"quote\" title=\"" + Html.esc(quote.title()) + "\">" + inner + "</mark>";
                }
                sb.append(inner);
            }
            from = to;
        }
        return sb.append("</p></article>\n").toString().replace("<p></p>", "");
    }

    /** The CSS class of an entity: its type's name. */
    static String kind(boolean person, boolean organization, boolean place) {
        return person ? "person" : organization ? "organization" : place ? "place" : "other";
    }
}
