package dev.spc.io;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes a table as CSV (RFC 4180, header first, missing cells empty), as the command line writes its tables:
 * numbers in plain notation (full double precision unless the style rounds them), dates as ISO dates. (The JSON
 * form of analyses is the spc-analysis document, which {@code AnalysisJson} writes.)
 *
 * <p>A text cell that a spreadsheet would take for a formula (one beginning with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return (or a full-width form of one of those signs), such as a metric called {@code =HYPERLINK(...)}) is written
 * with a leading apostrophe, so that opening the file never runs it. Numbers, dates and the header are written
 * as they are.
 */
public final class CsvWriter {
    private CsvWriter() {
    }

    /**
     * How the CSV is laid out.
     *
     * @param digits the decimal places numbers are rounded to (half away from zero, trailing zeros dropped), or
     *               -1 for full precision
     * @param excel  whether to begin with a UTF-8 byte order mark and end lines with CRLF, as Excel expects of a
     *               CSV file holding non-ASCII text
     */
    public record Style(int digits, boolean excel) {
        /** Full precision, no byte order mark, LF line ends: for machines. */
        public static final Style PLAIN = new Style(-1, false);

        /** The largest number of decimal places a style rounds to. */
        public static final int MAX_DIGITS = 15;

        /**
         * Checks the digits.
         *
         * @throws IllegalArgumentException if digits is neither -1 nor 0 to {@link #MAX_DIGITS}
         */
        public Style {
            if (digits < -1 || digits > MAX_DIGITS) {
                throw new IllegalArgumentException("digits must be -1 (full precision) or 0 to " + MAX_DIGITS
                        + ", not " + digits);
            }
        }

        String lineEnd() {
            return excel ? "\r\n" : "\n";
        }

        String number(double v) {
            return digits < 0 ? CsvWriter.number(v) : CsvWriter.rounded(v, digits);
        }

        /** Appends a number as {@link #number} writes it. */
        void append(StringBuilder out, double v) {
            if (digits < 0) {
                CsvWriter.append(out, v);
            } else {
                out.append(CsvWriter.rounded(v, digits));
            }
        }
    }

    /** Writes the table in the {@link Style#PLAIN plain} style. */
    public static void write(Table table, Writer w) throws IOException {
        write(table, w, Style.PLAIN);
    }

    /** Writes the table: its column names as the header, then a line per row. */
    public static void write(Table table, Writer w, Style style) throws IOException {
        writeHeader(table, w, style);
        writeRows(table, w, style);
    }

    /**
     * Writes the start of a file: the byte order mark if the style asks for one, then the table's column
     * names as the header. Tables of the same columns may follow with {@link #writeRows}.
     */
    public static void writeHeader(Table table, Writer w, Style style) throws IOException {
        if (style.excel()) {
            w.write('\uFEFF');
        }
        List<Column<?>> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            if (c > 0) {
                w.write(',');
            }
            w.write(quote(columns.get(c).name()));
        }
        w.write(style.lineEnd());
    }

    /** Writes the table's rows, a line each, without a header. */
    public static void writeRows(Table table, Writer w, Style style) throws IOException {
        String end = style.lineEnd();
        List<Column<?>> columns = table.columns();
        int width = columns.size();
        int rows = table.rowCount();
        StringBuilder line = new StringBuilder(256);
        for (int r = 0; r < rows; r++) {
            line.setLength(0);
            for (int c = 0; c < width; c++) {
                if (c > 0) {
                    line.append(',');
                }
                Column<?> col = columns.get(c);
                if (col.isMissing(r)) {
                    continue;
                }
                if (col instanceof DoubleColumn d) {
                    line.append(style.number(d.getDouble(r)));
                } else if (col instanceof IntColumn i) {
                    line.append(i.getInt(r));
                } else if (col instanceof DateColumn d) {
                    line.append(d.get(r));
                } else if (col instanceof BooleanColumn b) {
                    line.append(b.get(r));
                } else {
                    line.append(text(col.getString(r)));
                }
            }
            line.append(end);
            w.append(line);
        }
    }

    /** A double in full precision, in plain notation: whole numbers without ".0". */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = Double.toString(v);
        return s.indexOf('E') >= 0 ? new BigDecimal(s).toPlainString() : s;
    }

    /** Powers of ten that doubles hold exactly, and as whole numbers. */
    private static final double[] TENS = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10};
    static final long[] LONG_TENS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
        100_000_000, 1_000_000_000, 10_000_000_000L};

    /**
     * The fewest decimals k (1 to 10) for which the nearest k-decimal number reads back as a, a number between
     * 0.001 and 10,000,000 that is not whole, or 0 when there is none or a is out of that range: that number,
     * {@code rint(a * 10^k)} over 10^k, is the shortest decimal of a, as Double.toString writes it in this range.
     * The division is exact in its inputs (whole numbers below 2^53) and rounded once, as reading it is.
     */
    static int fewestDecimals(double a) {
        if (a >= 1e-3 && a < 1e7) {
            for (int k = 1; k < TENS.length; k++) {
                double scaled = a * TENS[k];
                if (scaled >= 1e15) {
                    break;
                }
                if (Math.rint(scaled) / TENS[k] == a) {
                    return k;
                }
            }
        }
        return 0;
    }

    /** The k-decimal digits of a, as a whole number: a times 10^k, rounded. */
    static long scaled(double a, int k) {
        return (long) Math.rint(a * TENS[k]);
    }

    /**
     * Appends a double as {@link #number} writes it, without making a string on the way for whole numbers and
     * for numbers of up to ten decimals between 0.001 and 10,000,000 (most data).
     */
    public static void append(StringBuilder out, double v) {
        double a = Math.abs(v);
        if (v == Math.rint(v) && a < 1e15) {
            out.append((long) v);
            return;
        }
        int k = fewestDecimals(a);
        if (k > 0) {
            long m = scaled(a, k);
            if (v < 0) {
                out.append('-');
            }
            out.append(m / LONG_TENS[k]).append('.');
            long fraction = m % LONG_TENS[k];
            for (long t = LONG_TENS[k - 1]; t > fraction && t > 1; t /= 10) {
                out.append('0');
            }
            out.append(fraction);
            return;
        }
        out.append(number(v));
    }

    /**
     * A double rounded to a number of decimal places, half away from zero as people round the decimal they
     * see (0.125 to 2 places is 0.13), in plain notation without trailing zeros; a value that rounds to zero
     * is written 0, never -0.
     */
    public static String rounded(double v, int digits) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        BigDecimal d = new BigDecimal(Double.toString(v)).setScale(digits, RoundingMode.HALF_UP);
        if (d.signum() == 0) {
            return "0";
        }
        return d.stripTrailingZeros().toPlainString();
    }

    /** A CSV cell, quoted when it holds a comma, a quote, a line break or edge spaces. */
    public static String quote(String s) {
        boolean needs = !s.isEmpty() && (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ');
        for (int i = 0; i < s.length() && !needs; i++) {
            char c = s.charAt(i);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    /**
     * A text cell, made safe to open in a spreadsheet: one that would be read as a formula gets a leading
     * apostrophe, then it is quoted as {@link #quote} does.
     */
    public static String text(String s) {
        return quote(formulaLike(s) ? "'" + s : s);
    }

    /** Whether a spreadsheet would read the text as a formula (or as the start of one). */
    public static boolean formulaLike(String s) {
        if (s.isEmpty()) {
            return false;
        }
        return switch (s.charAt(0)) {
            // the ASCII signs, then their full-width forms, which some spreadsheets also take as signs
            case '=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
            default -> false;
        };
    }
}
