package dev.spc.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One metric's points in time order: a date and a value per point, with optional per-point flags
 * (start a new phase here, ghost this point), an annotation and a target.
 *
 * <p>A missing value ({@code NaN}) is a gap: it is kept in its place, never treated as zero, and takes no
 * part in the limits or the rules. Values are at most {@link #LARGEST_VALUE} in size. Points are sorted by
 * date when the series is made; two points on the same date are refused.
 */
public final class Series {
    /**
     * The largest value in size a point may have: beyond it a double no longer holds every whole number,
     * and sums and moving ranges of such values lose their meaning (or overflow).
     */
    public static final double LARGEST_VALUE = 1e15;

    private final String metric;
    private final LocalDate[] dates;
    private final double[] values;
    private final double[] targets;
    private final boolean[] rebase;
    private final boolean[] ghost;
    private final String[] annotations;

    private Series(String metric, LocalDate[] dates, double[] values, double[] targets, boolean[] rebase,
            boolean[] ghost, String[] annotations) {
        this.metric = metric;
        this.dates = dates;
        this.values = values;
        this.targets = targets;
        this.rebase = rebase;
        this.ghost = ghost;
        this.annotations = annotations;
    }

    /**
     * A point of a series as a caller supplies it.
     *
     * @param date the period the value belongs to
     * @param value the value, or {@code NaN} for a gap
     * @param target the target for this period, or {@code NaN} for none
     * @param rebase true when a new phase (recalculated limits) starts at this point
     * @param ghost true when the point is plotted and judged but left out of the limits
     * @param annotation a note to show beside the point, or null
     */
    public record Point(LocalDate date, double value, double target, boolean rebase, boolean ghost,
            String annotation) {
        public Point {
            Objects.requireNonNull(date, "date");
            if (Math.abs(value) > LARGEST_VALUE) {
                throw new IllegalArgumentException("value on " + date + " is " + value
                        + ", beyond the largest a point may have (10^15)");
            }
        }

        /** A plain point. */
        public static Point of(LocalDate date, double value) {
            return new Point(date, value, Double.NaN, false, false, null);
        }

        /** A gap: a period whose value is missing. */
        public static Point gap(LocalDate date) {
            return of(date, Double.NaN);
        }

        public Point withTarget(double newTarget) {
            return new Point(date, value, newTarget, rebase, ghost, annotation);
        }

        public Point withRebase() {
            return new Point(date, value, target, true, ghost, annotation);
        }

        public Point withGhost() {
            return new Point(date, value, target, rebase, true, annotation);
        }

        public Point withAnnotation(String text) {
            return new Point(date, value, target, rebase, ghost, text);
        }
    }

    /** A series of plain points, dates and values in matching order (sorted here when they are not). */
    public static Series of(String metric, LocalDate[] dates, double[] values) {
        if (dates.length != values.length) {
            throw new IllegalArgumentException(
                    "dates and values differ in length: " + dates.length + " and " + values.length);
        }
        List<Point> points = new ArrayList<>(dates.length);
        for (int i = 0; i < dates.length; i++) {
            points.add(Point.of(dates[i], values[i]));
        }
        return of(metric, points);
    }

    /** A series of the given points, in any order. */
    public static Series of(String metric, List<Point> points) {
        Objects.requireNonNull(metric, "metric");
        Point[] sorted = points.toArray(new Point[0]);
        Arrays.sort(sorted, Comparator.comparing(Point::date));
        int n = sorted.length;
        LocalDate[] dates = new LocalDate[n];
        double[] values = new double[n];
        double[] targets = null;
        boolean[] rebase = null;
        boolean[] ghost = null;
        String[] annotations = null;
        for (int i = 0; i < n; i++) {
            Point p = sorted[i];
            if (i > 0 && p.date().equals(dates[i - 1])) {
                throw new IllegalArgumentException(
                        "metric '" + metric + "' has two points on " + p.date() + "; give each date once");
            }
            dates[i] = p.date();
            values[i] = p.value();
            if (!Double.isNaN(p.target())) {
                if (targets == null) {
                    targets = new double[n];
                    Arrays.fill(targets, Double.NaN);
                }
                targets[i] = p.target();
            }
            if (p.rebase()) {
                if (rebase == null) {
                    rebase = new boolean[n];
                }
                rebase[i] = true;
            }
            if (p.ghost()) {
                if (ghost == null) {
                    ghost = new boolean[n];
                }
                ghost[i] = true;
            }
            if (p.annotation() != null && !p.annotation().isEmpty()) {
                if (annotations == null) {
                    annotations = new String[n];
                }
                annotations[i] = p.annotation();
            }
        }
        return new Series(metric, dates, values, targets, rebase, ghost, annotations);
    }

    /** The metric's name. */
    public String metric() {
        return metric;
    }

    /** The number of points, gaps included. */
    public int size() {
        return values.length;
    }

    public LocalDate date(int i) {
        return dates[i];
    }

    /** The value of point i, or {@code NaN} for a gap. */
    public double value(int i) {
        return values[i];
    }

    /** True when point i has no value. */
    public boolean isGap(int i) {
        return Double.isNaN(values[i]);
    }

    /** The target set on point i itself, if any. */
    public OptionalDouble target(int i) {
        return targets == null || Double.isNaN(targets[i]) ? OptionalDouble.empty() : OptionalDouble.of(targets[i]);
    }

    /** True when some point carries its own target. */
    public boolean hasPointTargets() {
        return targets != null;
    }

    public boolean isRebase(int i) {
        return rebase != null && rebase[i];
    }

    public boolean isGhost(int i) {
        return ghost != null && ghost[i];
    }

    public Optional<String> annotation(int i) {
        return annotations == null ? Optional.empty() : Optional.ofNullable(annotations[i]);
    }

    /** The points, in date order. */
    public List<Point> points() {
        List<Point> list = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            list.add(new Point(dates[i], values[i], targets == null ? Double.NaN : targets[i], isRebase(i),
                    isGhost(i), annotations == null ? null : annotations[i]));
        }
        return list;
    }

    /** A copy of the values in date order ({@code NaN} for gaps). */
    public double[] values() {
        return values.clone();
    }

    // Package-private views for the kernel, which must not copy on the hot path.
    double[] valuesView() {
        return values;
    }

    /** Which points are ghosted, or null when none is. */
    boolean[] ghostView() {
        return ghost;
    }

    @Override
    public String toString() {
        return "Series[" + metric + ", " + size() + " points]";
    }
}
