package dev.spc.core.limits;

import dev.spc.core.series.InputProblem;
import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.LimitConventions;

/**
 * The C chart: counts of events in equal areas of opportunity, modelled as Poisson (docs/methods.md, section 6).
 *
 * <pre>
 *   CL = mean count        sigma = sqrt(CL)        limits CL -+ 3 sigma, the lower clamped at 0
 * </pre>
 */
public final class Counts implements ChartFamily {
    static final Counts INSTANCE = new Counts();

    private Counts() {
    }

    @Override
    public ChartType type() {
        return ChartType.C;
    }

    @Override
    public boolean checksPoints() {
        return true;
    }

    @Override
    public InputProblem check(Measurements m, int i) {
        double v = m.values()[i];
        return v == v ? Checks.count(m, i, ChartType.C) : null;
    }

    @Override
    public PhaseLimits phase(Measurements m, double[] y, int phase, int from, int calculationEnd, int end,
            LimitConventions conventions, Lines out) {
        double[] counts = m.contributing(y, from, calculationEnd);
        double centre = Measurements.mean(counts);
        if (counts.length < conventions.minimumPoints()) {
            out.centreOnly(phase, centre);
        } else {
            out.symmetric(phase, centre, Math.sqrt(centre), 0, Double.POSITIVE_INFINITY);
        }
        return PhaseLimits.constant(counts.length, out, phase, Double.NaN, -1);
    }
}
