package dev.spc.core.limits;

import dev.spc.core.ChartSpec;
import dev.spc.core.ChartType;
import dev.spc.core.InputProblem;

/**
 * The P chart: the proportion of units with a property, {@code p_i = numerator_i / denominator_i}
 * (METHODS.md section 6; Montgomery, <i>Introduction to Statistical Quality Control</i>, section 7.2).
 *
 * <pre>
 *   CL = sum(numerators) / sum(denominators)
 *   sigma_i = sqrt(CL (1 - CL) / n_i)          limits CL -+ 3 sigma_i, clamped to [0, 1]
 * </pre>
 *
 * The limits vary with each point's denominator: narrower where more units were seen.
 */
public final class Proportions implements ChartFamily {
    static final Proportions INSTANCE = new Proportions();

    private Proportions() {
    }

    @Override
    public ChartType type() {
        return ChartType.P;
    }

    @Override
    public InputProblem check(Measurements m, int i) {
        return Checks.ratio(m, i, ChartType.P, true);
    }

    @Override
    public double[] plotted(Measurements m, Phases plan, ChartSpec spec) {
        return m.values();
    }

    @Override
    public boolean perPoint() {
        return true;
    }

    @Override
    public PhaseLimits phase(Measurements m, double[] y, int phase, int from, int calculationEnd, int end,
            ChartSpec spec, Lines out) {
        return Ratios.phase(m, Ratios.Model.BINOMIAL, from, calculationEnd, end, spec.minimumPoints(), out);
    }
}
