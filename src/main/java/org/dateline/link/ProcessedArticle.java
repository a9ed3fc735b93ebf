package org.dateline.link;

import java.util.Map;
import org.dateline.extract.Annotations;
import org.dateline.ingest.Article;
import org.dateline.link.Link;

/** An article after ingest, extraction and linking: everything the mapper needs. */
public record ProcessedArticle(Article article, Annotations annotations, Map<String, Link> links) {
    public ProcessedArticle {
        links = Map.copyOf(links);
    }
}
