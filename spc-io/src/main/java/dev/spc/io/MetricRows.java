package dev.spc.io;

import dev.spc.core.Formats;
import dev.spc.core.Spc;
import dev.spc.core.series.InputProblem;
import dev.spc.core.series.Period;
import dev.spc.core.series.Series;
import dev.spc.core.series.Subgroup;
import dev.spc.core.spec.ChartType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The rows of one metric as read, kept compactly (numbers as doubles, dates as indices into the export's
 * dictionary of date texts) until its series is made: about 16 bytes a row, so that a file of millions of
 * rows fits in memory without its text. Cells are read as they arrive, so a bad cell is refused with its
 * row as soon as it is met.
 */
final class MetricRows {
    /** What each row holds. */
    enum Mode {
        /** One value a row. */
        VALUES,
        /** Values, several rows of a date making one subgroup. */
        MEASUREMENTS,
        /** A subgroup's mean, standard deviation, size and perhaps range a row. */
        SUMMARIES,
        /** A numerator and a denominator a row. */
        RATIOS,
        /** An event a row (its date): the points are the days between. */
        EVENTS
    }

    private static final byte REBASE = 1;
    private static final byte GHOST = 2;

    final String metric;
    final ChartType chart;
    final Mode mode;
    /** The column the values are in (a wide layout's per-period columns are named by the reading). */
    final String valueColumn;
    private final boolean exposures;
    private int n;
    private int[] dateIds = new int[16];
    private int[] lines = new int[16];
    /** Value, numerator or mean. */
    private double[] a = new double[16];
    /** Denominator or standard deviation. */
    private double[] b;
    /** Subgroup size. */
    private double[] c;
    /** Subgroup range. */
    private double[] d;
    private double[] targets;
    private byte[] flags;
    private String[] annotations;
    private boolean percent;
    /** For measurements: the dates seen, and whether one was seen twice (so that rows form subgroups). */
    private java.util.BitSet seenDates;
    private boolean repeats;

    MetricRows(String metric, ChartType chart, Mode mode, String valueColumn, boolean exposures) {
        this.metric = metric;
        this.chart = chart;
        this.mode = mode;
        this.valueColumn = valueColumn;
        this.exposures = exposures;
        if (mode == Mode.RATIOS || mode == Mode.SUMMARIES) {
            b = new double[16];
        }
        if (mode == Mode.SUMMARIES) {
            c = new double[16];
            d = new double[16];
        }
    }

    /** The mode a metric's rows are read in, from the columns the export has and the metric's chart. */
    static Mode modeOf(ChartType chart, Roles r, boolean values) {
        boolean auto = chart == ChartType.AUTO;
        boolean ratios = r.numerator() >= 0 && (chart.input() == ChartType.Input.RATIOS || auto || !values);
        if (ratios) {
            return Mode.RATIOS;
        }
        boolean subgroupChart = chart.input() == ChartType.Input.SUBGROUPS || auto;
        // A CUSUM or EWMA takes subgroup summaries (mean, sd, size) as well as values.
        if ((subgroupChart || chart.isSensitive()) && r.sd() >= 0 && values) {
            return Mode.SUMMARIES;
        }
        if (subgroupChart && values) {
            return Mode.MEASUREMENTS;
        }
        if (!values && r.numerator() < 0 && (chart == ChartType.G || chart == ChartType.T || auto)) {
            return Mode.EVENTS;
        }
        return Mode.VALUES;
    }

    /** The number of rows. */
    int size() {
        return n;
    }

    private void grow() {
        int cap = dateIds.length * 2;
        dateIds = Arrays.copyOf(dateIds, cap);
        lines = Arrays.copyOf(lines, cap);
        a = Arrays.copyOf(a, cap);
        if (b != null) {
            b = Arrays.copyOf(b, cap);
        }
        if (c != null) {
            c = Arrays.copyOf(c, cap);
            d = Arrays.copyOf(d, cap);
        }
        if (targets != null) {
            targets = Arrays.copyOf(targets, cap);
        }
        if (flags != null) {
            flags = Arrays.copyOf(flags, cap);
        }
        if (annotations != null) {
            annotations = Arrays.copyOf(annotations, cap);
        }
    }

    /**
     * Adds a row.
     *
     * @param dateId the row's date, as an index into the export's date texts
     * @param line the row's line, for messages
     * @param row the row's cells (for the extras and, in a long export, the other numbers)
     * @param r the columns' roles
     * @param valueText the value's cell (a wide export's value is not in a role's column)
     * @param valueColumn the value's column name, for messages
     */
    void add(int dateId, int line, String[] row, Roles r, String valueText, String valueColumn, Cells.Numbers numbers) {
        int k = start(dateId, line);
        switch (mode) {
            case RATIOS -> {
                a[k] = numbers.readOrMissing(row[r.numerator()], line, r.name(r.numerator()));
                b[k] = numbers.readOrMissing(row[r.denominator()], line, r.name(r.denominator()));
                if (Double.isNaN(a[k]) != Double.isNaN(b[k])) {
                    String blank = Double.isNaN(a[k]) ? r.name(r.numerator()) : r.name(r.denominator());
                    String given = Double.isNaN(a[k]) ? "denominator" : "numerator";
                    throw DataException.atCell(numbers.source(), line, blank, "the " + given + " is given but this "
                            + "cell is blank", "Give both the numerator and the denominator, or leave both blank "
                            + "for a gap");
                }
            }
            case SUMMARIES -> {
                a[k] = value(valueText, line, valueColumn, numbers);
                b[k] = numbers.readOrMissing(row[r.sd()], line, r.name(r.sd()));
                c[k] = numbers.readOrMissing(row[r.size()], line, r.name(r.size()));
                d[k] = r.range() < 0 ? Double.NaN : numbers.readOrMissing(row[r.range()], line, r.name(r.range()));
            }
            case VALUES, MEASUREMENTS -> a[k] = value(valueText, line, valueColumn, numbers);
            case EVENTS -> a[k] = Double.NaN;
        }
        if (r.target() >= 0) {
            String t = row[r.target()];
            double target = numbers.readOrMissing(t, line, r.name(r.target()));
            if (!Double.isNaN(target)) {
                if (targets == null) {
                    targets = new double[dateIds.length];
                    Arrays.fill(targets, Double.NaN);
                }
                targets[k] = target;
            } else if (targets != null) {
                targets[k] = Double.NaN;
            }
        } else if (targets != null) {
            targets[k] = Double.NaN;
        }
        byte f = 0;
        if (r.rebase() >= 0 && Cells.flag(row[r.rebase()], numbers.source(), line, r.name(r.rebase()))) {
            f |= REBASE;
        }
        if (r.ghost() >= 0 && Cells.flag(row[r.ghost()], numbers.source(), line, r.name(r.ghost()))) {
            f |= GHOST;
        }
        if (f != 0 && flags == null) {
            flags = new byte[dateIds.length];
        }
        if (flags != null) {
            flags[k] = f;
        }
        String note = r.annotation() >= 0 ? row[r.annotation()].trim() : "";
        if (!note.isEmpty() && annotations == null) {
            annotations = new String[dateIds.length];
        }
        if (annotations != null) {
            annotations[k] = note.isEmpty() ? null : note;
        }
        n++;
    }

    /**
     * Adds a row of numbers read already, with no target, flag or annotation (a plain record of a long export):
     * a value, or in ratios' mode a numerator and a denominator; as {@link #add} adds such a row.
     */
    void addPlain(int dateId, int line, double value, double denominator) {
        if (mode != Mode.VALUES && mode != Mode.MEASUREMENTS && mode != Mode.RATIOS) {
            throw new IllegalStateException(mode + " rows are not read from plain records");
        }
        int k = start(dateId, line);
        a[k] = value;
        if (mode == Mode.RATIOS) {
            b[k] = denominator;
        }
        if (targets != null) {
            targets[k] = Double.NaN;
        }
        if (flags != null) {
            flags[k] = 0;
        }
        if (annotations != null) {
            annotations[k] = null;
        }
        n++;
    }

    /** Makes room for a row and notes its date and line: the index the row's cells go at. */
    private int start(int dateId, int line) {
        if (n == dateIds.length) {
            grow();
        }
        int k = n;
        if (mode == Mode.MEASUREMENTS && !repeats) {
            if (seenDates == null) {
                seenDates = new java.util.BitSet();
            }
            repeats = seenDates.get(dateId);
            seenDates.set(dateId);
        }
        dateIds[k] = dateId;
        lines[k] = line;
        return k;
    }

    private double value(String text, int line, String column, Cells.Numbers numbers) {
        double v = numbers.readOrMissing(text, line, column);
        if (!Double.isNaN(v) && numbers.percent()) {
            percent = true;
        }
        return v;
    }

    /** Whether the points are ratios of a numerator and a denominator. */
    boolean ratios() {
        return mode == Mode.RATIOS;
    }

    /** Whether the points are subgroups (under {@code auto}, only when some date has several rows). */
    boolean subgroups() {
        return mode == Mode.SUMMARIES || mode == Mode.MEASUREMENTS && (chart != ChartType.AUTO || repeats);
    }

    /** Whether any value had a % sign. */
    boolean percent() {
        return percent;
    }

    /** The export as the metric's series are made from it: dates read, and how to name a cell in a message. */
    record Context(String source, long[] days, Period period, ReadOptions options, Roles roles,
            String[] columnOfDate) {
        /** The date of a date id (days holds each as its epoch day). */
        LocalDate date(int dateId) {
            return LocalDate.ofEpochDay(days[dateId]);
        }

        /** The column a row's value is in. */
        String valueColumn(MetricRows m, int dateId) {
            return columnOfDate != null ? columnOfDate[dateId] : m.valueColumn;
        }

        /** The column a row's date is in. */
        String dateColumn(int dateId) {
            return columnOfDate != null ? columnOfDate[dateId] : roles.name(roles.date());
        }
    }

    /** The metric's series: its rows grouped by date, checked against its chart. */
    Series series(Context x) {
        long[] order = new long[n];
        for (int k = 0; k < n; k++) {
            long day = x.days()[dateIds[k]] + (1L << 22);
            order[k] = (day << 32) | k;
        }
        Arrays.sort(order);
        if (mode == Mode.EVENTS) {
            return events(x, order);
        }
        // Group the rows of each date: runs of the sorted order.
        boolean grouped = false;
        for (int i = 1; i < n; i++) {
            if (order[i] >>> 32 == order[i - 1] >>> 32) {
                if (mode != Mode.MEASUREMENTS) {
                    int first = (int) order[i - 1];
                    int second = (int) order[i];
                    first = Math.min(first, second);
                    second = Math.max((int) order[i - 1], second);
                    LocalDate date = x.date(dateIds[second]);
                    throw DataException.atCell(x.source(), lines[second], x.dateColumn(dateIds[second]), "metric '"
                            + metric + "' has a second row for " + date + " (the first is row " + lines[first] + ")",
                            "Give each metric one row per date; if the rows are different metrics, give them different "
                                    + "names; if they are measurements of one subgroup, use --chart xbar-r or xbar-s");
                }
                grouped = true;
            }
        }
        // Under auto, rows form subgroups only when some date has several.
        boolean subgroups = mode == Mode.MEASUREMENTS && (chart != ChartType.AUTO || grouped);
        if ((mode == Mode.VALUES || mode == Mode.MEASUREMENTS && !subgroups) && targets == null && flags == null
                && annotations == null) {
            // Plain values, one row a date: the series straight from arrays, without a point object each.
            long[] days = new long[n];
            double[] values = new double[n];
            for (int q = 0; q < n; q++) {
                int k = (int) order[q];
                days[q] = x.days()[dateIds[k]];
                values[q] = a[k];
            }
            return checked(x, Series.ofEpochDays(metric, days, values));
        }
        List<Series.Point> points = new ArrayList<>(n);
        int i = 0;
        while (i < n) {
            int j = i + 1;
            while (j < n && order[j] >>> 32 == order[i] >>> 32) {
                j++;
            }
            points.add(extras(point(x, order, i, j, subgroups), order, i, j));
            i = j;
        }
        return checked(x, mode == Mode.RATIOS && exposures ? Series.rates(metric, points) : Series.of(metric, points));
    }

    /** The series with its unit and period, checked against its chart. */
    private Series checked(Context x, Series series) {
        Series s = series;
        if (percent || impliesPercent(s.metric())) {
            s = s.withUnit("%");
        }
        if (x.period() != null) {
            s = s.withPeriod(x.period());
        }
        if (x.options().sequence()) {
            s = s.numbered();
        }
        Optional<InputProblem> problem = Spc.check(s, chart);
        if (problem.isPresent()) {
            throw refusal(x, s, problem.get());
        }
        return s;
    }

    /**
     * True when a metric's name says its values are percentages: it ends in "%" or "(%)" (the settings'
     * unit, applied later, can say otherwise).
     */
    static boolean impliesPercent(String metric) {
        return metric.stripTrailing().endsWith("%") || metric.stripTrailing().endsWith("%)");
    }

    /** The point of the rows order[i..j) (one date; several rows only for subgroup measurements). */
    private Series.Point point(Context x, long[] order, int i, int j, boolean subgroups) {
        int k = (int) order[i];
        LocalDate date = x.date(dateIds[k]);
        switch (mode) {
            case RATIOS:
                return Series.Point.ratio(date, a[k], b[k]);
            case SUMMARIES:
                return summary(x, date, k);
            case MEASUREMENTS:
                if (subgroups) {
                    double[] observations = new double[j - i];
                    int m = 0;
                    for (int q = i; q < j; q++) {
                        double v = a[(int) order[q]];
                        if (!Double.isNaN(v)) {
                            observations[m++] = v;
                        }
                    }
                    return m == 0 ? Series.Point.gap(date)
                            : Series.Point.subgroup(date, Subgroup.of(Arrays.copyOf(observations, m)));
                }
                return Series.Point.of(date, a[k]);
            default:
                return Series.Point.of(date, a[k]);
        }
    }

    /** The point with the target of its first row and the flags and first annotation of any of its rows. */
    private Series.Point extras(Series.Point point, long[] order, int i, int j) {
        Series.Point p = point;
        int first = (int) order[i];
        if (targets != null && !Double.isNaN(targets[first])) {
            p = p.withTarget(targets[first]);
        }
        for (int q = i; q < j; q++) {
            int k = (int) order[q];
            if (flags != null && (flags[k] & REBASE) != 0) {
                p = p.withRebase();
            }
            if (flags != null && (flags[k] & GHOST) != 0) {
                p = p.withGhost();
            }
            if (annotations != null && p.annotation().isEmpty() && annotations[k] != null) {
                p = p.withAnnotation(annotations[k]);
            }
        }
        return p;
    }

    /** A subgroup from a summary row: mean (value), standard deviation, size and perhaps range. */
    private Series.Point summary(Context x, LocalDate date, int k) {
        Roles r = x.roles();
        double mean = a[k];
        double sd = b[k];
        double size = c[k];
        double range = d[k];
        if (Double.isNaN(mean)) {
            return Series.Point.gap(date);
        }
        if (Double.isNaN(size) || size < 1 || size != Math.rint(size) || size > Integer.MAX_VALUE) {
            throw DataException.atCell(x.source(), lines[k], r.name(r.size()), Double.isNaN(size)
                    ? "the subgroup size is missing, and the mean is given"
                    : "the subgroup size is " + Formats.number(size) + ", not a whole number of 1 or more",
                    "Give the number of measurements the mean and sd were made from");
        }
        if (Double.isNaN(sd) || sd < 0) {
            throw DataException.atCell(x.source(), lines[k], r.name(r.sd()), Double.isNaN(sd)
                    ? "the standard deviation is missing, and the mean is given"
                    : "the standard deviation is " + Formats.number(sd) + ", below zero",
                    "Give each subgroup's sample standard deviation, or leave the mean blank for a gap");
        }
        if (range < 0) {
            throw DataException.atCell(x.source(), lines[k], r.name(r.range()), "the range is " + Formats.number(range)
                    + ", below zero", "Give each subgroup's largest less its smallest measurement");
        }
        return Series.Point.subgroup(date, new Subgroup((int) size, mean, sd, range));
    }

    /**
     * The days between events, each dated on the event that ends it and carrying that event's row's target,
     * flags and annotation.
     */
    private Series events(Context x, long[] order) {
        List<Series.Point> points = new ArrayList<>(Math.max(0, n - 1));
        for (int i = 1; i < n; i++) {
            int k = (int) order[i];
            int before = (int) order[i - 1];
            LocalDate date = x.date(dateIds[k]);
            LocalDate previous = x.date(dateIds[before]);
            if (date.equals(previous)) {
                int first = Math.min(k, before);
                int second = Math.max(k, before);
                throw DataException.atCell(x.source(), lines[second], x.dateColumn(dateIds[second]), "metric '" + metric
                        + "' has two events on " + date + " (the first is row " + lines[first] + "), and a chart has "
                        + "one point a date", "Date each event on its own day, or give the intervals between events "
                        + "in a value column, one row a date");
            }
            double days = date.toEpochDay() - previous.toEpochDay();
            points.add(extras(Series.Point.of(date, days), order, i, i + 1));
        }
        Series s = Series.eventIntervals(metric, points);
        s = x.period() != null ? s.withPeriod(x.period()) : s;
        return x.options().sequence() ? s.numbered() : s;
    }

    private DataException refusal(Context x, Series s, InputProblem p) {
        Roles r = x.roles();
        int k = -1;
        for (int q = 0; q < n; q++) {
            if (x.days()[dateIds[q]] == p.date().toEpochDay() && (k < 0 || lines[q] < lines[k])) {
                k = q;
            }
        }
        int dateId = k < 0 ? 0 : dateIds[k];
        String column = switch (p.field()) {
            case NUMERATOR -> r.name(r.numerator());
            case DENOMINATOR -> r.denominator() >= 0 ? r.name(r.denominator()) : x.valueColumn(this, dateId);
            case SUBGROUP -> r.size() >= 0 ? r.name(r.size()) : x.valueColumn(this, dateId);
            case VALUE -> mode == Mode.RATIOS ? r.name(r.numerator()) : x.valueColumn(this, dateId);
            case DATE -> x.dateColumn(dateId);
        };
        return DataException.atCell(x.source(), k < 0 ? 0 : lines[k], column, "metric '" + metric + "' on " + p.date()
                + ": " + p.describe(), Hints.of(p, x.options().chartChoice())).withProblem(p);
    }
}
