package org.dateline.extract;

import org.dateline.model.Span;

/** One place in the article's text where an entity is named, exactly as printed. */
public record Mention(Span span, String text) { }
