package org.dateline.extract;

import org.dateline.model.EntityType;
import org.dateline.model.Span;

/**
 * A name the sequence model found: where it is printed, the type it gave and how sure it was.
 *
 * @param span        the name's characters in the text it was found in
 * @param text        the name as printed
 * @param type        person, organisation or place
 * @param probability the model's probability for the name's tag sequence (0-1)
 */
public record ModelName(Span span, String text, EntityType type, double probability) { }
