package org.dateline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input gives one clear message naming the file and the reason; a batch carries on. */
class BadInputTest {
    private static final String STORY = "Headline\n\nKIEV (Reuters) - Ukraine said on Monday it would talk.\n";

    @TempDir
    Path dir;

    private IngestException failure(Path file, IngestOptions options) {
        return assertThrows(IngestException.class, () -> ArticleReader.create(options).read(file));
    }

    private IngestException failure(Path file) {
        return failure(file, IngestOptions.defaults());
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.txt"));
        IngestException e = failure(file);
        assertEquals(file, e.path());
        assertTrue(e.getMessage().startsWith(file + ": empty file"), e.getMessage());
    }

    @Test
    void whitespaceOnlyFileIsEmpty() throws Exception {
        IngestException e = failure(Articles.write(dir, "blank.txt", " \n\n\t\n"));
        assertTrue(e.getMessage().contains("empty file"), e.getMessage());
    }

    @Test
    void binaryFileIsRefusedWithTheOffsetOfItsFirstNul() throws Exception {
        Path file = dir.resolve("x.txt");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        IngestException e = failure(file);
        assertEquals(file + ": binary file (NUL bytes at offset 8); expected a news article as plain text or HTML",
                e.getMessage());
    }

    @Test
    void fileOverTheSizeLimitIsRefused() throws Exception {
        Path file = Articles.write(dir, "big.txt", STORY.repeat(50));
        IngestException e = failure(file, IngestOptions.defaults().withMaxBytes(1000));
        assertTrue(e.getMessage().startsWith(file + ": file too large"), e.getMessage());
        assertTrue(e.getMessage().contains("1,000 bytes"), e.getMessage());
    }

    @Test
    void defaultSizeLimitIsFiveMegabytes() {
        assertEquals(5L * 1024 * 1024, IngestOptions.defaults().maxBytes());
    }

    @Test
    void htmlWithoutArticleTextIsRefused() throws Exception {
        Path file = Articles.write(dir, "nav.html", "<html><body><nav><a href='/'>Home</a></nav>"
                + "<footer><p>\u00a9 2015 Example</p></footer></body></html>");
        IngestException e = failure(file);
        assertTrue(e.getMessage().startsWith(file + ": no article text found"), e.getMessage());
    }

    @Test
    void binaryFileNamedHtmlIsRefusedBeforeParsing() throws Exception {
        Path file = dir.resolve("photo.html");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        IngestException e = failure(file);
        assertEquals(file + ": binary file (NUL bytes at offset 8); expected a news article as plain text or HTML",
                e.getMessage());
    }

    @Test
    void pageOfOnlyChromeIsRefused() throws Exception {
        // Main-content extraction finds the "most content-like" block of any page: chrome alone must still fail.
        Path file = Articles.write(dir, "chrome.html", "<html><head><title>Example News</title></head><body>"
                + "<div class='x-ov'><p>We use cookies to personalise content and ads. By clicking Accept you agree.</p>"
                + "<button>Accept</button></div><ul class='mnu'><li><a href='/news'>News</a></li>"
                + "<li><a href='/sports'>Sports</a></li><li><a href='/business'>Business</a></li></ul>"
                + "<div class='m-rl'><h3>Related stories</h3><div><a href='/a'><p>Council approves new budget for the "
                + "library after long debate</p></a></div><div><a href='/b'><p>Ferry fares to rise 2.5 percent in "
                + "October, state says</p></a></div></div><div class='ftr'><a href='/about'>About us</a> "
                + "<a href='/privacy'>Privacy Policy</a><p>\u00a9 2017 Example News. All rights reserved.</p></div>"
                + "</body></html>");
        IngestException e = failure(file);
        assertTrue(e.getMessage().startsWith(file + ": no article text found"), e.getMessage());
    }

    @Test
    void textOfOnlyFurnitureIsRefused() throws Exception {
        IngestException e = failure(Articles.write(dir, "furniture.txt", "Advertisement\n\nShare\n\nLatest Headlines\n"));
        assertTrue(e.getMessage().contains("no article text found"), e.getMessage());
    }

    @Test
    void undecodableTextIsRefused() throws Exception {
        Path file = dir.resolve("bad.txt");
        // A UTF-8 byte-order mark followed by bytes that are not UTF-8.
        Files.write(file, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xC3, 0x28, 'b'});
        IngestException e = failure(file);
        assertTrue(e.getMessage().contains("cannot decode"), e.getMessage());
    }

    @Test
    void missingFileIsNamed() {
        Path file = dir.resolve("nope.txt");
        assertEquals(file + ": no such file", failure(file).getMessage());
    }

    @Test
    void batchOverAMixedFolderReportsEachFailureAndCarriesOn() throws Exception {
        Articles.write(dir, "01-good.txt", STORY);
        Files.createFile(dir.resolve("02-empty.txt"));
        Files.write(dir.resolve("03-binary.txt"), new byte[] {1, 2, 0, 4});
        Articles.write(dir, "04-good.html", "<html><body><article><h1>Title</h1><p>Some text of the story.</p>"
                + "</article></body></html>");
        Articles.write(dir, "05-notes.pdf", "not an article");
        Articles.write(dir, ".hidden.txt", STORY);
        Files.createDirectory(dir.resolve("sub"));
        Articles.write(dir.resolve("sub"), "06-good.txt", STORY);

        List<String> read = new ArrayList<>();
        Map<Path, String> failed = new LinkedHashMap<>();
        BatchResult result = ArticleReader.create(IngestOptions.defaults()).readAll(List.of(dir),
                a -> read.add(a.source().fileName()), (p, e) -> failed.put(p, e.getMessage()));

        assertEquals(List.of("01-good.txt", "04-good.html", "06-good.txt"), read);
        assertEquals(List.of(dir.resolve("02-empty.txt"), dir.resolve("03-binary.txt")), List.copyOf(failed.keySet()));
        assertTrue(failed.get(dir.resolve("02-empty.txt")).contains("empty file"));
        assertTrue(failed.get(dir.resolve("03-binary.txt")).contains("binary file"));
        assertEquals("3 articles read, 2 files failed", result.summary());
        assertTrue(!result.allRead());
    }

    @Test
    void unsupportedFileNamedExplicitlyIsReportedNotSkipped() throws Exception {
        Path pdf = Articles.write(dir, "notes.pdf", "not an article");
        Map<Path, String> failed = new LinkedHashMap<>();
        BatchResult result = ArticleReader.create(IngestOptions.defaults()).readAll(List.of(pdf), a -> { },
                (p, e) -> failed.put(p, e.getMessage()));
        assertEquals(1, result.failed().size());
        assertTrue(failed.get(pdf).contains("unsupported file type \".pdf\""), failed.get(pdf));
    }

    @Test
    void batchOfGoodFilesHasNoFailures() throws Exception {
        Path a = Articles.write(dir, "a.txt", STORY);
        BatchResult result = ArticleReader.create(IngestOptions.defaults()).readAll(List.of(a), x -> { }, (p, e) -> { });
        assertTrue(result.allRead());
        assertEquals("1 article read, 0 files failed", result.summary());
        assertEquals(STORY, Files.readString(a, StandardCharsets.UTF_8));
    }
}
