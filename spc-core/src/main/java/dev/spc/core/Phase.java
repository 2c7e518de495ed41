package dev.spc.core;

/**
 * One phase of a chart: a run of points sharing a centre line and limits, and what they were computed
 * from (docs/methods.md, section 1). Lines that do not exist (too few points), or that vary point by point
 * (P, U, Laney and subgroup charts: ask the analysis for each point's), are {@code NaN}.
 *
 * @param number 1 for the first phase, counting up at each recalculation
 * @param first the index of the phase's first point
 * @param last the index of the phase's last point
 * @param points the number of points the lines were computed from (with a value, not ghosted, within the
 *     baseline when there is one)
 * @param centre the centre line, when the phase has one of its own
 * @param sigma the sigma-hat the lines are drawn with (the limits are centre -+ 3 sigma before clamping);
 *     for a chart whose limits vary, the process sigma-hat where there is one (Xbar charts), or Laney's
 *     sigma_z
 * @param lowerLimit the lower process limit, when constant over the phase
 * @param upperLimit the upper process limit, when constant over the phase
 * @param lowerTwoSigma the lower two-sigma line, when constant over the phase
 * @param upperTwoSigma the upper two-sigma line, when constant over the phase
 * @param averageMovingRange the average moving range (after any screening), for charts that use one
 * @param movingRanges the number of moving ranges the average came from, before screening; -1 for charts
 *     that use none
 */
public record Phase(int number, int first, int last, int points, double centre, double sigma, double lowerLimit,
        double upperLimit, double lowerTwoSigma, double upperTwoSigma, double averageMovingRange, int movingRanges) {

    /** True when the phase has process limits that are constant over it. */
    public boolean hasLimits() {
        return !Double.isNaN(upperLimit);
    }
}
