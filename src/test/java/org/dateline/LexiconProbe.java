package org.dateline;

import java.nio.file.Path;
import org.dateline.extract.Extractor;
import org.dateline.ingest.Article;
import org.dateline.ingest.ArticleReader;
import org.dateline.ingest.IngestOptions;
import org.dateline.knowledge.Gazetteer;

/**
 * Reads and extracts articles and prints what was found, one line per article: what {@link LexiconFilesTest} runs in a
 * JVM whose knowledge files are overridden with {@code -Ddateline.data}.
 */
public final class LexiconProbe {
    private LexiconProbe() { }

    /** What reading and extraction find in the article, on one line. */
    static String summary(ArticleReader reader, Extractor extractor, Path file) throws Exception {
        Article a = reader.read(file);
        return (a + " " + extractor.extract(a)).replace('\n', ' ');
    }

    public static void main(String[] args) throws Exception {
        ArticleReader reader = ArticleReader.create(IngestOptions.defaults());
        Extractor extractor = Extractor.create(Gazetteer.loadDefault());
        for (String file : args) {
            System.out.println(summary(reader, extractor, Path.of(file)));
        }
    }
}
