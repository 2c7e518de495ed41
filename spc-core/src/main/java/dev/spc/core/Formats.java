package dev.spc.core;

import dev.spc.core.spec.ChartType;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the numbers of one analysis read to a person, the same in its explanation, its report and wherever
 * else they are shown: values of the data as given; computed lines, and computed statistics (ratios,
 * means, ranges), to as many decimals as the process's variation calls for (enough to show the latest
 * point's sigma to two significant figures, so that the lower limit, the centre and the upper limit
 * always read as different numbers; three significant figures when there is no sigma); proportions of a P
 * chart as percentages; and the metric's unit after each number. The static methods write any number so.
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

    /** The formats of an analysis (as {@link Analysis#formats()} gives them). */
    static Formats of(Analysis a) {
        boolean proportions = (a.chart() == ChartType.P || a.chart() == ChartType.PP) && a.series().unit().isEmpty();
        double scale = proportions ? 100 : 1;
        boolean computed = a.chart().input() != ChartType.Input.VALUES || a.chart() == ChartType.MR;
        return new Formats(computed, proportions ? "%" : a.series().unit(), scale, decimals(a, scale));
    }

    /** A plotted value: as given for values of the data, as a line for computed statistics; "n/a" for none. */
    public String value(double x) {
        return computed ? line(x) : withUnit(number(x));
    }

    /** A computed line; "n/a" for none. */
    public String line(double x) {
        return withUnit(decimals < 0 ? significant(x * scale) : fixed(x * scale, decimals));
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

    /** A number as short as it can be written (Java's shortest representation of the double). */
    public static String number(double x) {
        if (Double.isNaN(x)) {
            return "n/a";
        }
        BigDecimal d = BigDecimal.valueOf(x).stripTrailingZeros();
        String s = (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** A number to three significant figures (at least the units digit), trailing zeros kept. */
    public static String significant(double x) {
        if (Double.isNaN(x)) {
            return "n/a";
        }
        if (x == 0) {
            return "0";
        }
        int magnitude = (int) Math.floor(Math.log10(Math.abs(x)));
        return fixed(x, Math.min(12, Math.max(0, 2 - magnitude)));
    }

    /** A number to a fixed number of decimals, rounding half up from its shortest decimal form. */
    public static String fixed(double x, int decimals) {
        if (Double.isNaN(x)) {
            return "n/a";
        }
        String s = BigDecimal.valueOf(x).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
    }
}
