package dev.spc.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small CSV file of a fixed shape read whole (a workshop's red bead results, its funnel drops): its header,
 * and its rows with the line each is on, blank rows left out. Cells are found by column name, ignoring
 * case, and read as whole numbers or decimals with errors that name the file, row, column and value.
 */
public final class NamedColumns {
    private final String source;
    private final String[] header;
    private final Map<String, Integer> byName = new HashMap<>();
    private final List<String[]> rows;
    private final List<Integer> lines;

    private NamedColumns(String source, String[] header, List<String[]> rows, List<Integer> lines) {
        this.source = source;
        this.header = header;
        for (int c = 0; c < header.length; c++) {
            byName.putIfAbsent(header[c].trim().toLowerCase(Locale.ROOT), c);
        }
        this.rows = rows;
        this.lines = lines;
    }

    /**
     * Reads a CSV file.
     *
     * @param what what a row holds, for the message when there is none ("one row per worker and day")
     */
    public static NamedColumns read(Path file, String what) {
        TextInput in = TextInput.open(file, null);
        String source = in.source();
        if (in.sniffed().kind() == TextInput.Kind.WORKBOOK) {
            in.close();
            throw DataException.atFile(source, "this is a workbook, and a CSV file is needed here",
                    "Save the sheet as CSV (comma separated values) and give that file");
        }
        try (CsvRows csv = new CsvRows(in.reader(), CsvRows.separatorOf(in.sniffed().head()), source)) {
            String[] header = csv.next();
            while (header != null && Framing.blank(header)) {
                header = csv.next();
            }
            if (header == null) {
                throw DataException.atFile(source, "the file is empty", "Give a header row and " + what);
            }
            List<String[]> rows = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            String[] row;
            while ((row = csv.next()) != null) {
                if (!Framing.blank(row)) {
                    rows.add(row.clone());
                    lines.add(csv.line());
                }
            }
            if (rows.isEmpty()) {
                throw DataException.atFile(source, "there are no rows after the header", "Give " + what);
            }
            return new NamedColumns(source, header.clone(), rows, lines);
        } finally {
            in.close();
        }
    }

    /** The file's name as messages give it. */
    public String source() {
        return source;
    }

    public int size() {
        return rows.size();
    }

    /** True when the header has the column. */
    public boolean has(String column) {
        return byName.containsKey(column);
    }

    /** Refuses a file without one of the columns, naming the columns it has. */
    public void require(String... columns) {
        for (String c : columns) {
            if (!has(c)) {
                throw DataException.atFile(source, "there is no '" + c + "' column",
                        "The columns are: " + String.join(", ", header) + ". Give the columns "
                                + String.join(", ", columns));
            }
        }
    }

    /** Row k's cell in a column, trimmed ("" for a short row). */
    public String text(int k, String column) {
        int c = byName.get(column);
        String[] row = rows.get(k);
        return c < row.length ? row[c].trim() : "";
    }

    /**
     * Row k's whole number in a column, from {@code min} to {@code max}.
     *
     * @param hint how to put it right
     */
    public int whole(int k, String column, int min, int max, String hint) {
        String t = text(k, column);
        try {
            int n = Integer.parseInt(t.endsWith(".0") ? t.substring(0, t.length() - 2) : t);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException notWhole) {
            // refused below
        }
        throw DataException.atCell(source, lines.get(k), header[byName.get(column)],
                "'" + t + "' is not a whole number from " + min + " to " + max, hint);
    }

    /** Row k's number in a column. */
    public double number(int k, String column, String hint) {
        String t = text(k, column);
        try {
            double x = Double.parseDouble(t);
            if (Double.isFinite(x) && !t.isEmpty() && Character.isDigit(t.charAt(t.length() - 1))) {
                return x;
            }
        } catch (NumberFormatException notNumber) {
            // refused below
        }
        throw DataException.atCell(source, lines.get(k), header[byName.get(column)], "'" + t + "' is not a number",
                hint);
    }

    /** Refuses row k with a problem in a column's cell. */
    public DataException refuse(int k, String column, String problem, String hint) {
        return DataException.atCell(source, lines.get(k), header[byName.get(column)], problem, hint);
    }
}
