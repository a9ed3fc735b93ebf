package org.dateline.ingest;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import org.dateline.model.Span;
import org.dateline.knowledge.DataFiles;

/**
 * Reads an HTML news page: metadata from JSON-LD, OpenGraph and {@code article:*} meta; the story from where
 * {@link MainContent} (Readability) finds it, else from {@code <article>} (or the densest block of paragraphs), with
 * its headline, byline, figures and blockquotes read by this class's own rules; navigation, ads, related links,
 * comment sections and footers left out. The article's text is the extracted blocks joined by blank lines.
 */
final class HtmlReader {
    private static final Set<String> BLOCK_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "figure",
            "blockquote", "div", "section", "header", "footer", "ul", "ol", "table", "tbody", "thead", "tr", "td", "th",
            "aside", "article", "main", "dl", "center");
    // CSS queries parsed once, here: jsoup parses a query string again on every select().
    private static final Evaluator DROPPED = css("script, style, noscript, template, nav, aside, form, iframe, button, "
            + "svg, select, input, object, embed, canvas, video, audio, link, meta");
    private static final Evaluator ANY = css("*");
    private static final Evaluator FOOTER = css("footer");
    private static final Evaluator QUOTE_OR_FIGURE = css("blockquote, figure");
    private static final Evaluator H1 = css("h1");
    private static final Evaluator AUTHOR_LINK = css("a[rel=author]");
    private static final Evaluator FIGCAPTION = css("figcaption");
    private static final Evaluator IMAGE = css("img[src]");
    private static final Evaluator QUOTE_PARTS = css("p, footer, cite");
    private static final Evaluator ARTICLES = css("article, [itemtype~=(?i)schema.org/(News)?Article]");
    private static final Evaluator ARTICLE_BODY = css("[itemprop=articleBody]");
    private static final Evaluator PARAGRAPH = css("p");
    private static final Evaluator LINK = css("a");
    private static final Evaluator PAGE_FRAME = css("nav, footer, aside, header");
    private static final Pattern ISO_DAY = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})");
    /** The ISO 8601 basic form some pages put in {@code pubdate} metas: "20150529" or "20150529T154200Z". */
    private static final Pattern BASIC_DAY = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})(?:T|\\s|$)");
    private static final Pattern CLASS_SPLIT = Pattern.compile("[-_]");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n|\\n");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** How long a block printing the page title's words must be to be taken as the headline of a page without h1. */
    private static final int MIN_TITLE_HEADLINE = 20;
    /** The longest text taken as a caption beside a picture when Readability leaves it out. */
    private static final int MAX_LOOSE_CAPTION = 400;
    /** How many body blocks from the top may hold the dateline. */
    private static final int DATELINE_BLOCKS = 5;

    private static final Set<String> NOISE = new HashSet<>();
    private static final Set<String> STANDFIRST = new HashSet<>();
    private static final Set<String> BYLINE = new HashSet<>();
    private static final Set<String> CREDIT = new HashSet<>();
    private static final Set<String> LOCATION = new HashSet<>();

    static {
        Map<String, List<String>> rules = DataFiles.rules("lexicon/html-classes.txt", PageMetadata.HTML_CLASS_KINDS);
        rules.get("location").forEach(w -> LOCATION.add(w.toLowerCase(Locale.ROOT)));
        rules.get("noise").forEach(w -> NOISE.add(w.toLowerCase(Locale.ROOT)));
        rules.get("standfirst").forEach(w -> STANDFIRST.add(w.toLowerCase(Locale.ROOT)));
        rules.get("byline").forEach(w -> BYLINE.add(w.toLowerCase(Locale.ROOT)));
        rules.get("credit").forEach(w -> CREDIT.add(w.toLowerCase(Locale.ROOT)));
    }

    private final BoilerplateRules boilerplate = BoilerplateRules.get();
    private final BylineParser bylines = BylineParser.get();
    private final CaptionParser captions = CaptionParser.get();
    /** A "Published …" line met while collecting; one reader reads one page. */
    private java.time.LocalDate publishedLine;
    /** An "Updated …" line met while collecting. */
    private java.time.LocalDate updatedLine;

    /** The story as Readability finds it, or null: then every paragraph of the root is the story's. */
    private MainContent main;

    /** What one read has met so far; a reader instance reads one page. */
    private boolean bodyStarted;
    private boolean haveHeadline;
    /** The {@code <title>} of a page without {@code <h1>}, lower case, else empty: its headline is part of it. */
    private String title = "";

    /** The pieces of a page, collected before the text is assembled. */
    private record Piece(BlockKind kind, String text, CaptionParts caption) { }

    private record CaptionParts(String url, String creditText) { }

    Draft read(Origin file, String html) throws IngestException {
        Document doc = Jsoup.parse(html);
        PageMetadata meta = PageMetadata.of(doc);
        title = doc.selectFirst(H1) == null ? doc.title().toLowerCase(Locale.ROOT) : "";
        Draft d = new Draft();
        d.format = SourceFormat.HTML;
        d.url = meta.url();
        d.publisher = meta.publisher();
        d.metadataDate = localDay(meta.published());

        main = MainContent.find(doc, d.url, headlineElement(doc, meta.headline()));
        Element root = main != null ? main.container() : articleRoot(doc);
        List<Piece> pieces = new ArrayList<>();
        if (root != null) {
            Element clean = root.clone();
            clean.select(DROPPED).remove();
            for (Element e : clean.select(ANY)) {
                if (e != clean && e.parent() != null && hasClass(e, NOISE)) {
                    e.remove();
                }
            }
            // Footers of the story (tags, share tools) are furniture; a blockquote's or figure's footer is its attribution.
            clean.select(FOOTER).stream().filter(f -> f.closest(QUOTE_OR_FIGURE) == null).forEach(Element::remove);
            collect(clean, pieces, d.url);
        }
        if (pieces.stream().noneMatch(p -> p.kind() == BlockKind.BODY) && meta.articleBody() != null) {
            for (String para : PARAGRAPH_BREAK.split(meta.articleBody())) {
                if (!para.isBlank()) {
                    pieces.add(new Piece(BlockKind.BODY, para.strip(), null));
                }
            }
        }
        if (pieces.stream().noneMatch(p -> p.kind() == BlockKind.BODY)) {
            throw new IngestException(file, "no article text found (looked for <article>, JSON-LD articleBody and "
                    + "blocks of paragraphs); expected a news article page");
        }
        if (pieces.stream().noneMatch(p -> p.kind() == BlockKind.BYLINE)) {
            // The byline often sits with the headline above the story's container ("story-info", "post-meta").
            Element byline = pageByline(doc, root);
            if (byline != null) {
                pieces.add(0, new Piece(BlockKind.BYLINE, norm(byline.text()), null));
            }
        }
        if (pieces.stream().noneMatch(p -> p.kind() == BlockKind.HEADLINE)) {
            Element h1 = headlineElement(doc, meta.headline());
            String headline = h1 != null ? norm(h1.text()) : meta.headline();
            if (headline != null && !headline.isBlank()) {
                pieces.add(0, new Piece(BlockKind.HEADLINE, headline.strip(), null));
            }
        }
        assemble(d, pieces);
        d.publishedLineDate = publishedLine;
        d.updatedLineDate = updatedLine;

        // Authors: structured metadata names people reliably; the visible byline is the fallback. An agency
        // given as author ("Reuters") is the story's agency, not a person.
        List<String> names = new ArrayList<>();
        for (String name : meta.authors()) {
            String agency = Agencies.shortName(name);
            if (agency != null) {
                d.agency = d.agency == null ? agency : d.agency;
            } else if (!bylines.isDesk(name)) {
                // "Recorder Report", a paper's desk credited as author, names no person.
                names.add(name);
            }
        }
        Block bylineBlock = d.blocks.stream().filter(b -> b.kind() == BlockKind.BYLINE).findFirst().orElse(null);
        if (bylineBlock != null) {
            BylineParser.Byline parsed = bylines.parse(d.text, bylineBlock.span().start(), bylineBlock.span().end());
            if (parsed != null) {
                // Markup can tag only some of the byline's people ("By <span itemprop=author>A</span> and B"):
                // a visible byline naming everyone the metadata names, and more, is the fuller list.
                List<String> printed = parsed.authors().stream().map(a -> a.name().toLowerCase(Locale.ROOT)).toList();
                if (names.isEmpty() || printed.size() > names.size()
                        && names.stream().allMatch(n -> printed.contains(Names.normalCase(n).toLowerCase(Locale.ROOT)))) {
                    names.clear();
                    d.authors.addAll(parsed.authors());
                }
                d.agency = parsed.agency() != null ? parsed.agency() : d.agency;
            }
        }
        for (String name : names) {
            int at = bylineBlock != null ? d.text.indexOf(name, bylineBlock.span().start()) : -1;
            if (at < 0) {
                at = d.text.indexOf(name);
            }
            d.authors.add(new Author(Names.normalCase(name), at < 0 ? null : new Span(at, at + name.length())));
        }
        // The dateline opens the story's first paragraph; on a page whose standfirst, byline or caption sit in plain
        // blocks above the story, that paragraph is one of the first few body blocks.
        d.dateline = d.blocks.stream().filter(b -> b.kind() == BlockKind.BODY).limit(DATELINE_BLOCKS)
                .map(b -> DatelineParser.parse(d.text, b.span().start(), b.span().end()))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (d.dateline != null && d.dateline.agency() != null) {
            d.agency = d.dateline.agency();
        }
        if (d.dateline == null) {
            d.dateline = placeInTheByline(doc, d);
        }
        for (Block b : d.blocks) {
            if (b.kind() != BlockKind.HEADLINE) {
                TextDates.find(b.text()).forEach(f -> d.textDates.add(new TextDates.Found(f.day(), f.month(),
                        f.start() + b.span().start(), f.end() + b.span().start())));
            }
        }
        return d;
    }

    private static Evaluator css(String query) {
        return Selector.evaluatorOf(query);
    }

    /** Lays the pieces out as text, one blank line apart, and makes their blocks and images. */
    private void assemble(Draft d, List<Piece> pieces) {
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        for (Piece p : pieces) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(p.text());
            spans.add(new int[] {start, text.length()});
        }
        d.text = text.toString();
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            Span span = new Span(spans.get(i)[0], spans.get(i)[1]);
            d.add(p.kind(), span);
            if (p.caption() != null) {
                CaptionParser.Caption c = captions.parse(d.text, span.start(), span.end(), true);
                String creditText = c.credit() != null ? c.credit() : p.caption().creditText();
                Span captionSpan = c.captionSpan();
                String org = c.organization();
                String photographer = c.photographer();
                Span photographerSpan = c.photographerSpan();
                if (c.credit() == null && creditText != null) {
                    int at = d.text.lastIndexOf(creditText, span.end());
                    if (at >= span.start()) {
                        captionSpan = CaptionParser.trimmed(d.text, span.start(), at);
                    }
                    org = Agencies.shortName(creditText) != null ? Agencies.shortName(creditText) : creditText;
                    // A credit element holding a person's name in capitals ("PACO SALGADO-REINA"): the photographer.
                    String person = captions.personInCapitals(creditText);
                    if (person != null && at >= span.start()) {
                        int ps = at + creditText.indexOf(creditText.strip());
                        photographer = person;
                        photographerSpan = new Span(ps, ps + creditText.strip().length());
                        org = null;
                    }
                }
                d.images.add(new Image(captionSpan.of(d.text), captionSpan, creditText, photographer,
                        photographerSpan, org, c.licensed(), p.caption().url()));
            }
        }
    }

    /**
     * Walks the cleaned story in document order, turning each block element into a piece. Text standing beside
     * blocks (old pages print the story as text split by {@code <br><br>}) is a paragraph per run, as
     * Readability reads it too.
     */
    private void collect(Element e, List<Piece> out, String baseUrl) {
        // Text of its own beside blocks or breaks is paragraphs; a lone inline element's text (a section label) is not.
        boolean mixed = e.textNodes().stream().anyMatch(t -> !t.isBlank())
                && (hasDoubleBreak(e) || e.children().stream().anyMatch(c -> BLOCK_TAGS.contains(c.normalName())));
        StringBuilder run = new StringBuilder();
        int[] runLinks = {0};
        Node previous = null;
        for (Node node : e.childNodes()) {
            if (node instanceof TextNode t) {
                if (!mixed) {
                    continue;
                }
                run.append(t.getWholeText());
                previous = t.isBlank() ? previous : t;
                continue;
            }
            if (!(node instanceof Element child)) {
                continue;
            }
            String tag = child.normalName();
            boolean inline = mixed && !BLOCK_TAGS.contains(tag) && !tag.equals("time") && !tag.equals("br")
                    && !isBylineMarked(child)
                    && child.children().stream().noneMatch(c -> BLOCK_TAGS.contains(c.normalName()));
            if (inline) {
                String text = child.text();
                run.append(text);
                runLinks[0] += tag.equals("a") ? text.length() : linkLength(child);
                previous = child;
                continue;
            }
            if (tag.equals("br") && !(previous instanceof Element p && p.normalName().equals("br"))) {
                run.append(' ');
                previous = child;
                continue;
            }
            runParagraph(run, runLinks, isStory(e), out);
            previous = child;
            if (tag.equals("br")) {
                continue;
            }
            if (tag.equals("figure")) {
                figure(child, out);
            } else if (tag.equals("blockquote")) {
                if (main != null && !main.keeps(child)) {
                    continue;
                }
                String quote = blockquote(child);
                if (!quote.isBlank()) {
                    out.add(new Piece(BlockKind.BLOCKQUOTE, quote, null));
                }
            } else if (tag.equals("time")) {
                continue;
            } else {
                String leafText = hasDoubleBreak(child) ? null : leafBlockText(child);
                BoilerplateRules.Kind leafKind = leafText == null ? null : boilerplate.classify(norm(leafText)).kind();
                if (bodyStarted && (leafKind == BoilerplateRules.Kind.END || leafKind == BoilerplateRules.Kind.BOX)) {
                    // "Related stories", "32 Comments": the rest of this box is not the story.
                    return;
                }
                if (leafText != null) {
                    paragraph(child, leafText, linkLength(child), isStory(child), out);
                } else {
                    collect(child, out, baseUrl);
                }
            }
        }
        runParagraph(run, runLinks, isStory(e), out);
    }

    /** The text gathered beside blocks as one paragraph, when there is any; the run is emptied. */
    private void runParagraph(StringBuilder run, int[] runLinks, boolean story, List<Piece> out) {
        String text = SPACES.matcher(run).replaceAll(" ").strip();
        int links = runLinks[0];
        run.setLength(0);
        runLinks[0] = 0;
        if (!text.isEmpty()) {
            paragraph(new Element("p"), text, links, story, out);
        }
    }

    /** Whether the element's own text is split by two line breaks in a row, as old pages split paragraphs. */
    private static boolean hasDoubleBreak(Element e) {
        Node previous = null;
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t && t.isBlank()) {
                continue;
            }
            if (n instanceof Element b && b.normalName().equals("br") && previous instanceof Element a
                    && a.normalName().equals("br")) {
                return true;
            }
            previous = n;
        }
        return false;
    }

    /** How many characters of the element's text are link text. */
    private static int linkLength(Element e) {
        return e.select(LINK).stream().filter(a -> a.parents().stream().noneMatch(x -> x.normalName().equals("a")))
                .mapToInt(a -> a.text().length()).sum();
    }

    /** Where page furniture lives; a headline or byline found there belongs to the site, not the story. */
    private static final Evaluator FURNITURE = css("nav, aside, footer, li");

    /**
     * The story's headline among the page's {@code <h1>}s: a page can print its site name in one too. The one
     * sharing the most words with the headline the page declares (JSON-LD, og:title, title), else the longest.
     */
    static Element headlineElement(Document doc, String declared) {
        Set<String> words = words(declared == null ? doc.title() : declared + " " + doc.title());
        Element best = null;
        long bestScore = -1;
        for (Element h1 : doc.select(H1)) {
            String text = h1.text(); // built afresh on each call: read once
            if (text.isBlank() || h1.closest(FURNITURE) != null) {
                continue;
            }
            long shared = words(text).stream().filter(words::contains).count();
            long score = shared * 1000 + Math.min(text.length(), 999);
            if (score > bestScore) {
                best = h1;
                bestScore = score;
            }
        }
        return best;
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : NOT_WORD.split(s.toLowerCase(Locale.ROOT))) {
            if (w.length() > 2) {
                out.add(w);
            }
        }
        return out;
    }

    /** At most this many characters make the place a byline prints where the writer filed from. */
    private static final int MAX_BYLINE_PLACE = 40;

    /**
     * Named rule PlaceInTheByline: "<span class=c-byline__location>Kelowna, B.C.</span>" inside the byline, where the
     * page prints where the writer filed from and its story opens with no dateline: the place (before a comma, the
     * region after it) is the dateline's, found in the byline's block of the text. Null when there is none.
     */
    private static Dateline placeInTheByline(Document doc, Draft d) {
        Block byline = d.blocks.stream().filter(b -> b.kind() == BlockKind.BYLINE).findFirst().orElse(null);
        if (byline == null || doc.body() == null) {
            return null;
        }
        for (Element e : doc.body().select(ANY)) {
            if (!hasClass(e, LOCATION) || e.closest(FURNITURE) != null) {
                continue;
            }
            String text = norm(e.text()).strip();
            if (text.isEmpty() || text.length() > MAX_BYLINE_PLACE || !Character.isUpperCase(text.charAt(0))) {
                continue;
            }
            int comma = text.indexOf(',');
            String place = comma < 0 ? text : text.substring(0, comma).strip();
            String region = comma < 0 ? null : text.substring(comma + 1).strip();
            int at = byline.text().indexOf(text);
            if (at < 0) {
                continue;
            }
            Span span = new Span(byline.span().start() + at, byline.span().start() + at + place.length());
            return new Dateline(place, region == null || region.isEmpty() ? null : region, null, null, span, span);
        }
        return null;
    }

    /** A short element marked as the byline outside the story's container and the page's furniture, or null. */
    private Element pageByline(Document doc, Element root) {
        for (Element e : doc.body() == null ? new Elements() : doc.body().select(ANY)) {
            if (!isBylineMarked(e) || root != null && (e == root || root.parents().contains(e)
                    || e.parents().contains(root)) || e.closest(FURNITURE) != null) {
                continue;
            }
            String text = norm(e.text());
            if (!text.isEmpty() && text.length() < 120 && (bylines.parse(text, 0, text.length()) != null
                    || SPACES.split(text).length <= 6)) {
                return e;
            }
        }
        return null;
    }

    /**
     * The text of an element holding text and no further blocks (a paragraph as far as the reader is concerned), else
     * null. Handed on to {@link #paragraph}: jsoup builds an element's text afresh on each {@code text()}.
     */
    private static String leafBlockText(Element e) {
        if (e.children().stream().anyMatch(c -> BLOCK_TAGS.contains(c.normalName()) || c.normalName().equals("time"))) {
            return null;
        }
        String text = e.text();
        // An inline element marked as the byline ("<span class=byline>By …</span>") is a block of its own.
        boolean leaf = !text.isBlank() && (!e.normalName().equals("a") && !e.normalName().equals("span") || isBylineMarked(e))
                || e.normalName().equals("p");
        return leaf ? text : null;
    }

    /**
     * Whether the element's text can be the story's: Readability kept it, or there is no Readability verdict, or it
     * is a caption printed beside the story's picture outside a {@code <figure>} (Readability drops those).
     */
    private boolean isStory(Element e) {
        return main == null || main.keeps(e) || e.selectFirst(IMAGE) == null && e.text().length() < MAX_LOOSE_CAPTION
                && e.siblingElements().stream().anyMatch(HtmlReader::isPicture);
    }

    /** An image, or an inline wrapper of one ({@code <a>}, {@code <picture>}, {@code <span>}). */
    private static boolean isPicture(Element e) {
        String tag = e.normalName();
        return tag.equals("img") || (tag.equals("a") || tag.equals("picture") || tag.equals("span"))
                && e.selectFirst(IMAGE) != null;
    }

    /**
     * Adds a block of text as the piece it is. Headline, byline and standfirst are known by their markup and
     * place; a paragraph of the story must be {@code story} text and not mostly links.
     */
    private void paragraph(Element p, String elementText, int linkChars, boolean story, List<Piece> out) {
        String text = norm(elementText);
        BoilerplateRules.Verdict verdict = text.isEmpty() ? null : boilerplate.classify(text);
        if (verdict == null || verdict.kind() != BoilerplateRules.Kind.TEXT) {
            if (verdict != null && verdict.kind() == BoilerplateRules.Kind.PUBLISHED_LABEL && publishedLine == null) {
                publishedLine = TextDates.labelDay(verdict.rest());
            }
            if (verdict != null && verdict.kind() == BoilerplateRules.Kind.UPDATED_LABEL && updatedLine == null) {
                updatedLine = TextDates.firstDay(verdict.rest());
            }
            return;
        }
        String tag = p.normalName();
        if (!haveHeadline && (tag.equals("h1") || !bodyStarted && text.length() >= MIN_TITLE_HEADLINE
                && title.contains(text.toLowerCase(Locale.ROOT)))) {
            haveHeadline = true;
            out.add(new Piece(BlockKind.HEADLINE, text, null));
        } else if (!bodyStarted && (isBylineMarked(p) || p.selectFirst(AUTHOR_LINK) != null
                || bylines.parse(text, 0, text.length()) != null && text.length() < 120)) {
            out.add(new Piece(BlockKind.BYLINE, text, null));
        } else if (!bodyStarted && hasClass(p, STANDFIRST)) {
            out.add(new Piece(BlockKind.STANDFIRST, text, null));
        } else if (!story) {
            return;
        } else if (bodyStarted && bylines.isTrailer(text)) {
            out.add(new Piece(BlockKind.TRAILER, text, null));
        } else if (linkChars * 2 > text.length()) {
            // Mostly link text: a menu, a teaser or a "Read more" line, not a paragraph of the story.
            return;
        } else {
            // A section label or kicker over the headline ("Music") does not begin the story: the byline under the
            // headline is still read as one.
            bodyStarted |= haveHeadline || text.length() > MAX_KICKER;
            out.add(new Piece(BlockKind.BODY, text, null));
        }
    }

    /** The longest line over the headline taken for a section label or kicker, not the story's first paragraph. */
    private static final int MAX_KICKER = 40;

    private void figure(Element fig, List<Piece> out) {
        Element caption = fig.selectFirst(FIGCAPTION);
        String captionText = caption == null ? "" : caption.text(); // built afresh on each call: read once
        if (captionText.isBlank()) {
            return;
        }
        Element img = fig.selectFirst(IMAGE);
        String url = img == null ? null : img.absUrl("src").isEmpty() ? img.attr("src") : img.absUrl("src");
        Element creditEl = caption.select(ANY).stream().filter(c -> c != caption && hasClass(c, CREDIT))
                .findFirst().orElse(null);
        String credit = creditEl == null ? "" : creditEl.text();
        // "... early on Tuesday<span class="credit">Image: ...": the credit is a part of its own, not the last
        // word's end ("TuesdayImage").
        int at = credit.isEmpty() ? -1 : captionText.lastIndexOf(credit);
        if (at > 0 && !Character.isWhitespace(captionText.charAt(at - 1))) {
            captionText = captionText.substring(0, at) + " " + captionText.substring(at);
        }
        out.add(new Piece(BlockKind.CAPTION, norm(captionText),
                new CaptionParts(url, creditEl == null ? null : norm(credit))));
    }

    /** A blockquote's paragraphs, one a line, then its attribution footer. */
    private static String blockquote(Element q) {
        List<String> lines = new ArrayList<>();
        Elements paras = q.select(QUOTE_PARTS);
        if (paras.isEmpty()) {
            return norm(q.text());
        }
        for (Element p : paras) {
            if (p.parents().stream().noneMatch(paras::contains)) {
                String t = norm(p.text());
                if (!t.isEmpty()) {
                    lines.add(t);
                }
            }
        }
        return String.join("\n", lines);
    }

    private static String norm(String s) {
        return Normalizer.normalize(s.replace('\u00a0', ' ').strip(), Normalizer.Form.NFC);
    }

    /** Marked as the byline by its class or id, or as the author by microdata ({@code itemprop="author"}). */
    private static boolean isBylineMarked(Element e) {
        return hasClass(e, BYLINE) || e.attr("itemprop").equalsIgnoreCase("author");
    }

    private static boolean hasClass(Element e, Set<String> words) {
        List<String> names = new ArrayList<>(e.classNames());
        if (!e.id().isEmpty()) {
            names.add(e.id());
        }
        for (String name : names) {
            String n = name.toLowerCase(Locale.ROOT);
            if (words.contains(n)) {
                return true;
            }
            for (String part : CLASS_SPLIT.split(n)) {
                if (words.contains(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The element holding the story: the {@code <article>} with the most paragraph text, else the element marked
     * as the article body, else the element whose own paragraphs hold the most text.
     */
    private static Element articleRoot(Document doc) {
        Element best = null;
        int bestLength = 0;
        for (Element a : doc.select(ARTICLES)) {
            int length = a.select(PARAGRAPH).text().length();
            if (length > bestLength) {
                best = a;
                bestLength = length;
            }
        }
        if (best != null) {
            return best;
        }
        Element body = doc.selectFirst(ARTICLE_BODY);
        if (body != null) {
            return body;
        }
        for (Element p : doc.select(PARAGRAPH)) {
            Element parent = p.parent();
            if (parent == null || parent.closest(PAGE_FRAME) != null) {
                continue;
            }
            int length = parent.children().stream().filter(c -> c.normalName().equals("p"))
                    .mapToInt(c -> c.text().length()).sum();
            if (length > bestLength) {
                best = parent;
                bestLength = length;
            }
        }
        return bestLength > 0 ? best : null;
    }

    /** The local calendar date of a timestamp as printed ("2015-05-29T15:42:00+01:00" → 2015-05-29). */
    static LocalDate localDay(String timestamp) {
        if (timestamp == null || timestamp.isBlank()) {
            return null;
        }
        var m = ISO_DAY.matcher(timestamp);
        if (m.find()) {
            try {
                return LocalDate.parse(m.group(1));
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        var basic = BASIC_DAY.matcher(timestamp);
        if (basic.find()) {
            try {
                return LocalDate.of(Integer.parseInt(basic.group(1)), Integer.parseInt(basic.group(2)),
                        Integer.parseInt(basic.group(3)));
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        return TextDates.firstDay(timestamp);
    }
}
