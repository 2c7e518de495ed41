package dev.spc.spark;

import dev.spc.core.Analysis;
import dev.spc.core.Spc;
import dev.spc.core.series.InvalidInputException;
import dev.spc.core.series.Period;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import dev.spc.io.AnalysisTables;
import dev.spc.io.DataException;
import dev.spc.io.Export;
import dev.spc.io.ExportReader;
import dev.spc.io.ReadOptions;
import dev.spc.io.Settings;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import tech.tablesaw.api.Table;

/**
 * One metric's rows, in one task: read by spc-io's rules for long data (as the command line reads a file),
 * analysed by spc-core with the metric's settings, and given back as rows of {@link Union}: its summary, its
 * points in date order, or, for data the command line would refuse, a problem naming the row.
 */
final class MetricTask implements FlatMapGroupsFunction<String, Row, Row> {
    private static final long serialVersionUID = 1L;
    private static final Pattern FIRST_ROW = Pattern.compile("\\(the first is row (\\d+)\\)");

    private final ArrayList<String> header;
    private final int idIndex;
    private final int dateIndex;
    private final String settingsText;
    private final String settingsSource;
    private final SparkOptions options;
    /** Date texts as the whole column reads them, as ISO dates (null: none, or every one ISO already). */
    private final Map<String, String> isoDates;
    private final Period period;
    private final boolean java8Dates;
    private transient Settings settings;

    MetricTask(List<String> header, int idIndex, int dateIndex, String settingsText, String settingsSource,
            SparkOptions options, Map<String, String> isoDates, Period period, boolean java8Dates) {
        this.header = new ArrayList<>(header);
        this.idIndex = idIndex;
        this.dateIndex = dateIndex;
        this.settingsText = settingsText;
        this.settingsSource = settingsSource;
        this.options = options;
        this.isoDates = isoDates;
        this.period = period;
        this.java8Dates = java8Dates;
    }

    /** The settings, read once a task from their text. */
    Settings settings() {
        if (settings == null) {
            settings = settingsText == null ? Settings.none() : Settings.read(new ByteArrayInputStream(
                    settingsText.getBytes(StandardCharsets.UTF_8)), settingsSource, options.datePattern());
        }
        return settings;
    }

    @Override
    public Iterator<Row> call(String metric, Iterator<Row> rows) {
        Rows cells = new Rows(rows);
        List<Analysis> analyses = new ArrayList<>(1);
        boolean ratios;
        boolean subgroups;
        Settings s = settings();
        ChartSpec defaults = ChartSpec.builder().build();
        ReadOptions read = ReadOptions.defaults().dateFormat(options.datePattern())
                .chartFor(m -> s.specFor(m, defaults).chart(), s.chartsUsed(defaults.chart()))
                .chartChoice(chart -> "give the metric the chart " + chart.id() + " in the settings");
        try {
            Export export = ExportReader.readLong(header, cells, options.source(), options.defaultMetric(), read);
            if (cells.tooLarge) {
                return List.of(tooLarge(metric, cells)).iterator();
            }
            for (Series series : export) {
                Series one = s.applyTo(period == null ? series : series.withPeriod(period));
                analyses.add(Spc.analyse(one, s.specFor(one.metric(), defaults)));
            }
            ratios = export.hasRatios();
            subgroups = export.hasSubgroups();
        } catch (DataException e) {
            return List.of(cells.tooLarge ? tooLarge(metric, cells) : problem(metric, cells, e)).iterator();
        } catch (InvalidInputException e) {
            // Data the chart cannot use, found by the analysis rather than the reading: the metric's problem.
            cells.drain();
            return List.of(Union.problem(metric, cells.first(), null, null, e.getMessage())).iterator();
        }
        return new Out(analyses, cells.first(), ratios, subgroups);
    }

    private Row tooLarge(String metric, Rows cells) {
        cells.drain();
        return Union.problem(metric, cells.first(), null, Long.toString(cells.count), "metric '" + metric + "' has "
                + cells.count + " rows, more than the " + options.maxRowsPerMetric() + " one task may hold. Split it "
                + "into smaller metrics (by organisation, or by year, each its own metric), or raise the limit "
                + "(SparkOptions.maxRowsPerMetric, or the launcher's --max-rows-per-metric) with the executors' "
                + "memory (about 250 bytes a row)");
    }

    /**
     * The rows of the analyses, made as they are asked for: each summary, then its points (from spc-io's table
     * of them), so that a task holds one metric's table, not its rows as well.
     */
    private final class Out implements Iterator<Row> {
        private final Iterator<Analysis> analyses;
        private final long order;
        private final boolean ratios;
        private final boolean subgroups;
        private Table points;
        private int next;

        Out(List<Analysis> analyses, long order, boolean ratios, boolean subgroups) {
            this.analyses = analyses.iterator();
            this.order = order;
            this.ratios = ratios;
            this.subgroups = subgroups;
        }

        @Override
        public boolean hasNext() {
            return analyses.hasNext() || points != null && next < points.rowCount();
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            if (points != null && next < points.rowCount()) {
                Object[] p = Union.row(Union.POINT, order, next, ratios, subgroups);
                Cells.values(points, next++, p, Union.POINT_AT, java8Dates);
                return RowFactory.create(p);
            }
            Analysis a = analyses.next();
            points = options.points() ? AnalysisTables.points(List.of(a), true, true) : null;
            next = 0;
            Object[] v = Union.row(Union.SUMMARY, order, 0, ratios, subgroups);
            Cells.values(AnalysisTables.summary(List.of(a)), 0, v, Union.SUMMARY_AT, java8Dates);
            return RowFactory.create(v);
        }
    }

    /** The problem a refusal names: its row's identity, column and cell, and the message without the place. */
    private Row problem(String metric, Rows cells, DataException e) {
        cells.drain();
        long row = cells.idOfLine(e.row());
        String column = e.column();
        String value = null;
        int c = column == null ? -1 : header.indexOf(column);
        if (c >= 0 && e.row() >= 2 && e.row() == cells.line()) {
            value = cells.current[c];
        } else if (e.inputProblem().isPresent()) {
            value = Cells.text(e.inputProblem().get().value());
        } else if (dateIndex >= 0 && header.get(dateIndex).equals(column)) {
            value = cells.oddDates.get(e.row() - 2);
        }
        String message = e.problem() + (e.hint() == null || e.hint().isEmpty() ? "" : ". " + e.hint());
        // A message names other rows by their place in the metric's rows: name them by their identity.
        Matcher m = FIRST_ROW.matcher(message);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, "(the first is row " + cells.idOfLine(Integer.parseInt(m.group(1))) + ")");
        }
        m.appendTail(b);
        return Union.problem(metric, e.row() >= 2 ? row : cells.first(), column, value, b.toString());
    }

    /** Whether a text has the shape of an ISO date (2024-01-31), which is read on sight. */
    private static boolean plainIso(String t) {
        return t.length() == 10 && t.charAt(4) == '-' && t.charAt(7) == '-';
    }

    /**
     * The metric's rows as text cells, walked once as they are read, keeping each row's identity (8 bytes a
     * row) so that a problem can name it; it stops at the largest metric a task may hold.
     */
    private final class Rows implements Iterator<String[]> {
        private final Iterator<Row> rows;
        private long[] ids = new long[64];
        /** The date texts of rows (by place) that are neither ISO dates nor read by the column's format. */
        final Map<Integer, String> oddDates = new java.util.HashMap<>();
        /** The rows read, and those counted after the largest metric was reached. */
        private int stored;
        long count;
        boolean tooLarge;
        String[] current;

        Rows(Iterator<Row> rows) {
            this.rows = rows;
        }

        @Override
        public boolean hasNext() {
            if (count >= options.maxRowsPerMetric() && rows.hasNext()) {
                tooLarge = true;
                return false;
            }
            return rows.hasNext();
        }

        @Override
        public String[] next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Row r = rows.next();
            if (stored == ids.length) {
                ids = Arrays.copyOf(ids, ids.length * 2);
            }
            ids[stored++] = r.getLong(idIndex);
            count++;
            String[] cellsOf = new String[header.size()];
            for (int c = 0; c < cellsOf.length; c++) {
                cellsOf[c] = Cells.text(r.get(c));
            }
            if (dateIndex >= 0) {
                String text = cellsOf[dateIndex].trim();
                String iso = isoDates == null ? null : isoDates.get(text);
                if (iso != null) {
                    cellsOf[dateIndex] = iso;
                } else if ((isoDates != null || !plainIso(text)) && oddDates.size() < 1000) {
                    // A date the column's format does not read, kept to be named if it is refused.
                    oddDates.put(stored - 1, text);
                }
            }
            current = cellsOf;
            return cellsOf;
        }

        /** The line spc-io gave the row last read (the header is line 1). */
        int line() {
            return stored + 1;
        }

        /** The identity of the row spc-io read as a line (the header is line 1, the first row line 2). */
        long idOfLine(int line) {
            int k = line - 2;
            return k >= 0 && k < stored ? ids[k] : first();
        }

        /** The smallest identity among the rows read: where the metric is first met. */
        long first() {
            long min = Long.MAX_VALUE;
            for (int k = 0; k < stored; k++) {
                min = Math.min(min, ids[k]);
            }
            return min;
        }

        /** Counts the rows not read. */
        void drain() {
            while (rows.hasNext()) {
                rows.next();
                count++;
            }
        }
    }
}
