package dev.spc.core.limits;

import dev.spc.core.series.InputProblem;
import dev.spc.core.series.Subgroup;
import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.LimitConventions;

/**
 * The Xbar chart of subgroup means, with sigma estimated from the subgroup ranges (Xbar-R, qcc's default)
 * or standard deviations (Xbar-S, qicharts2's convention) (docs/methods.md, section 7).
 *
 * <pre>
 *   CL = sum(n_i xbar_i) / sum(n_i)                       the grand mean, weighted by subgroup size
 *   Xbar-R: sigma-hat = mean over subgroups of R_i / d2(n_i)
 *           limits CL -+ 3 sigma-hat / sqrt(n_i)          (= CL -+ A2 R-bar for constant n)
 *   Xbar-S: s-bar = mean(s_i) for constant n, else the pooled sqrt(sum (n_i - 1) s_i^2 / sum (n_i - 1))
 *           limits CL -+ A3(n_i) s-bar                    (A3 = 3 / (c4 sqrt n) already divides by c4)
 * </pre>
 *
 * Limits vary point by point when subgroup sizes vary.
 */
public final class SubgroupMeans implements ChartFamily {
    static final SubgroupMeans RANGES = new SubgroupMeans(ChartType.XBAR_R);
    static final SubgroupMeans STANDARD_DEVIATIONS = new SubgroupMeans(ChartType.XBAR_S);

    private final ChartType type;

    private SubgroupMeans(ChartType type) {
        this.type = type;
    }

    @Override
    public ChartType type() {
        return type;
    }

    @Override
    public boolean checksPoints() {
        return true;
    }

    @Override
    public InputProblem check(Measurements m, int i) {
        return Checks.subgroup(m, i, type, type == ChartType.XBAR_R);
    }

    @Override
    public boolean perPoint() {
        return true;
    }

    @Override
    public PhaseLimits phase(Measurements m, double[] y, int phase, int from, int calculationEnd, int end,
            LimitConventions conventions, Lines out) {
        Spread spread = Spread.of(m, from, calculationEnd, type == ChartType.XBAR_R);
        double centre = spread.points() == 0 ? Double.NaN : grandMean(m, from, calculationEnd);
        boolean limits = spread.points() >= conventions.minimumPoints();
        PhaseLimits.PointLines lines = (measurements, i, o) -> {
            Subgroup g = measurements.subgroup(i);
            if (!limits || g == null || g.size() < 2) {
                o.centreOnly(i, centre);
            } else {
                o.symmetric(i, centre, spread.sigmaOfMean(g.size()), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
            }
        };
        return PhaseLimits.varying(spread.points(), centre, spread.sigma(), Double.NaN, -1, lines, m, from, end, out);
    }

    /** The grand mean of the contributing subgroups, weighted by size, about the first mean (exact when the means are equal). */
    static double grandMean(Measurements m, int from, int to) {
        double first = Double.NaN;
        double weighted = 0;
        double size = 0;
        for (int i = from; i < to; i++) {
            if (m.contributes(i)) {
                Subgroup g = m.subgroup(i);
                if (size == 0) {
                    first = g.mean();
                }
                weighted += g.size() * (g.mean() - first);
                size += g.size();
            }
        }
        return size == 0 ? Double.NaN : first + weighted / size;
    }

    /**
     * The within-subgroup spread of a phase: from ranges, sigma-hat = mean(R_i / d2(n_i)); from standard
     * deviations, s-bar (mean or pooled, as docs/methods.md, section 7 says).
     *
     * @param points the number of subgroups that fed it
     * @param fromRanges true for sigma-hat from ranges, false for s-bar
     * @param value sigma-hat (from ranges) or s-bar
     * @param constantSize the common subgroup size, or 0 when sizes vary
     * @param meanSpread the mean range (from ranges) or mean standard deviation, about the first (exact when
     *     they are equal)
     */
    record Spread(int points, boolean fromRanges, double value, int constantSize, double meanSpread) {

        static Spread of(Measurements m, int from, int to, boolean fromRanges) {
            int points = 0;
            double sum = 0;
            double squares = 0;
            double degrees = 0;
            int size = -1;
            double firstSpread = Double.NaN;
            double spreadSum = 0;
            for (int i = from; i < to; i++) {
                if (!m.contributes(i)) {
                    continue;
                }
                Subgroup g = m.subgroup(i);
                points++;
                size = size == -1 || size == g.size() ? g.size() : 0;
                double spread = fromRanges ? g.range() : g.standardDeviation();
                if (points == 1) {
                    firstSpread = spread;
                }
                spreadSum += spread - firstSpread;
                if (fromRanges) {
                    sum += g.range() / SubgroupConstants.of(g.size()).d2();
                } else {
                    sum += g.standardDeviation();
                    squares += (g.size() - 1) * g.standardDeviation() * g.standardDeviation();
                    degrees += g.size() - 1;
                }
            }
            double meanSpread = points == 0 ? Double.NaN : firstSpread + spreadSum / points;
            double value;
            if (points == 0) {
                value = Double.NaN;
            } else if (fromRanges && size > 0) {
                value = meanSpread / SubgroupConstants.of(size).d2(); // R-bar / d2
            } else if (fromRanges) {
                value = sum / points;
            } else if (size > 0) {
                value = meanSpread; // s-bar
            } else {
                value = Math.sqrt(squares / degrees);
            }
            return new Spread(points, fromRanges, value, Math.max(size, 0), meanSpread);
        }

        /** The process sigma-hat (for s-bar of constant size, s-bar / c4; NaN for s-bar of varying sizes). */
        double sigma() {
            if (fromRanges) {
                return value;
            }
            return constantSize >= 2 ? value / SubgroupConstants.of(constantSize).c4() : Double.NaN;
        }

        /** The sigma of a mean of n: sigma-hat / sqrt(n), or s-bar / (c4(n) sqrt(n)) so that 3 of it is A3 s-bar. */
        double sigmaOfMean(int n) {
            return fromRanges ? value / Math.sqrt(n) : value / (SubgroupConstants.of(n).c4() * Math.sqrt(n));
        }
    }
}
