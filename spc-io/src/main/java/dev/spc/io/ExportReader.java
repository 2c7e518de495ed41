package dev.spc.io;

import dev.spc.core.Formats;
import dev.spc.core.Spc;
import dev.spc.core.series.InputProblem;
import dev.spc.core.series.Series;
import dev.spc.core.series.Subgroup;
import dev.spc.core.spec.ChartType;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The table bridge's reader: a long CSV export (one row per metric and period) into one {@link Series}
 * per metric.
 *
 * <p>Columns are found by name, ignoring case: {@code metric} (absent: the whole file is one series
 * named after the file), {@code date}, {@code value}, and the optional {@code target}, {@code rebase},
 * {@code ghost} and {@code annotation}; {@link ReadOptions} can name others. Dates are read in the format
 * the column shows ({@link DateReader}); numbers must be plain numbers, blank or NA (gaps), or one of the
 * extra missing markers the options declare.
 *
 * <p>What a point is made from depends on the columns and on each metric's chart ({@link
 * ReadOptions#chartFor}):
 * <ul>
 *   <li>{@code numerator} and {@code denominator} columns: the value is their ratio (P, NP, U, P', U');
 *   <li>subgroup charts (Xbar-R, Xbar-S, R, S, or {@code auto}): the rows of one metric and date are the
 *       measurements of one subgroup; or, with an {@code sd} column, each row is a subgroup summary: the
 *       value is its mean, {@code sd} its standard deviation, {@code subgroup} its size (and {@code range}
 *       its range, when given);
 *   <li>G and T charts (or {@code auto}) with no value column: each row is an event, and the points are the
 *       days between events;
 *   <li>otherwise one value per row, and two rows of the same metric and date are refused.
 * </ul>
 * Each metric's points are then checked against its chart, and a point the chart cannot use is refused
 * with its row and column named.
 */
public final class ExportReader {
    private static final List<String> METRIC_NAMES = List.of("metric", "measure", "indicator", "kpi");
    private static final List<String> DATE_NAMES = List.of("date", "period", "month", "week", "day");
    private static final List<String> VALUE_NAMES = List.of("value");

    private ExportReader() {
    }

    /** Reads a CSV file. */
    public static Export read(Path file, ReadOptions options) {
        String stem = file.getFileName() == null ? "series" : file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return read(CsvText.load(file), file.toString(), stem, options);
    }

    /** Reads CSV text from a stream (such as standard input); {@code source} names it in messages. */
    public static Export read(InputStream in, String source, ReadOptions options) {
        return read(CsvText.load(in, source), source, "series", options);
    }

    /**
     * Reads a table whose columns are all text, rows numbered from 1 (for the Tablesaw bridge, which turns
     * a typed table's cells into the text a CSV file would hold).
     */
    static Export read(TextTable text, String source, String defaultMetric, ReadOptions options) {
        int[] lines = new int[text.rowCount() + 1];
        for (int k = 0; k < lines.length; k++) {
            lines[k] = k;
        }
        return read(new CsvText.Loaded(text, ',', lines, 0), source, defaultMetric, options);
    }

    /** The columns found, by role; null for those absent. */
    private record Columns(String metric, String date, String value, String target, String rebase, String ghost,
            String annotation, String numerator, String denominator, String sd, String size, String range) {
    }

    private static Export read(CsvText.Loaded loaded, String source, String defaultMetric, ReadOptions options) {
        TextTable table = loaded.table();
        Map<String, String> byName = new LinkedHashMap<>();
        for (String name : table.columnNames()) {
            byName.putIfAbsent(name.trim().toLowerCase(Locale.ROOT), name);
        }
        String numerator = column(byName, options.numeratorColumn(), List.of("numerator"), source,
                "--numerator-column", false);
        String denominator = column(byName, options.denominatorColumn(), List.of("denominator", "exposure"), source,
                "--denominator-column", false);
        if ((numerator == null) != (denominator == null)) {
            throw DataException.atFile(source, "there is a " + (numerator == null ? "denominator" : "numerator")
                    + " column but no " + (numerator == null ? "numerator" : "denominator") + " column",
                    "Give both, so that each value is numerator / denominator (or name them with --numerator-column "
                            + "and --denominator-column)");
        }
        boolean ratios = numerator != null;
        String value = column(byName, options.valueColumn(), VALUE_NAMES, source, "--value-column", false);
        String metricCol = column(byName, options.metricColumn(), METRIC_NAMES, source, "--metric-column", false);
        Columns c = new Columns(metricCol,
                column(byName, options.dateColumn(), DATE_NAMES, source, "--date-column", true), value,
                column(byName, options.targetColumn(), List.of("target"), source, "--target-column", false),
                column(byName, options.rebaseColumn(), List.of("rebase", "recalculate"), source, "--rebase-column", false),
                column(byName, options.ghostColumn(), List.of("ghost", "exclude"), source, "--ghost-column", false),
                column(byName, options.annotationColumn(), List.of("annotation", "note", "comment"), source,
                        "--annotation-column", false),
                numerator, denominator,
                column(byName, options.sdColumn(), List.of("sd", "stdev", "standard_deviation"), source, "--sd-column",
                        false),
                column(byName, options.subgroupColumn(), List.of("subgroup", "subgroup_size", "n"), source,
                        "--subgroup-column", false),
                column(byName, null, List.of("range"), source, "", false));
        if (c.value() == null && !ratios && !anyEventChart(options)) {
            throw DataException.atFile(source, "there is no value column",
                    "The columns are: " + String.join(", ", byName.values()) + ". Name a column 'value' (or give "
                            + "numerator and denominator columns), or say which column it is with --value-column NAME");
        }
        if (c.sd() != null && c.size() == null) {
            throw DataException.atFile(source, "there is an sd column but no subgroup column",
                    "Subgroup summaries need each subgroup's size: add a 'subgroup' column (or name it with "
                            + "--subgroup-column)");
        }
        return new Reading(loaded, source, defaultMetric, options, c, byName).read();
    }

    private static boolean anyEventChart(ReadOptions options) {
        for (ChartType t : options.chartsUsed()) {
            if (t == ChartType.G || t == ChartType.T || t == ChartType.AUTO) {
                return true;
            }
        }
        return false;
    }

    /** One pass over the rows: cells into points, points grouped by metric, each metric checked against its chart. */
    private static final class Reading {
        private final CsvText.Loaded loaded;
        private final TextTable table;
        private final String source;
        private final String defaultMetric;
        private final ReadOptions options;
        private final Columns c;
        private final Map<String, String> byName;
        private final boolean commas;
        private final Set<String> missing;

        Reading(CsvText.Loaded loaded, String source, String defaultMetric, ReadOptions options, Columns c,
                Map<String, String> byName) {
            this.loaded = loaded;
            this.table = loaded.table();
            this.source = source;
            this.defaultMetric = defaultMetric;
            this.options = options;
            this.c = c;
            this.byName = byName;
            this.commas = loaded.commasGroupThousands();
            this.missing = options.missing();
        }

        String[] col(String name) {
            return name == null ? null : table.column(name);
        }

        double number(String[] column, String name, int r) {
            String text = column[r];
            return missing.contains(text.trim()) ? Double.NaN
                    : Cells.number(text, source, loaded.row(r), name, options.missingOptionName(), commas);
        }

        Export read() {
            int rows = table.rowCount();
            String[] metrics = col(c.metric());
            String[] dates = col(c.date());
            Map<String, Integer> distinctDates = new LinkedHashMap<>();
            for (int r = 0; r < rows; r++) {
                String d = dates[r].trim();
                if (d.isEmpty()) {
                    throw DataException.atCell(source, loaded.row(r), c.date(), "the date is blank",
                            "Give every row the date of its period");
                }
                distinctDates.putIfAbsent(d, loaded.row(r));
            }
            DateReader dateReader = DateReader.of(distinctDates, options.dateFormat(), source, c.date());

            Map<String, MetricRows> byMetric = new LinkedHashMap<>();
            for (int r = 0; r < rows; r++) {
                String metric = metrics == null ? defaultMetric : metrics[r].trim();
                if (metric.isEmpty()) {
                    throw DataException.atCell(source, loaded.row(r), c.metric(), "the metric name is blank",
                            "Give every row the name of its metric");
                }
                MetricRows m = byMetric.computeIfAbsent(metric, k -> new MetricRows(k, options.chartFor(k)));
                m.add(r, dateReader.date(dates[r].trim()));
            }
            List<Series> series = new ArrayList<>(byMetric.size());
            for (MetricRows m : byMetric.values()) {
                series.add(m.series());
            }
            List<String> notices = new ArrayList<>();
            if (dateReader.notice() != null) {
                notices.add(dateReader.notice());
            }
            if (loaded.blankRows() > 0) {
                notices.add(source + ": " + loaded.blankRows() + (loaded.blankRows() == 1 ? " row" : " rows")
                        + " with every cell blank left out");
            }
            return new Export(source, series, notices);
        }

        /** The rows of one metric, by date, and what its points are made from. */
        private final class MetricRows {
            final String metric;
            final ChartType chart;
            final Map<LocalDate, List<Integer>> rowsOfDate = new LinkedHashMap<>();
            /** Numerator over denominator. */
            final boolean ratios;
            /** A mean, sd and size per row. */
            final boolean summaries;
            /** Several rows of a date may be the measurements of one subgroup. */
            final boolean subgroups;
            /** Each row is an event; the points are the days between them. */
            final boolean events;

            MetricRows(String metric, ChartType chart) {
                this.metric = metric;
                this.chart = chart;
                boolean auto = chart == ChartType.AUTO;
                this.ratios = c.numerator() != null
                        && (chart.input() == ChartType.Input.RATIOS || auto || c.value() == null);
                boolean subgroupChart = chart.input() == ChartType.Input.SUBGROUPS || auto;
                this.summaries = !ratios && subgroupChart && c.sd() != null && c.value() != null;
                this.subgroups = !ratios && !summaries && subgroupChart && c.value() != null;
                this.events = c.value() == null && c.numerator() == null
                        && (chart == ChartType.G || chart == ChartType.T || auto);
                if (c.value() == null && c.numerator() == null && !events) {
                    throw DataException.atFile(source, "metric '" + metric + "' is to be a " + chart.title()
                            + ", which needs values, and there is no value column",
                            "Name a column 'value', or choose --chart g or t for a list of event dates");
                }
                if (chart.input() == ChartType.Input.RATIOS && c.numerator() == null) {
                    throw DataException.atFile(source, "metric '" + metric + "' is to be a " + chart.title()
                            + ", which needs numerator and denominator columns, and there are none",
                            "Add numerator and denominator columns (the chart plots numerator / denominator), or "
                                    + "name them with --numerator-column and --denominator-column");
                }
            }

            void add(int r, LocalDate date) {
                List<Integer> rows = rowsOfDate.computeIfAbsent(date, k -> new ArrayList<>(1));
                if (!rows.isEmpty() && !subgroups) {
                    if (events) {
                        throw DataException.atCell(source, loaded.row(r), c.date(), "metric '" + metric
                                + "' has two events on " + date + " (the first is row " + loaded.row(rows.get(0))
                                + "), and a chart has one point a date", "Date each event on its own day, or give "
                                + "the intervals between events in a value column, one row a date");
                    }
                    throw DataException.atCell(source, loaded.row(r), c.date(), "metric '" + metric
                            + "' has a second row for " + date + " (the first is row " + loaded.row(rows.get(0)) + ")",
                            "Give each metric one row per date; if the rows are different metrics, give them different "
                                    + "names; if they are measurements of one subgroup, use --chart xbar-r or xbar-s");
                }
                rows.add(r);
            }

            Series series() {
                if (events) {
                    return eventIntervals();
                }
                // Under auto, rows form subgroups only when some date has several.
                boolean grouped = subgroups
                        && (chart != ChartType.AUTO || rowsOfDate.values().stream().anyMatch(rows -> rows.size() > 1));
                List<Series.Point> points = new ArrayList<>(rowsOfDate.size());
                for (Map.Entry<LocalDate, List<Integer>> e : rowsOfDate.entrySet()) {
                    points.add(flags(point(e.getKey(), e.getValue(), grouped), e.getValue()));
                }
                // A denominator column named "exposure" holds exposures: the counts are rates (U), not proportions.
                boolean exposure = ratios && c.denominator().trim().equalsIgnoreCase("exposure");
                Series s = exposure ? Series.rates(metric, points) : Series.of(metric, points);
                Optional<InputProblem> problem = Spc.check(s, chart);
                if (problem.isPresent()) {
                    throw refusal(s, problem.get());
                }
                return s;
            }

            /**
             * The days between events, each dated on the event that ends it and carrying that event's row's
             * target, flags and annotation.
             */
            private Series eventIntervals() {
                List<LocalDate> dates = new ArrayList<>(rowsOfDate.keySet());
                dates.sort(null);
                List<Series.Point> points = new ArrayList<>(Math.max(0, dates.size() - 1));
                for (int k = 1; k < dates.size(); k++) {
                    LocalDate d = dates.get(k);
                    double days = d.toEpochDay() - dates.get(k - 1).toEpochDay();
                    points.add(flags(Series.Point.of(d, days), rowsOfDate.get(d)));
                }
                return Series.eventIntervals(metric, points);
            }

            /** A point from the rows of one date (several only for raw subgroups). */
            private Series.Point point(LocalDate date, List<Integer> rows, boolean grouped) {
                int r = rows.get(0);
                if (ratios) {
                    double num = number(col(c.numerator()), c.numerator(), r);
                    double den = number(col(c.denominator()), c.denominator(), r);
                    if (Double.isNaN(num) != Double.isNaN(den)) {
                        String blank = Double.isNaN(num) ? c.numerator() : c.denominator();
                        String given = Double.isNaN(num) ? "denominator" : "numerator";
                        throw DataException.atCell(source, loaded.row(r), blank, "the " + given + " is given but this "
                                + "cell is blank", "Give both the numerator and the denominator, or leave both blank "
                                + "for a gap");
                    }
                    return Series.Point.ratio(date, num, den);
                }
                if (summaries) {
                    return summary(date, r);
                }
                if (grouped) {
                    return measurements(date, rows);
                }
                return Series.Point.of(date, number(col(c.value()), c.value(), r));
            }

            /** The point with the target of its first row and the flags and first annotation of any of its rows. */
            private Series.Point flags(Series.Point point, List<Integer> rows) {
                Series.Point p = point;
                int r = rows.get(0);
                String[] targets = col(c.target());
                if (targets != null && !missing.contains(targets[r].trim())) {
                    p = p.withTarget(Cells.number(targets[r], source, loaded.row(r), c.target(),
                            options.missingOptionName(), commas));
                }
                for (int row : rows) {
                    if (c.rebase() != null && Cells.flag(col(c.rebase())[row], source, loaded.row(row), c.rebase())) {
                        p = p.withRebase();
                    }
                    if (c.ghost() != null && Cells.flag(col(c.ghost())[row], source, loaded.row(row), c.ghost())) {
                        p = p.withGhost();
                    }
                    if (c.annotation() != null && p.annotation().isEmpty() && !col(c.annotation())[row].isBlank()) {
                        p = p.withAnnotation(col(c.annotation())[row].trim());
                    }
                }
                return p;
            }

            /** A subgroup from its measurements, one per row; blank measurements are left out. */
            private Series.Point measurements(LocalDate date, List<Integer> rows) {
                double[] observations = new double[rows.size()];
                int k = 0;
                for (int row : rows) {
                    double v = number(col(c.value()), c.value(), row);
                    if (!Double.isNaN(v)) {
                        observations[k++] = v;
                    }
                }
                if (k == 0) {
                    return Series.Point.gap(date);
                }
                return Series.Point.subgroup(date, Subgroup.of(java.util.Arrays.copyOf(observations, k)));
            }

            /** A subgroup from a summary row: mean (value), standard deviation, size and perhaps range. */
            private Series.Point summary(LocalDate date, int r) {
                double mean = number(col(c.value()), c.value(), r);
                double sd = number(col(c.sd()), c.sd(), r);
                double size = number(col(c.size()), c.size(), r);
                double range = c.range() == null ? Double.NaN : number(col(c.range()), c.range(), r);
                if (Double.isNaN(mean)) {
                    return Series.Point.gap(date);
                }
                if (Double.isNaN(size) || size < 1 || size != Math.rint(size) || size > Integer.MAX_VALUE) {
                    throw DataException.atCell(source, loaded.row(r), c.size(), Double.isNaN(size)
                            ? "the subgroup size is missing, and the mean is given"
                            : "the subgroup size is " + Formats.number(size) + ", not a whole number of 1 or more",
                            "Give the number of measurements the mean and sd were made from");
                }
                if (Double.isNaN(sd) || sd < 0) {
                    throw DataException.atCell(source, loaded.row(r), c.sd(), Double.isNaN(sd)
                            ? "the standard deviation is missing, and the mean is given"
                            : "the standard deviation is " + Formats.number(sd) + ", below zero",
                            "Give each subgroup's sample standard deviation, or leave the mean blank for a gap");
                }
                if (range < 0) {
                    throw DataException.atCell(source, loaded.row(r), c.range(), "the range is " + range
                            + ", below zero", "Give each subgroup's largest less its smallest measurement");
                }
                return Series.Point.subgroup(date, new Subgroup((int) size, mean, sd, range));
            }

            private DataException refusal(Series s, InputProblem p) {
                int r = rowsOfDate.get(p.date()).get(0);
                String column = switch (p.field()) {
                    case NUMERATOR -> c.numerator();
                    case DENOMINATOR -> c.denominator() != null ? c.denominator() : c.value();
                    case SUBGROUP -> c.size() != null ? c.size() : c.value();
                    case VALUE -> c.value() != null ? c.value() : c.numerator();
                    case DATE -> c.date();
                };
                return DataException.atCell(source, loaded.row(r), column, "metric '" + metric + "' on " + p.date()
                        + ": " + p.describe(), Hints.of(p, options.chartChoice())).withProblem(p);
            }
        }
    }

    /** The actual name of a column, given by an option or found among the usual names. */
    private static String column(Map<String, String> byName, String given, List<String> usual, String source,
            String option, boolean required) {
        if (given != null) {
            String found = byName.get(given.trim().toLowerCase(Locale.ROOT));
            if (found == null) {
                throw DataException.atColumn(source, given, "there is no such column",
                        "The columns are: " + String.join(", ", byName.values()) + ". Name one with " + option);
            }
            return found;
        }
        for (String name : usual) {
            String found = byName.get(name);
            if (found != null) {
                return found;
            }
        }
        if (required) {
            throw DataException.atFile(source, "there is no " + usual.get(0) + " column",
                    "The columns are: " + String.join(", ", byName.values()) + ". Name a column '" + usual.get(0)
                            + "', or say which column it is with " + option + " NAME");
        }
        return null;
    }
}
