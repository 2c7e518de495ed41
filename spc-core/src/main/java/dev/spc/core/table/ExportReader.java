package dev.spc.core.table;

import dev.spc.core.Series;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The table bridge's reader: a long CSV export (one row per metric and period) into one {@link Series}
 * per metric.
 *
 * <p>Columns are found by name, ignoring case: {@code metric} (absent: the whole file is one series
 * named after the file), {@code date}, {@code value}, and the optional {@code target}, {@code rebase},
 * {@code ghost} and {@code annotation}; {@link ReadOptions} can name others. Dates are read in the format
 * the column shows ({@link DateReader}); values must be plain numbers, blank or NA (gaps), or one of the
 * extra missing markers the options declare. Two rows of the same metric and date are refused.
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

    private static Export read(CsvText.Loaded loaded, String source, String defaultMetric, ReadOptions options) {
        Table table = loaded.table();
        boolean commas = loaded.commasGroupThousands();
        Map<String, String> byName = new LinkedHashMap<>();
        for (String name : table.columnNames()) {
            byName.putIfAbsent(name.trim().toLowerCase(Locale.ROOT), name);
        }
        String metricCol = column(byName, options.metricColumn(), METRIC_NAMES, source, "--metric-column", false);
        String dateCol = column(byName, options.dateColumn(), DATE_NAMES, source, "--date-column", true);
        String valueCol = column(byName, options.valueColumn(), VALUE_NAMES, source, "--value-column", true);
        String targetCol = column(byName, options.targetColumn(), List.of("target"), source, "--target-column", false);
        String rebaseCol = column(byName, options.rebaseColumn(), List.of("rebase", "recalculate"), source,
                "--rebase-column", false);
        String ghostCol = column(byName, options.ghostColumn(), List.of("ghost", "exclude"), source, "--ghost-column", false);
        String annotationCol = column(byName, options.annotationColumn(), List.of("annotation", "note", "comment"),
                source, "--annotation-column", false);

        int rows = table.rowCount();
        StringColumn metrics = metricCol == null ? null : table.stringColumn(metricCol);
        StringColumn dates = table.stringColumn(dateCol);
        StringColumn values = table.stringColumn(valueCol);
        StringColumn targets = targetCol == null ? null : table.stringColumn(targetCol);
        StringColumn rebases = rebaseCol == null ? null : table.stringColumn(rebaseCol);
        StringColumn ghosts = ghostCol == null ? null : table.stringColumn(ghostCol);
        StringColumn annotations = annotationCol == null ? null : table.stringColumn(annotationCol);

        Map<String, Integer> distinctDates = new HashMap<>();
        for (int r = 0; r < rows; r++) {
            String d = dates.get(r).trim();
            if (d.isEmpty()) {
                throw DataException.atCell(source, loaded.row(r), dateCol, "the date is blank",
                        "Give every row the date of its period");
            }
            distinctDates.putIfAbsent(d, loaded.row(r));
        }
        DateReader dateReader = DateReader.of(distinctDates, options.dateFormat(), source, dateCol);

        Set<String> missing = options.missing();
        Map<String, MetricRows> byMetric = new LinkedHashMap<>();
        for (int r = 0; r < rows; r++) {
            int row = loaded.row(r);
            String metric = metrics == null ? defaultMetric : metrics.get(r).trim();
            if (metric.isEmpty()) {
                throw DataException.atCell(source, row, metricCol, "the metric name is blank",
                        "Give every row the name of its metric");
            }
            LocalDate date = dateReader.date(dates.get(r).trim());
            String rawValue = values.get(r);
            double value = missing.contains(rawValue.trim()) ? Double.NaN
                    : Cells.number(rawValue, source, row, valueCol, options.missingOptionName(), commas);
            double target = Double.NaN;
            if (targets != null && !missing.contains(targets.get(r).trim())) {
                target = Cells.number(targets.get(r), source, row, targetCol, options.missingOptionName(), commas);
            }
            Series.Point p = new Series.Point(date, value, target,
                    rebases != null && Cells.flag(rebases.get(r), source, row, rebaseCol),
                    ghosts != null && Cells.flag(ghosts.get(r), source, row, ghostCol),
                    annotations == null || annotations.get(r).isBlank() ? null : annotations.get(r).trim());
            MetricRows m = byMetric.computeIfAbsent(metric, k -> new MetricRows());
            Integer earlier = m.rowOfDate.putIfAbsent(date, row);
            if (earlier != null) {
                throw DataException.atCell(source, row, dateCol, "metric '" + metric + "' has a second row for "
                        + date + " (the first is row " + earlier + ")",
                        "Give each metric one row per date; if the rows are different metrics, give them different names");
            }
            m.points.add(p);
        }
        List<Series> series = new ArrayList<>(byMetric.size());
        for (Map.Entry<String, MetricRows> e : byMetric.entrySet()) {
            series.add(Series.of(e.getKey(), e.getValue().points));
        }
        List<String> notices = new ArrayList<>();
        if (dateReader.notice() != null) {
            notices.add(dateReader.notice());
        }
        return new Export(source, series, notices);
    }

    private static final class MetricRows {
        final List<Series.Point> points = new ArrayList<>();
        final Map<LocalDate, Integer> rowOfDate = new HashMap<>();
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
