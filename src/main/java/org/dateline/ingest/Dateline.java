package org.dateline.ingest;

import java.time.MonthDay;
import org.dateline.model.Span;

/**
 * Where and when a wire story was filed, as printed at the head of its first paragraph:
 * {@code MOSCOW, Oct. 3 (UPI) --}. Any part may be missing ({@code null}).
 *
 * @param place  the city, with normal capitalisation ("Moscow"), or null
 * @param region the country or state printed after the city ("Syria"), or null
 * @param date   the month and day printed, or null
 * @param agency the agency in parentheses ("UPI"), or null
 * @param span   the whole dateline, separator included
 * @param placeSpan where the city is printed, or null
 */
public record Dateline(String place, String region, MonthDay date, String agency, Span span, Span placeSpan) {
    /**
     * A place printed on its own where the writer filed from (a line under the byline, beside the date line's date):
     * the place, recased ("IDUKKI" is Idukki), is the whole dateline.
     */
    static Dateline placePrinted(String printed, MonthDay date, Span span) {
        return new Dateline(Names.normalCase(printed), null, date, null, span, span);
    }
}
