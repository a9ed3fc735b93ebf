package org.dateline.ingest;

import java.nio.file.Path;

/**
 * One article to read, in the order of a batch: a file of its own, a page read out of a web archive, or a place
 * in the input that could not be read (kept in its place so that a batch reports it in order and goes on).
 */
public sealed interface ArticleSource {
    /** How messages name it. */
    String name();

    /** An article file of its own (.txt, .html), read when its turn comes. */
    record File(Path path) implements ArticleSource {
        @Override
        public String name() {
            return path.toString();
        }
    }

    /** An article's bytes, already read (a web archive's page), with where and when they came from. */
    record Page(Origin origin, byte[] bytes) implements ArticleSource {
        @Override
        public String name() {
            return origin.toString();
        }
    }

    /** A place in the input that could not be read: a damaged archive, a folder with no article in it. */
    record Unreadable(IngestException error) implements ArticleSource {
        @Override
        public String name() {
            return error.path() == null ? "(input)" : error.path().toString();
        }
    }
}
