package org.dateline.extract;

import java.time.LocalDate;
import org.dateline.model.Span;

/**
 * A time expression in the text ("on Saturday", "Oct. 2", "a day earlier") and the day it denotes,
 * resolved against the article's date; {@code date} is null when it cannot be resolved to a day.
 */
public record TimeMention(Span span, String text, LocalDate date) { }
