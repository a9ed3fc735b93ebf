package org.dateline.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a page's story is, as Readability4J (a port of Mozilla's Readability) finds it: the elements of the page
 * whose text it keeps as the main content, and the element holding them and the headline. {@link HtmlReader} walks
 * that element with its own rules (headline, byline, standfirst, figures, blockquote footers) and takes paragraphs
 * only from the kept elements.
 *
 * @param container the page element holding the story's text and its {@code <h1>}
 * @param kept      the {@link #NODE} numbers of the page elements whose text is the story's
 */
record MainContent(Element container, Set<String> kept) {
    private static final Logger LOG = LoggerFactory.getLogger(MainContent.class);
    /** Numbers each element of the page, so the elements of Readability's copy can be told on the page. */
    static final String NODE = "data-dateline-node";
    /** Readability resolves links against the page's address and fails without an absolute one. */
    private static final String NO_ADDRESS = "http://localhost/";

    /** Whether the element's own text belongs to the story. */
    boolean keeps(Element e) {
        return kept.contains(e.attr(NODE));
    }

    /**
     * The main content of {@code doc}, or null when Readability finds none. Marks every element of {@code doc} with
     * its {@link #NODE} number.
     *
     * @param headline the page's headline element, or null
     */
    static MainContent find(Document doc, String url, Element headline) {
        List<Element> page = doc.getAllElements();
        for (int i = 0; i < page.size(); i++) {
            page.get(i).attr(NODE, Integer.toString(i));
        }
        Element content;
        try {
            content = new Readability4J(base(url), doc.clone()).parse().getArticleContent();
        } catch (RuntimeException | StackOverflowError e) {
            // Readability is a heuristic over any markup: its failure is no failure of the page. It walks the tree
            // by recursion, so a page nested thousands deep overflows its stack; the reader's own walk copes.
            LOG.debug("main-content extraction failed, the reader's own is used: {}", e.toString());
            return null;
        }
        if (content == null || content.text().isBlank()) {
            return null;
        }
        Set<String> kept = new HashSet<>();
        Element container = null;
        for (Element e : content.select("[" + NODE + "]")) {
            String n = e.attr(NODE);
            int i = Integer.parseInt(n);
            if (i < page.size()) {
                kept.add(n);
                container = container == null ? page.get(i) : commonAncestor(container, page.get(i));
            }
        }
        if (container == null) {
            return null;
        }
        if (headline != null) {
            container = commonAncestor(container, headline);
        }
        return new MainContent(container, kept);
    }

    /** The page's address when it is an absolute http(s) one, else {@link #NO_ADDRESS}. */
    private static String base(String url) {
        try {
            URI uri = url == null ? null : new URI(url);
            return uri != null && uri.isAbsolute() && uri.getHost() != null
                    && uri.getScheme().toLowerCase(Locale.ROOT).startsWith("http") ? url : NO_ADDRESS;
        } catch (URISyntaxException e) {
            return NO_ADDRESS;
        }
    }

    private static Element commonAncestor(Element a, Element b) {
        Set<Element> chain = new HashSet<>(a.parents());
        chain.add(a);
        for (Element e = b; e != null; e = e.parent()) {
            if (chain.contains(e)) {
                return e;
            }
        }
        return a.ownerDocument();
    }
}
