package org.dateline.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dateline.ingest.BlockKind;
import org.dateline.ingest.Span;

/**
 * Finds time expressions and resolves them to days against the article's date: explicit dates
 * ("Oct. 2", "24 June 2016"), weekdays ("on Saturday", "last Friday", "early Tuesday", "Thursday
 * evening") and relative days ("a day earlier", "yesterday"). A bare weekday is the latest such day
 * on or before the report's date unless the clause speaks of the future ("will", "is due to").
 * Months, years and spans ("earlier this month") are kept as mentions with no day: never guessed.
 */
final class TimeResolver {
    private final Lexicon lex;
    private final Pattern monthDay;
    private final Pattern dayMonth;
    private final Pattern monthOnly;
    private final Pattern weekday;
    private final Pattern relative;
    private final Pattern yearOnly = Pattern.compile("\\b(?:in|since|by|until|of)\\s+((?:1[89]|20)\\d\\d)\\b");

    TimeResolver(Lexicon lex) {
        this.lex = lex;
        String months = alternation(lex.months.keySet());
        monthDay = Pattern.compile("\\b(" + months + ")(?<!\\.)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?");
        dayMonth = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + months + ")\\b\\.?(?:,?\\s+(\\d{4})\\b)?");
        monthOnly = Pattern.compile("\\b(?:in|since|by|until|early|late|mid-?|last|next|this|of)\\s+(" + months
                + ")(?![.]?\\s+\\d{1,2}\\b(?!\\d))(?:\\s+(\\d{4})\\b)?");
        String mods = alternation(lex.timeModifiers.keySet());
        weekday = Pattern.compile("(?:\\b(" + mods + ")\\s+)?\\b(" + alternation(lex.weekdays.keySet())
                + ")(?:\\s+(morning|afternoon|evening|night))?", Pattern.CASE_INSENSITIVE);
        relative = Pattern.compile("\\b(" + alternation(lex.relativeDays.keySet()) + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    private static String alternation(java.util.Collection<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    private record Raw(int start, int end, String kind, Matcher m, BlockText bt) { }

    List<TimeMention> find(List<BlockText> blocks, LocalDate reference) {
        List<Raw> raws = new ArrayList<>();
        for (BlockText bt : blocks) {
            if (bt.block.kind() == BlockKind.HEADLINE) {
                continue;
            }
            collect(raws, bt, monthDay, "md");
            collect(raws, bt, dayMonth, "dm");
            collect(raws, bt, monthOnly, "mo");
            collect(raws, bt, weekday, "wd");
            collect(raws, bt, relative, "rel");
            collect(raws, bt, yearOnly, "yr");
        }
        raws.sort(Comparator.comparingInt(Raw::start).thenComparing(Comparator.comparingInt(Raw::end).reversed()));
        List<TimeMention> out = new ArrayList<>();
        int lastEnd = -1;
        LocalDate previous = reference;
        for (Raw r : raws) {
            if (r.start() < lastEnd) {
                continue;
            }
            lastEnd = r.end();
            LocalDate d = resolve(r, reference, previous);
            if (d != null) {
                previous = d;
            }
            out.add(new TimeMention(new Span(r.start(), r.end()), r.bt().slice(r.start(), r.end()), d));
        }
        return out;
    }

    private static void collect(List<Raw> raws, BlockText bt, Pattern p, String kind) {
        Matcher m = p.matcher(bt.text);
        while (m.find()) {
            // Weekdays must be capitalised, whatever the case of their modifier.
            if (kind.equals("wd") && !Character.isUpperCase(m.group(2).charAt(0))) {
                continue;
            }
            raws.add(new Raw(bt.offset + m.start(), bt.offset + m.end(), kind, (Matcher) p.matcher(bt.text)
                    .region(m.start(), m.end()), bt));
        }
    }

    private LocalDate resolve(Raw r, LocalDate reference, LocalDate previous) {
        Matcher m = r.m();
        if (!m.lookingAt()) {
            return null;
        }
        switch (r.kind()) {
            case "md" -> {
                return date(lex.months.get(m.group(1)), m.group(2), m.group(3), reference);
            }
            case "dm" -> {
                return date(lex.months.get(m.group(2)), m.group(1), m.group(3), reference);
            }
            case "wd" -> {
                if (reference == null) {
                    return null;
                }
                DayOfWeek day = DayOfWeek.of(lex.weekdays.get(capitalise(m.group(2))));
                String mod = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
                String dir = mod == null ? "past" : lex.timeModifiers.getOrDefault(mod, "past");
                if (mod == null || "on".equals(mod) || "past".equals(dir)) {
                    if (futureClause(r)) {
                        dir = "future";
                    }
                }
                return switch (dir) {
                    case "strict-past" -> reference.with(TemporalAdjusters.previous(day));
                    case "future" -> reference.with(TemporalAdjusters.nextOrSame(day));
                    case "strict-future" -> reference.with(TemporalAdjusters.next(day));
                    default -> reference.with(TemporalAdjusters.previousOrSame(day));
                };
            }
            case "rel" -> {
                int[] rel = lex.relativeDays.get(m.group(1).toLowerCase(Locale.ROOT));
                if (rel == null || rel[2] == 0) {
                    return null;
                }
                LocalDate anchor = rel[1] == 1 ? previous : reference;
                return anchor == null ? null : anchor.plusDays(rel[0]);
            }
            default -> {
                return null;
            }
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1).toLowerCase(Locale.ROOT);
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
        for (String cue : lex.futureCues) {
            if (Pattern.compile("\\b" + Pattern.quote(cue) + "\\b").matcher(lead).find()) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate date(Month month, String day, String year, LocalDate reference) {
        if (month == null) {
            return null;
        }
        int d = Integer.parseInt(day);
        if (d < 1 || d > month.maxLength()) {
            return null;
        }
        if (year != null) {
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
            LocalDate candidate = LocalDate.of(reference.getYear(), month, d);
            // News looks back: a day-month far after the report date belongs to the year before.
            if (candidate.isAfter(reference.plusMonths(3))) {
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
