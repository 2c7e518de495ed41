package dev.spc.io;

import java.util.List;

/**
 * The cells of an export as text, by column: what a CSV file holds, before any cell is read as a number or
 * a date (so that every bad cell can be named). A plain holder rather than a Tablesaw table, so that reading
 * a file needs none of Tablesaw's machinery (its first use scans the class path for its readers and logs
 * through SLF4J).
 */
final class TextTable {
    private final List<String> names;
    private final String[][] columns;
    private final int rows;

    /**
     * @param names the columns' names, in order
     * @param columns each column's cells, as many as {@code rows}
     */
    TextTable(List<String> names, String[][] columns, int rows) {
        this.names = List.copyOf(names);
        this.columns = columns;
        this.rows = rows;
    }

    /** The columns' names, in order. */
    List<String> columnNames() {
        return names;
    }

    /** The number of rows. */
    int rowCount() {
        return rows;
    }

    /** The cells of the named column (the name as it stands in the header). */
    String[] column(String name) {
        int c = names.indexOf(name);
        if (c < 0) {
            throw new IllegalArgumentException("no column " + name);
        }
        return columns[c];
    }

    /** The table without the given rows. */
    TextTable without(boolean[] dropped, int count) {
        String[][] kept = new String[columns.length][rows - count];
        for (int c = 0; c < columns.length; c++) {
            int k = 0;
            for (int r = 0; r < rows; r++) {
                if (!dropped[r]) {
                    kept[c][k++] = columns[c][r];
                }
            }
        }
        return new TextTable(names, kept, rows - count);
    }

    /** True when every cell of row r is blank. */
    boolean isBlankRow(int r) {
        for (String[] column : columns) {
            if (!column[r].isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "TextTable" + names + ", " + rows + " rows";
    }
}
