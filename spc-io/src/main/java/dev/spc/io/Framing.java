package dev.spc.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the header of an export and hands on its data rows, each as wide as the header: a title block
 * above the header (a report title, a "data as at" line, blank rows) is left out and reported, as are rows
 * whose every cell is blank.
 *
 * <p>The header is the row given ({@code --header-row}), or else found among the first rows: the last row
 * of two or more filled cells before the first row that holds a number (the first data row). A row with
 * more cells than the header is refused unless the extra cells are blank; one with fewer is refused unless
 * it has at most one filled cell (a heading or a note, which the layout leaves out).
 */
final class Framing {
    /** How many rows are looked at to find the header. */
    static final int LOOK_AHEAD = 30;

    private final RowSource rows;
    private final String source;
    private final LeftOut leftOut;
    private final String[] header;
    private final int headerLine;
    /** Rows read while looking for the header, after it; replayed before the rest. */
    private final List<String[]> buffered = new ArrayList<>();
    private final List<Integer> bufferedLines = new ArrayList<>();
    private int replay;
    private int line;
    private long rowsRead;
    private final java.util.function.LongConsumer progress;

    /**
     * Reads up to the header.
     *
     * @param headerRow the row (line) the header is on, 0 to find it, or -1 for the first row
     */
    Framing(RowSource rows, int headerRow, String source, LeftOut leftOut, java.util.function.LongConsumer progress) {
        this.rows = rows;
        this.progress = progress;
        this.source = source;
        this.leftOut = leftOut;
        List<String[]> first = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int found = -1;
        if (headerRow > 0) {
            String[] r;
            while ((r = rows.next()) != null) {
                first.add(r);
                lines.add(rows.line());
                if (rows.line() >= headerRow) {
                    break;
                }
            }
            if (first.isEmpty() || lines.get(lines.size() - 1) != headerRow) {
                throw DataException.atFile(source, "the header row given, row " + headerRow + ", "
                        + (first.isEmpty() || lines.get(lines.size() - 1) < headerRow ? "is past the end of the file"
                        : "is empty"), "Give the row the column names are on, as the spreadsheet numbers it "
                        + "(or leave out the option to find it)");
            }
            found = first.size() - 1;
        } else {
            String[] r;
            while (first.size() < LOOK_AHEAD && (r = rows.next()) != null) {
                first.add(r);
                lines.add(rows.line());
            }
            found = headerRow < 0 ? (first.isEmpty() ? -1 : 0) : headerIndex(first);
        }
        if (first.isEmpty() || found < 0) {
            throw DataException.atFile(source, "the file is empty",
                    "Export the data with a header row (such as metric,date,value) and one row per metric and period");
        }
        for (int k = 0; k < found; k++) {
            String[] r = first.get(k);
            if (filled(r) == 0) {
                leftOut.add(LeftOut.Reason.BLANK, lines.get(k), null);
            } else {
                leftOut.add(LeftOut.Reason.ABOVE_HEADER, lines.get(k), String.join(" ", nonBlank(r)));
            }
            rowsRead++;
        }
        this.header = trimTrailingBlanks(first.get(found));
        this.headerLine = lines.get(found);
        for (int k = found + 1; k < first.size(); k++) {
            buffered.add(first.get(k));
            bufferedLines.add(lines.get(k));
        }
    }

    /** The row of the header among the first rows: see the class comment. */
    private static int headerIndex(List<String[]> first) {
        int widest = 0;
        for (String[] r : first) {
            widest = Math.max(widest, filled(r));
        }
        if (widest == 0) {
            return -1;
        }
        int need = Math.min(2, widest);
        int firstData = -1;
        for (int k = 0; k < first.size(); k++) {
            if (holdsNumber(first.get(k))) {
                firstData = k;
                break;
            }
        }
        int last = -1;
        for (int k = 0; k < (firstData < 0 ? 0 : firstData); k++) {
            if (filled(first.get(k)) >= need) {
                last = k;
            }
        }
        if (last >= 0) {
            return last;
        }
        for (int k = 0; k < first.size(); k++) {
            if (filled(first.get(k)) >= (firstData < 0 ? widest : need)) {
                return k;
            }
        }
        return 0;
    }

    private static boolean holdsNumber(String[] r) {
        for (String c : r) {
            String s = c.trim();
            if (!s.isEmpty() && (Cells.Numbers.normalise(s, '.', ',') != null
                    || Cells.Numbers.normalise(s, ',', '.') != null)) {
                return true;
            }
        }
        return false;
    }

    /** Whether every cell is blank (looked at only until one is not). */
    static boolean blank(String[] r) {
        for (String c : r) {
            if (!c.isEmpty() && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The number of cells that are not blank. */
    static int filled(String[] r) {
        int n = 0;
        for (String c : r) {
            if (!c.isBlank()) {
                n++;
            }
        }
        return n;
    }

    private static List<String> nonBlank(String[] r) {
        List<String> list = new ArrayList<>();
        for (String c : r) {
            if (!c.isBlank()) {
                list.add(c.trim());
            }
        }
        return list;
    }

    private static String[] trimTrailingBlanks(String[] r) {
        int n = r.length;
        while (n > 1 && r[n - 1].isBlank()) {
            n--;
        }
        return n == r.length ? r : Arrays.copyOf(r, n);
    }

    /** Up to n of the first data rows (as read: not yet fitted to the header), to look at before reading. */
    List<String[]> sample(int n) {
        List<String[]> list = new ArrayList<>();
        for (int k = replay; k < buffered.size() && list.size() < n; k++) {
            list.add(buffered.get(k));
        }
        return list;
    }

    /** The header's cells, without blank cells at its end. */
    String[] header() {
        return header;
    }

    /** The line (row) the header is on. */
    int headerLine() {
        return headerLine;
    }

    /** The rows read so far, the header's and those above it included. */
    long rowsRead() {
        return rowsRead;
    }

    /**
     * The next data row, as wide as the header, or null after the last; rows whose every cell is blank are
     * left out (and reported).
     */
    String[] next() {
        while (true) {
            String[] r;
            if (replay < buffered.size()) {
                r = buffered.get(replay);
                line = bufferedLines.get(replay);
                buffered.set(replay, null);
                replay++;
            } else {
                r = rows.next();
                if (r == null) {
                    return null;
                }
                line = rows.line();
            }
            if ((++rowsRead & 0xFFFF) == 0) {
                progress.accept(rowsRead);
            }
            if (blank(r)) {
                leftOut.add(LeftOut.Reason.BLANK, line, null);
                continue;
            }
            return r.length == header.length ? r : fit(r, filled(r));
        }
    }

    /**
     * The CSV records under the rows, for a reader that reads plain records straight from them
     * ({@link CsvRows#plainRecord}, each counted with {@link #countPlain}); null while rows read ahead are still
     * to be replayed, or when the rows are not a CSV file's.
     */
    CsvRows records() {
        return replay >= buffered.size() && rows instanceof CsvRows csv ? csv : null;
    }

    /** Counts a plain record read straight from the records, as {@link #next} counts the rows it returns. */
    void countPlain(int recordLine) {
        line = recordLine;
        if ((++rowsRead & 0xFFFF) == 0) {
            progress.accept(rowsRead);
        }
    }

    /** The line (row) the row last returned is on. */
    int line() {
        return line;
    }

    private String[] fit(String[] r, int filled) {
        int width = header.length;
        if (r.length == width) {
            return r;
        }
        if (r.length > width) {
            for (int c = width; c < r.length; c++) {
                if (!r[c].isBlank()) {
                    if (rows.ragged()) {
                        throw DataException.atCell(source, line, null, "the row has a value in column "
                                + Reading.letter(c) + " ('" + r[c].trim() + "'), right of the last column named in the "
                                + "header (row " + headerLine + ")", "Give the column a name in the header row, or "
                                + "remove the value");
                    }
                    throw DataException.atCell(source, line, null, "the row has " + r.length + " cells but the header "
                            + "has " + width, "Quote any cell that holds the separator (\"Falls per 1,000 bed days\"), "
                            + "or remove the extra cells");
                }
            }
            return Arrays.copyOf(r, width);
        }
        if (filled > 1 && !rows.ragged()) {
            throw DataException.atCell(source, line, null, "the row has " + r.length + (r.length == 1 ? " cell" : " cells")
                    + " but the header has " + width, "Add the missing cells (an empty cell is a missing value)");
        }
        String[] padded = Arrays.copyOf(r, width);
        Arrays.fill(padded, r.length, width, "");
        return padded;
    }
}
