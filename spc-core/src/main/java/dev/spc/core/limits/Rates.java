package dev.spc.core.limits;

import dev.spc.core.ChartSpec;
import dev.spc.core.ChartType;
import dev.spc.core.InputProblem;

/**
 * The U chart: the rate of events per unit of exposure, {@code u_i = count_i / exposure_i} (such as falls
 * per bed day; METHODS.md section 6; Montgomery, <i>Introduction to Statistical Quality Control</i>, section 7.3).
 *
 * <pre>
 *   CL = sum(numerators) / sum(denominators)
 *   sigma_i = sqrt(CL / n_i)                   limits CL -+ 3 sigma_i, the lower clamped at 0
 * </pre>
 *
 * The limits vary with each point's exposure: narrower where there was more of it.
 */
public final class Rates implements ChartFamily {
    static final Rates INSTANCE = new Rates();

    private Rates() {
    }

    @Override
    public ChartType type() {
        return ChartType.U;
    }

    @Override
    public InputProblem check(Measurements m, int i) {
        return Checks.ratio(m, i, ChartType.U, false);
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
        return Ratios.phase(m, Ratios.Model.POISSON, from, calculationEnd, end, spec.minimumPoints(), out);
    }
}
