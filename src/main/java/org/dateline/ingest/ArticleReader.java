package org.dateline.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.dateline.model.Slugs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads a file, or bytes with their {@link Origin} (wire text or HTML), into an {@link Article}. Thread-safe. */
public final class ArticleReader {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleReader.class);

    /** The file name endings read as articles. */
    public static final Set<String> EXTENSIONS = Set.of("txt", "text", "html", "htm");
    /** What Dateline reads, for messages. */
    static final String KINDS = "a news article as .htm, .html, .text or .txt, or a web archive of pages as .warc or .warc.gz";
    private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm");
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    private static final Pattern HTML_START = Pattern.compile("^\\s*(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final int SLUG_WORDS = 8;
    private static final Pattern QUERY_OR_FRAGMENT = Pattern.compile("[?#].*$");
    private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");
    private static final Pattern PAGE_SUFFIX = Pattern.compile("\\.(html?|php|aspx?)$");
    private static final Pattern HAS_LETTER = Pattern.compile(".*[a-z].*");
    private static final Pattern FILE_EXTENSION = Pattern.compile("\\.[^.]*$");

    private final IngestOptions options;

    private ArticleReader(IngestOptions options) {
        this.options = options;
    }

    public static ArticleReader create(IngestOptions options) {
        return new ArticleReader(options);
    }

    /** Reads an article file (.txt, .html). */
    public Article read(Path file) throws IngestException {
        BasicFileAttributes attributes = attributes(file);
        byte[] bytes = bytes(file, attributes);
        return parse(Origin.file(file, attributes.lastModifiedTime().toInstant()), bytes,
                HTML_EXTENSIONS.contains(extension(file)));
    }

    /**
     * Reads an article from its bytes: HTML when the origin's media type says so (or, without one, its file name),
     * or when the bytes start as a page does; else wire text. A page's address is the canonical one it states, else
     * the address it was fetched from; its publication date, when nothing in it states one, is the day it was
     * fetched (in UTC), or the file's day.
     */
    public Article read(Origin origin, byte[] bytes) throws IngestException {
        if (bytes.length > options.maxBytes()) {
            throw new IngestException(origin, String.format(Locale.ROOT, "page too large (%,d bytes; the limit is %,d bytes); "
                    + "a news article is far smaller: check the source, or raise the limit", bytes.length, options.maxBytes()));
        }
        if (bytes.length == 0) {
            throw new IngestException(origin, "empty page (0 bytes); expected a news article as plain text or HTML");
        }
        String type = origin.mediaType();
        boolean html = type != null ? HTML_TYPES.contains(type.toLowerCase(Locale.ROOT))
                : origin.fileName() != null && HTML_EXTENSIONS.contains(extension(origin.fileName()));
        return parse(origin, bytes, html);
    }

    /** Reads one article of a batch: a file, a web archive's page, or (thrown) what could not be read in its place. */
    public Article read(ArticleSource source) throws IngestException {
        if (source instanceof ArticleSource.File f) {
            return read(f.path());
        }
        if (source instanceof ArticleSource.Page p) {
            return read(p.origin(), p.bytes());
        }
        throw ((ArticleSource.Unreadable) source).error();
    }

    private Article parse(Origin origin, byte[] bytes, boolean declaredHtml) throws IngestException {
        TextDecoder.Decoded decoded = TextDecoder.decode(origin, bytes);
        if (decoded.replaced() > 0) {
            LOG.warn(decoded.warning(origin));
        }
        String text = decoded.text();
        if (text.isBlank()) {
            throw new IngestException(origin, (origin.inArchive() || origin.file() == null ? "empty page" : "empty file")
                    + " (only white space); expected a news article as plain text or HTML");
        }
        boolean html = declaredHtml || HTML_START.matcher(text).lookingAt();
        Draft d = html ? new HtmlReader().read(origin, text) : new WireTextReader().read(text);
        if (d.blocks.stream().noneMatch(b -> b.kind() == BlockKind.BODY)) {
            throw new IngestException(origin, "no article text found (only " + (d.headline() == null
                    ? "page furniture" : "a headline") + "); expected a news article with at least one paragraph");
        }
        PublicationDate published = origin.fetched() != null
                ? PublicationDateResolver.resolve(d, options.fallbackDate(), LocalDate.ofInstant(origin.fetched(),
                        ZoneOffset.UTC), DateSource.FETCH_TIME)
                : PublicationDateResolver.resolve(d, options.fallbackDate(), origin.modified() == null ? null
                        : LocalDate.ofInstant(origin.modified(), ZoneId.systemDefault()), DateSource.FILE_TIME);
        Block headline = d.headline();
        String url = pageAddress(d.url, origin.address());
        LOG.debug("{}: read as {}, {} blocks, published {} (from {})", origin, d.format, d.blocks.size(),
                published == null ? null : published.date(), published == null ? null : published.source());
        return new Article(origin, d.format, d.text, sha256(bytes), slug(url, headline, origin.fileName()), headline,
                d.authors, d.agency, d.publisher, url, d.dateline, published, d.images, d.ordered());
    }

    /**
     * The page's own (canonical) address, made absolute against the address it was fetched from when it is relative;
     * else the address it was fetched from; null when neither is known.
     */
    static String pageAddress(String stated, String fetchedFrom) {
        if (stated == null || fetchedFrom == null) {
            return stated != null ? stated : fetchedFrom;
        }
        try {
            URI own = new URI(stated.strip());
            return own.isAbsolute() ? stated : new URI(fetchedFrom.strip()).resolve(own).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return fetchedFrom;
        }
    }

    /**
     * Reads every file named, expanding folders (recursively, in sorted order, hidden files skipped, only
     * article file types), and reports each result as it comes; one bad file never stops the batch.
     */
    public BatchResult readAll(List<Path> pathsOrFolders, Consumer<Article> ok, BiConsumer<Path, IngestException> failed) {
        int read = 0;
        List<Path> failures = new ArrayList<>();
        ArticleFiles listing = ArticleFiles.of(pathsOrFolders);
        for (IngestException e : listing.skipped()) {
            failures.add(e.path());
            failed.accept(e.path(), e);
        }
        try (ArticleSources sources = ArticleSources.of(listing.files(), options.maxBytes())) {
            while (sources.hasNext()) {
                ArticleSource source = sources.next();
                try {
                    if (source instanceof ArticleSource.File f && !isArticleFile(f.path()) && Files.exists(f.path())) {
                        throw new IngestException(f.path(), "unsupported file type \"." + extension(f.path())
                                + "\"; expected " + KINDS);
                    }
                    ok.accept(read(source));
                    read++;
                } catch (IngestException e) {
                    failures.add(e.path());
                    failed.accept(e.path(), e);
                }
            }
        }
        return new BatchResult(read, failures);
    }

    /** The files a batch over these paths reads (see {@link ArticleFiles}); what was skipped is not reported. */
    public static List<Path> files(List<Path> pathsOrFolders) {
        return ArticleFiles.of(pathsOrFolders).files();
    }

    /** Whether a file's name marks it as one Dateline reads: an article (.txt, .html …) or a web archive (.warc.gz). */
    public static boolean isArticleFile(Path file) {
        return EXTENSIONS.contains(extension(file)) || ArticleSources.isArchive(file);
    }

    /**
     * The file's type, size and time, read once: asking {@code Files.isDirectory}, {@code size} and
     * {@code getLastModifiedTime} each read them afresh (a stat call each). Reading them fails as {@code Files.size}
     * did, with the same exceptions, and so with the same messages.
     */
    private static BasicFileAttributes attributes(Path file) throws IngestException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw readFailure(file, e);
        }
    }

    private static IngestException readFailure(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new IngestException(file, "no such file", e);
        }
        if (e instanceof AccessDeniedException) {
            return new IngestException(file, "permission denied", e);
        }
        return new IngestException(file, "cannot read the file: " + e.getMessage(), e);
    }

    private byte[] bytes(Path file, BasicFileAttributes attributes) throws IngestException {
        try {
            if (attributes.isDirectory()) {
                throw new IngestException(file, "is a folder; name the files in it or pass the folder to a batch");
            }
            long size = attributes.size();
            if (size > options.maxBytes()) {
                throw new IngestException(file, String.format(Locale.ROOT,
                        "file too large (%,d bytes; the limit is %,d bytes); a news article is far smaller: "
                                + "check the file, or raise the limit", size, options.maxBytes()));
            }
            if (size == 0) {
                throw new IngestException(file, "empty file (0 bytes); expected a news article as plain text or HTML");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw readFailure(file, e);
        }
    }

    static String extension(Path file) {
        return extension(file.getFileName() == null ? "" : file.getFileName().toString());
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** From the canonical address's last segment, else the headline's first words, else the file name. */
    static String slug(String url, Block headline, String fileName) {
        if (url != null) {
            String path = TRAILING_SLASHES.matcher(QUERY_OR_FRAGMENT.matcher(url).replaceFirst("")).replaceFirst("");
            int slash = path.lastIndexOf('/');
            if (slash >= 0 && path.indexOf("//") != slash - 1) {
                String segment = PAGE_SUFFIX.matcher(path.substring(slash + 1)).replaceFirst("");
                String s = Slugs.slug(segment);
                if (HAS_LETTER.matcher(s).matches()) {
                    return s;
                }
            }
        }
        if (headline != null) {
            String[] words = Slugs.slug(headline.text()).split("-");
            String s = String.join("-", Arrays.copyOf(words, Math.min(words.length, SLUG_WORDS)));
            if (!s.isEmpty()) {
                return s;
            }
        }
        String name = fileName == null ? "article" : fileName;
        return Slugs.slug(FILE_EXTENSION.matcher(name).replaceFirst(""));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
