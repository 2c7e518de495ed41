package dev.spc.core.limits;

/** Lines for rule tests: one phase with a given centre and sigma, unclamped. */
public final class FixedLines {
    private FixedLines() {
    }

    public static Lines of(double centre, double sigma) {
        Lines lines = Lines.of(1, 0, false);
        lines.symmetric(0, centre, sigma, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        return lines;
    }
}
