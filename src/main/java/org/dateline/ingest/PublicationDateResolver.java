package org.dateline.ingest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Settles an article's publication date, most explicit source first: page metadata; a "Published" line (an
 * all-numeric one that can be read two ways, in the reading the dateline's month and day agree with, else the one
 * the story settles by a weekday or an "Updated" stamp); the
 * dateline's month and day with the year inferred from the page's "Updated" stamp, the {@code --date} option or a
 * date printed in the text; an "Updated" line (a story is
 * updated on or after the day it is published, mostly the same day; reported as {@link DateSource#TEXT}); the
 * {@code --date} option; the file's modification time, or when a page was fetched (a web archive record's date); for
 * a dateline's month and day, only the year comes from these ({@link DateSource#DATELINE_FILE_YEAR},
 * {@link DateSource#DATELINE_FETCH_YEAR}).
 */
final class PublicationDateResolver {
    private PublicationDateResolver() { }

    /**
     * @param savedOn the day the file was saved or the page fetched, or null
     * @param saved   which of the two {@code savedOn} is ({@link DateSource#FILE_TIME} or {@link DateSource#FETCH_TIME})
     */
    static PublicationDate resolve(Draft d, LocalDate option, LocalDate savedOn, DateSource saved) {
        if (d.metadataDate != null) {
            return new PublicationDate(d.metadataDate, DateSource.METADATA);
        }
        if (d.publishedLineDate != null) {
            return new PublicationDate(d.publishedLineDate, DateSource.PUBLISHED_LINE);
        }
        if (d.dateline != null && d.dateline.date() != null) {
            // "Published on 04/03/2026" over "MADRID, March 4 (AFP)": the reading the dateline agrees with.
            for (LocalDate reading : d.publishedLineReadings) {
                if (MonthDay.from(reading).equals(d.dateline.date())) {
                    return new PublicationDate(reading, DateSource.PUBLISHED_LINE);
                }
            }
            LocalDate witness = witness(d, option);
            if (witness != null) {
                return new PublicationDate(nearest(d.dateline.date(), witness), DateSource.DATELINE);
            }
            if (savedOn != null) {
                // A file is saved, and a page fetched, after the story is filed: the latest such day not after then.
                MonthDay md = d.dateline.date();
                int year = savedOn.getYear();
                while (!md.isValidYear(year) || md.atYear(year).isAfter(savedOn)) {
                    year--;
                }
                return new PublicationDate(md.atYear(year), saved == DateSource.FETCH_TIME
                        ? DateSource.DATELINE_FETCH_YEAR : DateSource.DATELINE_FILE_YEAR);
            }
        }
        LocalDate settled = readingTheStorySettles(d);
        if (settled != null) {
            return new PublicationDate(settled, DateSource.PUBLISHED_LINE);
        }
        if (d.updatedLineDate != null) {
            return new PublicationDate(d.updatedLineDate, DateSource.TEXT);
        }
        if (option != null) {
            return new PublicationDate(option, DateSource.OPTION);
        }
        return savedOn == null ? null : new PublicationDate(savedOn, saved);
    }

    /**
     * Of the two readings of an all-numeric "Published" date with no dated dateline to settle it ("Issued on:
     * 04/03/2026"), the one the story settles, or null: the one reading that falls on a weekday its first paragraph
     * names ("a study published on Wednesday": a same-day report tells of its day by weekday), else the one reading
     * in the week up to the page's "Updated" stamp. Unsettled, neither is taken: 03/10 is 3 October in British copy
     * and March 10 in American copy.
     */
    private static LocalDate readingTheStorySettles(Draft d) {
        if (d.publishedLineReadings.isEmpty()) {
            return null;
        }
        String first = d.blocks.stream().filter(b -> b.kind() == BlockKind.BODY).map(Block::text).findFirst().orElse("");
        Set<DayOfWeek> named = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (Pattern.compile("\\b" + day.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "\\b").matcher(first).find()) {
                named.add(day);
            }
        }
        List<LocalDate> onNamedDays = d.publishedLineReadings.stream().filter(r -> named.contains(r.getDayOfWeek())).toList();
        if (onNamedDays.size() == 1) {
            return onNamedDays.get(0);
        }
        if (d.updatedLineDate != null) {
            List<LocalDate> inTheWeek = d.publishedLineReadings.stream().filter(r -> !r.isAfter(d.updatedLineDate)
                    && ChronoUnit.DAYS.between(r, d.updatedLineDate) <= 7).toList();
            if (inTheWeek.size() == 1) {
                return inTheWeek.get(0);
            }
        }
        return null;
    }

    /**
     * A date near the story's: the page's "Updated" stamp, else the user's {@code --date} (what the user says of the
     * story beats a date the story mentions, which may be of another event), else a "Published" date that can be read
     * two ways (its year is sure), else the first date printed in it.
     */
    private static LocalDate witness(Draft d, LocalDate option) {
        if (d.updatedLineDate != null) {
            return d.updatedLineDate;
        }
        if (option != null) {
            return option;
        }
        if (!d.publishedLineReadings.isEmpty()) {
            return d.publishedLineReadings.get(0);
        }
        for (TextDates.Found f : d.textDates) {
            return f.day() != null ? f.day() : f.month().atDay(15);
        }
        return null;
    }

    /**
     * The year that puts {@code md} closest to {@code witness}: a story filed on Jan. 2 with a caption of
     * Dec. 30, 2015 is from 2016.
     */
    static LocalDate nearest(MonthDay md, LocalDate witness) {
        LocalDate best = null;
        for (int y = witness.getYear() - 1; y <= witness.getYear() + 1; y++) {
            if (!md.isValidYear(y)) {
                continue;
            }
            LocalDate candidate = md.atYear(y);
            if (best == null || Math.abs(ChronoUnit.DAYS.between(candidate, witness))
                    < Math.abs(ChronoUnit.DAYS.between(best, witness))) {
                best = candidate;
            }
        }
        return best;
    }
}
