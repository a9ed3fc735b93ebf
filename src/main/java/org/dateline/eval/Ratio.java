package org.dateline.eval;

/** A share of cases that came out right: {@code correct} of {@code total}. */
public record Ratio(int correct, int total) {
    public static final Ratio ZERO = new Ratio(0, 0);

    public double value() {
        return total == 0 ? 1.0 : (double) correct / total;
    }

    public Ratio plus(Ratio o) {
        return new Ratio(correct + o.correct, total + o.total);
    }
}
