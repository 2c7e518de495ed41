package dev.spc.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The records of CSV text (RFC 4180), read one at a time from a stream: cells separated by the separator,
 * records by line breaks (LF, CRLF or CR), a cell in double quotes holding separators, line breaks and
 * doubled quotes. Empty lines hold no record (but count as lines). An unquoted cell is trimmed of spaces
 * and tabs at its ends; whatever stands after a quoted cell's closing quote is kept after it, trimmed. No
 * character starts a comment: every line is data.
 */
final class CsvRows implements RowSource {
    /** The most cells a record may have. */
    static final int MAX_COLUMNS = 10_000;
    /** The most characters a cell may hold. */
    static final int MAX_CELL = 1 << 16;

    /** Text that could not be decoded in the encoding it was read in, at a line. */
    static final class NotDecodable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int line;

        NotDecodable(int line, Throwable cause) {
            super("not decodable at line " + line, cause);
            this.line = line;
        }
    }

    /** The text, for encodings other than UTF-8; null when UTF-8 bytes are read directly. */
    private final Reader in;
    /** UTF-8 bytes, read a buffer at a time and decoded here; null when a reader gives the text. */
    private final InputStream bytes;
    private final CharsetDecoder utf8;
    /** The bytes read, for UTF-8: the buffer's characters, one to one when {@link #ascii}. */
    private final byte[] raw;
    /** Bytes at the start of {@link #raw} that end a buffer in the middle of a character. */
    private int carry;
    /** Where in {@link #raw} the carried bytes are until the next buffer is read. */
    private int carryFrom;
    /** Whether the buffer's characters are ASCII bytes of {@link #raw}, one to one, so cells copy bytes. */
    private boolean ascii;
    private final char separator;
    private final String source;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private boolean eof;
    private int line = 1;
    private int recordLine;
    private String[] cells = new String[16];
    private final StringBuilder cell = new StringBuilder(64);

    CsvRows(Reader in, char separator, String source) {
        this.in = in;
        this.bytes = null;
        this.utf8 = null;
        this.raw = null;
        this.separator = separator;
        this.source = source;
    }

    /**
     * The rows of an input's text. UTF-8 (most exports) is decoded here, strictly, a buffer at a time: a buffer
     * of ASCII bytes, the usual case, becomes cells straight from its bytes, without a decoder.
     */
    CsvRows(TextInput input, char separator) {
        boolean direct = input.sniffed().charset().equals(StandardCharsets.UTF_8);
        this.in = direct ? null : input.reader();
        this.bytes = direct ? input.bytes() : null;
        this.utf8 = direct ? TextInput.decoder(StandardCharsets.UTF_8) : null;
        this.raw = direct ? new byte[buf.length] : null;
        this.separator = separator;
        this.source = input.source();
    }

    /** Refills the buffer; false at the end of the input. */
    private boolean fill() {
        if (pos < len) {
            return true;
        }
        if (eof) {
            return false;
        }
        try {
            if (bytes != null) {
                return fillBytes();
            }
            int n;
            do {
                n = in.read(buf, 0, buf.length);
            } while (n == 0);
            if (n < 0) {
                eof = true;
                return false;
            }
            pos = 0;
            len = n;
            return true;
        } catch (CharacterCodingException e) {
            throw new NotDecodable(line, e);
        } catch (IOException e) {
            throw DataException.atFile(source, "the input cannot be read after line " + line + ": " + e.getMessage(),
                    "Check the input", e);
        }
    }

    /** Refills the buffer from UTF-8 bytes; false at the end of the input. */
    private boolean fillBytes() throws IOException {
        while (true) {
            // The bytes of a character that the last buffer ended inside start this one. They were left
            // where they were until now, as the last buffer's cells were made from the bytes before them.
            System.arraycopy(raw, carryFrom, raw, 0, carry);
            int n = bytes.read(raw, carry, raw.length - carry);
            if (n < 0) {
                eof = true;
                if (carry > 0) {
                    // The text ends in the middle of a character.
                    CoderResult r = utf8.decode(ByteBuffer.wrap(raw, 0, carry), CharBuffer.wrap(buf), true);
                    if (r.isError()) {
                        r.throwException();
                    }
                }
                return false;
            }
            int total = carry + n;
            ByteBuffer in = ByteBuffer.wrap(raw, 0, total);
            CharBuffer out = CharBuffer.wrap(buf);
            CoderResult result = utf8.decode(in, out, false);
            if (result.isError()) {
                result.throwException();
            }
            pos = 0;
            // UTF-8 gives a character per byte only when every byte is ASCII.
            ascii = in.position() == out.position();
            carry = in.remaining();
            carryFrom = in.position();
            len = out.position();
            if (len > 0) {
                return true;
            }
        }
    }

    @Override
    public String[] next() {
        while (true) {
            if (!fill()) {
                return null;
            }
            char c = buf[pos];
            if (c == '\n' || c == '\r') {
                lineBreak();
                continue;
            }
            break;
        }
        recordLine = line;
        int count = 0;
        while (true) {
            String value = cell(count);
            if (count >= MAX_COLUMNS) {
                throw DataException.atCell(source, recordLine, null, "a row has more than 10,000 cells",
                        "Check the separator, and for a quote (\") that is never closed");
            }
            if (count == cells.length) {
                cells = Arrays.copyOf(cells, count * 2);
            }
            cells[count++] = value;
            if (!fill()) {
                break;
            }
            char c = buf[pos];
            if (c == separator) {
                pos++;
                if (!fill()) {
                    // A separator ends the text: one more, empty, cell.
                    cells = count == cells.length ? Arrays.copyOf(cells, count * 2) : cells;
                    cells[count++] = "";
                    break;
                }
                continue;
            }
            lineBreak();
            break;
        }
        return Arrays.copyOf(cells, count);
    }

    /** The ISO dates of plain records. */
    private final IsoDays.Reader isoDays = new IsoDays.Reader();

    /** A plain record's cells as read by {@link #plainRecord}: no string made but the metric's, when it changes. */
    static final class Plain {
        /** The line the record is on. */
        int line;
        /** The metric cell, trimmed: the same string as the record before's when the text is the same. */
        String metric;
        /** The date cell's epoch day. */
        int day;
        /** The value cell's number (or a ratio's numerator). */
        double value;
        /** The second number cell's (a ratio's denominator), when there is one. */
        double second;
    }

    /**
     * Reads the next record if it is plain, as most rows of a long export are: on one line, wholly in the text
     * read so far, {@code width} cells, no quote, the metric cell (if {@code metric} is a column) a name
     * that neither is blank nor has other spaces at its ends, the cells of the columns in {@code blanks} (bit c
     * for column c) blank but for spaces and tabs, the date cell an ISO date of a day
     * ({@link IsoDays.Reader}) and the number cells ({@code value}, and {@code second} unless it is -1) plain
     * decimals ({@link Cells.Numbers#plainDecimal}), with only spaces and tabs around them. Otherwise reads
     * nothing and returns false, and {@link #next} reads the record as ever: every record that is not plain,
     * and the messages about it, are as before.
     */
    boolean plainRecord(int width, int metric, int date, int value, int second, long blanks, Plain out) {
        char[] b = buf;
        int limit = len;
        int p = pos;
        int cell = 0;
        int from = p;
        int dateDay = DateReader.NOT_ISO;
        double number = Double.NaN;
        double number2 = Double.NaN;
        String name = out.metric;
        while (true) {
            if (p == limit) {
                // The record runs past the text read so far, or ends the text without a line break.
                return false;
            }
            char c = b[p];
            if (c == separator || c == '\n' || c == '\r') {
                int a = trimmedStart(b, from, p);
                int z = trimmedEnd(b, a, p);
                if (cell == date) {
                    dateDay = isoDays.day(b, a, z);
                    if (dateDay == DateReader.NOT_ISO) {
                        return false;
                    }
                } else if (cell == value || cell == second) {
                    double v = Cells.Numbers.plainDecimal(b, a, z);
                    if (Double.isNaN(v)) {
                        return false;
                    }
                    if (cell == value) {
                        number = v;
                    } else {
                        number2 = v;
                    }
                } else if (a != z && cell < 64 && (blanks >>> cell & 1) != 0) {
                    return false;
                } else if (cell == metric) {
                    if (a == z || b[a] <= ' ' || b[z - 1] <= ' ') {
                        return false;
                    }
                    if (name == null || name.length() != z - a || !same(name, b, a)) {
                        name = new String(b, a, z - a);
                    }
                }
                cell++;
                if (c != separator) {
                    break;
                }
                if (cell == width) {
                    return false;
                }
                from = p + 1;
            } else if (c == '"') {
                return false;
            }
            p++;
        }
        if (cell != width) {
            return false;
        }
        // The line break: CRLF as one, and a CR at the end of the text read so far left to the usual reading.
        if (b[p] == '\r') {
            if (p + 1 == limit) {
                return false;
            }
            if (b[p + 1] == '\n') {
                p++;
            }
        }
        pos = p + 1;
        recordLine = line;
        line++;
        out.line = recordLine;
        out.metric = name;
        out.day = dateDay;
        out.value = number;
        out.second = number2;
        return true;
    }

    /** Consumes a line break at the current position (CRLF as one). */
    private void lineBreak() {
        char c = buf[pos++];
        line++;
        if (c == '\r' && fill() && buf[pos] == '\n') {
            pos++;
        }
    }

    /** Reads one cell, up to (not past) the separator or line break that ends it. */
    private String cell(int column) {
        cell.setLength(0);
        boolean quoted = fill() && buf[pos] == '"';
        int unquotedFrom = 0;
        if (quoted) {
            int quoteLine = line;
            pos++;
            while (true) {
                if (!fill()) {
                    throw DataException.atCell(source, quoteLine, null, "a quote (\") is never closed",
                            "Close the quote, or double a quote that is part of the text (\"\")");
                }
                char c = buf[pos++];
                if (c == '"') {
                    if (fill() && buf[pos] == '"') {
                        cell.append('"');
                        pos++;
                        continue;
                    }
                    break;
                }
                if (c == '\n') {
                    line++;
                } else if (c == '\r') {
                    if (!(fill() && buf[pos] == '\n')) {
                        line++;
                    }
                }
                cell.append(c);
                if (cell.length() > MAX_CELL) {
                    throw tooLong();
                }
            }
            unquotedFrom = cell.length();
        }
        // The unquoted part: scanned a buffer at a time.
        while (fill()) {
            int start = pos;
            int end = start;
            int limit = len;
            char[] b = buf;
            while (end < limit) {
                char c = b[end];
                if (c == separator || c == '\n' || c == '\r') {
                    break;
                }
                end++;
            }
            if (!quoted && cell.length() == 0 && end < limit) {
                // The common case: a whole unquoted cell within the buffer.
                pos = end;
                if (end - start > MAX_CELL) {
                    throw tooLong();
                }
                return trimmed(b, start, end, column);
            }
            cell.append(b, start, end - start);
            pos = end;
            if (cell.length() > MAX_CELL) {
                throw tooLong();
            }
            if (end < limit) {
                break;
            }
        }
        String rest = trim(cell, unquotedFrom);
        return quoted ? cell.substring(0, unquotedFrom) + rest : rest;
    }

    /** Where a cell from start to end begins once spaces and tabs before it are passed. */
    private static int trimmedStart(char[] b, int start, int end) {
        int a = start;
        while (a < end && (b[a] == ' ' || b[a] == '\t')) {
            a++;
        }
        return a;
    }

    /** Where a cell from start to end ends once spaces and tabs after it are left off. */
    private static int trimmedEnd(char[] b, int start, int end) {
        int z = end;
        while (z > start && (b[z - 1] == ' ' || b[z - 1] == '\t')) {
            z--;
        }
        return z;
    }

    private String trimmed(char[] b, int start, int end, int column) {
        int a = trimmedStart(b, start, end);
        int z = trimmedEnd(b, a, end);
        if (a == z) {
            return "";
        }
        // A cell the same as the one above it (a metric's name, row after row) is the same string.
        String above = column < cells.length ? cells[column] : null;
        if (above != null && above.length() == z - a && same(above, b, a)) {
            return above;
        }
        // ASCII bytes copied as they are make the same string as the characters, without compressing them.
        return ascii ? new String(raw, a, z - a, StandardCharsets.ISO_8859_1) : new String(b, a, z - a);
    }

    private static boolean same(String s, char[] b, int from) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (s.charAt(i) != b[from + i]) {
                return false;
            }
        }
        return true;
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

    private DataException tooLong() {
        return DataException.atCell(source, recordLine, null, "a cell holds more than 65,536 characters",
                "Check for a quote (\") that is never closed, or shorten the cell");
    }

    @Override
    public int line() {
        return recordLine;
    }

    @Override
    public void close() {
        try {
            if (in != null) {
                in.close();
            } else {
                bytes.close();
            }
        } catch (IOException ignored) {
            // reading is over
        }
    }

    /**
     * The separator the first lines of a text use: the one of comma, semicolon and tab that splits the most
     * of them (outside quotes) into the same number of cells, more than one; a comma when none does.
     */
    static char separatorOf(String head) {
        char[] candidates = {',', ';', '\t', '|'};
        char best = ',';
        int bestScore = 0;
        for (char sep : candidates) {
            int[] counts = new int[64];
            int lines = 0;
            int count = 0;
            boolean quoted = false;
            boolean content = false;
            for (int i = 0; i <= head.length() && lines < 64; i++) {
                char c = i < head.length() ? head.charAt(i) : '\n';
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == '\n' || c == '\r')) {
                    if (content) {
                        counts[lines++] = count;
                    }
                    count = 0;
                    content = false;
                    continue;
                } else if (!quoted && c == sep) {
                    count++;
                }
                content = true;
            }
            // The most common non-zero count, and how many lines have it.
            int score = 0;
            for (int k = 0; k < lines; k++) {
                if (counts[k] == 0) {
                    continue;
                }
                int same = 0;
                for (int j = 0; j < lines; j++) {
                    if (counts[j] == counts[k]) {
                        same++;
                    }
                }
                score = Math.max(score, same);
            }
            if (score > bestScore) {
                best = sep;
                bestScore = score;
            }
        }
        return best;
    }
}
