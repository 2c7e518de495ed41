package dev.spc.core.limits;

import dev.spc.core.ChartSpec;
import dev.spc.core.ChartType;
import dev.spc.core.InputProblem;

/**
 * The C chart: counts of events in equal areas of opportunity, modelled as Poisson (METHODS.md section 6).
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
    public InputProblem check(Measurements m, int i) {
        double v = m.values()[i];
        return v == v ? Checks.count(v, "C chart") : null;
    }

    @Override
    public PhaseLimits phase(Measurements m, double[] y, int phase, int from, int calculationEnd, int end,
            ChartSpec spec, Lines out) {
        double[] counts = m.contributing(y, from, calculationEnd);
        double centre = Measurements.mean(counts);
        if (counts.length < spec.minimumPoints()) {
            out.centreOnly(phase, centre);
        } else {
            out.symmetric(phase, centre, Math.sqrt(centre), 0, Double.POSITIVE_INFINITY);
        }
        return PhaseLimits.constant(counts.length, out, phase, Double.NaN, -1);
    }
}
