package org.dateline.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The articles of a list of files, in order and lazily: an article file stands for itself, a web archive
 * ({@code .warc}, {@code .warc.gz}) for its pages, read one at a time so that an archive of any size takes
 * the memory of one page. Close it to release an archive left half read.
 */
public final class ArticleSources implements Iterator<ArticleSource>, AutoCloseable {
    private final Iterator<Path> files;
    private final long maxBytes;
    private WebArchiveReader archive;
    private ArticleSource next;

    private ArticleSources(List<Path> files, long maxBytes) {
        this.files = List.copyOf(files).iterator();
        this.maxBytes = maxBytes;
    }

    /**
     * @param files    the files, as {@link ArticleFiles} lists them
     * @param maxBytes pages of an archive larger than this are refused (article files are checked when read)
     */
    public static ArticleSources of(List<Path> files, long maxBytes) {
        return new ArticleSources(files, maxBytes);
    }

    /** Whether a file is a web archive, read for its pages. */
    public static boolean isArchive(Path file) {
        return file.getFileName() != null && WebArchiveReader.isArchive(file.getFileName().toString());
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (archive != null) {
                try {
                    Optional<ArticleSource.Page> page = archive.next();
                    if (page.isPresent()) {
                        next = page.get();
                    } else {
                        archive = null;
                    }
                } catch (IngestException e) {
                    next = new ArticleSource.Unreadable(e);
                }
            } else if (files.hasNext()) {
                Path file = files.next();
                if (isArchive(file)) {
                    next = open(file);
                } else {
                    next = new ArticleSource.File(file);
                }
            } else {
                return false;
            }
        }
        return true;
    }

    /** Opens an archive for its pages; null when it opened, else what went wrong, in its place. */
    private ArticleSource open(Path file) {
        try {
            archive = WebArchiveReader.open(file.toString(), new BufferedInputStream(Files.newInputStream(file), 1 << 16),
                    maxBytes);
            return null;
        } catch (NoSuchFileException e) {
            return new ArticleSource.Unreadable(new IngestException(file, "no such file", e));
        } catch (AccessDeniedException e) {
            return new ArticleSource.Unreadable(new IngestException(file, "permission denied", e));
        } catch (IOException e) {
            return new ArticleSource.Unreadable(new IngestException(file, "cannot read the file: " + e.getMessage(), e));
        } catch (IngestException e) {
            return new ArticleSource.Unreadable(e);
        }
    }

    @Override
    public ArticleSource next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ArticleSource s = next;
        next = null;
        return s;
    }

    @Override
    public void close() {
        if (archive != null) {
            archive.close();
            archive = null;
        }
    }
}
