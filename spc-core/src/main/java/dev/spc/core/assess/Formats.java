package dev.spc.core.assess;

import dev.spc.core.Analysis;
import dev.spc.core.ChartType;

/**
 * How the numbers of one analysis read to a person, the same in its explanation, its report and wherever
 * else they are shown: values of the data as given; computed lines, and computed statistics (ratios,
 * means, ranges), to as many decimals as the process's variation calls for (enough to show the latest
 * point's sigma to two significant figures, so that the lower limit, the centre and the upper limit
 * always read as different numbers; three significant figures when there is no sigma); proportions of a P
 * chart as percentages; and the metric's unit after each number.
 */
public final class Formats {
    private final boolean computed;
    private final String unit;
    private final double scale;
    private final int decimals;

    private Formats(boolean computed, String unit, double scale, int decimals) {
        this.computed = computed;
        this.unit = unit;
        this.scale = scale;
        this.decimals = decimals;
    }

    /** The formats of an analysis. */
    public static Formats of(Analysis a) {
        boolean proportions = (a.chart() == ChartType.P || a.chart() == ChartType.PP) && a.spec().unit().isEmpty();
        double scale = proportions ? 100 : 1;
        boolean computed = a.chart().input() != ChartType.Input.VALUES || a.chart() == ChartType.MR;
        return new Formats(computed, proportions ? "%" : a.spec().unit(), scale, decimals(a, scale));
    }

    /** A plotted value: as given for values of the data, as a line for computed statistics; "n/a" for none. */
    public String value(double x) {
        return computed ? line(x) : withUnit(Explanation.number(x));
    }

    /** A computed line; "n/a" for none. */
    public String line(double x) {
        return withUnit(decimals < 0 ? Explanation.significant(x * scale) : Explanation.fixed(x * scale, decimals));
    }

    private String withUnit(String number) {
        if (unit.isEmpty() || number.equals("n/a")) {
            return number;
        }
        return unit.equals("%") ? number + "%" : number + " " + unit;
    }

    private static int decimals(Analysis a, double scale) {
        if (a.latestIndex().isEmpty()) {
            return -1;
        }
        double sigma = a.sigma(a.latestIndex().getAsInt()) * scale;
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            return -1;
        }
        return Math.max(0, Math.min(10, (int) Math.ceil(-Math.log10(sigma)) + 1));
    }
}
