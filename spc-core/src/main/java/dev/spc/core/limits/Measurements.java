package dev.spc.core.limits;

import dev.spc.core.series.Series;
import dev.spc.core.series.Subgroup;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * What a chart family reads of a series, as arrays in date order, taken once from the series; a monitor
 * appends new points ({@link #append}). The arrays may be longer than the points: {@link #size()} says how
 * many there are.
 */
public final class Measurements {
    private final Series series;
    /** The dates of the points appended after the series' own. */
    private LocalDate[] appendedDates = new LocalDate[0];
    private double[] values;
    private boolean[] ghost;
    private double[] numerators;
    private double[] denominators;
    private Subgroup[] subgroups;
    private int size;

    private Measurements(Series series, double[] values, boolean[] ghost, double[] numerators,
            double[] denominators, Subgroup[] subgroups, int size) {
        this.series = series;
        this.values = values;
        this.ghost = ghost;
        this.numerators = numerators;
        this.denominators = denominators;
        this.subgroups = subgroups;
        this.size = size;
    }

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
        return new Measurements(series, series.values(), ghost, numerators, denominators, subgroups, n);
    }

    /** Appends a point after the last. */
    public void append(Series.Point p) {
        if (size == values.length) {
            int capacity = Math.max(16, size * 2);
            values = Arrays.copyOf(values, capacity);
            ghost = ghost == null ? null : Arrays.copyOf(ghost, capacity);
            numerators = numerators == null ? null : grow(numerators, capacity);
            denominators = denominators == null ? null : grow(denominators, capacity);
            subgroups = subgroups == null ? null : Arrays.copyOf(subgroups, capacity);
        }
        int appended = size - series.size();
        if (appended == appendedDates.length) {
            appendedDates = Arrays.copyOf(appendedDates, Math.max(8, appended * 2));
        }
        appendedDates[appended] = p.date();
        values[size] = p.value();
        setExtras(size, p);
        size++;
    }

    /** Takes back the last point appended (one a chart refused). */
    public void removeLast() {
        size--;
        if (ghost != null) {
            ghost[size] = false;
        }
        if (denominators != null) {
            numerators[size] = Double.NaN;
            denominators[size] = Double.NaN;
        }
        if (subgroups != null) {
            subgroups[size] = null;
        }
    }

    private static double[] grow(double[] a, int capacity) {
        double[] b = Arrays.copyOf(a, capacity);
        Arrays.fill(b, a.length, capacity, Double.NaN);
        return b;
    }

    /** Point i's ghost flag, counts and subgroup, making their arrays when the first point has them. */
    private void setExtras(int i, Series.Point p) {
        if (p.ghost()) {
            if (ghost == null) {
                ghost = new boolean[values.length];
            }
            ghost[i] = true;
        }
        if (!Double.isNaN(p.denominator())) {
            if (denominators == null) {
                numerators = grow(new double[0], values.length);
                denominators = grow(new double[0], values.length);
            }
            numerators[i] = p.numerator();
            denominators[i] = p.denominator();
        }
        if (p.subgroup().isPresent()) {
            if (subgroups == null) {
                subgroups = new Subgroup[values.length];
            }
            subgroups[i] = p.subgroup().get();
        }
    }

    /** The metric, for problems. */
    public String metric() {
        return series.metric();
    }

    /** The date of point i, for problems and notes. */
    public LocalDate date(int i) {
        return i < series.size() ? series.date(i) : appendedDates[i - series.size()];
    }

    /** The number of points, gaps included. */
    public int size() {
        return size;
    }

    /** The values, {@code NaN} for gaps (ratios for numerator/denominator data, means for subgroups). */
    public double[] values() {
        return values;
    }

    /** Which points are ghosted, or null for none. */
    public boolean[] ghost() {
        return ghost;
    }

    /** The numerators, or null when no point has one. */
    public double[] numerators() {
        return numerators;
    }

    /** The denominators, or null when no point has one. */
    public double[] denominators() {
        return denominators;
    }

    /** The subgroups, or null when no point has one. */
    public Subgroup[] subgroups() {
        return subgroups;
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
        return k == kept.length ? kept : Arrays.copyOf(kept, k);
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
