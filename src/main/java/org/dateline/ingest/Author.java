package org.dateline.ingest;

import org.dateline.model.Span;

/** A person named in the byline, with normal capitalisation, and where the byline names them. */
public record Author(String name, Span span) { }
