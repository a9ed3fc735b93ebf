package org.dateline.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dateline.model.Span;

/**
 * What a format reader found in a file, before the parts every format shares (publication date, slug,
 * checksum) are settled by {@link ArticleReader}. Mutable and confined to one read.
 */
final class Draft {
    String text;
    SourceFormat format;
    final List<Block> blocks = new ArrayList<>();
    final List<Author> authors = new ArrayList<>();
    final List<Image> images = new ArrayList<>();
    String agency;
    String publisher;
    /** The site's name printed over its menu in pasted page text ("Chicago Tribune"), or null. */
    String masthead;
    String url;
    Dateline dateline;
    /** A date from page metadata (JSON-LD, {@code article:published_time}), or null. */
    LocalDate metadataDate;
    /** A date from a "Published …" line, or null. */
    LocalDate publishedLineDate;
    /**
     * The two readings of an all-numeric "Published" date that can be read either way ("04/03/2026": 4 March or
     * April 3), day-first first; empty when there is none or {@link #publishedLineDate} is set.
     */
    final List<LocalDate> publishedLineReadings = new ArrayList<>();
    /** A date from an "Updated …" line, or null: a later witness than the publication date, used only without one. */
    LocalDate updatedLineDate;
    /** Dates printed in the article's own text (captions first), to infer a dateline's year from. */
    final List<TextDates.Found> textDates = new ArrayList<>();

    Block add(BlockKind kind, Span span) {
        Block b = new Block(kind, span, span.of(text));
        blocks.add(b);
        return b;
    }

    /** The first headline block, or null. A loop: readers ask on every line, and the headline usually comes first. */
    Block headline() {
        for (Block b : blocks) {
            if (b.kind() == BlockKind.HEADLINE) {
                return b;
            }
        }
        return null;
    }

    List<Block> ordered() {
        return blocks.stream().sorted(Comparator.comparingInt((Block b) -> b.span().start())).toList();
    }
}
