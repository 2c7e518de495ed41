package dev.spc.core.limits;

import dev.spc.core.series.Series;
import dev.spc.core.series.Subgroup;
import dev.spc.core.spec.ChartType;

/**
 * The chart {@link ChartType#AUTO} stands for, chosen from what the data are, never from their values
 * (docs/methods.md, "Choosing a chart"): Xbar-R for subgroups of at most 10 measurements with ranges,
 * Xbar-S for larger subgroups or summaries without ranges (Montgomery's advice); a U chart for counts over
 * an exposure ({@link Series#isRates}), else a P chart for numerators and denominators; a T chart for the
 * days between events; otherwise the XmR chart.
 */
public final class ChartChoice {
    /** The largest subgroup for which ranges estimate sigma well enough (Montgomery). */
    static final int LARGEST_SUBGROUP_FOR_RANGES = 10;

    private ChartChoice() {
    }

    /** The chart to draw a series as: the one asked for, or the one {@code auto} picks. */
    public static ChartType of(Series series, ChartType asked) {
        if (asked != ChartType.AUTO) {
            return asked;
        }
        if (series.hasSubgroups()) {
            boolean ranges = true;
            int largest = 0;
            for (int i = 0; i < series.size(); i++) {
                Subgroup g = series.subgroup(i).orElse(null);
                if (g != null) {
                    ranges &= !Double.isNaN(g.range());
                    largest = Math.max(largest, g.size());
                }
            }
            return ranges && largest <= LARGEST_SUBGROUP_FOR_RANGES ? ChartType.XBAR_R : ChartType.XBAR_S;
        }
        if (series.hasDenominators()) {
            return series.isRates() ? ChartType.U : ChartType.P;
        }
        return series.isEventIntervals() ? ChartType.T : ChartType.XMR;
    }
}
