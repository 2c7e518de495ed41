package dev.spc.core.limits;

import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.LimitConventions;
import java.util.Arrays;

/**
 * The run chart: the values against the median of the phase (or baseline), with no process limits
 * (docs/methods.md, section 5). It is judged by runs analysis (Anhøj rules by default), which needs no estimate
 * of sigma and so is honest for short series and for data of any distribution.
 */
public final class RunChart implements ChartFamily {
    static final RunChart INSTANCE = new RunChart();

    private RunChart() {
    }

    @Override
    public ChartType type() {
        return ChartType.RUN;
    }

    @Override
    public PhaseLimits phase(Measurements m, double[] y, int phase, int from, int calculationEnd, int end,
            LimitConventions conventions, Lines out) {
        double[] kept = m.contributing(y, from, calculationEnd);
        out.centreOnly(phase, median(kept));
        return PhaseLimits.constant(kept.length, out, phase, Double.NaN, -1);
    }

    /** The median of some values (which it sorts); {@code NaN} for none. */
    static double median(double[] values) {
        int count = values.length;
        if (count == 0) {
            return Double.NaN;
        }
        Arrays.sort(values);
        int mid = count / 2;
        return count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
