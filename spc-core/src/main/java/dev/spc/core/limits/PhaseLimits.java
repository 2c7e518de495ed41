package dev.spc.core.limits;

/**
 * What one phase of a chart was computed from, and its lines when they are constant over the phase. Lines
 * that do not exist (too few points), or that vary point by point (P, U, Laney and subgroup charts: see
 * {@link Lines}), are {@code NaN}; the centre exists whenever the phase has at least one contributing point.
 *
 * @param points the number of points the lines were computed from
 * @param centre the centre line (CL)
 * @param sigma the sigma-hat the lines are drawn with (the limits are centre -+ 3 sigma); for a chart whose
 *     limits vary, the process sigma-hat where there is one (Xbar charts), or Laney's sigma_z
 * @param lower the lower process limit (LCL)
 * @param upper the upper process limit (UCL)
 * @param lowerTwoSigma the lower two-sigma line
 * @param upperTwoSigma the upper two-sigma line
 * @param averageMovingRange the average moving range (AMR) after any screening, or {@code NaN} for charts
 *     without moving ranges
 * @param movingRanges the number of moving ranges the AMR came from (before screening); -1 for charts that
 *     use none
 * @param pointLines where the lines vary point by point, how the lines of any point of the phase are drawn
 *     from what the phase was computed from (so a point appended later is drawn exactly as the others); null
 *     where the lines are the phase's own
 */
public record PhaseLimits(int points, double centre, double sigma, double lower, double upper,
        double lowerTwoSigma, double upperTwoSigma, double averageMovingRange, int movingRanges,
        PointLines pointLines) {

    /** Draws the lines of one point of a phase whose lines vary point by point. */
    @FunctionalInterface
    public interface PointLines {
        /** Writes point i's lines into its slot. */
        void write(Measurements m, int i, Lines out);

        /** Writes the lines of points {@code from..end-1}. */
        default void writeAll(Measurements m, int from, int end, Lines out) {
            for (int i = from; i < end; i++) {
                write(m, i, out);
            }
        }
    }

    /** A phase whose lines are constant over it. */
    PhaseLimits(int points, double centre, double sigma, double lower, double upper, double lowerTwoSigma,
            double upperTwoSigma, double averageMovingRange, int movingRanges) {
        this(points, centre, sigma, lower, upper, lowerTwoSigma, upperTwoSigma, averageMovingRange, movingRanges,
                null);
    }

    /** True when the phase has process limits that are constant over it. */
    public boolean hasLimits() {
        return !Double.isNaN(upper);
    }

    /**
     * A phase whose limits vary point by point (held in {@link Lines}), drawing the lines of its points
     * {@code from..end-1} now.
     */
    static PhaseLimits varying(int points, double centre, double sigma, double averageMovingRange, int movingRanges,
            PointLines lines, Measurements m, int from, int end, Lines out) {
        lines.writeAll(m, from, end, out);
        return new PhaseLimits(points, centre, sigma, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                averageMovingRange, movingRanges, lines);
    }

    /** A phase whose lines are held in slot {@code slot} of the given lines. */
    static PhaseLimits constant(int points, Lines lines, int slot, double averageMovingRange, int movingRanges) {
        return new PhaseLimits(points, lines.centre(slot), lines.sigma(slot), lines.lower(slot), lines.upper(slot),
                lines.lowerTwoSigma(slot), lines.upperTwoSigma(slot), averageMovingRange, movingRanges);
    }

    /** A phase with a centre line but too few points for limits. */
    static PhaseLimits centreOnly(int points, double centre, int movingRanges) {
        return new PhaseLimits(points, centre, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, movingRanges);
    }
}
