package dev.spc.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A line of CSV made as UTF-8 bytes, cell by cell, each cell followed by a comma (the last dropped at the
 * line's end): numbers and dates are written digit by digit, texts that repeat are encoded once. A line goes
 * to a {@link Utf8Writer} as its bytes; to any other writer as text.
 */
final class CsvLine {
    private static final byte[] TRUE = bytes("true,");
    private static final byte[] FALSE = bytes("false,");

    private byte[] bytes = new byte[256];
    private int count;
    private final CsvWriter.Style style;
    private final byte[] lineEnd;

    CsvLine(CsvWriter.Style style) {
        this.style = style;
        this.lineEnd = bytes(style.lineEnd());
    }

    /** The UTF-8 bytes of a text. */
    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The bytes of a text cell as {@link CsvWriter#text} writes it, with its comma. */
    static byte[] textCell(String s) {
        return bytes(CsvWriter.text(s) + ',');
    }

    private void room(int n) {
        if (count + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(count + n, bytes.length * 2));
        }
    }

    /** Bytes already made: a cell with its comma, or part of one. */
    CsvLine raw(byte[] b) {
        room(b.length);
        System.arraycopy(b, 0, bytes, count, b.length);
        count += b.length;
        return this;
    }

    /** An empty cell. */
    CsvLine empty() {
        room(1);
        bytes[count++] = ',';
        return this;
    }

    /** A text cell, made safe for a spreadsheet and quoted as {@link CsvWriter#text} does. */
    CsvLine text(String s) {
        if (s.isEmpty()) {
            return empty();
        }
        return raw(textCell(s));
    }

    /** A whole number cell. */
    CsvLine whole(long v) {
        digits(v);
        return empty();
    }

    /** A true or false cell. */
    CsvLine flag(boolean b) {
        return raw(b ? TRUE : FALSE);
    }

    /** A number as the style writes it, or an empty cell for one that does not exist (NaN). */
    CsvLine number(double v) {
        if (!Double.isNaN(v)) {
            if (style.digits() < 0) {
                plain(v);
            } else {
                ascii(style.number(v));
            }
        }
        return empty();
    }

    /** The month of the last date written: its first and last epoch days and its text, {@code yyyy-MM-}. */
    private long monthFirst = 1;
    private long monthLast;
    private final byte[] yearMonth = new byte[8];

    /** A date cell: ISO text of an epoch day, as {@link IsoDays#append} writes it. */
    CsvLine date(long epochDay) {
        if (epochDay < monthFirst || epochDay > monthLast) {
            // A day of another month than the last: its year and month worked out (a run of dates mostly stays
            // in one month, and then only the day changes).
            long ymd = IsoDays.yearMonthDay(epochDay);
            if (ymd < 0) {
                ascii(IsoDays.append(new StringBuilder(), epochDay).toString());
                return empty();
            }
            int year = (int) (ymd / 10_000);
            int m = (int) (ymd / 100 % 100);
            byte[] b = yearMonth;
            b[0] = (byte) ('0' + year / 1000);
            b[1] = (byte) ('0' + year / 100 % 10);
            b[2] = (byte) ('0' + year / 10 % 10);
            b[3] = (byte) ('0' + year % 10);
            b[4] = '-';
            b[5] = (byte) ('0' + m / 10);
            b[6] = (byte) ('0' + m % 10);
            b[7] = '-';
            monthFirst = epochDay - (ymd % 100 - 1);
            monthLast = monthFirst + IsoDays.lengthOfMonth(year, m) - 1;
        }
        int day = (int) (epochDay - monthFirst) + 1;
        room(11);
        System.arraycopy(yearMonth, 0, bytes, count, 8);
        bytes[count + 8] = (byte) ('0' + day / 10);
        bytes[count + 9] = (byte) ('0' + day % 10);
        bytes[count + 10] = ',';
        count += 11;
        return this;
    }

    /**
     * A double as {@link CsvWriter#number} writes it: the digits made here for whole numbers and for numbers of
     * up to ten decimals between 0.001 and 10,000,000 (most data), as {@link CsvWriter#append} finds them.
     */
    private void plain(double v) {
        double a = Math.abs(v);
        if (v == Math.rint(v) && a < 1e15) {
            digits((long) v);
            return;
        }
        int k = CsvWriter.fewestDecimals(a);
        if (k > 0) {
            long m = CsvWriter.scaled(a, k);
            if (v < 0) {
                room(1);
                bytes[count++] = '-';
            }
            digits(m / CsvWriter.LONG_TENS[k]);
            room(k + 1);
            bytes[count++] = '.';
            // The fraction's k digits, leading zeros and all.
            long fraction = m % CsvWriter.LONG_TENS[k];
            for (int d = count + k - 1; d >= count; d--) {
                bytes[d] = (byte) ('0' + fraction % 10);
                fraction /= 10;
            }
            count += k;
            return;
        }
        ascii(CsvWriter.number(v));
    }

    /** The decimal digits of a whole number, with a minus sign if it is negative. */
    private void digits(long v) {
        if (v == Long.MIN_VALUE) {
            ascii(Long.toString(v));
            return;
        }
        room(20);
        if (v < 0) {
            bytes[count++] = '-';
            v = -v;
        }
        int length = 1;
        for (long t = 10; length < 19 && v >= t; t *= 10) {
            length++;
        }
        for (int d = count + length - 1; d >= count; d--) {
            bytes[d] = (byte) ('0' + v % 10);
            v /= 10;
        }
        count += length;
    }

    /** Text of ASCII characters only (numbers, dates). */
    private void ascii(String s) {
        int n = s.length();
        room(n);
        for (int i = 0; i < n; i++) {
            bytes[count + i] = (byte) s.charAt(i);
        }
        count += n;
    }

    /** Ends the line (its last comma becomes the line end) and writes it. */
    void end(Writer w) throws IOException {
        count--;
        raw(lineEnd);
        if (w instanceof Utf8Writer u) {
            u.writeUtf8(bytes, 0, count);
        } else {
            w.write(new String(bytes, 0, count, StandardCharsets.UTF_8));
        }
        count = 0;
    }
}
