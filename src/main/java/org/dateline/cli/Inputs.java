package org.dateline.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.dateline.ingest.ArticleReader;

/** The files the user's paths stand for, as the ingest stage expands them (see {@link ArticleReader#files}). */
final class Inputs {
    private Inputs() { }

    static List<Path> expand(List<Path> paths) {
        try {
            return ArticleReader.files(paths);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list a folder: " + e.getMessage(), e);
        }
    }

    static boolean isArticleFile(Path p) {
        return ArticleReader.isArticleFile(p);
    }
}
