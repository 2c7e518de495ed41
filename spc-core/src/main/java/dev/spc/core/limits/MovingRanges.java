package dev.spc.core.limits;

import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.GapPolicy;
import dev.spc.core.spec.LimitConventions;
import java.util.Arrays;

/**
 * The moving-range (MR) chart, the companion of the XmR chart (docs/methods.md, section 2): each point is the
 * moving range {@code MR_i = |y_i - y_prev|} ending at it, where {@code y_prev} is the phase's previous
 * point with a value that is not ghosted (so the ranges are exactly those the XmR chart's average moving
 * range is made of; a ghosted point's own range is plotted but feeds nothing).
 *
 * <pre>
 *   CL = AMR (after screening, when chosen)    UCL = D4(2) AMR = 3.267 AMR    LCL = 0
 *   sigma = (D4(2) - 1) / 3 AMR, so that UCL = CL + 3 sigma; lower lines clamped at 0
 * </pre>
 *
 * The first point of each phase, and the first after a gap (unless gaps are bridged), has no moving
 * range and is a gap on this chart.
 */
public final class MovingRanges implements ChartFamily {
    static final MovingRanges INSTANCE = new MovingRanges();

    private MovingRanges() {
    }

    @Override
    public ChartType type() {
        return ChartType.MR;
    }

    @Override
    public double[] plotted(Measurements m, Phases plan, LimitConventions conventions) {
        double[] y = m.values();
        double[] mr = new double[m.size()];
        Arrays.fill(mr, Double.NaN);
        for (int p = 0; p < plan.count(); p++) {
            double previous = Double.NaN;
            for (int i = plan.start(p); i < plan.end(p); i++) {
                double v = y[i];
                if (v != v) {
                    if (conventions.gaps() == GapPolicy.BREAK_MOVING_RANGES) {
                        previous = Double.NaN;
                    }
                    continue;
                }
                mr[i] = Math.abs(v - previous);
                if (!m.isGhost(i)) {
                    previous = v;
                }
            }
        }
        return mr;
    }

    /** The moving range ending at point i: from the phase's previous point with a value that is not ghosted. */
    @Override
    public double plot(Measurements m, int i, int phaseStart, LimitConventions conventions) {
        double v = m.values()[i];
        if (v != v) {
            return Double.NaN;
        }
        for (int k = i - 1; k >= phaseStart; k--) {
            double previous = m.values()[k];
            if (previous != previous) {
                if (conventions.gaps() == GapPolicy.BREAK_MOVING_RANGES) {
                    return Double.NaN;
                }
            } else if (!m.isGhost(k)) {
                return Math.abs(v - previous);
            }
        }
        return Double.NaN;
    }

    @Override
    public PhaseLimits phase(Measurements m, double[] y, int phase, int from, int calculationEnd, int end,
            LimitConventions conventions, Lines out) {
        PhaseLimits x = Individuals.of(m.values(), m.ghost(), from, calculationEnd, conventions.minimumPoints(),
                conventions.xmrLimits(), conventions.screening(), conventions.gaps());
        double amr = x.averageMovingRange();
        if (!x.hasLimits()) {
            double centre = x.movingRanges() > 0 ? meanRange(m, y, from, calculationEnd) : Double.NaN;
            out.centreOnly(phase, centre);
            return PhaseLimits.constant(x.points(), out, phase, Double.NaN, x.movingRanges());
        }
        out.symmetric(phase, amr, (Individuals.D4 - 1) / 3 * amr, 0, Double.POSITIVE_INFINITY);
        return PhaseLimits.constant(x.points(), out, phase, amr, x.movingRanges());
    }

    /** The mean of the contributing moving ranges: the centre line of a phase too short for limits. */
    private static double meanRange(Measurements m, double[] mr, int from, int to) {
        double sum = 0;
        int count = 0;
        for (int i = from; i < to; i++) {
            if (mr[i] == mr[i] && !m.isGhost(i)) {
                sum += mr[i];
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }
}
