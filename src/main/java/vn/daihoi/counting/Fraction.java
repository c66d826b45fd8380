package vn.daihoi.counting;

/** An exact fraction, so the quorum test is integer arithmetic: {@code present × den ≥ D × num}. */
public record Fraction(int numerator, int denominator) {

    public Fraction {
        if (numerator < 0 || denominator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("fraction must lie in [0, 1]: " + numerator + "/" + denominator);
        }
    }

    /** True when {@code part ≥ this × whole}. */
    public boolean reachedBy(long part, long whole) {
        return part * denominator >= whole * numerator;
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
