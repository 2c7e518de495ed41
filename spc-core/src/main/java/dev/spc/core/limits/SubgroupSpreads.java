package dev.spc.core.limits;

import dev.spc.core.series.InputProblem;
import dev.spc.core.series.Subgroup;
import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.LimitConventions;

/**
 * The R and S charts: the spread within each subgroup, the companions of the Xbar-R and Xbar-S charts
 * (docs/methods.md, section 7), with sigma-hat and s-bar as {@link SubgroupMeans} estimates them.
 *
 * <pre>
 *   R chart: CL_i = d2(n_i) sigma-hat, sigma_i = d3(n_i) sigma-hat    (constant n: CL = R-bar,
 *            limits D3 R-bar and D4 R-bar)
 *   S chart: CL = s-bar, sigma_i = s-bar sqrt(1 - c4(n_i)^2) / c4(n_i)   (limits B3(n_i) s-bar, B4(n_i) s-bar)
 *   lower lines clamped at 0
 * </pre>
 */
public final class SubgroupSpreads implements ChartFamily {
    static final SubgroupSpreads RANGES = new SubgroupSpreads(ChartType.R);
    static final SubgroupSpreads STANDARD_DEVIATIONS = new SubgroupSpreads(ChartType.S);

    private final ChartType type;

    private SubgroupSpreads(ChartType type) {
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
        return Checks.subgroup(m, i, type, type == ChartType.R);
    }

    @Override
    public double[] plotted(Measurements m, Phases plan, LimitConventions conventions) {
        double[] spread = new double[m.size()];
        for (int i = 0; i < spread.length; i++) {
            spread[i] = plot(m, i, 0, conventions);
        }
        return spread;
    }

    @Override
    public double plot(Measurements m, int i, int phaseStart, LimitConventions conventions) {
        Subgroup g = m.subgroup(i);
        if (m.values()[i] != m.values()[i] || g == null) {
            return Double.NaN;
        }
        return type == ChartType.R ? g.range() : g.standardDeviation();
    }

    @Override
    public boolean perPoint() {
        return true;
    }

    @Override
    public PhaseLimits phase(Measurements m, double[] y, int phase, int from, int calculationEnd, int end,
            LimitConventions conventions, Lines out) {
        SubgroupMeans.Spread spread = SubgroupMeans.Spread.of(m, from, calculationEnd, type == ChartType.R);
        boolean limits = spread.points() >= conventions.minimumPoints();
        PhaseLimits.PointLines lines = (measurements, i, o) -> {
            Subgroup g = measurements.subgroup(i);
            if (g == null || g.size() < 2) {
                o.centreOnly(i, type == ChartType.S ? spread.value() : Double.NaN);
                return;
            }
            SubgroupConstants k = SubgroupConstants.of(g.size());
            // With one subgroup size, the R chart's centre is R-bar itself (qcc), not d2 times R-bar / d2.
            double centre = type == ChartType.R
                    ? spread.constantSize() >= 2 ? spread.meanSpread() : k.d2() * spread.value()
                    : spread.value();
            double sigma = type == ChartType.R ? k.d3() * spread.value()
                    : spread.value() * Math.sqrt(1 - k.c4() * k.c4()) / k.c4();
            if (limits) {
                o.symmetric(i, centre, sigma, 0, Double.POSITIVE_INFINITY);
            } else {
                o.centreOnly(i, centre);
            }
        };
        // With varying sizes, an R chart's centre differs point by point: the phase has none of its own.
        double centre = type == ChartType.S ? spread.value()
                : spread.constantSize() >= 2 ? spread.meanSpread() : Double.NaN;
        return PhaseLimits.varying(spread.points(), centre, spread.sigma(), Double.NaN, -1, lines, m, from, end, out);
    }
}
