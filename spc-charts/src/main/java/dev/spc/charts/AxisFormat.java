package dev.spc.charts;

import dev.spc.core.Analysis;
import dev.spc.core.Formats;
import dev.spc.core.series.Bounds;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * The value axis' tick labels: grouped and pointed as the chart's locale writes numbers (never as the
 * machine's locale happens to be), with the metric's unit ("%" after percentages, a P chart's
 * proportions as percentages), and no label beyond the metric's bounds (an axis of counts may reach a
 * hair below 0 to show a point at 0 whole, but never says "-1").
 */
final class AxisFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;

    private final DecimalFormat format;
    private final double scale;
    private final Bounds bounds;

    AxisFormat(Analysis a, double[] range, Locale locale) {
        Formats f = a.formats(locale);
        this.scale = f.scale();
        this.bounds = a.bounds();
        boolean percent = "%".equals(f.unit());
        this.format = new DecimalFormat(percent ? "#,##0'%'" : "#,##0", DecimalFormatSymbols.getInstance(locale));
        // Enough decimals for ticks a tenth of the range apart to read differently.
        double step = (range[1] - range[0]) * scale / 10;
        int decimals = (int) Math.max(0, Math.min(10, Math.ceil(-Math.log10(step)) + 1));
        format.setMaximumFractionDigits(decimals);
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        if (number < bounds.lower() - 1e-12 * Math.abs(bounds.lower()) - 1e-300
                || number > bounds.upper() + 1e-12 * Math.abs(bounds.upper()) + 1e-300) {
            return toAppendTo;
        }
        return format.format(number * scale, toAppendTo, pos);
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("an axis format only writes");
    }
}
