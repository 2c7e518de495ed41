package dev.spc.core.limits;

import dev.spc.core.series.InputProblem;
import dev.spc.core.series.InputProblem.Field;
import dev.spc.core.series.InputProblem.Kind;
import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.LimitConventions;

/**
 * The T chart: the time between rare events, which is skewed (exponential or Weibull), made near-normal by
 * a power transform, charted as an XmR chart and transformed back (docs/methods.md, section 8; Nelson, "A
 * control chart for parts-per-million nonconforming items", Journal of Quality Technology 26(3), 1994).
 *
 * <pre>
 *   x_i = y_i ^ (1 / 3.6)
 *   the XmR lines of x, with the XmR options (limits convention, screening, gaps)
 *   every line back-transformed: line ^ 3.6, a negative line becoming 0
 * </pre>
 *
 * The lines are not symmetric about the centre, so the chart has no single sigma on its own scale.
 */
public final class TimeBetween implements ChartFamily {
    static final TimeBetween INSTANCE = new TimeBetween();
    static final double POWER = 3.6;

    private TimeBetween() {
    }

    @Override
    public ChartType type() {
        return ChartType.T;
    }

    @Override
    public boolean checksPoints() {
        return true;
    }

    @Override
    public InputProblem check(Measurements m, int i) {
        double v = m.values()[i];
        if (v <= 0) {
            return Checks.problem(m, i, Field.VALUE, Kind.TIME_NOT_POSITIVE, v, ChartType.T);
        }
        return null;
    }

    @Override
    public PhaseLimits phase(Measurements m, double[] y, int phase, int from, int calculationEnd, int end,
            LimitConventions conventions, Lines out) {
        double[] x = new double[calculationEnd - from];
        for (int i = from; i < calculationEnd; i++) {
            x[i - from] = Math.pow(y[i], 1 / POWER);
        }
        PhaseLimits t = Individuals.of(x, m.ghostSlice(from, calculationEnd), 0, x.length, conventions.minimumPoints(),
                conventions.xmrLimits(), conventions.screening(), conventions.gaps());
        double centre = back(t.centre());
        if (!t.hasLimits()) {
            out.centreOnly(phase, centre);
        } else {
            out.set(phase, centre, Double.NaN, back(t.centre() - t.sigma()), back(t.centre() + t.sigma()),
                    back(t.lowerTwoSigma()), back(t.upperTwoSigma()), back(t.lower()), back(t.upper()));
        }
        return PhaseLimits.constant(t.points(), out, phase, t.averageMovingRange(), t.movingRanges());
    }

    private static double back(double x) {
        return x < 0 ? 0 : Math.pow(x, POWER);
    }
}
