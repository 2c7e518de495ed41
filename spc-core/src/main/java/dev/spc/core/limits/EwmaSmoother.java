package dev.spc.core.limits;

/**
 * An exponentially weighted moving average, one value at a time (docs/sensitive.md; qcc's {@code ewma};
 * Montgomery, section 9.2): {@code w_t = lambda x_t + (1 - lambda) w_{t-1}}, from {@code w_0} (the centre line).
 */
public final class EwmaSmoother {
    private final double lambda;
    private double w;
    private int count;

    public EwmaSmoother(double lambda, double start) {
        this.lambda = lambda;
        this.w = start;
    }

    /** Adds a value and returns the new average. */
    public double add(double x) {
        w = peek(x);
        count++;
        return w;
    }

    /** The average after a value, without adding it. */
    double peek(double x) {
        return lambda * x + (1 - lambda) * w;
    }

    /** The number of values added. */
    public int count() {
        return count;
    }

    /** The current average. */
    public double value() {
        return w;
    }

    /**
     * The EWMA's standard deviation at its t-th value, in units of one value's: {@code sqrt(lambda / (2 -
     * lambda) (1 - (1 - lambda)^(2t)))}, which grows to its asymptote {@code sqrt(lambda / (2 - lambda))}.
     */
    public static double factor(double lambda, int t) {
        return Math.sqrt(lambda / (2 - lambda) * (1 - Math.pow(1 - lambda, 2.0 * t)));
    }
}
