package org.dateline.model;

/**
 * A half-open range {@code [start, end)} of character offsets into an {@link Article}'s text.
 * Every annotation Dateline makes points back to its source through a span.
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    /** The characters this span covers in {@code text}. */
    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** This span moved by {@code delta} characters. */
    public Span shift(int delta) {
        return new Span(start + delta, end + delta);
    }
}
