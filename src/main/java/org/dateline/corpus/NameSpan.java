package org.dateline.corpus;

import org.dateline.model.EntityType;
import org.dateline.model.Span;

/** A name printed in a labelled text: its characters and its type. */
public record NameSpan(Span span, EntityType type) { }
