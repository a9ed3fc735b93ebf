package org.dateline.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
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

/** Reads a file (wire text or HTML) into an {@link Article}. Thread-safe. */
public final class ArticleReader {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleReader.class);

    /** The file name endings read as articles. */
    public static final Set<String> EXTENSIONS = Set.of("txt", "text", "html", "htm");
    private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm");
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

    public Article read(Path file) throws IngestException {
        BasicFileAttributes attributes = attributes(file);
        byte[] bytes = bytes(file, attributes);
        TextDecoder.Decoded decoded = TextDecoder.decode(file, bytes);
        if (decoded.replaced() > 0) {
            LOG.warn(decoded.warning(file));
        }
        String text = decoded.text();
        if (text.isBlank()) {
            throw new IngestException(file, "empty file (only white space); expected a news article as plain text or HTML");
        }
        boolean html = HTML_EXTENSIONS.contains(extension(file)) || HTML_START.matcher(text).lookingAt();
        Draft d = html ? new HtmlReader().read(file, text) : new WireTextReader().read(text);
        if (d.blocks.stream().noneMatch(b -> b.kind() == BlockKind.BODY)) {
            throw new IngestException(file, "no article text found (only " + (d.headline() == null
                    ? "page furniture" : "a headline") + "); expected a news article with at least one paragraph");
        }
        PublicationDate published = PublicationDateResolver.resolve(d, options.fallbackDate(), fileTime(attributes));
        Block headline = d.headline();
        LOG.debug("{}: read as {}, {} blocks, published {} (from {})", file, d.format, d.blocks.size(),
                published.date(), published.source());
        return new Article(file, d.format, d.text, sha256(bytes), slug(d.url, headline, file), headline,
                d.authors, d.agency, d.publisher, d.url, d.dateline, published, d.images, d.ordered());
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
        for (Path file : listing.files()) {
            try {
                if (!EXTENSIONS.contains(extension(file)) && Files.exists(file)) {
                    throw new IngestException(file, "unsupported file type \"." + extension(file)
                            + "\"; expected a news article as " + String.join(", ", sorted(EXTENSIONS)));
                }
                ok.accept(read(file));
                read++;
            } catch (IngestException e) {
                failures.add(file);
                failed.accept(file, e);
            }
        }
        return new BatchResult(read, failures);
    }

    /** The files a batch over these paths reads (see {@link ArticleFiles}); what was skipped is not reported. */
    public static List<Path> files(List<Path> pathsOrFolders) {
        return ArticleFiles.of(pathsOrFolders).files();
    }

    /** Whether a file's name marks it as an article Dateline reads (.txt, .html …). */
    public static boolean isArticleFile(Path file) {
        return EXTENSIONS.contains(extension(file));
    }

    private static List<String> sorted(Set<String> set) {
        return set.stream().sorted().map(s -> "." + s).toList();
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

    private static LocalDate fileTime(BasicFileAttributes attributes) {
        return LocalDate.ofInstant(attributes.lastModifiedTime().toInstant(), ZoneId.systemDefault());
    }

    static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** From the canonical address's last segment, else the headline's first words, else the file name. */
    static String slug(String url, Block headline, Path file) {
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
        String name = file == null || file.getFileName() == null ? "article" : file.getFileName().toString();
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
