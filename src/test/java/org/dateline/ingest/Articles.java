package org.dateline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test helpers: write a small article to a file and read it back. */
final class Articles {
    private Articles() { }

    static Path write(Path dir, String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    static Article read(Path file) throws IngestException {
        Article a = ArticleReader.create(IngestOptions.defaults()).read(file);
        assertSpansHold(a);
        return a;
    }

    static Article read(Path dir, String name, String content) throws IOException, IngestException {
        return read(write(dir, name, content));
    }

    /** Every block is exactly its span of the text, so later stages can point back into the source. */
    static void assertSpansHold(Article a) {
        for (Block b : a.blocks()) {
            assertEquals(b.span().of(a.text()), b.text(), "block " + b.kind());
        }
        for (Image i : a.images()) {
            assertEquals(i.caption().replaceAll("\\s+", " "), i.captionSpan().of(a.text()).replaceAll("\\s+", " "));
            if (i.photographerSpan() != null) {
                assertEquals(i.photographer(), i.photographerSpan().of(a.text()));
            }
        }
        if (a.dateline() != null && a.dateline().placeSpan() != null) {
            assertEquals(a.dateline().place().toLowerCase(), a.dateline().placeSpan().of(a.text()).toLowerCase());
        }
    }
}
