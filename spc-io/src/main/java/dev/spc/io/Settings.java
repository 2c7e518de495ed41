package dev.spc.io;

import dev.spc.core.series.Bounds;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.InvalidParameterException;
import dev.spc.core.spec.Parameter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A settings file: one row per metric, {@code metric,direction,target,chart,baseline_points,recalculate_from},
 * any other parameter of {@link SpecParameters} under its column (such as {@code min_points}, {@code shift},
 * {@code trend}, {@code rules}, {@code xmr_limits}, {@code screening}), and optionally {@code unit} and
 * {@code group}. Blank cells leave the defaults; other columns (notes) are ignored. {@code recalculate_from}
 * lists dates separated by {@code ;}, {@code rules} rule sets separated by {@code ;} (such as
 * {@code mdc;anhoej}).
 */
public final class Settings {
    private static final Settings NONE = new Settings("", Map.of(), List.of());

    private final String source;
    private final Map<String, MetricSettings> byMetric;
    private final List<String> notices;

    private Settings(String source, Map<String, MetricSettings> byMetric, List<String> notices) {
        this.source = source;
        this.byMetric = byMetric;
        this.notices = List.copyOf(notices);
    }

    /** No settings: every metric takes the defaults. */
    public static Settings none() {
        return NONE;
    }

    /** Reads a settings file, detecting the format of its dates. */
    public static Settings read(Path file) {
        return read(file, null);
    }

    /**
     * Reads a settings file whose dates are in the given {@link java.time.format.DateTimeFormatter}
     * pattern (null: detect, as for the data).
     */
    public static Settings read(Path file, String datePattern) {
        return parse(CsvText.load(file), file.toString(), datePattern);
    }

    /**
     * Reads a settings file's text from a stream (its columns as a settings file's), whose dates are in the
     * given pattern (null: detect); {@code source} names it in messages.
     */
    public static Settings read(java.io.InputStream in, String source, String datePattern) {
        return parse(CsvText.load(in, source), source, datePattern);
    }

    /** One-line notices about how the file was read (such as dates read day-first). */
    public List<String> notices() {
        return notices;
    }

    /** The settings of a metric, if the file has a row for it. */
    public Optional<MetricSettings> of(String metric) {
        return Optional.ofNullable(byMetric.get(metric));
    }

    /** A series with its row's unit, when its row gives one. */
    public Series applyTo(Series series) {
        MetricSettings s = byMetric.get(series.metric());
        return s == null ? series : s.applyTo(series);
    }

    /** The spec for a metric: its row's settings over the defaults. */
    public ChartSpec specFor(String metric, ChartSpec defaults) {
        MetricSettings s = byMetric.get(metric);
        return s == null ? defaults : s.applyTo(defaults);
    }

    /** Whether a metric is to be read: false when its row's include cell says no. */
    public boolean includes(String metric) {
        MetricSettings s = byMetric.get(metric);
        return s == null || s.included();
    }

    /** Whether some row's include cell says no. */
    public boolean excludesAny() {
        return byMetric.values().stream().anyMatch(s -> !s.included());
    }

    /** All rows, in file order. */
    public List<MetricSettings> rows() {
        return List.copyOf(byMetric.values());
    }

    /** A warning for every row whose metric is not in the data. */
    public List<String> warningsFor(List<Series> data) {
        List<String> metrics = new ArrayList<>();
        for (Series s : data) {
            metrics.add(s.metric());
        }
        return warningsForMetrics(metrics);
    }

    /**
     * A warning for every row whose metric is not among those read (a metric left out on purpose, by its
     * include cell, is not warned about).
     */
    public List<String> warningsForMetrics(Collection<String> read) {
        Set<String> metrics = new HashSet<>(read);
        List<String> warnings = new ArrayList<>();
        for (MetricSettings s : byMetric.values()) {
            if (!metrics.contains(s.metric()) && s.included()) {
                warnings.add(source + ", row " + s.row() + ": metric '" + s.metric()
                        + "' is not in the data, so its settings are unused; check the spelling");
            }
        }
        return warnings;
    }

    private static Settings parse(CsvText.Loaded loaded, String source, String datePattern) {
        TextTable table = loaded.table();
        Map<String, String> byName = new HashMap<>();
        for (String name : table.columnNames()) {
            byName.putIfAbsent(name.trim().toLowerCase(Locale.ROOT), name);
        }
        String metricCol = byName.get("metric");
        if (metricCol == null) {
            throw DataException.atFile(source, "a settings file needs a metric column",
                    "Start it with the header metric,direction,target,chart,baseline_points,recalculate_from");
        }
        // Every column the table of parameters names; "baseline" is an older name of baseline_points.
        Map<SpecParameters.Entry<?>, String> columns = new java.util.LinkedHashMap<>();
        for (SpecParameters.Entry<?> e : SpecParameters.ALL) {
            String actual = byName.get(e.column());
            if (actual == null && e.parameter() == Parameter.BASELINE_POINTS) {
                actual = byName.get("baseline");
            }
            if (actual != null) {
                columns.put(e, actual);
            }
        }
        Reader r = new Reader(loaded, source, datePattern);
        Map<String, MetricSettings> byMetric = new LinkedHashMap<>();
        for (int i = 0; i < table.rowCount(); i++) {
            int row = loaded.row(i);
            String metric = table.column(metricCol)[i].trim();
            if (metric.isEmpty()) {
                throw DataException.atCell(source, row, metricCol, "the metric name is blank",
                        "Give every settings row the name of a metric in the data");
            }
            MetricSettings earlier = byMetric.get(metric);
            if (earlier != null) {
                throw DataException.atCell(source, row, metricCol, "metric '" + metric
                        + "' already has settings on row " + earlier.row(), "Keep one row per metric");
            }
            Map<Parameter, java.util.function.Consumer<ChartSpec.Builder>> settings = new java.util.EnumMap<>(Parameter.class);
            Optional<ChartType> chart = Optional.empty();
            for (Map.Entry<SpecParameters.Entry<?>, String> c : columns.entrySet()) {
                Optional<String> text = r.text(i, c.getValue());
                if (text.isPresent()) {
                    settings.put(c.getKey().parameter(), r.setting(i, c.getKey(), c.getValue(), text.get()));
                    if (c.getKey().parameter() == Parameter.CHART) {
                        chart = Optional.of(ChartType.parse(text.get()));
                    }
                }
            }
            String includeColumn = byName.get("include");
            boolean included = includeColumn == null || r.text(i, includeColumn).isEmpty()
                    || Cells.flag(r.text(i, includeColumn).get(), source, row, includeColumn);
            Bounds bounds = r.bounds(i, byName.get("lower_bound"), byName.get("upper_bound"));
            byMetric.put(metric, new MetricSettings(metric, row, settings, chart, r.text(i, byName.get("unit")),
                    r.text(i, byName.get("group")), included, bounds));
        }
        return new Settings(source, byMetric, r.notices);
    }

    /** The charts the rows name, with the default chart (to read the data for every chart in use). */
    public Set<ChartType> chartsUsed(ChartType defaultChart) {
        Set<ChartType> charts = java.util.EnumSet.of(defaultChart);
        for (MetricSettings s : byMetric.values()) {
            s.chart().ifPresent(charts::add);
        }
        return charts;
    }

    /** Reads the cells of the settings table, naming the cell when one is wrong. */
    private static final class Reader {
        private final CsvText.Loaded loaded;
        private final TextTable table;
        private final String source;
        private final String datePattern;
        private final List<String> notices = new ArrayList<>();

        Reader(CsvText.Loaded loaded, String source, String datePattern) {
            this.loaded = loaded;
            this.table = loaded.table();
            this.source = source;
            this.datePattern = datePattern;
        }

        /** The trimmed text of a cell, empty when the column is absent or the cell blank (or NA, for none). */
        Optional<String> text(int i, String column) {
            if (column == null) {
                return Optional.empty();
            }
            String t = table.column(column)[i].trim();
            return t.isEmpty() || t.equals("NA") ? Optional.empty() : Optional.of(t);
        }

        /** The lower_bound and upper_bound cells of row i: a number, none (no bound), or blank (as implied). */
        Bounds bounds(int i, String lowerColumn, String upperColumn) {
            double lower = bound(i, lowerColumn, Double.NEGATIVE_INFINITY);
            double upper = bound(i, upperColumn, Double.POSITIVE_INFINITY);
            if (lower >= upper) {
                throw DataException.atCell(source, loaded.row(i), upperColumn, "the upper bound '"
                        + table.column(upperColumn)[i].trim() + "' is not above the lower bound '"
                        + table.column(lowerColumn)[i].trim() + "'",
                        "Give a lower bound below the upper one, such as 0 and 100 for a percentage");
            }
            return new Bounds(lower, upper);
        }

        private double bound(int i, String column, double none) {
            Optional<String> text = text(i, column);
            if (text.isEmpty()) {
                return Bounds.NOT_GIVEN;
            }
            if (text.get().equalsIgnoreCase("none")) {
                return none;
            }
            try {
                double x = Double.parseDouble(text.get());
                if (Double.isFinite(x)) {
                    return x;
                }
            } catch (NumberFormatException e) {
                // named below
            }
            throw DataException.atCell(source, loaded.row(i), column, "the bound '" + text.get()
                    + "' is not a number", "Write a plain number such as 0 or 100, none for no bound, or leave the "
                            + "cell blank for the bound the unit and chart imply");
        }

        /**
         * A parameter's cell, read and checked now (so that a wrong cell is named), as what it sets on a spec.
         * A list takes its items separated by ';' (and, but for dates, ',').
         */
        java.util.function.Consumer<ChartSpec.Builder> setting(int i, SpecParameters.Entry<?> entry, String column,
                String text) {
            List<String> texts = entry.isList()
                    ? List.of(text.split(entry.parameter() == Parameter.RECALCULATE_FROM ? ";" : "[;,]"))
                    : List.of(text);
            List<String> items = new ArrayList<>();
            for (String t : texts) {
                if (!t.isBlank()) {
                    items.add(t.trim());
                }
            }
            SpecParameters.Dates dates = values -> dates(i, column, values);
            try {
                List<LocalDate> read = entry.parameter() == Parameter.RECALCULATE_FROM ? dates.read(items) : List.of();
                SpecParameters.Dates fixed = values -> read;
                // Applied once to the defaults now, so that a value out of range is named with its cell.
                entry.apply(ChartSpec.mdc().toBuilder(), items, fixed);
                return b -> entry.apply(b, items, fixed);
            } catch (InvalidParameterException e) {
                throw DataException.atCell(source, loaded.row(i), column, e.problem(), hint(entry));
            } catch (IllegalArgumentException e) {
                throw DataException.atCell(source, loaded.row(i), column, e.getMessage(), hint(entry));
            }
        }

        private static String hint(SpecParameters.Entry<?> entry) {
            return switch (entry.label()) {
                case "NUMBER" -> "Write a plain number such as 95, or leave the cell blank for none";
                case "N" -> "Write a whole number, or leave the cell blank for the default";
                default -> "Correct the cell, or leave it blank for the default";
            };
        }

        List<LocalDate> dates(int i, String column, List<String> texts) {
            return DateReader.dates(texts, datePattern, source, column, loaded.row(i), notices::add);
        }
    }

    @Override
    public String toString() {
        return "Settings[" + source + ", " + byMetric.size() + " metrics]";
    }

    /** The file the settings came from. */
    public String source() {
        return source;
    }
}
