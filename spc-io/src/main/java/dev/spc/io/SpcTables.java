package dev.spc.io;

import dev.spc.core.Analysis;
import dev.spc.core.Spc;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The bridge between Tablesaw and the analysis: a {@link Table} of one row per metric and period in, tables of
 * points and of the summary out, the columns of each named as the command line names them.
 *
 * <pre>{@code
 * Table data = Table.read().csv("ipr.csv");                      // or built in memory, or from a database
 * List<Analysis> analyses = SpcTables.analyse(data, ChartSpec.mdc());
 * Table points = SpcTables.points(analyses);                     // metric, date, value, centre, ...
 * Table summary = SpcTables.summary(analyses);                   // metric, points, latest_date, ...
 * }</pre>
 *
 * The input table's columns are found by name as in a CSV export ({@code metric}, {@code date},
 * {@code value}, or {@code numerator} and {@code denominator}, and the optional {@code target},
 * {@code rebase}, {@code ghost}, {@code annotation}, ...; {@link ReadOptions} names others). They may be of
 * any type: text is read as in a CSV file; numbers, dates, date-times, instants (taken in UTC) and booleans
 * as they are. A cell that cannot be used is refused with a {@link DataException} naming the table, the row
 * (the first row is 1) and the column.
 */
public final class SpcTables {
    private SpcTables() {
    }

    /** The series of a table, one per metric in the order first met. */
    public static List<Series> series(Table table) {
        return series(table, ReadOptions.defaults());
    }

    /** The series of a table, read as the options say (columns, chart, missing markers). */
    public static List<Series> series(Table table, ReadOptions options) {
        return read(table, options).series();
    }

    /** The series of a table and the notices about how it was read (such as dates read day-first). */
    public static Export read(Table table, ReadOptions options) {
        String name = table.name() == null ? "table" : table.name();
        List<String> names = new java.util.ArrayList<>();
        String[][] columns = new String[table.columnCount()][];
        for (int c = 0; c < columns.length; c++) {
            names.add(table.column(c).name());
            columns[c] = asText(table.column(c));
        }
        return ExportReader.read(new TextTable(names, columns, table.rowCount()), "table '" + name + "'", name, options);
    }

    /** Analyses every metric of a table under one spec (its chart also says how the rows make points). */
    public static List<Analysis> analyse(Table table, ChartSpec spec) {
        return Spc.analyseAll(series(table, ReadOptions.defaults().chart(spec.chart())), metric -> spec);
    }

    /** Analyses every metric of a table, each under the spec the function gives for it. */
    public static List<Analysis> analyse(Table table, ReadOptions options, Function<String, ChartSpec> specs) {
        return Spc.analyseAll(series(table, options), specs);
    }

    /** One row per point of every analysis: the command line's {@code analyse} columns. */
    public static Table points(List<Analysis> analyses) {
        return AnalysisTables.points(analyses);
    }

    /** One row per analysis: the command line's {@code summary} columns. */
    public static Table summary(List<Analysis> analyses) {
        return AnalysisTables.summary(analyses);
    }

    /** A column's cells as the text a CSV export would hold: numbers in full precision, dates as ISO dates. */
    private static String[] asText(Column<?> c) {
        String[] text = new String[c.size()];
        for (int r = 0; r < text.length; r++) {
            text[r] = c.isMissing(r) ? "" : cell(c, r);
        }
        return text;
    }

    private static String cell(Column<?> c, int r) {
        if (c instanceof NumericColumn<?> n) {
            double v = n.getDouble(r);
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }
        if (c instanceof DateColumn d) {
            LocalDate date = d.get(r);
            return date.toString();
        }
        if (c instanceof DateTimeColumn d) {
            LocalDateTime t = d.get(r);
            return t.toLocalDate().toString();
        }
        if (c instanceof InstantColumn d) {
            Instant t = d.get(r);
            return t.atOffset(ZoneOffset.UTC).toLocalDate().toString();
        }
        if (c instanceof BooleanColumn b) {
            return Boolean.TRUE.equals(b.get(r)) ? "true" : "false";
        }
        return c.getString(r);
    }
}
