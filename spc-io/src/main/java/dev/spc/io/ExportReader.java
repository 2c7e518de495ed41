package dev.spc.io;

import dev.spc.core.series.Series;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an export, as a trust's systems write it, into one {@link Series} per metric: a CSV file (UTF-8,
 * UTF-16 or Windows-1252, separated by commas, semicolons or tabs) laid out long (one row per metric and
 * period), with a column per period (a row per metric) or with a column per metric (a row per period).
 * The layout is found from the header ({@link Layout}); a title block above the header, blank rows, rows
 * holding one cell (headings, notes) and total rows are left out, and each kind is counted in a notice, so
 * that every row read is used or reported. The file is read a row at a time.
 *
 * <p>In a long export, columns are found by name, ignoring case: {@code metric} (absent: the whole file is
 * one series named after the file), {@code date}, {@code value}, and the optional {@code target},
 * {@code rebase}, {@code ghost} and {@code annotation}; {@link ReadOptions} can name others. Dates are read
 * in the format the column shows ({@link DateReader}), NHS financial periods and ISO weeks among them;
 * numbers as people type them ({@code 74.2%}, {@code 1,234}, {@code £1,234}; decimal commas in a
 * semicolon-separated file), blank or NA (gaps), an Excel error value (a gap, counted in a notice), or one
 * of the extra missing markers the options declare.
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
    private ExportReader() {
    }

    /** Reads a file. */
    public static Export read(Path file, ReadOptions options) {
        String stem = file.getFileName() == null ? "series" : file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        TextInput in = TextInput.open(file, null);
        if (in.sniffed().kind() == TextInput.Kind.WORKBOOK) {
            in.close();
            return readWorkbook(file, file.toString(), stem, options);
        }
        try {
            return read(in, stem, options);
        } catch (CsvRows.NotDecodable e) {
            // The start of the file is UTF-8 but a later byte is not: the file is read again as Windows-1252.
            if (!in.sniffed().charset().equals(StandardCharsets.UTF_8) || in.sniffed().bom() > 0) {
                throw notDecodable(file.toString(), in.sniffed().charset(), e);
            }
            TextInput again = TextInput.open(file, TextInput.WINDOWS_1252);
            try {
                return read(again, stem, options);
            } catch (CsvRows.NotDecodable twice) {
                throw notDecodable(file.toString(), TextInput.WINDOWS_1252, twice);
            }
        }
    }

    /**
     * Reads CSV text or an Excel workbook from a stream (such as standard input); {@code source} names it in
     * messages. A workbook is first copied to a temporary file (deleted after), as its parts are read out of
     * order.
     */
    public static Export read(InputStream stream, String source, ReadOptions options) {
        TextInput in = TextInput.open(stream, source, null);
        if (in.sniffed().kind() == TextInput.Kind.WORKBOOK) {
            Path copy = null;
            try {
                copy = Files.createTempFile("spc-", ".xlsx");
                try (InputStream bytes = in.bytes()) {
                    Files.copy(bytes, copy, StandardCopyOption.REPLACE_EXISTING);
                }
                return readWorkbook(copy, source, "series", options);
            } catch (IOException e) {
                throw DataException.atFile(source, "the workbook cannot be read: " + e.getMessage(), "Check the input", e);
            } finally {
                in.close();
                if (copy != null) {
                    try {
                        Files.deleteIfExists(copy);
                    } catch (IOException ignored) {
                        // a temporary file the system clears
                    }
                }
            }
        }
        try {
            return read(in, "series", options);
        } catch (CsvRows.NotDecodable e) {
            throw notDecodable(source, in.sniffed().charset(), e);
        }
    }

    private static DataException notDecodable(String source, Charset charset, CsvRows.NotDecodable e) {
        return DataException.atCell(source, e.line, null, "the text is not " + charset.name() + " here, though the "
                + "rows before are", "Save the file as CSV UTF-8 (in Excel: File > Save As > CSV UTF-8)");
    }

    private static Export read(TextInput in, String stem, ReadOptions options) {
        TextInput.Sniffed sniffed = in.sniffed();
        String source = in.source();
        List<String> notices = new ArrayList<>();
        if (sniffed.notice() != null) {
            notices.add(sniffed.notice());
        }
        if (options.sheet() != null) {
            notices.add(source + ": " + options.sheetOptionName() + " is for Excel workbooks; this is text, read as it is");
        }
        char separator = CsvRows.separatorOf(sniffed.head());
        try (CsvRows rows = new CsvRows(in, separator)) {
            return Reading.read(rows, source, stem, options, options.layout(), options.headerRow(), separator, notices);
        }
    }

    /** Reads a sheet of a workbook: the one the options name, or the first that holds a table. */
    private static Export readWorkbook(Path file, String source, String stem, ReadOptions options) {
        try (Workbook book = Workbook.open(file, source)) {
            Workbook.Sheet sheet = book.choose(options.sheet(), options.sheetOptionName());
            List<String> notices = new ArrayList<>();
            if (options.sheet() == null && book.sheets().size() > 1) {
                notices.add(source + ": read sheet " + sheet.named() + " (of " + book.listed() + "); give "
                        + options.sheetOptionName() + " NAME or NUMBER to read another");
            }
            String where = source + " (sheet " + sheet.named() + ")";
            try (RowSource rows = book.rows(sheet)) {
                return Reading.read(rows, where, stem, options, options.layout(), options.headerRow(), ',', notices);
            }
        }
    }

    /**
     * Reads rows laid out long, given as the text of their cells (as a CSV file would hold them) under the
     * given column names: for a caller that holds the rows elsewhere, such as the rows of one metric in a
     * task of a distributed job. The rows are read as the rows of a CSV file are: the header is row 1 and the
     * rows given are rows 2, 3, ... in the order given (messages name them so), and the iterator is walked
     * once, as the rows are read.
     *
     * @param header the column names
     * @param rows the rows' cells, each as long as the header
     * @param source what names the rows in messages
     * @param defaultMetric the metric of rows when there is no metric column
     */
    public static Export readLong(List<String> header, java.util.Iterator<String[]> rows, String source,
            String defaultMetric, ReadOptions options) {
        String[] names = header.toArray(new String[0]);
        RowSource text = new RowSource() {
            private int line;

            @Override
            public String[] next() {
                if (line == 0) {
                    line = 1;
                    return names.clone();
                }
                if (!rows.hasNext()) {
                    return null;
                }
                line++;
                return rows.next();
            }

            @Override
            public int line() {
                return line;
            }
        };
        return Reading.read(text, source, defaultMetric, options, Layout.LONG, -1, ',', List.of());
    }

    /**
     * The column of a long export's header that names the metrics, as reading finds it (the one the options
     * name, or else {@code metric}, {@code measure}, {@code indicator} or {@code kpi}, ignoring case), or
     * null when there is none.
     */
    public static String metricColumn(List<String> header, ReadOptions options) {
        return named(header, options.metricColumn(), Reading.METRIC_NAMES);
    }

    /**
     * The column of a long export's header that holds the dates, as reading finds it (the one the options
     * name, or else {@code date}, {@code period}, {@code month}, {@code week} or {@code day}, ignoring case),
     * or null when there is none.
     */
    public static String dateColumn(List<String> header, ReadOptions options) {
        return named(header, options.dateColumn(), Reading.DATE_NAMES);
    }

    private static String named(List<String> header, String given, List<String> usual) {
        java.util.Map<String, Integer> byName = new java.util.HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            byName.putIfAbsent(header.get(i).trim().toLowerCase(java.util.Locale.ROOT), i);
        }
        int found = Reading.columnOf(byName, given, usual);
        return found < 0 ? null : header.get(found);
    }

    /**
     * Reads a table whose columns are all text, laid out long (for the Tablesaw bridge, which turns a typed
     * table's cells into the text a CSV file would hold): its column names are the header, row 1.
     */
    static Export read(TextTable text, String source, String defaultMetric, ReadOptions options) {
        List<String> names = text.columnNames();
        String[][] columns = new String[names.size()][];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = text.column(names.get(c));
        }
        RowSource rows = new RowSource() {
            private int next = -1;

            @Override
            public String[] next() {
                if (next >= text.rowCount()) {
                    return null;
                }
                String[] row = new String[columns.length];
                for (int c = 0; c < row.length; c++) {
                    row[c] = next < 0 ? names.get(c) : columns[c][next];
                }
                next++;
                return row;
            }

            @Override
            public int line() {
                return next;
            }
        };
        return Reading.read(rows, source, defaultMetric, options, Layout.LONG, -1, ',', List.of());
    }
}
