package org.dateline.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.knowledge.DataFiles;

/** Finds calendar dates printed in running text ("August 23, 2015", "24 June 2016", "October 2015"). */
final class TextDates {
    /** A date found in text: a whole day, or only a month of a year. */
    record Found(LocalDate day, YearMonth month, int start, int end) {
        int year() {
            return day != null ? day.getYear() : month.getYear();
        }
    }

    private static final String M = "(?<m>" + Months.ALTERNATION + ")\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + M + "\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*|\\s+)(?<y>\\d{4})\\b"); // "Mar 23,2031" too
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+" + M + ",?\\s+(?<y>\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(?<y>\\d{4})-(?<mm>\\d{2})-(?<d>\\d{2})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + M + ",?\\s+(?<y>\\d{4})\\b");
    /** Every date the patterns below find has a four-digit year: text without four digits in a row holds none. */
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
    /** The patterns of whole dates, tried in this order. */
    private static final List<Pattern> WHOLE_DATES = List.of(MONTH_DAY_YEAR, DAY_MONTH_YEAR, ISO);

    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:" + String.join("|",
            DataFiles.entries("lexicon/weekdays.txt").stream().map(Pattern::quote).toList())
            + ")\\b\\.?", Pattern.CASE_INSENSITIVE);
    /** What may print around a date on a line of its own: times (with seconds: "11:47:03.215"), zones, separators. */
    private static final Pattern TIME_AND_PUNCTUATION = Pattern.compile(
            "(?i:\\b\\d{1,2}(?:[:.]\\d{2}){0,2}(?:\\.\\d{1,3})?\\s*(?:a\\.?m\\.?|p\\.?m\\.?)?|\\bat\\b|\\bon\\b)|\\b[A-Z]{2,4}\\b|[\\s,|/•·()\u2013\u2014-]+");

    /** An all-numeric date, "03/10/2015" or "25.10.2015"; its order of day and month depends on the country. */
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})\\b");

    /** "Jun 7, 2017 Updated Jun 8, 2017": when the page was changed, after the date it was published. */
    private static final Pattern UPDATED_TAIL = Pattern.compile(
            "(?i)\\s*[|/\u2022\u00b7-]?\\s*\\b(?:last\\s+)?(?:updated|modified)\\b.*$");

    /** The separators between the parts of a web copy's date line. */
    private static final Pattern SEGMENT = Pattern.compile("\\s+[/|\u2022\u00b7\u25cf]\\s+");

    private TextDates() { }

    static boolean isWeekday(String word) {
        return WEEKDAY.matcher(word.strip()).matches();
    }

    /** Whether a line holds a date and nothing else but a weekday and a time ("Thursday, Feb. 12, 2015 1:47 PM"). */
    static boolean isDateLine(String line) {
        String s = UPDATED_TAIL.matcher(withoutFurniture(line.strip())).replaceFirst("");
        if (s.length() > 60) {
            return false;
        }
        if (onlyDate(s)) {
            return true;
        }
        // "Philippine Daily Inquirer / 05:10 AM October 19, 2027": the outlet's name beside the date.
        String[] parts = SEGMENT.split(s);
        return parts.length == 2 && (onlyDate(parts[0]) && OUTLET.matcher(parts[1]).matches()
                || OUTLET.matcher(parts[0]).matches() && onlyDate(parts[1]));
    }

    /**
     * What a date line prints beside its date, set off by a separator ("Denpasar" in "Denpasar ● Thu, June 10, 2027",
     * "Philippine Daily Inquirer" in "Philippine Daily Inquirer / 05:10 AM October 19, 2027"), or null when the line
     * is no date line or prints the date alone.
     */
    static String besideTheDate(String line) {
        if (!isDateLine(line)) {
            return null;
        }
        String[] parts = SEGMENT.split(UPDATED_TAIL.matcher(withoutFurniture(line.strip())).replaceFirst(""));
        if (parts.length != 2) {
            return null;
        }
        return onlyDate(parts[1]) ? parts[0].strip() : onlyDate(parts[0]) ? parts[1].strip() : null;
    }

    /** An outlet's name as a date line prints it beside the date: one to five capitalised words. */
    private static final Pattern OUTLET = Pattern.compile("\\s*\\p{Lu}[\\p{L}'\u2019.&-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.&-]*){0,4}\\s*");

    /**
     * Whether {@code s} is a date (written out, ISO or all-numeric: "03/16/2027") and nothing else but a weekday and
     * a time.
     */
    private static boolean onlyDate(String s) {
        List<Found> found = find(s);
        StringBuilder rest = new StringBuilder(s);
        if (!found.isEmpty() && found.get(0).day() != null) {
            rest.replace(found.get(0).start(), found.get(0).end(), " ");
        } else {
            Matcher numeric = NUMERIC.matcher(s);
            if (!numeric.find()) {
                return false;
            }
            rest.replace(numeric.start(), numeric.end(), " ");
        }
        String left = WEEKDAY.matcher(rest).replaceAll(" ");
        left = TIME_AND_PUNCTUATION.matcher(left).replaceAll("");
        return left.isEmpty();
    }

    /**
     * The line without the page-furniture parts web copies print beside the date, set off by "/" or "|":
     * "November 25, 2018 / 12:14 PM / Updated 2 hours ago" keeps "November 25, 2018 / 12:14 PM". What counts as
     * furniture is {@code lexicon/boilerplate.txt}'s.
     */
    private static String withoutFurniture(String s) {
        String[] parts = SEGMENT.split(s);
        if (parts.length < 2) {
            return s;
        }
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            if (BoilerplateRules.get().classify(part).kind() != BoilerplateRules.Kind.DROP) {
                kept.add(part);
            }
        }
        return String.join(" / ", kept);
    }

    /** All dates in {@code s}, in order; a month-and-year is reported only where no whole date covers it. */
    static List<Found> find(CharSequence s) {
        List<Found> out = new ArrayList<>();
        if (!FOUR_DIGITS.matcher(s).find()) {
            return out;
        }
        for (Pattern p : WHOLE_DATES) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                LocalDate day = day(m);
                if (day != null && out.stream().noneMatch(f -> f.start() < m.end() && m.start() < f.end())) {
                    out.add(new Found(day, null, m.start(), m.end()));
                }
            }
        }
        Matcher m = MONTH_YEAR.matcher(s);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (out.stream().noneMatch(f -> f.start() < end && start < f.end())) {
                out.add(new Found(null, YearMonth.of(Integer.parseInt(m.group("y")), Months.number(m.group("m"))),
                        start, end));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static LocalDate day(Matcher m) {
        try {
            int month = hasGroup(m, "mm") ? Integer.parseInt(m.group("mm")) : Months.number(m.group("m"));
            return LocalDate.of(Integer.parseInt(m.group("y")), month, Integer.parseInt(m.group("d")));
        } catch (DateTimeException | IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean hasGroup(Matcher m, String name) {
        try {
            return m.group(name) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The date after a "Published" label: a written-out or ISO date, else an all-numeric one that can be read only
     * one way (a part above 12, day and month equal, or dots between the parts: day first). "03/10/2015" is 3 October
     * in British copy and March 10 in American copy: null.
     */
    static LocalDate labelDay(String s) {
        LocalDate day = firstDay(s);
        if (day != null) {
            return day;
        }
        Matcher m = NUMERIC.matcher(s);
        if (!m.find()) {
            return null;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        int year = Integer.parseInt(m.group(3));
        try {
            if (dayFirstByDots(m)) {
                return LocalDate.of(year, b, a);
            }
            if (a == b || b > 12 && a <= 12) {
                return LocalDate.of(year, a, b);
            }
            if (a > 12 && b <= 12) {
                return LocalDate.of(year, b, a);
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    /**
     * Both readings of an all-numeric date that {@link #labelDay} cannot settle, day-first first ("04/03/2026": 4 March
     * 2026, then April 3, 2026); empty when there is no such date.
     */
    static List<LocalDate> labelReadings(String s) {
        if (firstDay(s) != null) {
            return List.of();
        }
        Matcher m = NUMERIC.matcher(s);
        if (!m.find()) {
            return List.of();
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        int year = Integer.parseInt(m.group(3));
        if (a == b || a < 1 || b < 1 || a > 12 || b > 12 || dayFirstByDots(m)) {
            return List.of();
        }
        try {
            return List.of(LocalDate.of(year, b, a), LocalDate.of(year, a, b));
        } catch (DateTimeException e) {
            return List.of();
        }
    }

    /**
     * "08.11.2025": dots between the parts are how Europe prints day, month and year, in that order; American copy,
     * which puts the month first, uses slashes.
     */
    private static boolean dayFirstByDots(Matcher m) {
        return m.group().indexOf('.') > 0;
    }

    /** Whether {@code s} holds a date of any kind a "Published" label can carry, readable or ambiguous. */
    static boolean hasLabelDate(String s) {
        return firstDay(s) != null || NUMERIC.matcher(s).find();
    }

    /** The single whole date a short line consists of ("24 June 2016", "Thursday, February 12, 2015"), or null. */
    static LocalDate firstDay(CharSequence s) {
        return find(s).stream().filter(f -> f.day() != null).map(Found::day).findFirst().orElse(null);
    }
}
