package dev.spc.core.limits;

import dev.spc.core.ChartSpec;
import dev.spc.core.ChartType;
import dev.spc.core.InputProblem;
import java.util.Arrays;

/**
 * The run chart: the values against the median of the phase (or baseline), with no process limits
 * (METHODS.md section 5). It is judged by runs analysis (Anhøj rules by default), which needs no estimate
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
    public InputProblem check(Measurements m, int i) {
        return null;
    }

    @Override
    public double[] plotted(Measurements m, Phases plan, ChartSpec spec) {
        return m.values();
    }

    @Override
    public boolean perPoint() {
        return false;
    }

    @Override
    public PhaseLimits phase(Measurements m, double[] y, int phase, int from, int calculationEnd, int end,
            ChartSpec spec, Lines out) {
        double[] kept = new double[calculationEnd - from];
        int k = 0;
        for (int i = from; i < calculationEnd; i++) {
            if (m.contributes(i)) {
                kept[k++] = y[i];
            }
        }
        double median = median(kept, k);
        out.centreOnly(phase, median);
        return PhaseLimits.constant(k, out, phase, Double.NaN, -1);
    }

    /** The median of the first {@code count} values of an array (which it sorts); {@code NaN} for none. */
    static double median(double[] values, int count) {
        if (count == 0) {
            return Double.NaN;
        }
        Arrays.sort(values, 0, count);
        int mid = count / 2;
        return count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
