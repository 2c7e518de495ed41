package dev.spc.io;

import dev.spc.core.ChartSpec;
import dev.spc.core.ChartType;
import dev.spc.core.Direction;
import dev.spc.core.RuleSet;
import dev.spc.core.Series;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A settings file: one row per metric, {@code metric,direction,target,chart,baseline_points,recalculate_from}
 * and optionally {@code unit}, {@code group}, {@code min_points}, {@code shift}, {@code trend} and
 * {@code rules}. Blank cells leave the defaults; other columns (notes) are ignored. {@code recalculate_from}
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

    /** One-line notices about how the file was read (such as dates read day-first). */
    public List<String> notices() {
        return notices;
    }

    /** The settings of a metric, if the file has a row for it. */
    public Optional<MetricSettings> of(String metric) {
        return Optional.ofNullable(byMetric.get(metric));
    }

    /** The spec for a metric: its row's settings over the defaults. */
    public ChartSpec specFor(String metric, ChartSpec defaults) {
        MetricSettings s = byMetric.get(metric);
        return s == null ? defaults : s.applyTo(defaults);
    }

    /** All rows, in file order. */
    public List<MetricSettings> rows() {
        return List.copyOf(byMetric.values());
    }

    /** A warning for every row whose metric is not in the data. */
    public List<String> warningsFor(List<Series> data) {
        Set<String> metrics = new HashSet<>();
        for (Series s : data) {
            metrics.add(s.metric());
        }
        List<String> warnings = new ArrayList<>();
        for (MetricSettings s : byMetric.values()) {
            if (!metrics.contains(s.metric())) {
                warnings.add(source + ", row " + s.row() + ": metric '" + s.metric()
                        + "' is not in the data, so its settings are unused; check the spelling");
            }
        }
        return warnings;
    }

    private static Settings parse(CsvText.Loaded loaded, String source, String datePattern) {
        Table table = loaded.table();
        Map<String, String> byName = new HashMap<>();
        for (String name : table.columnNames()) {
            byName.putIfAbsent(name.trim().toLowerCase(Locale.ROOT), name);
        }
        String metricCol = byName.get("metric");
        if (metricCol == null) {
            throw DataException.atFile(source, "a settings file needs a metric column",
                    "Start it with the header metric,direction,target,chart,baseline_points,recalculate_from");
        }
        Reader r = new Reader(loaded, byName, source, datePattern);
        Map<String, MetricSettings> byMetric = new LinkedHashMap<>();
        for (int rowIndex = 0; rowIndex < table.rowCount(); rowIndex++) {
            final int i = rowIndex;
            int row = loaded.row(i);
            String metric = table.stringColumn(metricCol).get(i).trim();
            if (metric.isEmpty()) {
                throw DataException.atCell(source, row, metricCol, "the metric name is blank",
                        "Give every settings row the name of a metric in the data");
            }
            MetricSettings earlier = byMetric.get(metric);
            if (earlier != null) {
                throw DataException.atCell(source, row, metricCol, "metric '" + metric
                        + "' already has settings on row " + earlier.row(), "Keep one row per metric");
            }
            Optional<Direction> direction = r.text(i, "direction").map(t -> r.parse(i, "direction", t, Direction::parse));
            Optional<ChartType> chart = r.text(i, "chart").map(t -> r.parse(i, "chart", t, ChartType::parse));
            byMetric.put(metric, new MetricSettings(metric, row, direction, r.number(i, "target"), chart,
                    r.integer(i, byName.containsKey("baseline_points") ? "baseline_points" : "baseline", 2),
                    r.dates(i, "recalculate_from"), r.text(i, "unit"), r.text(i, "group"),
                    r.integer(i, "min_points", 2), r.integer(i, "shift", 3), r.integer(i, "trend", 3),
                    r.text(i, "rules").map(t -> r.parse(i, "rules", t, Settings::ruleSets)).orElse(Set.of())));
        }
        return new Settings(source, byMetric, r.notices);
    }

    /** Rule sets separated by ';' or ','. */
    static Set<RuleSet> ruleSets(String text) {
        Set<RuleSet> sets = java.util.EnumSet.noneOf(RuleSet.class);
        for (String part : text.split("[;,]")) {
            if (!part.isBlank()) {
                sets.add(RuleSet.parse(part));
            }
        }
        return sets;
    }

    /** The charts the rows name, with the default chart (to read the data for every chart in use). */
    public Set<ChartType> chartsUsed(ChartType defaultChart) {
        Set<ChartType> charts = java.util.EnumSet.of(defaultChart);
        for (MetricSettings s : byMetric.values()) {
            s.chart().ifPresent(charts::add);
        }
        return charts;
    }

    /** Reads typed cells of the settings table, naming the cell when one is wrong. */
    private static final class Reader {
        private final CsvText.Loaded loaded;
        private final Table table;
        private final Map<String, String> byName;
        private final String source;
        private final String datePattern;
        private final List<String> notices = new ArrayList<>();

        Reader(CsvText.Loaded loaded, Map<String, String> byName, String source, String datePattern) {
            this.loaded = loaded;
            this.table = loaded.table();
            this.byName = byName;
            this.source = source;
            this.datePattern = datePattern;
        }

        Optional<String> text(int i, String column) {
            String actual = byName.get(column);
            if (actual == null) {
                return Optional.empty();
            }
            String t = table.stringColumn(actual).get(i).trim();
            return t.isEmpty() ? Optional.empty() : Optional.of(t);
        }

        <T> T parse(int i, String column, String text, java.util.function.Function<String, T> parser) {
            try {
                return parser.apply(text);
            } catch (IllegalArgumentException e) {
                throw DataException.atCell(source, loaded.row(i), byName.get(column), e.getMessage(), "Correct the cell");
            }
        }

        OptionalDouble number(int i, String column) {
            Optional<String> t = text(i, column);
            if (t.isEmpty() || t.get().equals("NA")) {
                return OptionalDouble.empty();
            }
            if (!Cells.isPlainNumber(t.get())) {
                throw DataException.atCell(source, loaded.row(i), byName.get(column), "'" + t.get() + "' is not a number",
                        "Write a plain number such as 95, or leave the cell blank for none");
            }
            return OptionalDouble.of(Cells.number(t.get(), source, loaded.row(i), byName.get(column), "--missing"));
        }

        OptionalInt integer(int i, String column, int minimum) {
            Optional<String> t = text(i, column);
            if (t.isEmpty()) {
                return OptionalInt.empty();
            }
            try {
                int v = Integer.parseInt(t.get());
                if (v >= minimum) {
                    return OptionalInt.of(v);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw DataException.atCell(source, loaded.row(i), byName.get(column), "'" + t.get() + "' is not a whole number of "
                    + minimum + " or more", "Correct the cell or leave it blank for the default");
        }

        List<LocalDate> dates(int i, String column) {
            Optional<String> t = text(i, column);
            if (t.isEmpty()) {
                return List.of();
            }
            Map<String, Integer> values = new LinkedHashMap<>();
            for (String part : t.get().split(";")) {
                if (!part.isBlank()) {
                    values.put(part.trim(), loaded.row(i));
                }
            }
            DateReader reader = DateReader.of(values, datePattern, source, byName.get(column));
            if (reader.notice() != null) {
                notices.add(reader.notice());
            }
            List<LocalDate> dates = new ArrayList<>();
            for (String v : values.keySet()) {
                dates.add(reader.date(v));
            }
            return dates;
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
