package dev.spc.core.series;

/**
 * One subgroup of measurements taken together (the point of an Xbar chart): its size, mean, sample
 * standard deviation and range. Made from the observations themselves ({@link #of}) or from a summary
 * ({@link #summary}), which has no range.
 *
 * @param size the number of observations (at least 1)
 * @param mean their mean
 * @param standardDeviation their sample standard deviation (divisor n - 1); {@code NaN} for one observation
 * @param range the largest less the smallest; {@code NaN} when only a summary was given
 */
public record Subgroup(int size, double mean, double standardDeviation, double range) {

    public Subgroup {
        if (size < 1) {
            throw new IllegalArgumentException("a subgroup needs at least one observation, not " + size);
        }
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("a subgroup's mean must be a finite number, not " + mean);
        }
        if (standardDeviation < 0 || Double.isInfinite(standardDeviation)) {
            throw new IllegalArgumentException(
                    "a subgroup's standard deviation must be zero or more, not " + standardDeviation);
        }
        if (range < 0 || Double.isInfinite(range)) {
            throw new IllegalArgumentException("a subgroup's range must be zero or more, not " + range);
        }
    }

    /** The subgroup of the given observations: mean, sample standard deviation (n - 1) and range. */
    public static Subgroup of(double... observations) {
        int n = observations.length;
        if (n == 0) {
            throw new IllegalArgumentException("a subgroup needs at least one observation");
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (double x : observations) {
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("an observation must be a finite number, not " + x);
            }
            sum += x;
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        double mean = sum / n;
        double squares = 0;
        for (double x : observations) {
            squares += (x - mean) * (x - mean);
        }
        double sd = n > 1 ? Math.sqrt(squares / (n - 1)) : Double.NaN;
        return new Subgroup(n, mean, sd, max - min);
    }

    /** A subgroup known only by its size, mean and standard deviation (no range, so no Xbar-R chart). */
    public static Subgroup summary(int size, double mean, double standardDeviation) {
        return new Subgroup(size, mean, standardDeviation, Double.NaN);
    }
}
