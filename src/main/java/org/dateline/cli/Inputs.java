package org.dateline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.dateline.ingest.ArticleFiles;
import org.dateline.ingest.ArticleReader;
import org.dateline.ingest.IngestException;

/** The files the user's paths stand for, as the ingest stage lists them (see {@link ArticleFiles}). */
final class Inputs {
    private Inputs() { }

    /** Lists the files and prints, on {@code err}, each place that was skipped and why. */
    static ArticleFiles expand(List<Path> paths, PrintWriter err) {
        ArticleFiles listing = ArticleFiles.of(paths);
        for (IngestException e : listing.skipped()) {
            err.println("dateline: " + e.getMessage());
        }
        return listing;
    }

    static boolean isArticleFile(Path p) {
        return ArticleReader.isArticleFile(p);
    }
}
