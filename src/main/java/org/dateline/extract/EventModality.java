package org.dateline.extract;

/** Whether the article tells an event as a fact, as something that did not happen, or as something still to come. */
public enum EventModality {
    /** Told as having happened (or happening): "the council voted". */
    ASSERTED,
    /** Told as not having happened: "the council did not vote", "taxes will not rise". */
    NEGATED,
    /** Told as still to come, planned or expected: "ministers will meet", "plans to vote". */
    EXPECTED
}
