package dev.spc.io;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads a small CSV file (a settings file) whole into a table of text columns ({@link TextTable}), with
 * clear errors for a missing file, a folder, an empty file, text in no encoding it knows, a quote never
 * closed and ragged rows. The encoding is found as {@link TextInput} finds it; the separator (comma,
 * semicolon or tab) from the first lines. Cells are kept as text, so that every bad cell can be named.
 * Exports are read a row at a time instead ({@link Reading}).
 */
final class CsvText {
    /**
     * A loaded table, the separator its file used, and the line each record starts on (record 0 is the
     * header), so that messages name the line a person sees even when blank lines were skipped.
     */
    record Loaded(TextTable table, char separator, int[] recordLines, int blankRows) {
        /** True when a comma inside a number can only be a thousands separator. */
        boolean commasGroupThousands() {
            return separator != ';';
        }

        /** The line of the file that data row {@code index} (0 for the first) starts on. */
        int row(int index) {
            return index + 1 < recordLines.length ? recordLines[index + 1] : index + 2;
        }
    }

    private CsvText() {
    }

    static Loaded load(Path file) {
        return load(TextInput.open(file, null));
    }

    static Loaded load(InputStream in, String source) {
        return load(TextInput.open(in, source, null));
    }

    private static Loaded load(TextInput in) {
        String source = in.source();
        if (in.sniffed().kind() == TextInput.Kind.WORKBOOK) {
            in.close();
            throw DataException.atFile(source, "this is a zip archive (such as an Excel workbook), not CSV text",
                    "Save it as CSV UTF-8 (in Excel: File > Save As > CSV UTF-8)");
        }
        char separator = CsvRows.separatorOf(in.sniffed().head());
        Records records;
        try (CsvRows rows = new CsvRows(in, separator)) {
            records = Records.read(rows);
        } catch (CsvRows.NotDecodable e) {
            throw DataException.atCell(source, e.line, null, "the text is not " + in.sniffed().charset().name()
                    + " here", "Save it as CSV UTF-8 (in Excel: File > Save As > CSV UTF-8)");
        }
        if (records.cells().isEmpty() || records.cells().stream().allMatch(r -> Framing.filled(r) == 0)) {
            throw DataException.atFile(source, "the file is empty",
                    "Export the data with a header row (such as metric,date,value) and one row per metric and period");
        }
        TextTable table = records.table(source);
        int[] lines = records.lines();
        // Rows whose every cell is blank (",,,," that spreadsheets leave below the data) are left out.
        boolean[] blank = new boolean[table.rowCount()];
        int blankRows = 0;
        for (int r = 0; r < table.rowCount(); r++) {
            if (table.isBlankRow(r)) {
                blank[r] = true;
                blankRows++;
            }
        }
        if (blankRows > 0) {
            // The lines of the rows kept, with the header's first (as Loaded.row reads them).
            int[] kept = new int[table.rowCount() - blankRows + 1];
            kept[0] = lines.length > 0 ? lines[0] : 1;
            int k = 1;
            for (int r = 0; r < table.rowCount(); r++) {
                if (!blank[r]) {
                    kept[k++] = r + 1 < lines.length ? lines[r + 1] : r + 2;
                }
            }
            table = table.without(blank, blankRows);
            lines = kept;
        }
        if (table.rowCount() == 0) {
            throw DataException.atFile(source, "the file has a header but no data rows",
                    "Export the data rows too: one row per metric and period");
        }
        return new Loaded(table, separator, lines, blankRows);
    }

    /**
     * The records of CSV text, as {@link CsvRows} reads them.
     *
     * @param cells every record's cells, in order
     * @param lines the line each record starts on
     */
    record Records(List<String[]> cells, int[] lines) {
        static Records parse(String text, char separator, String source) {
            return read(new CsvRows(new StringReader(text), separator, source));
        }

        static Records read(CsvRows rows) {
            List<String[]> records = new ArrayList<>();
            int[] lines = new int[64];
            String[] r;
            while ((r = rows.next()) != null) {
                if (records.size() == lines.length) {
                    lines = Arrays.copyOf(lines, lines.length * 2);
                }
                lines[records.size()] = rows.line();
                records.add(r);
            }
            return new Records(records, Arrays.copyOf(lines, records.size()));
        }

        /** The records as a table of text columns, named by the first record; a ragged row is refused. */
        TextTable table(String source) {
            String[] names = cells.get(0);
            Set<String> seen = new HashSet<>();
            for (String name : names) {
                if (!seen.add(name)) {
                    throw DataException.atFile(source, "two columns are named '" + name + "'",
                            "Rename one of them, so that each column's name says what it holds");
                }
            }
            String[][] columns = new String[names.length][cells.size() - 1];
            for (int r = 1; r < cells.size(); r++) {
                String[] row = cells.get(r);
                if (row.length != names.length) {
                    boolean tooMany = row.length > names.length;
                    throw DataException.atCell(source, lines[r], null, "the row has " + row.length
                            + (row.length == 1 ? " cell" : " cells") + " but the header has " + names.length, tooMany
                                    ? "Quote any cell that holds the separator (\"Falls per 1,000 bed days\"), or remove the extra cells"
                                    : "Add the missing cells (an empty cell is a missing value)");
                }
                for (int c = 0; c < names.length; c++) {
                    columns[c][r - 1] = row[c];
                }
            }
            return new TextTable(List.of(names), columns, cells.size() - 1);
        }
    }
}
