package dev.spc.io;

import dev.spc.core.series.Period;
import dev.spc.core.spec.ChartType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One pass over an export's rows: the header found, the layout decided, each row's cells read into its
 * metric's compact rows (or left out, and reported), then the dates read. What it makes is an
 * {@link Export}, whose series are made from the rows when asked for.
 */
final class Reading {
    static final List<String> METRIC_NAMES = List.of("metric", "measure", "indicator", "kpi");
    static final List<String> DATE_NAMES = List.of("date", "period", "month", "week", "day");
    /** The columns that number the points in order, in place of dates. */
    static final List<String> SEQUENCE_NAMES = List.of("index", "sequence");
    private static final List<String> VALUE_NAMES = List.of("value");
    private static final List<String> TARGET_NAMES = List.of("target");
    private static final List<String> REBASE_NAMES = List.of("rebase", "recalculate");
    private static final List<String> GHOST_NAMES = List.of("ghost", "exclude");
    private static final List<String> ANNOTATION_NAMES = List.of("annotation", "note", "comment");
    /** What a total, an average or a year-to-date figure is called, in a row's label or a column's name. */
    private static final Set<String> TOTALS = Set.of("total", "totals", "grand total", "sub total", "subtotal", "sum",
            "average", "avg", "mean", "ytd", "fytd", "year to date", "ytd total", "total ytd", "ytd average",
            "average ytd", "cumulative", "overall");
    private static final int SAMPLE = 50;

    private final String source;
    private final String defaultMetric;
    private final ReadOptions options;
    private final LeftOut leftOut;
    private final Cells.Numbers numbers;
    private final List<String> notices;
    private final Map<String, MetricRows> metrics = new LinkedHashMap<>();
    private final Set<String> notChosen = new LinkedHashSet<>();
    /**
     * The distinct date texts, each with an id (its place in the lists), first line and, for a text read on
     * sight as an ISO date ({@code 2024-04-01}), its epoch day. An ISO text is not kept as a String, nor looked
     * up by one: a long series of daily dates costs a few bytes a date, and no format detection.
     */
    private final Map<String, Integer> dateIds = new HashMap<>();
    private final List<String> dateTexts = new ArrayList<>();
    private int[] dateLines = new int[64];
    private int[] isoDays = new int[64];
    private final IntIds isoIds = new IntIds();
    /** Whether every date text so far read as an ISO date on sight (and no format was given). */
    private boolean allIso;
    /** Whether the "date" column holds sequence numbers (an index column) rather than dates. */
    private boolean numbered;
    /** The metric name of the row before, and whether it is a total's label. */
    private String judgedName;
    private boolean judgedTotal;
    private long used;
    private MetricRows last;
    private String lastName;

    private Reading(String source, String defaultMetric, ReadOptions options, char separator, List<String> notices) {
        this.source = source;
        this.defaultMetric = defaultMetric;
        this.options = options;
        this.leftOut = new LeftOut(source);
        this.leftOut.notChosenBecause(options.notChosenWhy());
        this.numbers = new Cells.Numbers(source, separator, options.missing(), options.missingOptionName());
        this.notices = new ArrayList<>(notices);
        this.allIso = options.dateFormat() == null;
    }

    /**
     * Reads the rows of an export.
     *
     * @param defaultMetric the metric of a long export with no metric column (the file's name)
     * @param layout the layout, or null to find it
     * @param headerRow the header's row, 0 to find it, or -1 for the first row
     * @param separator the CSV separator (a semicolon file has decimal commas)
     * @param notices notices already made (about the encoding), to come first
     */
    static Export read(RowSource rows, String source, String defaultMetric, ReadOptions options, Layout layout,
            int headerRow, char separator, List<String> notices) {
        Reading r = new Reading(source, defaultMetric, options, separator, notices);
        Framing framing = new Framing(rows, headerRow, source, r.leftOut, options.progress());
        return r.read(framing, layout);
    }

    private Export read(Framing f, Layout given) {
        String[] header = f.header();
        String[] names = new String[header.length];
        Map<String, Integer> byName = new LinkedHashMap<>();
        Map<String, Integer> twice = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            String name = header[i].trim();
            names[i] = name.isEmpty() ? letter(i) : name;
            String key = names[i].toLowerCase(Locale.ROOT);
            if (byName.putIfAbsent(key, i) != null) {
                twice.putIfAbsent(key, i);
            }
        }
        Layout layout = given;
        int date = column(byName, names, options.dateColumn(), DATE_NAMES, "--date-column");
        int index = Reading.columnOf(byName, null, SEQUENCE_NAMES);
        if (options.sequence() && options.dateColumn() != null) {
            numbered = true;
        } else if (index >= 0 && (date < 0 || options.sequence())) {
            date = index;
            numbered = true;
        }
        List<String> periods = List.of();
        if (layout == null) {
            layout = detect(f, names, byName, date);
        }
        if (layout == Layout.WIDE_PERIODS) {
            periods = periodHeaders(names, byName);
        }
        return switch (layout) {
            case LONG -> readLong(f, names, byName, twice, date);
            case WIDE_PERIODS -> readWidePeriods(f, names, byName, twice, periods);
            case WIDE_METRICS -> readWideMetrics(f, names, byName, twice, date);
        };
    }

    /** The layout the header (and the first rows) show. */
    private Layout detect(Framing f, String[] names, Map<String, Integer> byName, int date) {
        if (date >= 0) {
            boolean longColumns = options.metricColumn() != null || options.valueColumn() != null
                    || options.numeratorColumn() != null || byName.keySet().stream().anyMatch(n -> METRIC_NAMES.contains(n)
                    || VALUE_NAMES.contains(n) || n.equals("numerator"));
            if (longColumns) {
                return Layout.LONG;
            }
            List<Integer> metricColumns = wideMetricColumns(names, byName, date);
            if (!metricColumns.isEmpty() && numeric(f.sample(SAMPLE), metricColumns)) {
                return Layout.WIDE_METRICS;
            }
            return Layout.LONG;
        }
        if (!periodHeaders(names, byName).isEmpty()) {
            return Layout.WIDE_PERIODS;
        }
        return Layout.LONG;
    }

    /** The header's cells that read as periods (two or more in one format), or none. */
    private List<String> periodHeaders(String[] names, Map<String, Integer> byName) {
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (options.metricColumn() == null || i != byName.getOrDefault(
                    options.metricColumn().trim().toLowerCase(Locale.ROOT), -1)) {
                candidates.add(names[i]);
            }
        }
        return DateReader.datesAmong(candidates, options.dateFormat());
    }

    /** Whether the sampled rows' cells in the columns are all numbers, missing or blank (some not blank). */
    private boolean numeric(List<String[]> sample, List<Integer> columns) {
        boolean any = false;
        for (String[] row : sample) {
            for (int c : columns) {
                if (c >= row.length) {
                    continue;
                }
                String s = row[c].trim();
                if (s.isEmpty() || options.missing().contains(s) || Cells.isExcelError(s)) {
                    continue;
                }
                if (Cells.Numbers.normalise(s, '.', ',') == null && Cells.Numbers.normalise(s, ',', '.') == null) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** The columns of a wide-metrics export that are metrics: not the date, the extras or totals. */
    private List<Integer> wideMetricColumns(String[] names, Map<String, Integer> byName, int date) {
        Set<Integer> extras = new HashSet<>(List.of(
                column(byName, names, options.targetColumn(), TARGET_NAMES, "--target-column"),
                column(byName, names, options.rebaseColumn(), REBASE_NAMES, "--rebase-column"),
                column(byName, names, options.ghostColumn(), GHOST_NAMES, "--ghost-column"),
                column(byName, names, options.annotationColumn(), ANNOTATION_NAMES, "--annotation-column")));
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (i != date && !extras.contains(i) && !isTotal(names[i])) {
                columns.add(i);
            }
        }
        return columns;
    }

    // ---------------------------------------------------------------- long

    private Export readLong(Framing f, String[] names, Map<String, Integer> byName, Map<String, Integer> twice,
            int date) {
        int numerator = column(byName, names, options.numeratorColumn(), List.of("numerator"), "--numerator-column");
        int denominator = column(byName, names, options.denominatorColumn(), List.of("denominator", "exposure"),
                "--denominator-column");
        if ((numerator < 0) != (denominator < 0)) {
            throw DataException.atFile(source, "there is a " + (numerator < 0 ? "denominator" : "numerator")
                    + " column but no " + (numerator < 0 ? "numerator" : "denominator") + " column",
                    "Give both, so that each value is numerator / denominator (or name them with --numerator-column "
                            + "and --denominator-column)");
        }
        int value = column(byName, names, options.valueColumn(), VALUE_NAMES, "--value-column");
        int metric = column(byName, names, options.metricColumn(), METRIC_NAMES, "--metric-column");
        if (date < 0) {
            throw DataException.atFile(source, "there is no date column, and no column names read as periods",
                    "The columns are: " + String.join(", ", names) + ". Name a column 'date' (or say which it is with "
                            + "--date-column NAME); for a row per metric with a column per period, the period columns' "
                            + "names must read as dates (Apr-24, 2024/25 M01, 2024-04-01), or give "
                            + options.layoutOptionName() + " " + Layout.WIDE_PERIODS.id());
        }
        Roles roles = new Roles(names, metric, date, value,
                column(byName, names, options.targetColumn(), TARGET_NAMES, "--target-column"),
                column(byName, names, options.rebaseColumn(), REBASE_NAMES, "--rebase-column"),
                column(byName, names, options.ghostColumn(), GHOST_NAMES, "--ghost-column"),
                column(byName, names, options.annotationColumn(), ANNOTATION_NAMES, "--annotation-column"),
                numerator, denominator,
                column(byName, names, options.sdColumn(), List.of("sd", "stdev", "standard_deviation"), "--sd-column"),
                column(byName, names, options.subgroupColumn(), List.of("subgroup", "subgroup_size", "n"),
                        "--subgroup-column"),
                column(byName, names, null, List.of("range"), ""));
        if (value < 0 && numerator < 0 && !anyEventChart()) {
            throw DataException.atFile(source, "there is no value column",
                    "The columns are: " + String.join(", ", names) + ". Name a column 'value' (or give numerator and "
                            + "denominator columns), or say which column it is with --value-column NAME; for a column "
                            + "per metric, give " + options.layoutOptionName() + " " + Layout.WIDE_METRICS.id());
        }
        if (roles.sd() >= 0 && roles.size() < 0) {
            throw DataException.atFile(source, "there is an sd column but no subgroup column",
                    "Subgroup summaries need each subgroup's size: add a 'subgroup' column (or name it with "
                            + "--subgroup-column)");
        }
        refuseTwice(twice, names, roles.metric(), roles.date(), roles.value(), roles.target(), roles.rebase(),
                roles.ghost(), roles.annotation(), roles.numerator(), roles.denominator(), roles.sd(), roles.size(),
                roles.range());
        boolean exposures = denominator >= 0 && names[denominator].trim().equalsIgnoreCase("exposure");
        String dateName = names[date];
        // Rows of a metric, an ISO date and a plain number (a value, or a numerator and a denominator), their
        // extras (target, annotation, ...) blank, are most of a long export: they are read straight from the CSV
        // text, without a string per cell. Any other row is read as a row of texts, below.
        long blanks = roles.extras();
        boolean ratios = value < 0 && numerator >= 0;
        boolean plain = (value >= 0 && numerator < 0 || ratios) && roles.noSubgroupColumns() && blanks >= 0
                && !numbered && numbers.plainNumbersAreNumbers() && (metric >= 0 || !defaultMetric.isEmpty());
        int firstNumber = ratios ? numerator : value;
        int secondNumber = ratios ? denominator : -1;
        CsvRows.Plain record = new CsvRows.Plain();
        String valueName = value < 0 ? null : names[value];
        String[] row;
        while (true) {
            CsvRows csv = plain && allIso ? f.records() : null;
            if (csv != null) {
                while (csv.plainRecord(names.length, metric, date, firstNumber, secondNumber, blanks, record)) {
                    f.countPlain(record.line);
                    plainRow(record, metric < 0 ? defaultMetric : record.metric, roles, valueName, exposures);
                }
            }
            if ((row = f.next()) == null) {
                break;
            }
            int line = f.line();
            String dateText = row[date].trim();
            String name = metric < 0 ? defaultMetric : row[metric].trim();
            if (!name.equals(judgedName)) {
                // Rows of one metric come together: its name is judged once a run.
                judgedName = name;
                judgedTotal = isTotal(name);
            }
            if (judgedTotal || isTotal(dateText)) {
                leftOut.add(LeftOut.Reason.TOTAL, line, judgedTotal ? name : dateText);
                continue;
            }
            if (dateText.isEmpty() && Framing.filled(row) == 1) {
                leftOut.add(LeftOut.Reason.NOTE, line, firstFilled(row));
                continue;
            }
            if (name.isEmpty()) {
                throw DataException.atCell(source, line, names[metric], "the metric name is blank",
                        "Give every row the name of its metric");
            }
            if (dateText.isEmpty()) {
                throw DataException.atCell(source, line, dateName, "the date is blank",
                        "Give every row the date of its period");
            }
            MetricRows m = metric(name, roles, value >= 0, value < 0 ? null : names[value], exposures);
            if (m == null) {
                leftOut.add(LeftOut.Reason.NOT_CHOSEN, line, name);
                continue;
            }
            m.add(dateId(dateText, line), line, row, roles, value < 0 ? "" : row[value], m.valueColumn, numbers);
            used++;
        }
        return finish(f, dateReader(dateName), roles, null, null);
    }

    /**
     * A plain record of a long export ({@link CsvRows#plainRecord}), read as the loop of {@link #readLong} reads
     * the same row as texts: its date is an ISO date (never a total's label, never blank), its metric not blank,
     * its numbers given (a value, or a numerator and a denominator when valueName is null), its extras blank
     * (no target, no flag, no annotation).
     */
    private void plainRow(CsvRows.Plain record, String name, Roles roles, String valueName, boolean exposures) {
        int line = record.line;
        if (!name.equals(judgedName)) {
            judgedName = name;
            judgedTotal = isTotal(name);
        }
        if (judgedTotal) {
            leftOut.add(LeftOut.Reason.TOTAL, line, name);
            return;
        }
        MetricRows m = metric(name, roles, valueName != null, valueName, exposures);
        if (m == null) {
            leftOut.add(LeftOut.Reason.NOT_CHOSEN, line, name);
            return;
        }
        m.addPlain(isoDateId(record.day, line), line, record.value, record.second);
        used++;
    }

    // ---------------------------------------------------------------- a column per period

    private Export readWidePeriods(Framing f, String[] names, Map<String, Integer> byName, Map<String, Integer> twice,
            List<String> periods) {
        if (periods.isEmpty()) {
            throw DataException.atFile(source, "no column names read as periods, so there is no column per period",
                    "The columns are: " + String.join(", ", names) + ". Name the period columns as dates or periods "
                            + "(Apr-24, 2024/25 M01, 2024-04-01), or give " + options.layoutOptionName() + " "
                            + Layout.LONG.id() + " for a row per metric and period");
        }
        Set<String> periodSet = new LinkedHashSet<>(periods);
        Map<String, Integer> headerDates = new LinkedHashMap<>();
        List<Integer> periodColumns = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (periodSet.contains(names[i])) {
                if (headerDates.putIfAbsent(names[i], f.headerLine()) != null) {
                    throw DataException.atColumn(source, names[i], "two columns are named '" + names[i] + "'",
                            "Give each period one column");
                }
                periodColumns.add(i);
            } else {
                others.add(i);
            }
        }
        DateReader dates = DateReader.of(headerDates, options.dateFormat(), source, "the header");
        // Two names of one period (Apr-24 and April 2024) would make two values for one date.
        Map<LocalDate, String> seen = new HashMap<>();
        for (int i : periodColumns) {
            String other = seen.putIfAbsent(dates.date(names[i]), names[i]);
            if (other != null) {
                throw DataException.atColumn(source, names[i], "the column names '" + other + "' and '" + names[i]
                        + "' are the same period", "Give each period one column");
            }
        }
        int metric = metricColumnAmong(names, byName, others, periodColumns.get(0));
        int target = -1;
        List<String> leftColumns = new ArrayList<>();
        for (int i : others) {
            if (i == metric) {
                continue;
            }
            String key = names[i].toLowerCase(Locale.ROOT);
            if (target < 0 && (options.targetColumn() != null ? key.equals(options.targetColumn().trim()
                    .toLowerCase(Locale.ROOT)) : TARGET_NAMES.contains(key))) {
                target = i;
            } else {
                leftColumns.add(names[i]);
            }
        }
        Roles roles = Roles.extras(names, metric, -1, target, -1, -1, -1);
        refuseTwice(twice, names, metric, target);
        int[] idOfColumn = new int[names.length];
        for (int i : periodColumns) {
            idOfColumn[i] = dateId(names[i], f.headerLine());
        }
        String[] columnOfDate = new String[dateTexts.size()];
        for (int i : periodColumns) {
            columnOfDate[idOfColumn[i]] = names[i];
        }
        notices.add(source + ": read as " + Layout.WIDE_PERIODS.description() + " (" + periodColumns.size()
                + " periods, " + names[periodColumns.get(0)] + " to " + names[periodColumns.get(periodColumns.size() - 1)]
                + "; metrics in column '" + names[metric] + "')" + (leftColumns.isEmpty() ? ""
                : "; " + quoted(leftColumns) + (leftColumns.size() == 1 ? " is" : " are") + " not a period, left out"));
        String[] row;
        while ((row = f.next()) != null) {
            int line = f.line();
            String name = row[metric].trim();
            int filledPeriods = 0;
            for (int i : periodColumns) {
                if (!row[i].isBlank()) {
                    filledPeriods++;
                }
            }
            if (isTotal(name)) {
                leftOut.add(LeftOut.Reason.TOTAL, line, name);
                continue;
            }
            if (filledPeriods == 0 && Framing.filled(row) == 1) {
                leftOut.add(LeftOut.Reason.NOTE, line, firstFilled(row));
                continue;
            }
            if (name.isEmpty()) {
                throw DataException.atCell(source, line, names[metric], "the metric name is blank",
                        "Give every row the name of its metric");
            }
            MetricRows m = metric(name, roles, true, null, false);
            if (m == null) {
                leftOut.add(LeftOut.Reason.NOT_CHOSEN, line, name);
                continue;
            }
            for (int i : periodColumns) {
                m.add(idOfColumn[i], line, row, roles, row[i], names[i], numbers);
            }
            used++;
        }
        return finish(f, dates, roles, columnOfDate, dates.period());
    }

    /** The column naming the metrics in a table with a column per period. */
    private int metricColumnAmong(String[] names, Map<String, Integer> byName, List<Integer> others, int firstPeriod) {
        if (options.metricColumn() != null) {
            return column(byName, names, options.metricColumn(), METRIC_NAMES, "--metric-column");
        }
        for (String usual : METRIC_NAMES) {
            Integer i = byName.get(usual);
            if (i != null && others.contains(i)) {
                return i;
            }
        }
        for (int i : others) {
            if (i < firstPeriod) {
                return i;
            }
        }
        throw DataException.atFile(source, "no column before the periods names the metrics",
                "Put the metrics' names in the first column, or say which column holds them with --metric-column NAME");
    }

    // ---------------------------------------------------------------- a column per metric

    private Export readWideMetrics(Framing f, String[] names, Map<String, Integer> byName, Map<String, Integer> twice,
            int date) {
        if (date < 0) {
            throw DataException.atFile(source, "there is no date column",
                    "The columns are: " + String.join(", ", names) + ". A column per metric needs a column of dates: "
                            + "name it 'date', or say which it is with --date-column NAME");
        }
        Roles roles = Roles.extras(names, -1, date,
                column(byName, names, options.targetColumn(), TARGET_NAMES, "--target-column"),
                column(byName, names, options.rebaseColumn(), REBASE_NAMES, "--rebase-column"),
                column(byName, names, options.ghostColumn(), GHOST_NAMES, "--ghost-column"),
                column(byName, names, options.annotationColumn(), ANNOTATION_NAMES, "--annotation-column"));
        List<Integer> metricColumns = new ArrayList<>();
        List<String> totals = new ArrayList<>();
        List<String> notChosenColumns = new ArrayList<>();
        Set<Integer> extras = new HashSet<>(List.of(roles.target(), roles.rebase(), roles.ghost(), roles.annotation()));
        for (int i = 0; i < names.length; i++) {
            if (i == date || extras.contains(i)) {
                continue;
            }
            if (isTotal(names[i])) {
                totals.add(names[i]);
            } else if (!options.chosen(names[i])) {
                notChosenColumns.add(names[i]);
                notChosen.add(names[i]);
            } else {
                metricColumns.add(i);
            }
        }
        if (metricColumns.isEmpty() && notChosenColumns.isEmpty()) {
            throw DataException.atFile(source, "there is no column of values beside the date",
                    "Give a column per metric, named after the metric, beside the date column");
        }
        int[] columns = new int[metricColumns.size()];
        for (int k = 0; k < columns.length; k++) {
            columns[k] = metricColumns.get(k);
        }
        refuseTwice(twice, names, concat(columns, date, roles.target(), roles.rebase(), roles.ghost(), roles.annotation()));
        MetricRows[] rowsOf = new MetricRows[columns.length];
        for (int k = 0; k < columns.length; k++) {
            rowsOf[k] = metric(names[columns[k]], roles, true, names[columns[k]], false);
        }
        notices.add(source + ": read as " + Layout.WIDE_METRICS.description() + " (" + columns.length
                + (columns.length == 1 ? " metric" : " metrics") + ", dates in column '" + names[date] + "')"
                + (totals.isEmpty() ? "" : "; " + quoted(totals) + (totals.size() == 1 ? " is" : " are")
                + " a total, left out") + (notChosenColumns.isEmpty() ? "" : "; " + quoted(notChosenColumns)
                + " " + options.notChosenWhy() + ", left out"));
        String dateName = names[date];
        String[] row;
        while ((row = f.next()) != null) {
            int line = f.line();
            String dateText = row[date].trim();
            if (isTotal(dateText)) {
                leftOut.add(LeftOut.Reason.TOTAL, line, dateText);
                continue;
            }
            if (dateText.isEmpty() && Framing.filled(row) == 1) {
                leftOut.add(LeftOut.Reason.NOTE, line, firstFilled(row));
                continue;
            }
            if (dateText.isEmpty()) {
                throw DataException.atCell(source, line, dateName, "the date is blank",
                        "Give every row the date of its period");
            }
            int id = dateId(dateText, line);
            for (int k = 0; k < columns.length; k++) {
                rowsOf[k].add(id, line, row, roles, row[columns[k]], names[columns[k]], numbers);
            }
            used++;
        }
        DateReader dates = dateReader(dateName);
        return finish(f, dates, roles, null, dates == null ? null : dates.period());
    }

    // ---------------------------------------------------------------- shared

    /** The metric's rows, made on first sight; null when the metric is not chosen. */
    private MetricRows metric(String name, Roles roles, boolean values, String valueColumn, boolean exposures) {
        if (name.equals(lastName)) {
            return last;
        }
        MetricRows m = metrics.get(name);
        if (m == null) {
            if (notChosen.contains(name)) {
                m = null;
            } else if (!options.chosen(name)) {
                notChosen.add(name);
                leftOut.metricNotChosen();
            } else {
                ChartType chart = options.chartFor(name);
                MetricRows.Mode mode = MetricRows.modeOf(chart, roles, values);
                if (!values && roles.numerator() < 0 && mode != MetricRows.Mode.EVENTS) {
                    throw DataException.atFile(source, "metric '" + name + "' is to be a " + chart.title()
                            + ", which needs values, and there is no value column",
                            "Name a column 'value', or choose --chart g or t for a list of event dates");
                }
                if (chart.input() == ChartType.Input.RATIOS && roles.numerator() < 0) {
                    throw DataException.atFile(source, "metric '" + name + "' is to be a " + chart.title()
                            + ", which needs numerator and denominator columns, and there are none",
                            "Add numerator and denominator columns (the chart plots numerator / denominator), or "
                                    + "name them with --numerator-column and --denominator-column");
                }
                m = new MetricRows(name, chart, mode, valueColumn, exposures);
                metrics.put(name, m);
            }
        }
        lastName = name;
        last = m;
        return m;
    }

    /** The ISO dates of rows read as texts. */
    private final IsoDays.Reader isoReader = new IsoDays.Reader();

    private int dateId(String text, int line) {
        if (allIso) {
            int day = isoReader.day(text);
            if (day != DateReader.NOT_ISO) {
                return isoDateId(day, line);
            }
            allIso = false;
        }
        Integer id = dateIds.get(text);
        if (id == null) {
            id = newDate(text, line);
            dateIds.put(text, id);
        }
        return id;
    }

    /** The id of an ISO date's day, while every date so far has been ISO. */
    private int isoDateId(int day, int line) {
        int id = isoIds.get(day);
        if (id < 0) {
            id = newDate(null, line);
            isoDays[id] = day;
            isoIds.put(day, id);
        }
        return id;
    }

    private int newDate(String text, int line) {
        int id = dateTexts.size();
        dateTexts.add(text);
        if (id == dateLines.length) {
            dateLines = Arrays.copyOf(dateLines, id * 2);
            isoDays = Arrays.copyOf(isoDays, id * 2);
        }
        dateLines[id] = line;
        return id;
    }

    /** The text of date id i, as written. */
    private String dateText(int i) {
        String t = dateTexts.get(i);
        return t != null ? t : LocalDate.ofEpochDay(isoDays[i]).toString();
    }

    /**
     * The reader of the date column's texts, or null when every one read as an ISO date on sight (which the
     * reader would find too, with nothing to say).
     */
    private DateReader dateReader(String column) {
        if (numbered) {
            Map<String, Integer> map = new LinkedHashMap<>(dateTexts.size() * 2);
            for (int i = 0; i < dateTexts.size(); i++) {
                map.put(dateText(i), dateLines[i]);
            }
            return DateReader.sequence(map, source, column);
        }
        if (allIso) {
            return null;
        }
        Map<String, Integer> map = new LinkedHashMap<>(dateTexts.size() * 2);
        for (int i = 0; i < dateTexts.size(); i++) {
            map.put(dateText(i), dateLines[i]);
        }
        return DateReader.of(map, options.dateFormat(), source, column);
    }

    private Export finish(Framing f, DateReader dates, Roles roles, String[] columnOfDate, Period period) {
        if (metrics.isEmpty()) {
            if (!notChosen.isEmpty()) {
                throw DataException.atFile(source, "no metric is chosen (" + options.notChosenWhy() + ")",
                        "The metrics are: " + String.join(", ", notChosen.stream().limit(20).toList())
                                + (notChosen.size() > 20 ? ", ..." : ""));
            }
            throw DataException.atFile(source, "the file has a header but no data rows",
                    "Export the data rows too: one row per metric and period");
        }
        // Each date id's epoch day: ISO dates were counted as they were read; the others are read by the column's
        // format, once each.
        long[] byId = new long[dateTexts.size()];
        for (int i = 0; i < byId.length; i++) {
            String t = dateTexts.get(i);
            byId[i] = t == null ? isoDays[i] : dates.date(t).toEpochDay();
        }
        if (dates != null && dates.notice() != null) {
            notices.add(dates.notice());
        }
        notices.addAll(leftOut.notices());
        String excel = numbers.excelErrorNotice();
        if (excel != null) {
            notices.add(excel);
        }
        MetricRows.Context context = new MetricRows.Context(source, byId,
                period != null || dates == null ? period : dates.period(),
                options, roles, columnOfDate);
        return new Export(source, new ArrayList<>(metrics.values()), context, notices,
                new Export.Counts(f.rowsRead(), used, leftOut.total()));
    }

    private boolean anyEventChart() {
        for (ChartType t : options.chartsUsed()) {
            if (t == ChartType.G || t == ChartType.T || t == ChartType.AUTO) {
                return true;
            }
        }
        return false;
    }

    /** Whether a label or column name says total, average or year to date. */
    static boolean isTotal(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        // Each word for a total begins with one of these letters: most labels (and every date) are let by here.
        if (i == s.length() || "tgsamyfcoTGSAMYFCO".indexOf(s.charAt(i)) < 0) {
            return false;
        }
        String t = s.trim().toLowerCase(Locale.ROOT);
        if (t.endsWith(":")) {
            t = t.substring(0, t.length() - 1).trim();
        }
        return TOTALS.contains(t);
    }

    private static String firstFilled(String[] row) {
        for (String c : row) {
            if (!c.isBlank()) {
                return c;
            }
        }
        return "";
    }

    private static String quoted(List<String> names) {
        List<String> q = new ArrayList<>();
        for (String n : names.size() > 6 ? names.subList(0, 6) : names) {
            q.add("'" + n + "'");
        }
        String s = String.join(", ", q) + (names.size() > 6 ? " and " + (names.size() - 6) + " more" : "");
        return (names.size() == 1 ? "column " : "columns ") + s;
    }

    private static int[] concat(int[] a, int... more) {
        int[] all = Arrays.copyOf(a, a.length + more.length);
        System.arraycopy(more, 0, all, a.length, more.length);
        return all;
    }

    /** Refuses two columns of the same name when one of them is used. */
    private void refuseTwice(Map<String, Integer> twice, String[] names, int... used) {
        for (int i : used) {
            if (i >= 0 && twice.containsKey(names[i].toLowerCase(Locale.ROOT))) {
                throw DataException.atFile(source, "two columns are named '" + names[i] + "'",
                        "Rename one of them, so that each column's name says what it holds");
            }
        }
    }

    /** The spreadsheet letter of a column (A, B, ..., Z, AA, ...), which names a column with a blank header. */
    static String letter(int index) {
        StringBuilder sb = new StringBuilder();
        int i = index + 1;
        while (i > 0) {
            int rem = (i - 1) % 26;
            sb.insert(0, (char) ('A' + rem));
            i = (i - 1) / 26;
        }
        return sb.toString();
    }

    /** The index of a column, given by an option or found among the usual names; -1 when absent. */
    private int column(Map<String, Integer> byName, String[] names, String given, List<String> usual, String option) {
        int found = columnOf(byName, given, usual);
        if (found < 0 && given != null) {
            throw DataException.atColumn(source, given, "there is no such column",
                    "The columns are: " + String.join(", ", names) + ". Name one with " + option);
        }
        return found;
    }

    /**
     * The column a role is in: the one given by name (ignoring case), or else the first of the usual names the
     * header has; -1 when there is none.
     *
     * @param byName the header's columns by lower-case name
     */
    static int columnOf(Map<String, Integer> byName, String given, List<String> usual) {
        if (given != null) {
            return byName.getOrDefault(given.trim().toLowerCase(Locale.ROOT), -1);
        }
        for (String name : usual) {
            Integer found = byName.get(name);
            if (found != null) {
                return found;
            }
        }
        return -1;
    }
}
