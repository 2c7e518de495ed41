package dev.spc.core.series;

import dev.spc.core.series.InputProblem.Field;
import dev.spc.core.series.InputProblem.Kind;
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
 * (start a new phase here, ghost this point), an annotation and a target. A point may also carry what
 * its value was made from: a numerator and denominator (the value is their ratio; P, NP, U and Laney
 * charts) or a {@link Subgroup} of measurements (the value is its mean; Xbar, R and S charts). The metric
 * may have a unit ("%", "days"), which explanations and charts show after its numbers.
 *
 * <p>A missing value ({@code NaN}) is a gap: it is kept in its place, never treated as zero, and takes no
 * part in the limits or the rules. Values are at most {@link #LARGEST_VALUE} in size. Points are sorted by
 * date when the series is made; two points on the same date are refused. A series is an immutable value:
 * two series with the same metric, unit and points are equal.
 */
public final class Series {
    /**
     * The largest value in size a point may have: beyond it a double no longer holds every whole number,
     * and sums and moving ranges of such values lose their meaning (or overflow).
     */
    public static final double LARGEST_VALUE = 1e15;

    private final String metric;
    private final String unit;
    /** Each point's date as its epoch day (days from 1970-01-01): a number, not an object a point. */
    private final long[] days;
    private final double[] values;
    private final double[] targets;
    private final boolean[] rebase;
    private final boolean[] ghost;
    private final String[] annotations;
    private final double[] numerators;
    private final double[] denominators;
    private final Subgroup[] subgroups;
    private final boolean eventIntervals;
    private final boolean rates;
    private final Period period;
    private final Bounds bounds;

    private Series(String metric, String unit, long[] days, double[] values, double[] targets, boolean[] rebase,
            boolean[] ghost, String[] annotations, double[] numerators, double[] denominators, Subgroup[] subgroups,
            boolean eventIntervals, boolean rates, Period period, Bounds bounds) {
        this.metric = metric;
        this.unit = unit;
        this.period = period;
        this.bounds = bounds;
        this.days = days;
        this.values = values;
        this.targets = targets;
        this.rebase = rebase;
        this.ghost = ghost;
        this.annotations = annotations;
        this.numerators = numerators;
        this.denominators = denominators;
        this.subgroups = subgroups;
        this.eventIntervals = eventIntervals;
        this.rates = rates;
    }

    /**
     * A point of a series as a caller supplies it. Make one with {@link #of}, {@link #ratio},
     * {@link #subgroup} or {@link #gap}, then add what it carries with the {@code with} methods.
     *
     * @param date the period the value belongs to
     * @param value the value, or {@code NaN} for a gap
     * @param target the target for this period, if it has its own
     * @param rebase true when a new phase (recalculated limits) starts at this point
     * @param ghost true when the point is plotted and judged but left out of the limits
     * @param annotation a note to show beside the point, if any
     * @param numerator the count the value was made from, or {@code NaN} when the value was given as it is
     * @param denominator the count or exposure the numerator is out of (the value is their ratio), or
     *     {@code NaN}
     * @param subgroup the measurements whose mean is the value, if any
     */
    public record Point(LocalDate date, double value, OptionalDouble target, boolean rebase, boolean ghost,
            Optional<String> annotation, double numerator, double denominator, Optional<Subgroup> subgroup) {

        /** @throws InvalidInputException for a value beyond {@link #LARGEST_VALUE} or a ratio missing a part */
        public Point {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(annotation, "annotation");
            Objects.requireNonNull(subgroup, "subgroup");
            if (Math.abs(value) > LARGEST_VALUE) {
                throw problem(date, Field.VALUE, Kind.VALUE_TOO_LARGE, value);
            }
            if (Double.isNaN(numerator) != Double.isNaN(denominator)) {
                throw problem(date, Double.isNaN(numerator) ? Field.NUMERATOR : Field.DENOMINATOR, Kind.INCOMPLETE_RATIO,
                        Double.NaN);
            }
            if (Math.abs(numerator) > LARGEST_VALUE) {
                throw problem(date, Field.NUMERATOR, Kind.VALUE_TOO_LARGE, numerator);
            }
            if (Math.abs(denominator) > LARGEST_VALUE) {
                throw problem(date, Field.DENOMINATOR, Kind.VALUE_TOO_LARGE, denominator);
            }
            if (target.isPresent() && !Double.isFinite(target.getAsDouble())) {
                throw new IllegalArgumentException("the target on " + date + " must be a finite number, not "
                        + target.getAsDouble());
            }
        }

        private static InvalidInputException problem(LocalDate date, Field field, Kind kind, double value) {
            return new InvalidInputException(new InputProblem("", -1, date, field, kind, value, OptionalDouble.empty(),
                    Optional.empty()));
        }

        /** A plain point: a value ({@code NaN} for a gap) and nothing else. */
        public static Point of(LocalDate date, double value) {
            return new Point(date, value, OptionalDouble.empty(), false, false, Optional.empty(), Double.NaN, Double.NaN,
                    Optional.empty());
        }

        /**
         * A point whose value is a numerator over a denominator: a proportion (P chart) or a rate per unit
         * of exposure (U chart). A zero denominator is kept as given, its value {@code NaN}; the charts of
         * ratios refuse it (a period with nothing counted is a {@link #gap}).
         */
        public static Point ratio(LocalDate date, double numerator, double denominator) {
            if (Double.isNaN(numerator) || Double.isNaN(denominator)) {
                return gap(date);
            }
            double value = denominator == 0 ? Double.NaN : numerator / denominator;
            return new Point(date, value, OptionalDouble.empty(), false, false, Optional.empty(), numerator, denominator,
                    Optional.empty());
        }

        /** A point whose value is the mean of a subgroup of measurements. */
        public static Point subgroup(LocalDate date, Subgroup subgroup) {
            return new Point(date, subgroup.mean(), OptionalDouble.empty(), false, false, Optional.empty(), Double.NaN,
                    Double.NaN, Optional.of(subgroup));
        }

        /** A gap: a period whose value is missing. */
        public static Point gap(LocalDate date) {
            return of(date, Double.NaN);
        }

        /** This point with its own target, a finite number. */
        public Point withTarget(double newTarget) {
            return new Point(date, value, OptionalDouble.of(newTarget), rebase, ghost, annotation, numerator, denominator,
                    subgroup);
        }

        /** This point starting a new phase. */
        public Point withRebase() {
            return new Point(date, value, target, true, ghost, annotation, numerator, denominator, subgroup);
        }

        /** This point ghosted: plotted and judged, but left out of the limits. */
        public Point withGhost() {
            return new Point(date, value, target, rebase, true, annotation, numerator, denominator, subgroup);
        }

        /** This point with a note (blank text: none). */
        public Point withAnnotation(String text) {
            Optional<String> note = text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
            return new Point(date, value, target, rebase, ghost, note, numerator, denominator, subgroup);
        }
    }

    /**
     * A series of plain points, dates and values in matching order (sorted here when they are not): the same
     * series, and the same problems, as {@link #of(String, List)} of {@link Point#of} points, made without a
     * point object each.
     */
    public static Series of(String metric, LocalDate[] dates, double[] values) {
        Objects.requireNonNull(metric, "metric");
        long[] days = new long[dates.length];
        for (int i = 0; i < days.length; i++) {
            days[i] = Objects.requireNonNull(dates[i], "date").toEpochDay();
        }
        return ofEpochDays(metric, days, values);
    }

    /**
     * A series of plain points, dates given as epoch days (days from 1970-01-01, as
     * {@link LocalDate#toEpochDay()}) and values in matching order (sorted here when they are not): the same
     * series as {@link #of(String, LocalDate[], double[])} of those dates, made without a date object each.
     */
    public static Series ofEpochDays(String metric, long[] days, double[] values) {
        Objects.requireNonNull(metric, "metric");
        if (days.length != values.length) {
            throw new IllegalArgumentException(
                    "dates and values differ in length: " + days.length + " and " + values.length);
        }
        int n = days.length;
        boolean ascending = true;
        for (int i = 0; i < n; i++) {
            if (Math.abs(values[i]) > LARGEST_VALUE) {
                throw new InvalidInputException(new InputProblem("", -1, LocalDate.ofEpochDay(days[i]), Field.VALUE,
                        Kind.VALUE_TOO_LARGE, values[i], OptionalDouble.empty(), Optional.empty()));
            }
            ascending &= i == 0 || days[i] > days[i - 1];
        }
        long[] d = days.clone();
        double[] v = values.clone();
        if (!ascending) {
            // A stable sort by date, as of(metric, points) sorts: equal dates keep their order.
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingLong(i -> days[i]));
            for (int i = 0; i < n; i++) {
                d[i] = days[order[i]];
                v[i] = values[order[i]];
                if (i > 0 && d[i] == d[i - 1]) {
                    throw new InvalidInputException(new InputProblem(metric, i, LocalDate.ofEpochDay(d[i]), Field.DATE,
                            Kind.DUPLICATE_DATE, Double.NaN, OptionalDouble.empty(), Optional.empty()));
                }
            }
        }
        return new Series(metric, "", d, v, null, null, null, null, null, null, null, false, false, null, Bounds.NOT_SET);
    }

    /**
     * The intervals between events, from the dates the events happened on (for G and T charts): each
     * event after the first is a point dated on its day whose value is the number of days since the event
     * before it. The dates may come in any order. A series has one point a date, so two events on one day
     * are refused.
     */
    public static Series intervalsBetween(String metric, List<LocalDate> eventDates) {
        LocalDate[] sorted = eventDates.toArray(new LocalDate[0]);
        Arrays.sort(sorted);
        List<Point> points = new ArrayList<>(Math.max(0, sorted.length - 1));
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i].equals(sorted[i - 1])) {
                throw new InvalidInputException(new InputProblem(metric, -1, sorted[i], Field.DATE,
                        Kind.TWO_EVENTS_ON_ONE_DAY, Double.NaN, OptionalDouble.empty(), Optional.empty()));
            }
            points.add(Point.of(sorted[i], sorted[i].toEpochDay() - sorted[i - 1].toEpochDay()));
        }
        return of(metric, points, true, false);
    }

    /**
     * A series of intervals between events (for G and T charts), made by the caller: like {@link #of} but
     * known to be event intervals, which the {@code auto} chart charts as a T chart.
     */
    public static Series eventIntervals(String metric, List<Point> intervals) {
        return of(metric, intervals, true, false);
    }

    /**
     * A series of rates: each point's numerator is a count of events over its denominator, an exposure (such
     * as bed days), not a number of units out of which the count is taken; the {@code auto} chart charts it
     * as a U chart, not a P chart.
     */
    public static Series rates(String metric, List<Point> points) {
        return of(metric, points, false, true);
    }

    /**
     * A series of the given points, in any order.
     *
     * @throws InvalidInputException for two points on one date, or points with denominators mixed with
     *     points with subgroups
     */
    public static Series of(String metric, List<Point> points) {
        return of(metric, points, false, false);
    }

    private static Series of(String metric, List<Point> points, boolean eventIntervals, boolean rates) {
        Objects.requireNonNull(metric, "metric");
        Point[] sorted = points.toArray(new Point[0]);
        Arrays.sort(sorted, Comparator.comparing(Point::date));
        int n = sorted.length;
        long[] days = new long[n];
        double[] values = new double[n];
        double[] targets = null;
        boolean[] rebase = null;
        boolean[] ghost = null;
        String[] annotations = null;
        double[] numerators = null;
        double[] denominators = null;
        Subgroup[] subgroups = null;
        for (int i = 0; i < n; i++) {
            Point p = sorted[i];
            long day = p.date().toEpochDay();
            if (i > 0 && day == days[i - 1]) {
                throw new InvalidInputException(new InputProblem(metric, i, p.date(), Field.DATE, Kind.DUPLICATE_DATE,
                        Double.NaN, OptionalDouble.empty(), Optional.empty()));
            }
            days[i] = day;
            values[i] = p.value();
            if (p.target().isPresent()) {
                if (targets == null) {
                    targets = new double[n];
                    Arrays.fill(targets, Double.NaN);
                }
                targets[i] = p.target().getAsDouble();
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
            if (p.annotation().isPresent()) {
                if (annotations == null) {
                    annotations = new String[n];
                }
                annotations[i] = p.annotation().get();
            }
            if (!Double.isNaN(p.denominator())) {
                if (denominators == null) {
                    numerators = new double[n];
                    denominators = new double[n];
                    Arrays.fill(numerators, Double.NaN);
                    Arrays.fill(denominators, Double.NaN);
                }
                numerators[i] = p.numerator();
                denominators[i] = p.denominator();
            }
            if (p.subgroup().isPresent()) {
                if (subgroups == null) {
                    subgroups = new Subgroup[n];
                }
                subgroups[i] = p.subgroup().get();
            }
            if (denominators != null && subgroups != null) {
                throw new InvalidInputException(new InputProblem(metric, i, p.date(), Field.VALUE, Kind.MIXED_KINDS,
                        p.value(), OptionalDouble.empty(), Optional.empty()));
            }
        }
        return new Series(metric, "", days, values, targets, rebase, ghost, annotations, numerators, denominators,
                subgroups, eventIntervals, rates, null, Bounds.NOT_SET);
    }

    /** This series with a unit, such as "%" or "days" (blank: none), shown after its numbers. */
    public Series withUnit(String newUnit) {
        String u = newUnit == null ? "" : newUnit.trim();
        return new Series(metric, u, days, values, targets, rebase, ghost, annotations, numerators, denominators,
                subgroups, eventIntervals, rates, period, bounds);
    }

    /**
     * This series with its dates standing for periods of a kind (financial months, ISO weeks, ...), whose
     * labels people see; null for plain dates.
     */
    public Series withPeriod(Period newPeriod) {
        return new Series(metric, unit, days, values, targets, rebase, ghost, annotations, numerators, denominators,
                subgroups, eventIntervals, rates, newPeriod, bounds);
    }

    /**
     * This series plotted against its sequence: its points numbered 1, 2, 3... in date order in place of
     * their dates ({@link Period#SEQUENCE}). A series already numbered is returned as it is.
     */
    public Series numbered() {
        if (period == Period.SEQUENCE) {
            return this;
        }
        long[] numbers = new long[days.length];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = Period.dateOf(i + 1L).toEpochDay();
        }
        return new Series(metric, unit, numbers, values, targets, rebase, ghost, annotations, numerators, denominators,
                subgroups, eventIntervals, rates, Period.SEQUENCE, bounds);
    }

    /**
     * This series with the bounds of its values (a side not given follows from the unit and the chart).
     * The bounds are in the units of the plotted values (a P chart's proportions run from 0 to 1).
     */
    public Series withBounds(Bounds newBounds) {
        return new Series(metric, unit, days, values, targets, rebase, ghost, annotations, numerators, denominators,
                subgroups, eventIntervals, rates, period, Objects.requireNonNull(newBounds));
    }

    /** The bounds given for the metric's values: {@link Bounds#NOT_SET} unless {@link #withBounds} gave some. */
    public Bounds bounds() {
        return bounds;
    }

    /** The kind of period the dates stand for, when they were written as periods. */
    public Optional<Period> period() {
        return Optional.ofNullable(period);
    }

    /**
     * What people call point i's date: its period's label ("2024/25 M01") when the series has periods,
     * otherwise empty (and the date speaks for itself).
     */
    public Optional<String> label(int i) {
        return period == null ? Optional.empty() : Optional.of(period.label(date(i)));
    }

    /** The metric's name. */
    public String metric() {
        return metric;
    }

    /** The unit of the metric's values ("%" or a word), empty for none. */
    public String unit() {
        return unit;
    }

    /** The number of points, gaps included. */
    public int size() {
        return values.length;
    }

    /** Point i's date. */
    public LocalDate date(int i) {
        return LocalDate.ofEpochDay(days[i]);
    }

    /** Point i's date as its epoch day (days from 1970-01-01, as {@link LocalDate#toEpochDay()}). */
    public long epochDay(int i) {
        return days[i];
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

    /** True when some point starts a new phase itself. */
    public boolean hasRebase() {
        return rebase != null;
    }

    public boolean isGhost(int i) {
        return ghost != null && ghost[i];
    }

    /** True when some point is ghosted. */
    public boolean hasGhosts() {
        return ghost != null;
    }

    public Optional<String> annotation(int i) {
        return annotations == null ? Optional.empty() : Optional.ofNullable(annotations[i]);
    }

    /** The numerator of point i, or {@code NaN} when its value was given as it is. */
    public double numerator(int i) {
        return numerators == null ? Double.NaN : numerators[i];
    }

    /** The denominator (count or exposure) of point i, or {@code NaN} when it has none. */
    public double denominator(int i) {
        return denominators == null ? Double.NaN : denominators[i];
    }

    /** True when some point has a numerator and denominator. */
    public boolean hasDenominators() {
        return denominators != null;
    }

    /** The subgroup whose mean is point i's value, if it has one. */
    public Optional<Subgroup> subgroup(int i) {
        return subgroups == null ? Optional.empty() : Optional.ofNullable(subgroups[i]);
    }

    /** True when some point is the mean of a subgroup. */
    public boolean hasSubgroups() {
        return subgroups != null;
    }

    /** True when the numerators are counts over an exposure, made by {@link #rates}. */
    public boolean isRates() {
        return rates;
    }

    /** True when the values are the days between events, made by {@link #intervalsBetween}. */
    public boolean isEventIntervals() {
        return eventIntervals;
    }

    /** Point i as the caller would supply it. */
    public Point point(int i) {
        OptionalDouble target = target(i);
        return new Point(date(i), values[i], target, isRebase(i), isGhost(i), annotation(i), numerator(i),
                denominator(i), subgroup(i));
    }

    /** The points, in date order. */
    public List<Point> points() {
        List<Point> list = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            list.add(point(i));
        }
        return list;
    }

    /**
     * This series with more points after its last: the same metric, unit and kind. For a trust system that
     * appends this month's value.
     *
     * @throws InvalidInputException when a new point is not after the last, or repeats a date
     */
    public Series append(List<Point> more) {
        List<Point> all = new ArrayList<>(points());
        LocalDate last = size() == 0 ? LocalDate.MIN : date(size() - 1);
        for (Point p : more) {
            if (!p.date().isAfter(last)) {
                throw new InvalidInputException(new InputProblem(metric, all.size(), p.date(), Field.DATE,
                        p.date().equals(last) ? Kind.DUPLICATE_DATE : Kind.NOT_AFTER_LAST, Double.NaN,
                        OptionalDouble.empty(), Optional.empty()));
            }
            last = p.date();
            all.add(p);
        }
        return of(metric, all, eventIntervals, rates).withUnit(unit).withPeriod(period).withBounds(bounds);
    }

    /** A copy of the values in date order ({@code NaN} for gaps). */
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Series s && metric.equals(s.metric) && unit.equals(s.unit)
                && eventIntervals == s.eventIntervals && rates == s.rates && period == s.period && bounds.equals(s.bounds)
                && Arrays.equals(days, s.days)
                && Arrays.equals(values, s.values) && Arrays.equals(targets, s.targets) && Arrays.equals(rebase, s.rebase)
                && Arrays.equals(ghost, s.ghost) && Arrays.equals(annotations, s.annotations)
                && Arrays.equals(numerators, s.numerators) && Arrays.equals(denominators, s.denominators)
                && Arrays.equals(subgroups, s.subgroups);
    }

    @Override
    public int hashCode() {
        return Objects.hash(metric, unit, Arrays.hashCode(days), Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return "Series[" + metric + ", " + size() + " points]";
    }
}
