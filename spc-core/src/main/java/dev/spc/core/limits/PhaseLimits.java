package dev.spc.core.limits;

/**
 * The centre line and lines of one phase of a chart. Lines that do not exist (too few points) are
 * {@code NaN}; the centre exists whenever the phase has at least one contributing point.
 *
 * @param points the number of points the lines were computed from
 * @param centre the centre line (CL)
 * @param sigma the sigma-hat the lines are drawn with: the limits are centre -+ 3 sigma
 * @param lower the lower process limit (LCL)
 * @param upper the upper process limit (UCL)
 * @param lowerTwoSigma the lower two-sigma line
 * @param upperTwoSigma the upper two-sigma line
 * @param averageMovingRange the average moving range (AMR) after any screening, or {@code NaN}
 * @param movingRanges the number of moving ranges the AMR came from (before screening)
 */
public record PhaseLimits(int points, double centre, double sigma, double lower, double upper,
        double lowerTwoSigma, double upperTwoSigma, double averageMovingRange, int movingRanges) {

    /** True when the phase has process limits. */
    public boolean hasLimits() {
        return !Double.isNaN(upper);
    }

    /** A phase with a centre line but too few points for limits. */
    static PhaseLimits centreOnly(int points, double centre, int movingRanges) {
        return new PhaseLimits(points, centre, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, movingRanges);
    }
}
