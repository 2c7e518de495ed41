package dev.spc.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads a CSV file or stream into a table of text columns ({@link TextTable}), with clear errors for a
 * missing file, a folder, an empty file, text that is not UTF-8, a quote never closed and ragged rows. A
 * UTF-8 byte-order mark is dropped; the separator (comma, semicolon or tab) is taken from the header line.
 * Cells are kept as text: the bridge parses numbers and dates itself, so that every bad cell can be named.
 * The parsing is this class's own ({@link Records}): nothing is logged, and no line is taken for a comment.
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

    private static final int MAX_COLUMNS = 10_000;
    private static final int MAX_CELL = 1 << 16;

    private CsvText() {
    }

    static Loaded load(Path file) {
        String source = file.toString();
        if (Files.isDirectory(file)) {
            throw DataException.atFile(source, "this is a folder, not a file",
                    "Give the path of a CSV file, for example " + file.resolve("data.csv"));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw DataException.atFile(source, "no such file", "Check the path and the file name");
        } catch (AccessDeniedException e) {
            throw DataException.atFile(source, "the file cannot be read (permission denied)",
                    "Check the file's permissions");
        } catch (IOException e) {
            throw DataException.atFile(source, "the file cannot be read: " + e.getMessage(), "Check the file", e);
        }
        return parse(bytes, source);
    }

    static Loaded load(InputStream in, String source) {
        try {
            return parse(in.readAllBytes(), source);
        } catch (IOException e) {
            throw DataException.atFile(source, "the input cannot be read: " + e.getMessage(), "Check the input", e);
        }
    }

    static Loaded parse(byte[] bytes, String source) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw DataException.atFile(source, "the file is not UTF-8 text",
                    "Save it as CSV UTF-8 (in Excel: File > Save As > CSV UTF-8)");
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw DataException.atFile(source, "the file is empty",
                    "Export the data with a header row (such as metric,date,value) and one row per metric and period");
        }
        int eol = text.indexOf('\n');
        String header = eol < 0 ? text : text.substring(0, eol);
        char separator = header.indexOf(',') >= 0 ? ',' : header.indexOf(';') >= 0 ? ';' : header.indexOf('\t') >= 0 ? '\t' : ',';
        Records records = Records.parse(text, separator, source);
        TextTable table = records.table(source);
        int[] lines = records.lines;
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
     * The records of CSV text (RFC 4180): cells separated by the separator, records by line breaks (LF, CRLF
     * or CR), a cell in double quotes holding separators, line breaks and doubled quotes. Lines that are
     * empty hold no record. An unquoted cell is trimmed of spaces and tabs at its ends, and whatever stands
     * outside a quoted cell's quotes is kept after it. No character starts a comment: every line is data.
     *
     * @param cells every record's cells, in order
     * @param lines the line each record starts on
     */
    record Records(List<String[]> cells, int[] lines) {
        static Records parse(String text, char separator, String source) {
            List<String[]> records = new ArrayList<>();
            int[] lines = new int[64];
            List<String> record = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            int n = text.length();
            int line = 1;
            int i = 0;
            while (i < n) {
                // The start of a record: skip empty lines.
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                    line++;
                    continue;
                }
                int start = line;
                record.clear();
                boolean endOfRecord = false;
                while (!endOfRecord) {
                    cell.setLength(0);
                    boolean quoted = i < n && text.charAt(i) == '"';
                    if (quoted) {
                        int quoteLine = line;
                        i++;
                        while (true) {
                            if (i >= n) {
                                throw DataException.atCell(source, quoteLine, null, "a quote (\") is never closed",
                                        "Close the quote, or double a quote that is part of the text (\"\")");
                            }
                            c = text.charAt(i++);
                            if (c == '"') {
                                if (i < n && text.charAt(i) == '"') {
                                    cell.append('"');
                                    i++;
                                } else {
                                    break;
                                }
                            } else {
                                if (c == '\n' || c == '\r' && !(i < n && text.charAt(i) == '\n')) {
                                    line++;
                                }
                                cell.append(c);
                            }
                            if (cell.length() > MAX_CELL) {
                                throw tooLong(source);
                            }
                        }
                    }
                    // What follows the closing quote (or the whole cell, unquoted) is trimmed at its ends.
                    int unquotedFrom = cell.length();
                    while (i < n) {
                        c = text.charAt(i);
                        if (c == separator || c == '\n' || c == '\r') {
                            break;
                        }
                        cell.append(c);
                        i++;
                        if (cell.length() > MAX_CELL) {
                            throw tooLong(source);
                        }
                    }
                    record.add(quoted ? cell.substring(0, unquotedFrom) + trim(cell, unquotedFrom)
                            : trim(cell, unquotedFrom));
                    if (record.size() > MAX_COLUMNS) {
                        throw DataException.atFile(source, "a row has more than 10,000 cells",
                                "Check the separator, and for a quote (\") that is never closed");
                    }
                    if (i < n && text.charAt(i) == separator) {
                        i++;
                    } else {
                        endOfRecord = true;
                        if (i < n) {
                            i += text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                            line++;
                        }
                    }
                }
                if (records.size() == lines.length) {
                    lines = java.util.Arrays.copyOf(lines, lines.length * 2);
                }
                lines[records.size()] = start;
                records.add(record.toArray(new String[0]));
            }
            return new Records(records, java.util.Arrays.copyOf(lines, records.size()));
        }

        private static String trim(StringBuilder cell, int from) {
            int a = from;
            int b = cell.length();
            while (a < b && (cell.charAt(a) == ' ' || cell.charAt(a) == '\t')) {
                a++;
            }
            while (b > a && (cell.charAt(b - 1) == ' ' || cell.charAt(b - 1) == '\t')) {
                b--;
            }
            return cell.substring(a, b);
        }

        private static DataException tooLong(String source) {
            return DataException.atFile(source, "a cell holds more than 65,536 characters",
                    "Check for a quote (\") that is never closed, or shorten the cell");
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
