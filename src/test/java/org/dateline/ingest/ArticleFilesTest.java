package org.dateline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Listing a folder reports what it cannot read instead of passing over it: a symbolic link loop, a link to nothing,
 * a folder with no article in it. Linked folders are read, each file once.
 */
class ArticleFilesTest {
    private static final String STORY = "Headline\n\nPARIS, Oct. 3 (UPI) -- Something happened today, officials said.\n";

    @TempDir
    Path dir;

    private static String reasons(ArticleFiles listing) {
        return listing.skipped().stream().map(Throwable::getMessage).toList().toString();
    }

    @Test
    void aSymbolicLinkLoopIsReportedAndTheRestRead() throws Exception {
        Path news = Files.createDirectories(dir.resolve("news/world"));
        Articles.write(news, "a.txt", STORY);
        Files.createSymbolicLink(news.resolve("again"), dir.resolve("news"));
        ArticleFiles listing = ArticleFiles.of(List.of(dir.resolve("news")));
        assertEquals(List.of(news.resolve("a.txt")), listing.files());
        assertEquals(1, listing.skipped().size(), reasons(listing));
        assertEquals(news.resolve("again"), listing.skipped().get(0).path());
        assertTrue(reasons(listing).contains("symbolic link loop"), reasons(listing));
    }

    @Test
    void aLinkToNothingIsReported() throws Exception {
        Articles.write(dir, "a.txt", STORY);
        Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("missing.txt"));
        Files.createSymbolicLink(dir.resolve("self.txt"), dir.resolve("self.txt"));
        ArticleFiles listing = ArticleFiles.of(List.of(dir));
        assertEquals(List.of(dir.resolve("a.txt")), listing.files());
        assertEquals(2, listing.skipped().size(), reasons(listing));
        assertTrue(reasons(listing).contains("leads nowhere"), reasons(listing));
    }

    @Test
    void aFolderWithNothingToReadIsReported() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Articles.write(empty, "notes.pdf", "not an article");
        Articles.write(empty, ".hidden.txt", STORY);
        ArticleFiles listing = ArticleFiles.of(List.of(empty));
        assertEquals(List.of(), listing.files());
        assertEquals(empty, listing.skipped().get(0).path());
        assertTrue(reasons(listing).contains("no article files") && reasons(listing).contains(".txt"), reasons(listing));
    }

    @Test
    void aLinkedFolderIsReadAndAFileLinkedTwiceOnce() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Articles.write(elsewhere, "b.txt", STORY);
        Path news = Files.createDirectories(dir.resolve("news"));
        Articles.write(news, "a.txt", STORY);
        Files.createSymbolicLink(news.resolve("linked"), elsewhere);
        Files.createSymbolicLink(news.resolve("z.txt"), news.resolve("a.txt"));
        ArticleFiles listing = ArticleFiles.of(List.of(news));
        assertEquals(List.of(news.resolve("a.txt"), news.resolve("linked/b.txt")), listing.files());
        assertEquals(List.of(), listing.skipped());
    }
}
