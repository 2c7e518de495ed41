package dev.spc.core.limits;

import dev.spc.core.series.InputProblem;
import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.LimitConventions;

/**
 * The P and U charts: a numerator over a denominator that may vary from point to point (docs/methods.md,
 * section 6; Montgomery, <i>Introduction to Statistical Quality Control</i>, sections 7.2 and 7.3).
 *
 * <pre>
 *   CL = sum(numerators) / sum(denominators)
 *   P, proportions (readmissions out of discharges):  sigma_i = sqrt(CL (1 - CL) / n_i), lines clamped to [0, 1]
 *   U, rates per unit of exposure (falls per bed day): sigma_i = sqrt(CL / n_i), lower lines clamped at 0
 *   limits CL -+ 3 sigma_i
 * </pre>
 *
 * The limits vary with each point's denominator: narrower where more units (or more exposure) were seen.
 */
public final class Attributes implements ChartFamily {
    static final Attributes PROPORTIONS = new Attributes(ChartType.P, Ratios.Model.BINOMIAL);
    static final Attributes RATES = new Attributes(ChartType.U, Ratios.Model.POISSON);

    private final ChartType type;
    private final Ratios.Model model;

    private Attributes(ChartType type, Ratios.Model model) {
        this.type = type;
        this.model = model;
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
        return Checks.ratio(m, i, type, model == Ratios.Model.BINOMIAL);
    }

    @Override
    public boolean perPoint() {
        return true;
    }

    @Override
    public PhaseLimits phase(Measurements m, double[] y, int phase, int from, int calculationEnd, int end,
            LimitConventions conventions, Lines out) {
        return Ratios.phase(m, model, from, calculationEnd, end, conventions.minimumPoints(), out);
    }
}
