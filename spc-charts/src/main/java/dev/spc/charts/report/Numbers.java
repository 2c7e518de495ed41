package dev.spc.charts.report;

import dev.spc.core.Analysis;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as a reader of the report sees them. A value of the data is shown as given (the shortest
 * decimal that is the same double); a computed line (centre, limits) to one decimal more than the data
 * carry, so that the lines of a metric read alike and close lines still read as different numbers.
 */
final class Numbers {
    /** The data's decimals are counted up to this many; more are noise of a division. */
    private static final int MOST_DATA_DECIMALS = 4;

    private final int lineDecimals;
    private final String unit;

    private Numbers(int lineDecimals, String unit) {
        this.lineDecimals = lineDecimals;
        this.unit = unit;
    }

    /** The formats for one metric: its unit, and its lines to one decimal more than its values carry. */
    static Numbers of(Analysis a) {
        int decimals = 0;
        for (int i = 0; i < a.size() && decimals < MOST_DATA_DECIMALS; i++) {
            double v = a.value(i);
            if (!Double.isNaN(v)) {
                decimals = Math.max(decimals, Math.min(MOST_DATA_DECIMALS, Math.max(0, plain(v).scale())));
            }
        }
        return new Numbers(decimals + 1, a.spec().unit());
    }

    /** A value as given, with its unit; empty for a gap. */
    String value(double x) {
        return Double.isNaN(x) ? "" : withUnit(shortest(x));
    }

    /** A computed line, to the metric's line decimals, with its unit; empty when there is none. */
    String line(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return "";
        }
        String s = BigDecimal.valueOf(x).setScale(lineDecimals, RoundingMode.HALF_UP).toPlainString();
        return withUnit(s.matches("-0(\\.0*)?") ? s.substring(1) : s);
    }

    /** The number alone, as a sort key a script can read; empty for a gap. */
    static String sortKey(double x) {
        return Double.isNaN(x) ? "" : shortest(x);
    }

    /** The shortest plain decimal that reads back as the same double. */
    static String shortest(double x) {
        if (Double.isInfinite(x)) {
            return x > 0 ? "infinity" : "-infinity";
        }
        String s = plain(x).toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    private static BigDecimal plain(double x) {
        BigDecimal d = BigDecimal.valueOf(x).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    private String withUnit(String number) {
        if (unit.isEmpty()) {
            return number;
        }
        return unit.equals("%") ? number + "%" : number + " " + unit;
    }
}
