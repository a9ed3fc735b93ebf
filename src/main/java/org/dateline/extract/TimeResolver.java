package org.dateline.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.ingest.BlockKind;
import org.dateline.model.Span;

/**
 * Finds time expressions and resolves them to days against the article's date: explicit dates
 * ("Oct. 2", "24 June 2016"), weekdays ("on Saturday", "last Friday", "early Tuesday", "Thursday
 * evening") and relative days ("a day earlier", "yesterday"). A bare weekday is the latest such day
 * on or before the report's date unless the clause speaks of the future ("will", "is due to").
 * Months, years and spans ("earlier this month") are kept as mentions with no day: never guessed.
 */
final class TimeResolver {
    private static final Pattern RE_ORDINAL_SUFFIX = Pattern.compile("(?:st|nd|rd|th)$");
    /** A day of the month: one or two digits, perhaps with an ordinal suffix ("2", "21st"). */
    private static final Pattern DAY = Pattern.compile("\\p{Nd}{1,2}(?:st|nd|rd|th)?");
    /** A year of the last centuries or this one. */
    private static final Pattern YEAR = Pattern.compile("(?:18|19|20)\\p{Nd}{2}");
    private static final Pattern ISO_DATE = Pattern.compile("(?:19|20)\\d\\d-\\d\\d-\\d\\d");

    private final Lexicon lex;
    private final PhraseIndex relative;
    private final FutureCues futureCues;
    /** Lower-case words that, before a month or a year, make a time mention ("in October", "since 2014"). */
    private final Set<String> monthPrepositions;
    /** Words and the years they move a date by ("March 29 next year"). */
    private final Map<String, String> yearShifts = new HashMap<>();
    private final Set<String> yearDeterminers;
    private final Set<String> conjunctions;
    private final Set<String> partsOfDay;
    /**
     * The lower-case words an expression can start with: a relative day's first word, a weekday's modifier, a
     * month's preposition. Every other expression starts with a capital or a digit (weekdays, months, days, years,
     * ISO dates) while the lexicon's months are capitalised; null when they are not.
     */
    private final Set<String> lowerStarts;

    TimeResolver(Lexicon lex) {
        this.lex = lex;
        this.relative = PhraseIndex.of(List.copyOf(lex.relativeDays.keySet()), true);
        this.futureCues = new FutureCues(lex.futureCues);
        this.monthPrepositions = Lexicon.hashSet(lex.timeWords.get("month-preposition"));
        for (String shift : lex.timeWords.get("year-shift")) {
            String[] wordAndYears = shift.split("\\s+");
            yearShifts.put(wordAndYears[0], wordAndYears[1]);
        }
        this.yearDeterminers = Lexicon.hashSet(lex.timeWords.get("year-determiner"));
        this.conjunctions = Lexicon.hashSet(lex.timeWords.get("conjunction"));
        this.partsOfDay = Lexicon.hashSet(lex.timeWords.get("part-of-day"));
        Set<String> starts = new HashSet<>(relative.firstWords());
        starts.addAll(lex.timeModifiers.keySet());
        starts.addAll(monthPrepositions);
        boolean monthsCapitalised = lex.months.keySet().stream().allMatch(k -> Character.isUpperCase(k.charAt(0)));
        this.lowerStarts = monthsCapitalised ? Lexicon.hashSet(starts) : null;
    }

    /** A time expression found among the tokens: its kind and the parts needed to resolve it. */
    private record Raw(int start, int end, String kind, String a, String b, String c, BlockText bt) { }

    List<TimeMention> find(List<BlockText> blocks, LocalDate reference) {
        List<Raw> raws = new ArrayList<>();
        for (BlockText bt : blocks) {
            if (bt.block.kind() != BlockKind.HEADLINE) {
                scan(bt, raws);
            }
        }
        List<TimeMention> out = new ArrayList<>();
        // The last day resolved anywhere, the last one on or before the report's date (what "a day
        // earlier" looks back from: never a day still to come), and the last one in the current sentence.
        LocalDate previous = reference;
        LocalDate previousPast = reference;
        LocalDate inSentence = null;
        BlockText sentenceBlock = null;
        int sentence = -1;
        for (Raw r : raws) {
            int si = r.bt().sentenceAt(r.start());
            if (r.bt() != sentenceBlock || si != sentence) {
                sentenceBlock = r.bt();
                sentence = si;
                inSentence = null;
            }
            LocalDate d = resolve(r, reference, previous, previousPast, inSentence);
            if (d != null) {
                previous = d;
                inSentence = d;
                if (reference == null || !d.isAfter(reference)) {
                    previousPast = d;
                }
            }
            out.add(new TimeMention(new Span(r.start(), r.end()), r.bt().slice(r.start(), r.end()), d));
        }
        return out;
    }

    /** One pass over the block's tokens; at each word, the longest expression starting there wins. */
    private void scan(BlockText bt, List<Raw> out) {
        List<BlockText.Token> t = bt.tokens;
        List<String> lower = bt.lower;
        int i = 0;
        while (i < t.size()) {
            Raw r = at(bt, t, lower, i);
            if (r == null) {
                i++;
                continue;
            }
            out.add(r);
            while (i < t.size() && t.get(i).start() < r.end()) {
                i++;
            }
        }
    }

    private Raw at(BlockText bt, List<BlockText.Token> t, List<String> lower, int i) {
        String w = t.get(i).text();
        // Whether the word may start a relative day, be a weekday's modifier or a month's preposition.
        boolean lowerStart = lowerStarts == null || lowerStarts.contains(lower.get(i));
        if (!lowerStart && Character.isLowerCase(w.charAt(0))) {
            return null;
        }
        String next = i + 1 < t.size() ? t.get(i + 1).text() : "";
        // Relative days ("a day earlier", "yesterday", "earlier this month").
        int rl = lowerStart ? relative.longestAtLower(lower, i) : 0;
        if (rl > 0) {
            return new Raw(t.get(i).start(), t.get(i + rl - 1).end(), "rel", String.join(" ", lower.subList(i, i + rl)),
                    null, null, bt);
        }
        // Weekday with its modifier ("last Friday", "early Tuesday") and part of day ("Thursday evening").
        String mod = lowerStart && lex.timeModifiers.containsKey(lower.get(i)) ? lower.get(i) : null;
        int wi = mod != null ? i + 1 : i;
        if (wi < t.size() && Character.isUpperCase(t.get(wi).text().charAt(0))) {
            // "Tuesday's vote": the possessive still names the day.
            String day = t.get(wi).text();
            boolean possessive = day.endsWith("'s") || day.endsWith("’s");
            if (possessive) {
                day = day.substring(0, day.length() - 2);
            }
            if (lex.isWeekday(day)) {
                int end = wi;
                if (!possessive && end + 1 < t.size() && partsOfDay.contains(lower.get(end + 1))) {
                    end++;
                }
                int endOffset = possessive && end == wi ? t.get(wi).end() - 2 : t.get(end).end();
                return new Raw(t.get(i).start(), endOffset, "wd", mod, day, null, bt);
            }
        }
        // "2019-04-20": an ISO date, as web pages and data tables print it.
        if (w.length() == 10 && ISO_DATE.matcher(w).matches()) {
            int mo = Integer.parseInt(w.substring(5, 7));
            if (mo >= 1 && mo <= 12) {
                String name = Month.of(mo).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
                return new Raw(t.get(i).start(), t.get(i).end(), "date", name, w.substring(8, 10), w.substring(0, 4), bt);
            }
        }
        // "Oct. 2", "October 2, 2015", "August 25".
        Month m = lex.month(w);
        if (m != null && isDay(next)) {
            int end = i + 1;
            String year = null;
            if (end + 2 < t.size() && t.get(end + 1).text().equals(",") && isYear(t.get(end + 2).text())) {
                year = t.get(end + 2).text();
                end += 2;
            } else if (end + 1 < t.size() && isYear(t.get(end + 1).text())) {
                year = t.get(end + 1).text();
                end += 1;
            }
            if (year == null && end + 2 < t.size() && lower.get(end + 2).equals("year")
                    && yearShifts.containsKey(lower.get(end + 1))) {
                year = yearShifts.get(lower.get(end + 1));
                end += 2;
            }
            return new Raw(t.get(i).start(), t.get(end).end(), "date", w, next, year, bt);
        }
        // "24 June 2016", "15 February".
        if (lex.isMonth(next) && Character.isUpperCase(next.charAt(0)) && isDay(w)) {
            int end = i + 1;
            String year = null;
            if (end + 1 < t.size() && isYear(t.get(end + 1).text())) {
                year = t.get(end + 1).text();
                end++;
            }
            return new Raw(t.get(i).start(), t.get(end).end(), "date", next, w, year, bt);
        }
        // "the 2010 census", "its 2012 election": a year that dates the noun after it.
        if (i > 0 && yearDeterminers.contains(lower.get(i - 1)) && i + 1 < t.size()
                && Character.isLowerCase(next.charAt(0)) && !conjunctions.contains(next) && isYear(w)) {
            return new Raw(t.get(i).start(), t.get(i).end(), "year", null, null, null, bt);
        }
        // "in October", "since April 2014", "in 1992": no day, kept unresolved.
        if (lowerStart && monthPrepositions.contains(lower.get(i)) && i + 1 < t.size()) {
            boolean dayFollows = i + 2 < t.size() && isDay(t.get(i + 2).text());
            if (lex.isMonth(next) && Character.isUpperCase(next.charAt(0)) && !dayFollows
                    && !(next.equals("May") && !lower.get(i).equals("in") && !lower.get(i).equals("since"))) {
                int end = i + 1;
                if (end + 1 < t.size() && isYear(t.get(end + 1).text())) {
                    end++;
                }
                return new Raw(t.get(i).start(), t.get(end).end(), "month", null, null, null, bt);
            }
            if (isYear(next) && !lower.get(i).equals("of") || isYear(next) && lower.get(i).equals("of") && i > 0
                    && lower.get(i - 1).equals("end")) {
                return new Raw(t.get(i).start(), t.get(i + 1).end(), "year", null, null, null, bt);
            }
        }
        return null;
    }

    /** Whether the word is a day of the month ("2", "21st"). */
    static boolean isDay(String s) {
        return DAY.matcher(s).matches();
    }

    /** Whether the word is a year from 1800 to 2099. */
    static boolean isYear(String s) {
        return YEAR.matcher(s).matches();
    }

    private LocalDate resolve(Raw r, LocalDate reference, LocalDate previous, LocalDate previousPast,
                              LocalDate inSentence) {
        switch (r.kind()) {
            case "date" -> {
                return date(lex.month(r.a()), RE_ORDINAL_SUFFIX.matcher(r.b()).replaceFirst(""), r.c(), reference,
                        futureClause(r));
            }
            case "wd" -> {
                if (reference == null) {
                    return null;
                }
                DayOfWeek day = DayOfWeek.of(lex.weekdays.get(r.b()));
                String mod = r.a();
                String dir = mod == null ? "past" : lex.timeModifiers.getOrDefault(mod, "past");
                if ("past".equals(dir) && futureClause(r)) {
                    dir = "future";
                }
                return switch (dir) {
                    case "strict-past" -> reference.with(TemporalAdjusters.previous(day));
                    case "future" -> reference.with(TemporalAdjusters.nextOrSame(day));
                    case "strict-future" -> reference.with(TemporalAdjusters.next(day));
                    default -> reference.with(TemporalAdjusters.previousOrSame(day));
                };
            }
            case "rel" -> {
                int[] rel = lex.relativeDays.get(r.a());
                if (rel == null || rel[2] == 0) {
                    return null;
                }
                LocalDate anchor = switch (rel[1]) {
                    // "a day earlier" looks back from a day that has happened; "a day later" from any.
                    case 1 -> rel[0] < 0 ? previousPast : previous;
                    // "…, a day after X": X's day counts back from the day just named in the sentence.
                    case 2 -> inSentence;
                    default -> reference;
                };
                return anchor == null ? null : anchor.plusDays(rel[0]);
            }
            default -> {
                return null;
            }
        }
    }

    /** Whether the clause before the weekday speaks of the future ("will meet on Monday"). */
    private boolean futureClause(Raw r) {
        BlockText bt = r.bt();
        int sent = bt.sentenceAt(r.start());
        String lead = bt.slice(bt.sentences.get(sent).start(), r.start()).toLowerCase(Locale.ROOT);
        int cut = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'));
        if (cut >= 0 && lead.length() - cut > 3) {
            lead = lead.substring(cut + 1);
        }
        return futureCues.in(lead);
    }

    private static LocalDate date(Month month, String day, String year, LocalDate reference, boolean future) {
        if (month == null) {
            return null;
        }
        int d = Integer.parseInt(day);
        if (d < 1 || d > month.maxLength()) {
            return null;
        }
        if (year != null && !year.startsWith("+") && !year.startsWith("-")) {
            try {
                return LocalDate.of(Integer.parseInt(year), month, d);
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        if (reference == null) {
            return null;
        }
        try {
            if (year != null) {
                // "March 29 next year", "Dec. 5 last year".
                return LocalDate.of(reference.getYear() + Integer.parseInt(year), month, d);
            }
            LocalDate candidate = LocalDate.of(reference.getYear(), month, d);
            // News looks back: a day-month more than a week after the report date belongs to the year
            // before, unless the clause speaks of the future ("will meet on June 28").
            if (!future && candidate.isAfter(reference.plusDays(7))) {
                candidate = candidate.minusYears(1);
            } else if (candidate.isBefore(reference.minusMonths(9))) {
                candidate = candidate.plusYears(1);
            }
            return candidate;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

}
