package org.dateline.ingest;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Span;

/**
 * Reads the dateline at the head of a story's first paragraph, in the shapes the wires print:
 * {@code MOSCOW, Oct. 3 (UPI) --}, {@code DAMASCUS, Syria, Oct. 4 (UPI) --}, {@code Nov. 25 (UPI) --},
 * {@code MINSK, Belarus (AP) —}, {@code KIEV (Reuters) -}, {@code ABUJA, Nigeria —}, {@code (ANSA) - ROME, APR 16 -},
 * {@code FRANKFURT--}, {@code ISLAMABAD:}.
 */
final class DatelineParser {
    /** A city in capitals: "MOSCOW", "NEW YORK", "ST. LOUIS", "RIO DE JANEIRO", "PORT-AU-PRINCE". */
    private static final String PLACE = "(?<place>\\p{Lu}[\\p{Lu}'\u2019.-]*(?:\\s\\p{Lu}[\\p{Lu}'\u2019.-]*){0,4})";
    /** A country or state as printed after the city: "Syria", "Calif.", "N.Y.", "South Korea". */
    private static final String REGION = "(?<region>\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s\\p{Lu}[\\p{L}'\u2019.-]*){0,3})";
    /**
     * "Oct. 3", "Oct 3, 2015", "Nov. 16th", and the day-first "3 October" and "16th November, 2027" of British,
     * European and Gulf copy.
     */
    private static final String DATE = "(?:(?<month>" + Months.ALTERNATION + ")\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?"
            + "|(?<day2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<month2>" + Months.ALTERNATION + ")\\.?)(?:,?\\s+\\d{4})?";
    private static final String AGENCY = "\\((?<agency>[^()\\n]{1,40})\\)";
    private static final String DASH = "(?<dash>--|\u2014|\u2013|-|_)";
    private static final Pattern DATELINE = Pattern.compile("^[ \\t]*(?:" + PLACE + "(?:,\\s*" + REGION + ")?"
            + "(?:,\\s*|\\s+))?(?:" + DATE + "\\s*)?(?:" + AGENCY + "\\s*)?" + DASH);
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]");
    /**
     * Al Jazeera and other web copy print the city in ordinary case, perhaps its country, and a long dash: "Yenagoa,
     * Nigeria – Nigeria's Peoples Democratic Party …", "Stockholm — Children in Sweden …"; only a city of world
     * geography makes it a dateline.
     */
    private static final Pattern CITY_COUNTRY_THEN_DASH = Pattern.compile("^[ \\t]*(?<place>\\p{Lu}[\\p{L}'\u2019.-]*"
            + "(?:\\s\\p{Lu}[\\p{L}'\u2019.-]*){0,3})(?:,\\s*(?<region>\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s\\p{Lu}[\\p{L}'\u2019.-]*){0,2}))?"
            + "\\s+[\u2014\u2013](?=\\s)");
    /**
     * AFP's web copy prints the city in ordinary case, a country in parentheses (or after a comma) after a city that
     * is no capital, and then the agency: "Porto (AFP) -", "Quilpué (Chile) (AFP) -", "Mende, France (AFP) -"; Indian
     * wires add the country in brackets and the date, and end with a colon: "Bengaluru (Karnataka) [India], March 3
     * (ANI):"; EFE puts a full stop before its hyphen: "Ponta Delgada (Portugal), Feb 7 (EFE).-". Only a known agency
     * makes it a dateline.
     */
    private static final Pattern CITY_THEN_AGENCY = Pattern.compile("^[ \\t]*(?<place>\\p{Lu}[\\p{L}'\u2019.-]*"
            + "(?:\\s\\p{Lu}[\\p{L}'\u2019.-]*){0,3})(?:\\s+\\((?<region>\\p{Lu}[^()\\n]{1,30})\\)"
            + "|,\\s*(?<country>\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s\\p{Lu}[\\p{L}'\u2019.-]*){0,2})(?=\\s+\\())?"
            + "(?:\\s+\\[\\p{Lu}[^\\[\\]\\n]{1,30}\\])?(?:,\\s*" + DATE + ")?\\s+"
            + AGENCY + "(?:\\s*\\.?(?<sep>" + DASH + "|:)(?=\\s)|(?=\\s+\\p{Lu}))");

    /** ANSA prints the agency first, then the city in capitals and the date: "(ANSA) - ROME, APR 16 -". */
    private static final Pattern AGENCY_THEN_CITY = Pattern.compile("^[ \\t]*" + AGENCY + "\\s*" + DASH + "\\s+"
            + PLACE + "(?:,\\s*" + DATE + ")?\\s*(?:--|\u2014|\u2013|-)(?=\\s)");

    /**
     * Dow Jones glues its double hyphen to the story after a city in capitals: "FRANKFURT--Brandtner AG agreed ...", and
     * Nigerian papers a long dash: "ABUJA—A Federal High Court ..."; only a city of world geography makes it a dateline
     * ("BREAKING--" does not).
     */
    private static final Pattern CITY_GLUED_TO_STORY = Pattern.compile(
            "^[ \\t]*(?<place>\\p{Lu}[\\p{Lu}'\u2019.]*(?:\\s\\p{Lu}[\\p{Lu}'\u2019.]*){0,3})(?:--|\u2014)(?=\\p{Lu})");

    /**
     * Pakistani, Indian and Gulf papers end the city with a colon, in capitals or not: "ISLAMABAD: The National
     * Assembly ...", "Dubai: Shares of ..."; only a city of world geography makes it a dateline ("Update: The ...",
     * "Analysis: Why ..." do not).
     */
    private static final Pattern CITY_THEN_COLON = Pattern.compile(
            "^[ \\t]*(?<place>\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s\\p{Lu}[\\p{L}'\u2019.-]*){0,3}):(?=\\s+[\\p{Lu}\"\u201c\\d])");

    /**
     * Tanzanian and Kenyan papers end the city with a full stop: "Zanzibar. Zuhura Mselem Kombo, whose …", "Dar es
     * Salaam. The government …"; a city alone as a sentence opens no story (a full sentence of six words or more must
     * follow: "Leeds. That was where it began." is a feature's opening), and only a city of world geography makes it a
     * dateline.
     */
    private static final Pattern CITY_THEN_FULL_STOP = Pattern.compile(
            "^[ \\t]*(?<place>\\p{Lu}[\\p{L}'\u2019-]*(?:\\s(?:\\p{Ll}{1,3}\\s)?\\p{Lu}[\\p{L}'\u2019-]*){0,3})\\.(?=\\s+[\\p{Lu}\"\u201c][^\\s.!?]*(?:\\s+[^\\s.!?]+){5})");

    /**
     * Anadolu prints the dateline on a line of its own over the story: "RIZE, Türkiye". A city in capitals, perhaps
     * its country, and nothing else; only a city of world geography makes it a dateline.
     */
    private static final Pattern CITY_ON_ITS_OWN_LINE =
            Pattern.compile("^[ \\t]*" + PLACE + "(?:,\\s*" + REGION + ")?[ \\t]*$");

    private DatelineParser() { }

    /** The dateline printed alone on the line {@code text[start, end)} ("RIZE, Türkiye"), or null. */
    static Dateline onItsOwnLine(String text, int start, int end) {
        Matcher m = CITY_ON_ITS_OWN_LINE.matcher(text).region(start, end);
        if (!m.matches() || !KnownCities.contains(m.group("place"))) {
            return null;
        }
        return new Dateline(Names.normalCase(m.group("place")), m.group("region"), null, null,
                new Span(m.start("place"), m.end("place")), new Span(m.start("place"), m.end("place")));
    }

    /** The dateline opening {@code text[start, end)}, or null when the paragraph does not open with one. */
    static Dateline parse(String text, int start, int end) {
        Dateline agencyFirst = agencyThenCity(text, start, end);
        if (agencyFirst != null) {
            return agencyFirst;
        }
        Matcher glued = CITY_GLUED_TO_STORY.matcher(text).region(start, end);
        if (glued.lookingAt() && KnownCities.contains(glued.group("place"))) {
            return knownCityAlone(glued);
        }
        Matcher colon = CITY_THEN_COLON.matcher(text).region(start, end);
        if (colon.lookingAt() && KnownCities.contains(colon.group("place"))) {
            return knownCityAlone(colon);
        }
        Matcher stop = CITY_THEN_FULL_STOP.matcher(text).region(start, end);
        if (stop.lookingAt() && KnownCities.contains(stop.group("place"))) {
            return knownCityAlone(stop);
        }
        Matcher titled = CITY_COUNTRY_THEN_DASH.matcher(text).region(start, end);
        if (titled.lookingAt() && !titled.group("place").equals(titled.group("place").toUpperCase(Locale.ROOT))
                && KnownCities.contains(titled.group("place"))) {
            Span placeSpan = new Span(titled.start("place"), titled.end("place"));
            return new Dateline(titled.group("place"), titled.group("region"), null, null,
                    new Span(titled.start("place"), titled.end()), placeSpan);
        }
        Matcher m = DATELINE.matcher(text).region(start, end);
        if (!m.lookingAt()) {
            return cityThenAgency(text, start, end);
        }
        String place = cityWithoutCityWord(m.group("place"));
        boolean printed = datePrinted(m);
        if (place != null && printed && TextDates.isWeekday(place)) {
            // "MONDAY, Nov. 15, 2027 (HealthDay News) --": the day of the week the date falls on, no place.
            place = null;
        }
        String agency = m.group("agency");
        String dash = m.group("dash");
        if (place == null && !printed && agency == null) {
            return null;
        }
        if (place != null && (NOT_LETTER.matcher(place).replaceAll("").length() < 2 || Months.number(place) != 0)) {
            return null;
        }
        // A bare "WORD -" opens plenty of sentences ("U.S. - China talks"); without a date or agency only a
        // long dash marks a dateline, as newspapers print it ("ABUJA, Nigeria —"), or a city of world geography
        // in capitals before a plain hyphen ("WELLINGTON - A bill ...", as New Zealand papers print it).
        if (!printed && agency == null && (dash.equals("-") || dash.equals("_"))
                && !(place != null && place.equals(place.toUpperCase(Locale.ROOT)) && KnownCities.contains(place))) {
            return null;
        }
        // The dash must be followed by space and then the story, not glued to a word ("X-ray").
        if (m.end() < end && !Character.isWhitespace(text.charAt(m.end()))) {
            return null;
        }
        MonthDay date = printedDay(m);
        if (printed && date == null) {
            return null;
        }
        String agencyName = null;
        if (agency != null) {
            String known = Agencies.shortName(agency);
            agencyName = known != null ? known : agency.strip();
        }
        int spanStart = m.group("place") != null ? m.start("place")
                : printed ? Math.max(m.start("month"), m.start("day2")) : m.start("agency") - 1;
        Span placeSpan = place == null ? null : new Span(m.start("place"), m.start("place") + place.length());
        return new Dateline(Names.normalCase(place), m.group("region"), date, agencyName,
                new Span(spanStart, m.end()), placeSpan);
    }

    /** A dateline that is a city and its separator only ("FRANKFURT--", "ISLAMABAD:"), matched as group "place". */
    private static Dateline knownCityAlone(Matcher m) {
        return new Dateline(Names.normalCase(m.group("place")), null, null, null, new Span(m.start("place"), m.end()),
                new Span(m.start("place"), m.end("place")));
    }

    private static final Pattern CITY_WORD = Pattern.compile("\\s+CITY$");

    /**
     * "TUGUEGARAO CITY" is Tuguegarao when world geography knows the city by its name alone and not with the word
     * (Philippine cities are styled so); "MEXICO CITY", "KANSAS CITY", "QUEZON CITY" are names of their own.
     */
    private static String cityWithoutCityWord(String place) {
        if (place == null || !CITY_WORD.matcher(place).find() || KnownCities.contains(place)) {
            return place;
        }
        String bare = CITY_WORD.matcher(place).replaceFirst("");
        return KnownCities.contains(bare) ? bare : place;
    }

    /**
     * "Porto (AFP) -", "Quilpué (Chile) (AFP) -", "Bengaluru (Karnataka) [India], March 3 (ANI):", "Jos, March 10, 2026
     * (NAN)", or null.
     */
    private static Dateline cityThenAgency(String text, int start, int end) {
        Matcher m = CITY_THEN_AGENCY.matcher(text).region(start, end);
        if (!m.lookingAt()) {
            return null;
        }
        String agency = Agencies.shortName(m.group("agency"));
        if (agency == null) {
            return null;
        }
        MonthDay date = printedDay(m);
        // "Jos, March 10, 2026 (NAN) At least 14 …": Nigeria's agency prints no dash; a city, a date and a known
        // agency in brackets are dateline enough. Without a date, a dash or colon must end it.
        if (datePrinted(m) && date == null || m.group("sep") == null && date == null) {
            return null;
        }
        Span placeSpan = new Span(m.start("place"), m.end("place"));
        String region = m.group("region") != null ? m.group("region") : m.group("country");
        return new Dateline(m.group("place"), region, date, agency, new Span(m.start("place"), m.end()), placeSpan);
    }

    /** "(ANSA) - ROME, APR 16 -", or null: only a known agency makes it a dateline. */
    private static Dateline agencyThenCity(String text, int start, int end) {
        Matcher m = AGENCY_THEN_CITY.matcher(text).region(start, end);
        if (!m.lookingAt()) {
            return null;
        }
        String agency = Agencies.shortName(m.group("agency"));
        String place = m.group("place");
        if (agency == null || Months.number(place) != 0) {
            return null;
        }
        MonthDay date = printedDay(m);
        if (datePrinted(m) && date == null) {
            return null;
        }
        Span placeSpan = new Span(m.start("place"), m.end("place"));
        return new Dateline(Names.normalCase(place), null, date, agency, new Span(m.start("agency") - 1, m.end()),
                placeSpan);
    }

    /** Whether a dateline matched with {@link #DATE}'s groups prints a month and day. */
    private static boolean datePrinted(Matcher m) {
        return m.group("month") != null || m.group("month2") != null;
    }

    /**
     * The day a dateline matched with {@link #DATE}'s groups prints ("Oct. 3", "3 October"), or null when it prints
     * none or there is no such day ("Feb. 30").
     */
    private static MonthDay printedDay(Matcher m) {
        boolean dayFirst = m.group("month") == null;
        String month = dayFirst ? m.group("month2") : m.group("month");
        if (month == null) {
            return null;
        }
        try {
            return MonthDay.of(Months.number(month), Integer.parseInt(dayFirst ? m.group("day2") : m.group("day")));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
