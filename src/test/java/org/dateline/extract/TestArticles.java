package org.dateline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.ingest.Article;
import org.dateline.ingest.Block;
import org.dateline.ingest.BlockKind;
import org.dateline.ingest.DateSource;
import org.dateline.ingest.PublicationDate;
import org.dateline.ingest.SourceFormat;
import org.dateline.model.Span;

/** Builds small in-memory articles for behaviour tests: one block per paragraph. */
public final class TestArticles {
    private TestArticles() { }

    /**
     * An article published on {@code published} (may be null) whose paragraphs are body blocks, or
     * blocks of another kind when written {@code "HEADLINE|text"}, {@code "STANDFIRST|text"} ...
     */
    public static Article of(LocalDate published, String... paragraphs) {
        return published(null, published, paragraphs);
    }

    /** As {@link #of(LocalDate, String...)}, for an article its metadata says {@code publisher} published. */
    public static Article published(String publisher, LocalDate published, String... paragraphs) {
        StringBuilder text = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        for (String p : paragraphs) {
            BlockKind kind = BlockKind.BODY;
            int bar = p.indexOf('|');
            if (bar > 0 && p.substring(0, bar).matches("[A-Z]+")) {
                kind = BlockKind.valueOf(p.substring(0, bar));
                p = p.substring(bar + 1);
            }
            int start = text.length();
            text.append(p).append("\n\n");
            blocks.add(new Block(kind, new Span(start, start + p.length()), p));
        }
        return new Article(null, SourceFormat.TEXT, text.toString(), "", "test",
                blocks.stream().filter(b -> b.kind() == BlockKind.HEADLINE).findFirst().orElse(null), List.of(), null,
                publisher, null, null, published == null ? null : new PublicationDate(published, DateSource.OPTION),
                List.of(), blocks);
    }

    /** A body-only article from paragraphs separated by blank lines. */
    public static Article of(String body, LocalDate published) {
        return of(published, body.split("\n\n"));
    }
}
