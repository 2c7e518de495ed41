package dev.spc.core.limits;

import dev.spc.core.series.Series;
import dev.spc.core.series.Subgroup;

/**
 * What a chart family reads of a series, as arrays in date order, taken once from the series.
 *
 * @param series the series itself, for the metric and dates that problems name
 * @param values the values, {@code NaN} for gaps (ratios for numerator/denominator data, means for subgroups)
 * @param ghost which points are ghosted, or null for none
 * @param numerators the numerators, or null when the series has none
 * @param denominators the denominators, or null when the series has none
 * @param subgroups the subgroups, or null when the series has none
 */
public record Measurements(Series series, double[] values, boolean[] ghost, double[] numerators,
        double[] denominators, Subgroup[] subgroups) {

    /** The measurements of a series: its values always, the rest when it has them. */
    public static Measurements of(Series series) {
        int n = series.size();
        boolean[] ghost = null;
        if (series.hasGhosts()) {
            ghost = new boolean[n];
            for (int i = 0; i < n; i++) {
                ghost[i] = series.isGhost(i);
            }
        }
        double[] numerators = null;
        double[] denominators = null;
        if (series.hasDenominators()) {
            numerators = new double[n];
            denominators = new double[n];
            for (int i = 0; i < n; i++) {
                numerators[i] = series.numerator(i);
                denominators[i] = series.denominator(i);
            }
        }
        Subgroup[] subgroups = null;
        if (series.hasSubgroups()) {
            subgroups = new Subgroup[n];
            for (int i = 0; i < n; i++) {
                subgroups[i] = series.subgroup(i).orElse(null);
            }
        }
        return new Measurements(series, series.values(), ghost, numerators, denominators, subgroups);
    }

    /** The number of points, gaps included. */
    public int size() {
        return values.length;
    }

    /** True when point i has a value and is not ghosted: it feeds the lines. */
    boolean contributes(int i) {
        double v = values[i];
        return v == v && (ghost == null || !ghost[i]);
    }

    /** The plotted values of points {@code from..to-1} that feed the lines (with a value, not ghosted), in order. */
    double[] contributing(double[] y, int from, int to) {
        double[] kept = new double[to - from];
        int k = 0;
        for (int i = from; i < to; i++) {
            if (contributes(i)) {
                kept[k++] = y[i];
            }
        }
        return k == kept.length ? kept : java.util.Arrays.copyOf(kept, k);
    }

    /** The mean of some values, about the first (exact for equal values); {@code NaN} for none. */
    static double mean(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (double v : values) {
            sum += v - values[0];
        }
        return values[0] + sum / values.length;
    }

    boolean isGhost(int i) {
        return ghost != null && ghost[i];
    }

    /** The subgroup of point i, or null. */
    Subgroup subgroup(int i) {
        return subgroups == null ? null : subgroups[i];
    }

    /** The ghost flags of points {@code from..to-1}, indexed from 0, or null when none is ghosted. */
    boolean[] ghostSlice(int from, int to) {
        if (ghost == null) {
            return null;
        }
        boolean[] g = new boolean[to - from];
        System.arraycopy(ghost, from, g, 0, g.length);
        return g;
    }
}
