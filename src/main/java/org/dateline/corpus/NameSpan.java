package org.dateline.corpus;

import org.dateline.extract.EntityType;
import org.dateline.ingest.Span;

/** A name printed in a labelled text: its characters and its type. */
public record NameSpan(Span span, EntityType type) { }
