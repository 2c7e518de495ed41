package dev.spc.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;
import tech.tablesaw.selection.Selection;

/**
 * Loads a CSV file or stream into a Tablesaw {@link Table} of text columns, with clear errors for a
 * missing file, a folder, an empty file, text that is not UTF-8 and ragged rows. A UTF-8 byte-order mark
 * is dropped; the separator (comma, semicolon or tab) is taken from the header line. Cells are kept as
 * text: the bridge parses numbers and dates itself, so that every bad cell can be named.
 */
final class CsvText {
    /**
     * A loaded table, the separator its file used, and the line each record starts on (record 0 is the
     * header), so that messages name the line a person sees even when blank lines were skipped.
     */
    record Loaded(Table table, char separator, int[] recordLines, int blankRows) {
        /** True when a comma inside a number can only be a thousands separator. */
        boolean commasGroupThousands() {
            return separator != ';';
        }

        /** The line of the file that data row {@code index} (0 for the first) starts on. */
        int row(int index) {
            return index + 1 < recordLines.length ? recordLines[index + 1] : index + 2;
        }
    }

    private static final Pattern RAGGED = Pattern.compile("Row number (\\d+) contains (\\d+) columns\\. (\\d+) expected");
    private static final Pattern DUPLICATE = Pattern.compile("duplicate name (.*?) to table");
    private static final int MAX_COLUMNS = 10_000;

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
        Table table;
        try {
            table = Table.read().usingOptions(CsvReadOptions.builder(new StringReader(text))
                    .tableName(source)
                    .separator(separator)
                    .header(true)
                    .columnTypes(name -> ColumnType.STRING)
                    .missingValueIndicator("")
                    .maxCharsPerColumn(1 << 16)
                    .maxNumberOfColumns(MAX_COLUMNS));
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            Matcher m = RAGGED.matcher(message);
            if (m.find()) {
                int[] lines = recordLines(text);
                int record = Integer.parseInt(m.group(1));
                int row = record < lines.length ? lines[record] : record + 1;
                boolean tooMany = Integer.parseInt(m.group(2)) > Integer.parseInt(m.group(3));
                throw DataException.atCell(source, row, null, "the row has " + m.group(2)
                        + (m.group(2).equals("1") ? " cell" : " cells") + " but the header has "
                        + m.group(3), tooMany
                                ? "Quote any cell that holds the separator (\"Falls per 1,000 bed days\"), or remove the extra cells"
                                : "Add the missing cells (an empty cell is a missing value)");
            }
            Matcher duplicate = DUPLICATE.matcher(message);
            if (duplicate.find()) {
                throw DataException.atFile(source, "two columns are named '" + duplicate.group(1) + "'",
                        "Rename one of them, so that each column's name says what it holds", e);
            }
            if (message.contains("maxCharsPerColumn") || message.contains("exceeds the maximum number of characters")) {
                throw DataException.atFile(source, "a cell holds more than 65,536 characters",
                        "Check for a quote (\") that is never closed, or shorten the cell", e);
            }
            if (e instanceof ArrayIndexOutOfBoundsException || message.contains("ArrayIndexOutOfBounds")
                    || message.contains("maxColumns")) {
                throw DataException.atFile(source, "a row has more than 10,000 cells",
                        "Check the separator, and for a quote (\") that is never closed", e);
            }
            String first = message.lines().findFirst().orElse("");
            throw DataException.atFile(source, "the file cannot be read as CSV: "
                    + (first.length() > 200 ? first.substring(0, 200) + "..." : first),
                    "Check that it is a comma-separated export with one header row", e);
        }
        int[] lines = recordLines(text);
        // Rows whose every cell is blank (",,,," that spreadsheets leave below the data) are left out.
        Selection blank = Selection.with();
        int blankRows = 0;
        for (int r = 0; r < table.rowCount(); r++) {
            boolean empty = true;
            for (int c = 0; c < table.columnCount() && empty; c++) {
                empty = table.stringColumn(c).get(r).isBlank();
            }
            if (empty) {
                blank.add(r);
                blankRows++;
            }
        }
        if (blankRows > 0) {
            // The lines of the rows kept, with the header's first (as Loaded.row reads them).
            int[] kept = new int[table.rowCount() - blankRows + 1];
            kept[0] = lines.length > 0 ? lines[0] : 1;
            int k = 1;
            for (int r = 0; r < table.rowCount(); r++) {
                if (!blank.contains(r)) {
                    kept[k++] = r + 1 < lines.length ? lines[r + 1] : r + 2;
                }
            }
            table = table.dropWhere(blank);
            lines = kept;
        }
        if (table.rowCount() == 0) {
            throw DataException.atFile(source, "the file has a header but no data rows",
                    "Export the data rows too: one row per metric and period");
        }
        return new Loaded(table, separator, lines, blankRows);
    }

    /** The line each record starts on: records end at a line break outside quotes; empty lines hold none. */
    static int[] recordLines(String text) {
        int[] starts = new int[64];
        int count = 0;
        int line = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                i++;
                continue;
            }
            if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                line++;
                i += 2;
                continue;
            }
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = line;
            boolean quoted = false;
            while (i < n) {
                c = text.charAt(i++);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == '\n') {
                    line++;
                    if (!quoted) {
                        break;
                    }
                }
            }
        }
        return java.util.Arrays.copyOf(starts, count);
    }
}
