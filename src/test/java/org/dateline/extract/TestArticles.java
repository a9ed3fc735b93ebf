package org.dateline.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.ingest.Article;
import org.dateline.ingest.Author;
import org.dateline.ingest.Block;
import org.dateline.ingest.BlockKind;
import org.dateline.ingest.DateSource;
import org.dateline.ingest.Dateline;
import org.dateline.ingest.Image;
import org.dateline.ingest.PublicationDate;
import org.dateline.ingest.SourceFormat;
import org.dateline.ingest.Span;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Test-only stand-in for the ingest stage: builds an {@link Article} from a wire text or HTML file,
 * roughly as the real reader does, so extraction can be tested before ingest lands.
 */
public final class TestArticles {
    private static final Set<String> NOISE = Set.of("Advertisement", "Latest Headlines", "Accessibility links",
            "Skip to content", "Accessibility Help", "Share", "Image caption,", "Media caption,", "Related Topics", "___",
            "• Published", "Published");
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:([A-Z][A-Z .'-]+?)(?:, ([A-Z][a-z]+))?,?\\s+)?(?:([A-Z][a-z]{2}\\.?|[A-Z][a-z]+) (\\d{1,2}) )?\\((\\w+)\\) (?:--|—)\\s*");
    private static final Pattern HTML_DATELINE = Pattern.compile("^([A-Z][A-Z .'-]+?), ([A-Z][a-z]+) — ");

    private TestArticles() { }

    /** Reads an article; {@code published} stands in for the date ingest would find. */
    public static Article read(Path file, LocalDate published) throws IOException {
        String raw = Files.readString(file, StandardCharsets.UTF_8);
        return file.toString().endsWith(".html") ? html(file, raw, published) : text(file, raw, published);
    }

    /** A one-paragraph article, for unit tests with inline sentences. */
    public static Article of(String body, LocalDate published) {
        List<Block> blocks = new ArrayList<>();
        int pos = 0;
        for (String para : body.split("\n\n")) {
            int at = body.indexOf(para, pos);
            blocks.add(new Block(BlockKind.BODY, new Span(at, at + para.length()), para));
            pos = at + para.length();
        }
        return new Article(null, SourceFormat.TEXT, body, "", "test", null, List.of(), null, null, null, null,
                published == null ? null : new PublicationDate(published, DateSource.OPTION), List.of(), blocks);
    }

    private static Article text(Path file, String raw, LocalDate published) {
        List<Block> blocks = new ArrayList<>();
        List<Author> authors = new ArrayList<>();
        List<Image> images = new ArrayList<>();
        Dateline dateline = null;
        String agency = null;
        Block headline = null;
        int pos = 0;
        boolean bodyStarted = false;
        for (String line : raw.split("\n", -1)) {
            int start = pos;
            pos += line.length() + 1;
            String t = line.strip();
            if (t.isEmpty() || NOISE.contains(t) || t.startsWith("Image source") || t.startsWith("• ")
                    || t.matches("\\d+ \\w+ \\d{4}") || t.startsWith("Published ")) {
                continue;
            }
            int s = start + line.indexOf(t);
            Span span = new Span(s, s + t.length());
            BlockKind kind;
            if (headline == null) {
                kind = BlockKind.HEADLINE;
            } else if (t.startsWith("By ")) {
                kind = BlockKind.BYLINE;
                Matcher m = Pattern.compile("By ([A-Z][\\p{L}]+(?: [A-Z][\\p{L}]+)+)").matcher(t);
                if (m.find()) {
                    String name = m.group(1);
                    String norm = name.equals(name.toUpperCase()) ? titleCase(name) : name;
                    authors.add(new Author(norm, new Span(s + m.start(1), s + m.end(1))));
                }
            } else if (t.contains("Photo") && (t.contains("/") || t.contains("Photo by"))) {
                kind = BlockKind.CAPTION;
                Matcher m = Pattern.compile("(?:Photo by |Photo/)([A-Z][\\p{L}-]+(?: [A-Z][\\p{L}-]+)+)").matcher(t);
                if (m.find()) {
                    images.add(new Image(t, span, null, m.group(1), new Span(s + m.start(1), s + m.end(1)), null, false,
                            null));
                }
            } else if (!bodyStarted && (t.startsWith("\"") || t.startsWith("“"))) {
                kind = BlockKind.STANDFIRST;
            } else if (t.contains("contributed to this report")) {
                kind = BlockKind.TRAILER;
            } else if (t.startsWith("Mr ") && !bodyStarted) {
                kind = BlockKind.CAPTION;
            } else {
                kind = BlockKind.BODY;
                if (!bodyStarted) {
                    Matcher m = DATELINE.matcher(t);
                    if (m.find()) {
                        MonthDay md = null;
                        if (m.group(3) != null) {
                            md = MonthDay.of(month(m.group(3)), Integer.parseInt(m.group(4)));
                        }
                        Span placeSpan = m.group(1) == null ? null : new Span(s + m.start(1), s + m.end(1));
                        dateline = new Dateline(m.group(1) == null ? null : titleCase(m.group(1)), m.group(2), md,
                                m.group(5), new Span(s, s + m.end()), placeSpan);
                        agency = m.group(5);
                    }
                }
                bodyStarted = true;
            }
            Block b = new Block(kind, span, t);
            if (kind == BlockKind.HEADLINE) {
                headline = b;
            }
            blocks.add(b);
        }
        // BBC media captions: "Name: “…”" lines come after a "Media caption," line; treat as captions.
        List<Block> fixed = new ArrayList<>();
        for (Block b : blocks) {
            if (b.kind() == BlockKind.BODY && b.text().matches("[A-Z][\\p{L}]+ [A-Z][\\p{L}]+: “.*")) {
                fixed.add(new Block(BlockKind.CAPTION, b.span(), b.text()));
            } else {
                fixed.add(b);
            }
        }
        return new Article(file, SourceFormat.TEXT, raw, "", file.getFileName().toString(), headline, authors, agency,
                null, null, dateline, published == null ? null : new PublicationDate(published, DateSource.DATELINE),
                images, fixed);
    }

    private static int month(String m) {
        String k = m.substring(0, 3).toLowerCase();
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(k) + 1;
    }

    private static String titleCase(String s) {
        StringBuilder sb = new StringBuilder();
        boolean up = true;
        for (char c : s.toCharArray()) {
            sb.append(up ? Character.toUpperCase(c) : Character.toLowerCase(c));
            up = !Character.isLetter(c);
        }
        return sb.toString();
    }

    private static Article html(Path file, String raw, LocalDate published) {
        Document doc = Jsoup.parse(raw);
        StringBuilder text = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        List<Author> authors = new ArrayList<>();
        List<Image> images = new ArrayList<>();
        Block headline = null;
        Dateline dateline = null;
        Element article = doc.selectFirst("article");
        for (Element e : article.select("h1, p.standfirst, p.byline, figcaption, div.story-body > p, blockquote")) {
            String t = e.text().strip();
            BlockKind kind = switch (e.tagName()) {
                case "h1" -> BlockKind.HEADLINE;
                case "figcaption" -> BlockKind.CAPTION;
                case "blockquote" -> BlockKind.BLOCKQUOTE;
                default -> e.hasClass("standfirst") ? BlockKind.STANDFIRST
                        : e.hasClass("byline") ? BlockKind.BYLINE : BlockKind.BODY;
            };
            if (kind == BlockKind.BLOCKQUOTE) {
                t = e.select("p").text() + "\n" + e.select("footer").text();
            }
            int s = text.length();
            text.append(t).append("\n\n");
            Span span = new Span(s, s + t.length());
            Block b = new Block(kind, span, t);
            blocks.add(b);
            if (kind == BlockKind.HEADLINE) {
                headline = b;
            } else if (kind == BlockKind.BYLINE) {
                String name = t.replaceFirst("^By ", "");
                authors.add(new Author(name, new Span(s + t.indexOf(name), s + t.indexOf(name) + name.length())));
            } else if (kind == BlockKind.CAPTION) {
                Matcher m = Pattern.compile("Photo: ([^/]+)/").matcher(t);
                if (m.find()) {
                    images.add(new Image(t, span, null, m.group(1), new Span(s + m.start(1), s + m.end(1)), null, false,
                            null));
                }
            } else if (kind == BlockKind.BODY && dateline == null) {
                Matcher m = HTML_DATELINE.matcher(t);
                if (m.find()) {
                    dateline = new Dateline(titleCase(m.group(1)), m.group(2), null, null, new Span(s, s + m.end()),
                            new Span(s + m.start(1), s + m.end(1)));
                }
            }
        }
        return new Article(file, SourceFormat.HTML, text.toString(), "", file.getFileName().toString(), headline,
                authors, null, doc.select("meta[property=og:site_name]").attr("content"), null, dateline,
                published == null ? null : new PublicationDate(published, DateSource.METADATA), images, blocks);
    }
}
