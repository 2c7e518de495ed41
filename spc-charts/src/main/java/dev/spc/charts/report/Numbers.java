package dev.spc.charts.report;

import dev.spc.core.Analysis;
import dev.spc.core.Formats;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Numbers as a reader of the report sees them: as the metric's explanation writes them ({@link Formats}),
 * so that the matrix, the data table and the words agree; empty where there is no number.
 */
final class Numbers {
    private final Formats formats;

    private Numbers(Formats formats) {
        this.formats = formats;
    }

    static Numbers of(Analysis a, Locale locale) {
        return new Numbers(a.formats(locale));
    }

    /** A limit held inside the metric's bounds, as the explanation gives it; empty when there is none. */
    String limit(double x) {
        return Double.isNaN(x) || Double.isInfinite(x) ? "" : formats.limit(x);
    }

    /** What people call point i's date. */
    String when(int i) {
        return formats.when(i);
    }

    /** A plotted value (as given, or rounded as a line when the chart computed it); empty for a gap. */
    String value(double x) {
        return Double.isNaN(x) ? "" : formats.value(x);
    }

    /** A computed line; empty when there is none. */
    String line(double x) {
        return Double.isNaN(x) || Double.isInfinite(x) ? "" : formats.line(x);
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

}
