package dev.spc.core.limits;

import dev.spc.core.limits.Lines.Statistic;
import dev.spc.core.series.Subgroup;
import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.FastInitialResponse;
import dev.spc.core.spec.LimitConventions;
import dev.spc.core.spec.SensitiveCharts;
import dev.spc.core.spec.XmrLimits;

/**
 * The charts of small sustained shifts: the tabular CUSUM and the EWMA, on individual values or subgroup
 * means, with qcc's conventions (docs/sensitive.md; Montgomery, <i>Introduction to Statistical Quality
 * Control</i>, chapter 9).
 *
 * <pre>
 *   CL, sigma-hat from the phase's (or baseline's) points: mean and AMR / 1.128 for values; the weighted grand
 *       mean and mean(R_i / d2(n_i)) (or s-bar / c4) for subgroups
 *   z_i  = (x_i - CL) / (sigma-hat / sqrt(n_i))
 *   CUSUM: C+_i = max(0, C+_{i-1} + z_i - k),  C-_i = min(0, C-_{i-1} + z_i + k),  C_0 = 0 (or -+ h/2, fast
 *          initial response); lines 0 and -+ h; a signal where C+ > h or C- < -h
 *   EWMA:  w_i = lambda x_i + (1 - lambda) w_{i-1},  w_0 = CL;
 *          limits CL -+ L sigma-hat / sqrt(n_i) sqrt(lambda / (2 - lambda) (1 - (1 - lambda)^(2t)))
 *          where t counts the phase's points so far
 * </pre>
 *
 * The sums and the average run on through a baseline into the later points (qcc) and start afresh at each
 * recalculation, with the new phase's centre and sigma. A gap carries them over; a ghosted point is drawn
 * and judged with the statistic it would have, but the statistics of later points go on from the point
 * before it. The statistic the rules judge is the larger sum in size (CUSUM) or the smoothed value (EWMA);
 * the value of each point stays the measurement.
 */
public final class Sensitive implements ChartFamily {
    static final Sensitive CUSUM = new Sensitive(ChartType.CUSUM);
    static final Sensitive EWMA = new Sensitive(ChartType.EWMA);

    private final ChartType type;

    private Sensitive(ChartType type) {
        this.type = type;
    }

    @Override
    public ChartType type() {
        return type;
    }

    @Override
    public double[] plotted(Measurements m, Phases plan, LimitConventions conventions) {
        // A copy: each phase puts its statistics in place of the values once it has read them.
        return java.util.Arrays.copyOf(m.values(), m.size());
    }

    @Override
    public boolean perPoint() {
        return true;
    }

    @Override
    public PhaseLimits phase(Measurements m, double[] y, int phase, int from, int calculationEnd, int end,
            LimitConventions conventions, Lines out) {
        Process p = Process.of(m, y, from, calculationEnd, conventions);
        SensitiveCharts s = conventions.sensitive();
        boolean limits = p.points >= conventions.minimumPoints() && p.sigma > 0;
        if (!limits) {
            double centre = type == ChartType.CUSUM ? 0 : p.centre;
            PhaseLimits.PointLines centreOnly = (measurements, i, o) -> o.centreOnly(i, centre);
            centreOnly.writeAll(m, from, end, out);
            return new PhaseLimits(p.points, p.centre, p.sigma, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    p.averageMovingRange, p.movingRanges, centreOnly);
        }
        PhaseLimits.PointLines lines = type == ChartType.CUSUM ? cusum(p, s) : ewma(p, s);
        for (int i = from; i < end; i++) {
            lines.write(m, i, out);
            y[i] = judged(out, i, type);
        }
        return new PhaseLimits(p.points, p.centre, p.sigma, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                p.averageMovingRange, p.movingRanges, lines);
    }

    /**
     * The statistic of point i that the rules judge: the larger sum in size (CUSUM), or the smoothed value
     * (EWMA); {@code NaN} for a gap.
     */
    static double judged(Lines lines, int i, ChartType type) {
        if (type == ChartType.CUSUM) {
            double upper = lines.statistic(Statistic.CUSUM_UPPER, i);
            double lower = lines.statistic(Statistic.CUSUM_LOWER, i);
            return upper != upper ? Double.NaN : upper >= -lower ? upper : lower;
        }
        return lines.statistic(Statistic.EWMA, i);
    }

    private static boolean ghost(Measurements m, int i) {
        return m.ghost() != null && m.ghost()[i];
    }

    /** Draws the points of a CUSUM phase in order, each carrying the sums on from the one before. */
    private static PhaseLimits.PointLines cusum(Process p, SensitiveCharts s) {
        double h = s.cusumH();
        CusumSums sums = new CusumSums(s.cusumK(), s.fastInitialResponse() == FastInitialResponse.ON ? h / 2 : 0);
        return (m, i, out) -> {
            out.set(i, 0, p.sigmaOfMean(m, i), -h / 3, h / 3, -2 * h / 3, 2 * h / 3, -h, h);
            double x = m.values()[i];
            if (x != x) {
                return;
            }
            double z = (x - p.centre) / p.sigmaOfMean(m, i);
            if (ghost(m, i)) {
                out.setStatistic(Statistic.CUSUM_UPPER, i, sums.peekUpper(z));
                out.setStatistic(Statistic.CUSUM_LOWER, i, sums.peekLower(z));
            } else {
                sums.add(z);
                out.setStatistic(Statistic.CUSUM_UPPER, i, sums.upper());
                out.setStatistic(Statistic.CUSUM_LOWER, i, sums.lower());
            }
        };
    }

    /** Draws the points of an EWMA phase in order, each smoothing on from the one before. */
    private static PhaseLimits.PointLines ewma(Process p, SensitiveCharts s) {
        double lambda = s.ewmaLambda();
        double width = s.ewmaL();
        EwmaSmoother smoother = new EwmaSmoother(lambda, p.centre);
        return (m, i, out) -> {
            double sigma = p.sigmaOfMean(m, i);
            double half = width * sigma * EwmaSmoother.factor(lambda, smoother.count() + 1);
            out.set(i, p.centre, sigma, p.centre - half / 3, p.centre + half / 3, p.centre - 2 * half / 3,
                    p.centre + 2 * half / 3, p.centre - half, p.centre + half);
            double x = m.values()[i];
            if (x != x) {
                return;
            }
            out.setStatistic(Statistic.EWMA, i, ghost(m, i) ? smoother.peek(x) : smoother.add(x));
        };
    }

    /**
     * A phase's centre line and sigma-hat, from the chart's usual estimators.
     *
     * @param sigma sigma-hat of one measurement (individuals) or the within-subgroup sigma-hat (subgroups)
     */
    private record Process(int points, double centre, double sigma, boolean subgroups, double averageMovingRange,
            int movingRanges) {

        static Process of(Measurements m, double[] y, int from, int to, LimitConventions c) {
            if (m.subgroups() != null && hasSubgroups(m, from, to)) {
                boolean ranges = true;
                for (int i = from; i < to; i++) {
                    Subgroup g = m.subgroup(i);
                    if (m.contributes(i) && (g == null || Double.isNaN(g.range()))) {
                        ranges = false;
                    }
                }
                SubgroupMeans.Spread spread = SubgroupMeans.Spread.of(m, from, to, ranges);
                // s-bar / c4 for one size; for sizes that vary, the pooled standard deviation.
                double sigma = ranges || spread.constantSize() >= 2 ? spread.sigma() : spread.value();
                return new Process(spread.points(), SubgroupMeans.grandMean(m, from, to), sigma, true, Double.NaN, -1);
            }
            PhaseLimits l = Individuals.of(y, m.ghost(), from, to, 2, XmrLimits.SIGMA, c.screening(), c.gaps());
            return new Process(l.points(), l.centre(), l.sigma(), false, l.averageMovingRange(), l.movingRanges());
        }

        private static boolean hasSubgroups(Measurements m, int from, int to) {
            for (int i = from; i < to; i++) {
                if (m.contributes(i) && m.subgroup(i) != null) {
                    return true;
                }
            }
            return false;
        }

        /** The sigma of point i's plotted value: sigma-hat / sqrt(n_i) (n = 1 for values). */
        double sigmaOfMean(Measurements m, int i) {
            if (!subgroups) {
                return sigma;
            }
            Subgroup g = m.subgroup(i);
            return g == null ? sigma : sigma / Math.sqrt(g.size());
        }
    }
}
