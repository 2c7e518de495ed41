package dev.spc.core.limits;

import dev.spc.core.series.InputProblem;
import dev.spc.core.series.InputProblem.Field;
import dev.spc.core.series.InputProblem.Kind;
import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.GLimits;
import dev.spc.core.spec.LimitConventions;
import org.apache.commons.statistics.distribution.GeometricDistribution;

/**
 * The G chart: the number of opportunities (or days) between rare events, modelled as geometric
 * (docs/methods.md, section 8; Benneyan, "Number-between g-type statistical quality control charts", Health Care
 * Management Science 4, 2001). The centre line is drawn at the median, which a skewed distribution's
 * typical value is closer to; the lines come from the mean g-bar.
 *
 * <pre>
 *   CL = median(g)                     sigma = sqrt(g-bar (g-bar + 1))
 *   sigma limits (default, qicharts2):  g-bar -+ k sigma for k = 1, 2, 3, the lower clamped at 0
 *   probability limits (option):        the geometric quantiles at the normal tail areas of -+ k sigma
 *                                        (0.00135 and 0.99865 for the limits)
 *   qcc (option):                        CL = g-bar, sigma = sqrt(g-bar (g-bar - 1)), the same quantiles of
 *                                        the geometric distribution with p = 1 / g-bar (qcc's stats.g,
 *                                        sd.g and limits.g)
 * </pre>
 */
public final class RareEvents implements ChartFamily {
    static final RareEvents INSTANCE = new RareEvents();
    private static final double[] LOWER_TAILS = {0.158655253931457, 0.0227501319481792, 0.00134989803163009};

    private RareEvents() {
    }

    @Override
    public ChartType type() {
        return ChartType.G;
    }

    @Override
    public boolean checksPoints() {
        return true;
    }

    @Override
    public InputProblem check(Measurements m, int i) {
        double v = m.values()[i];
        if (v < 0) {
            return Checks.problem(m, i, Field.VALUE, Kind.NEGATIVE_INTERVAL, v, ChartType.G);
        }
        return null;
    }

    @Override
    public PhaseLimits phase(Measurements m, double[] y, int phase, int from, int calculationEnd, int end,
            LimitConventions conventions, Lines out) {
        double[] kept = m.contributing(y, from, calculationEnd);
        int points = kept.length;
        double mean = Measurements.mean(kept);
        double median = RunChart.median(kept);
        if (points < conventions.minimumPoints()) {
            out.centreOnly(phase, median);
            return PhaseLimits.constant(points, out, phase, Double.NaN, -1);
        }
        double sigma = Math.sqrt(mean * (mean + 1));
        if (conventions.gLimits() == GLimits.SIGMA) {
            out.setRaw(phase, mean - 3 * sigma, mean + 3 * sigma);
            out.set(phase, median, sigma, Math.max(0, mean - sigma), mean + sigma, Math.max(0, mean - 2 * sigma),
                    mean + 2 * sigma, Math.max(0, mean - 3 * sigma), mean + 3 * sigma);
        } else if (conventions.gLimits() == GLimits.QCC) {
            // qcc counts the failures before a success with p = 1 / g-bar; a mean of at most 1 leaves no spread.
            if (mean <= 1) {
                out.set(phase, mean, 0, 0, 0, 0, 0, 0, 0);
            } else {
                GeometricDistribution g = GeometricDistribution.of(1 / mean);
                out.set(phase, mean, Math.sqrt(mean * (mean - 1)), g.inverseCumulativeProbability(LOWER_TAILS[0]),
                        g.inverseCumulativeProbability(1 - LOWER_TAILS[0]), g.inverseCumulativeProbability(LOWER_TAILS[1]),
                        g.inverseCumulativeProbability(1 - LOWER_TAILS[1]), g.inverseCumulativeProbability(LOWER_TAILS[2]),
                        g.inverseCumulativeProbability(1 - LOWER_TAILS[2]));
            }
        } else if (mean == 0) {
            out.set(phase, median, 0, 0, 0, 0, 0, 0, 0);
        } else {
            GeometricDistribution g = GeometricDistribution.of(1 / (mean + 1));
            out.set(phase, median, sigma, g.inverseCumulativeProbability(LOWER_TAILS[0]),
                    g.inverseCumulativeProbability(1 - LOWER_TAILS[0]), g.inverseCumulativeProbability(LOWER_TAILS[1]),
                    g.inverseCumulativeProbability(1 - LOWER_TAILS[1]), g.inverseCumulativeProbability(LOWER_TAILS[2]),
                    g.inverseCumulativeProbability(1 - LOWER_TAILS[2]));
        }
        return PhaseLimits.constant(points, out, phase, Double.NaN, -1);
    }
}
