package dev.spc.core.limits;

/**
 * The running sums of a tabular CUSUM, one standardised value at a time (docs/sensitive.md; qcc's
 * {@code cusum}; Montgomery, <i>Introduction to Statistical Quality Control</i>, section 9.1):
 * {@code C+ = max(0, C+ + z - k)} and {@code C- = min(0, C- + z + k)}, from {@code -+ start}.
 * Whole series and points added one by one give the same sums, since each depends only on the one before.
 */
public final class CusumSums {
    private final double k;
    private double upper;
    private double lower;

    /**
     * @param k the reference value, in sigmas
     * @param start where the sums start: 0, or h/2 for the fast initial response (the lower sum at -start)
     */
    public CusumSums(double k, double start) {
        this.k = k;
        this.upper = start;
        this.lower = -start;
    }

    /** Adds a standardised value. */
    public void add(double z) {
        upper = peekUpper(z);
        lower = peekLower(z);
    }

    /** The upper sum after a value, without adding it. */
    double peekUpper(double z) {
        return Math.max(0, upper + z - k);
    }

    /** The lower sum after a value, without adding it. */
    double peekLower(double z) {
        return Math.min(0, lower + z + k);
    }

    /** The upper sum C+ (0 or more). */
    public double upper() {
        return upper;
    }

    /** The lower sum C- (0 or less). */
    public double lower() {
        return lower;
    }
}
