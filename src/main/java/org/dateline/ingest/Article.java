package org.dateline.ingest;

import java.util.List;
import java.util.Optional;

/**
 * A news article as read from its source: its text and the structure found in it. All spans
 * point into {@link #text()}; for plain text that is the whole decoded file, so nothing is lost.
 *
 * @param source      where it was read from: a file, or a web archive record with its address and fetch time
 *                    (may be null for in-memory input)
 * @param format      text or HTML
 * @param text        the article's text (NFC); for HTML, the text extracted from the page
 * @param sha256      the checksum of the source bytes, hex
 * @param slug        a short readable name for the article ("russia-vows-to-intensify-airstrikes")
 * @param headline    the headline block, or null when none is printed (a bare wire story opening with its dateline)
 * @param authors     the byline's people, in order; empty without a byline (the names of a wire trailer's
 *                    "Reporting by …" stay in its {@link BlockKind#TRAILER} block: reporters, not a byline)
 * @param agency      the agency short name ("UPI", "AP", "Reuters"), or null
 * @param publisher   the publishing site or outlet ("Meridian Wire"), or null
 * @param url         the page's address: the canonical one it states, else the one it was fetched from; or null
 * @param dateline    the dateline, or null
 * @param published   the publication date and its source, or null when none could be found
 * @param images      the pictures with their captions
 * @param blocks      the article's blocks in reading order (headline, standfirst, byline, captions, body, trailer)
 */
public record Article(
        Origin source,
        SourceFormat format,
        String text,
        String sha256,
        String slug,
        Block headline,
        List<Author> authors,
        String agency,
        String publisher,
        String url,
        Dateline dateline,
        PublicationDate published,
        List<Image> images,
        List<Block> blocks) {

    public Article {
        authors = List.copyOf(authors);
        images = List.copyOf(images);
        blocks = List.copyOf(blocks);
    }

    /** The blocks of one kind, in order. */
    public List<Block> blocks(BlockKind kind) {
        return blocks.stream().filter(b -> b.kind() == kind).toList();
    }

    public Optional<Block> standfirst() {
        return blocks(BlockKind.STANDFIRST).stream().findFirst();
    }

    /**
     * The dateline's date with its year: the year that puts the printed month and day nearest the publication
     * date (a wire dateline prints no year). Null when the dateline has no date or no publication date is known.
     */
    public java.time.LocalDate datelineDate() {
        if (dateline == null || dateline.date() == null || published == null) {
            return null;
        }
        java.time.LocalDate p = published.date();
        java.time.LocalDate best = null;
        for (int y = p.getYear() - 1; y <= p.getYear() + 1; y++) {
            if (dateline.date().isValidYear(y)) {
                java.time.LocalDate c = dateline.date().atYear(y);
                if (best == null || Math.abs(c.toEpochDay() - p.toEpochDay()) < Math.abs(best.toEpochDay() - p.toEpochDay())) {
                    best = c;
                }
            }
        }
        return best;
    }

    /**
     * A short key derived from the article's words alone (the first 12 hex digits of the SHA-256 of its text with runs
     * of white space made one space): the same for the same story however the file is named, encoded, wrapped,
     * copied or touched. What tells two undated articles with the same headline apart.
     */
    public String contentKey() {
        String words = WHITE_SPACE.matcher(text).replaceAll(" ").strip();
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(words.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");

    /** The name a user knows the source by, for messages. */
    public String sourceName() {
        return source == null ? slug : source.toString();
    }
}
