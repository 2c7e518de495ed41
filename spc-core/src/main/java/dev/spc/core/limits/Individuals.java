package dev.spc.core.limits;

import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.GapPolicy;
import dev.spc.core.spec.LimitConventions;
import dev.spc.core.spec.MovingRangeScreening;
import dev.spc.core.spec.XmrLimits;

/**
 * Limits of the individuals (XmR) chart from the average moving range (docs/methods.md, section 2).
 *
 * <pre>
 *   CL   = mean(y)                      over the points that contribute
 *   MR_i = |y_i - y_{i-1}|              between consecutive contributing points
 *   AMR  = mean(MR)
 *   MDC:   limits CL -+ 2.66 AMR,  two-sigma lines CL -+ (2/3) 2.66 AMR   (Making Data Count)
 *   sigma: sigma-hat = AMR / 1.128, limits CL -+ 3 sigma-hat             (qicharts2, Power BI visual)
 * </pre>
 *
 * A ghosted point contributes nothing: the moving range skips over it, pairing its neighbours. A gap
 * ({@code NaN}) breaks the moving ranges unless {@link GapPolicy#BRIDGE} is chosen. With
 * {@link MovingRangeScreening#SCREEN}, moving ranges at or above 3.267 AMR are dropped and the AMR
 * recomputed from the rest (NHSRplotthedots, qicharts2); the centre line is unchanged.
 */
public final class Individuals implements ChartFamily {
    static final Individuals INSTANCE = new Individuals();

    /** The Making Data Count multiplier: 3 / d2(2) rounded, as the MDC tools use it. */
    public static final double MDC_MULTIPLIER = 2.66;
    /** d2 for subgroups of 2, as qicharts2 rounds it. */
    public static final double D2 = 1.128;
    /** D4 for subgroups of 2: the upper limit of the moving-range chart, in AMRs, and the screening cut-off. */
    public static final double D4 = 3.267;

    private Individuals() {
    }

    @Override
    public ChartType type() {
        return ChartType.XMR;
    }

    @Override
    public PhaseLimits phase(Measurements m, double[] y, int phase, int from, int calculationEnd, int end,
            LimitConventions conventions, Lines out) {
        PhaseLimits l = of(y, m.ghost(), from, calculationEnd, conventions.minimumPoints(), conventions.xmrLimits(),
                conventions.screening(), conventions.gaps());
        write(l, phase, out);
        return l;
    }

    /** Writes an XmR phase's lines into a slot: the one-sigma lines at centre -+ sigma. */
    static void write(PhaseLimits l, int slot, Lines out) {
        if (!l.hasLimits()) {
            out.centreOnly(slot, l.centre());
            return;
        }
        out.set(slot, l.centre(), l.sigma(), l.centre() - l.sigma(), l.centre() + l.sigma(), l.lowerTwoSigma(),
                l.upperTwoSigma(), l.lower(), l.upper());
    }

    /**
     * The limits of one phase, computed from the points {@code from} (inclusive) to {@code to} (exclusive).
     *
     * @param y the values, {@code NaN} for gaps
     * @param ghost which points are ghosted, or null for none
     * @param minimumPoints the fewest contributing points for which limits are given
     */
    public static PhaseLimits of(double[] y, boolean[] ghost, int from, int to, int minimumPoints,
            XmrLimits convention, MovingRangeScreening screening, GapPolicy gaps) {
        Pass all = pass(y, ghost, from, to, gaps, Double.POSITIVE_INFINITY);
        if (all.points == 0) {
            return PhaseLimits.centreOnly(0, Double.NaN, 0);
        }
        double centre = all.mean;
        if (all.points < minimumPoints || all.ranges == 0) {
            return PhaseLimits.centreOnly(all.points, centre, all.ranges);
        }
        double amr = all.rangeSum / all.ranges;
        if (screening == MovingRangeScreening.SCREEN) {
            Pass screened = pass(y, ghost, from, to, gaps, D4 * amr);
            // Every range screened out can only happen when all are equal; keep the unscreened AMR then.
            if (screened.ranges > 0) {
                amr = screened.rangeSum / screened.ranges;
            }
        }
        return fromAverageMovingRange(all.points, centre, amr, all.ranges, convention);
    }

    /** The limits for a known centre line and average moving range (from {@code ranges} moving ranges). */
    public static PhaseLimits fromAverageMovingRange(int points, double centre, double amr, int ranges,
            XmrLimits convention) {
        double sigma = convention == XmrLimits.MDC ? MDC_MULTIPLIER * amr / 3 : amr / D2;
        double half = convention == XmrLimits.MDC ? MDC_MULTIPLIER * amr : 3 * sigma;
        double twoSigma = convention == XmrLimits.MDC ? 2 * MDC_MULTIPLIER * amr / 3 : 2 * sigma;
        return new PhaseLimits(points, centre, sigma, centre - half, centre + half, centre - twoSigma,
                centre + twoSigma, amr, ranges);
    }

    /**
     * What one pass over a phase finds: its contributing points and their mean, and their moving ranges
     * below a cut-off. The mean is taken about the first value, {@code y0 + sum(y - y0) / n}, which is exact
     * for a constant series (a plain sum of 15 values of 97.3 divided by 15 is 97.29999999999997).
     */
    record Pass(int points, double mean, int ranges, double rangeSum) {
    }

    static Pass pass(double[] y, boolean[] ghost, int from, int to, GapPolicy gaps, double cutOff) {
        int points = 0;
        double first = Double.NaN;
        double sum = 0;
        int ranges = 0;
        double rangeSum = 0;
        double previous = Double.NaN;
        for (int i = from; i < to; i++) {
            double v = y[i];
            if (v != v) { // a gap
                if (gaps == GapPolicy.BREAK_MOVING_RANGES) {
                    previous = Double.NaN;
                }
                continue;
            }
            if (ghost != null && ghost[i]) {
                continue;
            }
            if (points++ == 0) {
                first = v;
            }
            sum += v - first;
            if (previous == previous) {
                double mr = Math.abs(v - previous);
                if (mr < cutOff) {
                    ranges++;
                    rangeSum += mr;
                }
            }
            previous = v;
        }
        return new Pass(points, points == 0 ? Double.NaN : first + sum / points, ranges, rangeSum);
    }
}
