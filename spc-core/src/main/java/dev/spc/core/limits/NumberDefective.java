package dev.spc.core.limits;

import dev.spc.core.series.InputProblem;
import dev.spc.core.series.InputProblem.Field;
import dev.spc.core.series.InputProblem.Kind;
import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.LimitConventions;

/**
 * The NP chart: the number of units with a property out of a constant number of units n (docs/methods.md,
 * section 6). The plotted value is the numerator itself.
 *
 * <pre>
 *   p-bar = sum(numerators) / sum(denominators)     CL = n p-bar
 *   sigma = sqrt(n p-bar (1 - p-bar))               limits CL -+ 3 sigma, clamped to [0, n]
 * </pre>
 *
 * Every point must have the same denominator; when they differ the P chart is the right chart.
 */
public final class NumberDefective implements ChartFamily {
    static final NumberDefective INSTANCE = new NumberDefective();

    private NumberDefective() {
    }

    @Override
    public ChartType type() {
        return ChartType.NP;
    }

    @Override
    public boolean checksPoints() {
        return true;
    }

    @Override
    public InputProblem check(Measurements m, int i) {
        InputProblem p = Checks.ratio(m, i, ChartType.NP, true);
        if (p != null || m.denominators() == null || Double.isNaN(m.denominators()[i])) {
            return p;
        }
        double first = firstDenominator(m);
        if (m.denominators()[i] != first) {
            return Checks.problem(m, i, Field.DENOMINATOR, Kind.DENOMINATOR_VARIES, m.denominators()[i], ChartType.NP)
                    .comparedWith(first);
        }
        return null;
    }

    private static double firstDenominator(Measurements m) {
        if (m.denominators() == null) {
            return Double.NaN;
        }
        for (double d : m.denominators()) {
            if (!Double.isNaN(d)) {
                return d;
            }
        }
        return Double.NaN;
    }

    @Override
    public double plot(Measurements m, int i, int phaseStart, LimitConventions conventions) {
        double v = m.values()[i];
        return v == v ? m.numerators()[i] : Double.NaN;
    }

    @Override
    public double[] plotted(Measurements m, Phases plan, LimitConventions conventions) {
        double[] y = m.values();
        double[] counts = new double[m.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = y[i] == y[i] ? m.numerators()[i] : Double.NaN;
        }
        return counts;
    }

    @Override
    public PhaseLimits phase(Measurements m, double[] y, int phase, int from, int calculationEnd, int end,
            LimitConventions conventions, Lines out) {
        Ratios.Pooled pooled = Ratios.pool(m, from, calculationEnd);
        double n = firstDenominator(m);
        double centre = n * pooled.centre();
        if (pooled.points() < conventions.minimumPoints()) {
            out.centreOnly(phase, centre);
        } else {
            out.symmetric(phase, centre, Math.sqrt(centre * (1 - pooled.centre())), 0, n);
        }
        return PhaseLimits.constant(pooled.points(), out, phase, Double.NaN, -1);
    }
}
