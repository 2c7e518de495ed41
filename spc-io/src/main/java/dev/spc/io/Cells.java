package dev.spc.io;

import dev.spc.core.series.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads single cells of an export: numbers as people type them, and yes/no flags.
 *
 * <p>A number may carry a sign, a currency sign (£, $, €) before or after it, a % sign after it (which
 * makes the metric's unit %), thousands separators (commas, or spaces) in groups of three, and an exponent
 * (1.5e3). In a semicolon-separated file, where Excel writes decimal commas, a comma is the decimal mark
 * and points or spaces may separate thousands; a file that mixes decimal points and decimal commas is
 * refused, naming both. Never NaN, infinities, hexadecimal or Java's type suffixes. Excel's error values
 * (#DIV/0!, #N/A, #VALUE! and the like) are missing values, counted for a notice.
 */
final class Cells {
    /** Markers that spreadsheets and databases write for "no value"; refused unless declared missing. */
    private static final Set<String> KNOWN_MARKERS = Set.of("-", "--", "N/A", "n/a", "?", ".", "..", "*", "x",
            "null", "NULL", "None", "missing");
    /** The error values Excel shows in a cell whose formula fails. */
    private static final Set<String> EXCEL_ERRORS = Set.of("#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NAME?", "#NUM!",
            "#NULL!", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!",
            "#GETTING_DATA", "#N/A!");

    private Cells() {
    }

    /** True when the text is a number in plain decimal notation ("12", "-3.5", "1.2e3", "1,234.5"). */
    static boolean isPlainNumber(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == ',' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return false;
            }
        }
        return Numbers.normalise(s, '.', ',') != null;
    }

    /**
     * The number in a cell of a comma-separated file, or a {@link DataException} saying what is wrong with it
     * and how to fix it (a blank cell too: callers decide what is missing).
     */
    static double number(String text, String source, int row, String column, String missingOption) {
        return new Numbers(source, ',', Set.of(), missingOption).read(text, row, column);
    }

    /** True when the text is one of Excel's error values, such as #DIV/0! or #N/A. */
    static boolean isExcelError(String s) {
        return !s.isEmpty() && s.charAt(0) == '#' && EXCEL_ERRORS.contains(s.toUpperCase(Locale.ROOT));
    }

    /**
     * The number reader of one file: what it has seen (the decimal mark, Excel errors) carries from cell to
     * cell, so that a file is read one way throughout.
     */
    static final class Numbers {
        /** A cell with a decimal point, as a semicolon-separated file may use one or the other. */
        private static final int POINT = 1;
        /** A cell with a decimal comma. */
        private static final int COMMA = 2;

        private final String source;
        private final boolean decimalCommas;
        private final Set<String> missing;
        private final String missingOption;
        /** Bit k set when some marker is k characters long (bit 63: 63 or more). */
        private long markerLengths;
        private boolean percent;
        private int style;
        private String styleExample;
        private int styleRow;
        private long excelErrors;
        private final List<String> excelErrorPlaces = new ArrayList<>(3);

        /**
         * @param separator the file's separator: a semicolon file reads commas as decimal commas
         * @param missing cell texts (trimmed) that mean a missing value, besides Excel's errors
         * @param missingOption the option to suggest for declaring a marker missing
         */
        Numbers(String source, char separator, Set<String> missing, String missingOption) {
            this.source = source;
            this.decimalCommas = separator == ';';
            this.missing = missing;
            this.missingOption = missingOption;
            for (String m : missing) {
                markerLengths |= m.length() < 63 ? 1L << m.length() : 1L << 63;
            }
        }

        /**
         * Whether a plain decimal ({@link #plainDecimal}) in a cell is always that number: the file's decimal mark
         * is a point, and no text declared missing is a plain decimal.
         */
        boolean plainNumbersAreNumbers() {
            if (decimalCommas) {
                return false;
            }
            for (String m : missing) {
                if (!Double.isNaN(plainDecimal(m))) {
                    return false;
                }
            }
            return true;
        }

        /** The file the cells are in, as messages name it. */
        String source() {
            return source;
        }

        /** Whether the cell is a missing value: declared so, or an Excel error (counted). */
        boolean isMissing(String text, int row, String column) {
            String s = text.trim();
            int n = s.length();
            // The set is asked only about texts as long as some marker: most cells are numbers of other lengths.
            if ((markerLengths & (n < 63 ? 1L << n : 1L << 63)) != 0 && missing.contains(s)) {
                return true;
            }
            if (isExcelError(s)) {
                excelErrors++;
                if (excelErrorPlaces.size() < 3) {
                    excelErrorPlaces.add("row " + row + ", column '" + column + "' (" + s + ")");
                }
                return true;
            }
            return false;
        }

        /** The number in a cell, NaN when it is missing ({@link #isMissing}); refused with a fix otherwise. */
        double readOrMissing(String text, int row, String column) {
            return isMissing(text, row, column) ? Double.NaN : read(text, row, column);
        }

        /** Whether the last number read had a % sign. */
        boolean percent() {
            return percent;
        }

        /** How many cells held Excel errors (read as missing). */
        long excelErrors() {
            return excelErrors;
        }

        /** A notice about the Excel errors read as missing values, or null when there were none. */
        String excelErrorNotice() {
            if (excelErrors == 0) {
                return null;
            }
            return source + ": " + String.format(Locale.ROOT, "%,d", excelErrors) + (excelErrors == 1 ? " cell holds"
                    : " cells hold") + " an Excel error value, read as missing (a gap): " + String.join("; ",
                    excelErrorPlaces) + (excelErrors > excelErrorPlaces.size() ? "; ..." : "");
        }

        /** The number in a (non-missing) cell, or a {@link DataException} naming it with a fix. */
        double read(String text, int row, String column) {
            String s = text.trim();
            percent = false;
            if (!decimalCommas) {
                double v = plainDecimal(s);
                if (!Double.isNaN(v)) {
                    return v;
                }
            }
            String plain = null;
            int cellStyle = 0;
            if (decimalCommas) {
                plain = normalise(s, ',', '.');
                if (plain != null) {
                    cellStyle = s.indexOf(',') >= 0 || dots(s) > 1 ? COMMA : 0;
                }
                if (plain == null || cellStyle == 0 && dots(s) == 1) {
                    String withPoint = normalise(s, '.', '\0');
                    if (withPoint != null) {
                        plain = withPoint;
                        cellStyle = dots(s) == 1 ? POINT : 0;
                    }
                }
            } else {
                plain = normalise(s, '.', ',');
            }
            if (plain != null) {
                if (cellStyle != 0) {
                    checkStyle(cellStyle, text, row, column);
                }
                percent = plain.endsWith("%");
                String number = percent ? plain.substring(0, plain.length() - 1) : plain;
                double v = Double.parseDouble(number);
                if (!(Math.abs(v) <= Series.LARGEST_VALUE)) {
                    throw DataException.atCell(source, row, column, "'" + text + "' is too large to analyse (beyond 10^15)",
                            "Correct the cell, or express the metric in larger units (thousands, millions)");
                }
                return v;
            }
            throw refusal(text, s, row, column);
        }

        /**
         * The number a plain decimal of at most 15 digits writes ({@code 52.345}, {@code -7}, {@code 0.5}), read
         * without making a string, or NaN for any other text. A double holds such a number's digits exactly, and
         * the one division by a power of ten (exact up to 10^22) rounds once, so the result is the double
         * {@link Double#parseDouble} gives.
         */
        static double plainDecimal(String s) {
            // The same reading as the characters' below, from a string: neither copies its text to the other.
            int n = s.length();
            boolean negative = n > 0 && s.charAt(0) == '-';
            int i = negative ? 1 : 0;
            if (i == n || n - i > 16) {
                return Double.NaN;
            }
            long digits = 0;
            int count = 0;
            int scale = -1;
            for (; i < n; i++) {
                char c = s.charAt(i);
                if (c >= '0' && c <= '9') {
                    digits = digits * 10 + (c - '0');
                    count++;
                    if (scale >= 0) {
                        scale++;
                    }
                } else if (c == '.' && scale < 0 && count > 0 && i < n - 1) {
                    scale = 0;
                } else {
                    return Double.NaN;
                }
            }
            return decimal(digits, count, scale, negative);
        }

        /** {@link #plainDecimal(String)} of the characters from {@code from} to {@code to}, without a string. */
        static double plainDecimal(char[] s, int from, int to) {
            boolean negative = from < to && s[from] == '-';
            int i = negative ? from + 1 : from;
            if (i == to || to - i > 16) {
                return Double.NaN;
            }
            long digits = 0;
            int count = 0;
            int scale = -1;
            for (; i < to; i++) {
                char c = s[i];
                if (c >= '0' && c <= '9') {
                    digits = digits * 10 + (c - '0');
                    count++;
                    if (scale >= 0) {
                        scale++;
                    }
                } else if (c == '.' && scale < 0 && count > 0 && i < to - 1) {
                    scale = 0;
                } else {
                    return Double.NaN;
                }
            }
            return decimal(digits, count, scale, negative);
        }

        /** The number of a plain decimal's digits (count of them, scale after the point), or NaN past 15. */
        private static double decimal(long digits, int count, int scale, boolean negative) {
            if (count > 15) {
                return Double.NaN;
            }
            double v = scale > 0 ? digits / POWERS_OF_TEN[scale] : digits;
            return negative ? -v : v;
        }

        private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
            1e12, 1e13, 1e14, 1e15, 1e16};

        private static int dots(String s) {
            int n = 0;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == '.') {
                    n++;
                }
            }
            return n;
        }

        /** Refuses a cell whose decimal mark differs from the one the file has used so far. */
        private void checkStyle(int cellStyle, String text, int row, String column) {
            if (style == 0) {
                style = cellStyle;
                styleExample = text.trim();
                styleRow = row;
                return;
            }
            if (style != cellStyle) {
                String mine = cellStyle == COMMA ? "a decimal comma" : "a decimal point";
                String theirs = style == COMMA ? "a decimal comma" : "a decimal point";
                throw DataException.atCell(source, row, column, "'" + text + "' has " + mine + ", but row " + styleRow
                        + " ('" + styleExample + "') has " + theirs + ": the file mixes the two",
                        "Write every number with the same decimal mark (74,2 or 74.2 throughout)");
            }
        }

        private DataException refusal(String text, String s, int row, String column) {
            String lower = s.toLowerCase(Locale.ROOT);
            if (lower.equals("nan") || lower.contains("infinity") || lower.equals("inf") || lower.equals("-inf")) {
                return DataException.atCell(source, row, column, "'" + text + "' is not a value that can be charted",
                        "Leave the cell blank (or write NA) for a missing value, or correct it");
            }
            if (!decimalCommas && s.indexOf(',') >= 0 && normalise(s.replace(',', '.'), '.', '\0') != null) {
                return DataException.atCell(source, row, column, "'" + text + "' has a comma that does not separate "
                        + "thousands, perhaps a decimal comma", "Write numbers with a decimal point (74.2), or "
                        + "save the file with semicolons between cells, as Excel does where commas are decimal marks");
            }
            if (KNOWN_MARKERS.contains(s) || s.startsWith("#") || !containsDigit(s)) {
                return DataException.atCell(source, row, column, "'" + text + "' is not a number",
                        "If it marks a missing value, run with " + missingOption + "='" + s
                                + "' to treat such cells as gaps; otherwise correct the cell");
            }
            return DataException.atCell(source, row, column, "'" + text + "' is not a number",
                    "Correct the cell to a plain number such as 12 or 12.5");
        }

        /**
         * The cell as Java reads a number ({@code -1234.5}, or {@code -1234.5%} when it had a % sign), or null
         * when it is not a number written with this decimal mark and thousands separator.
         *
         * @param decimal the decimal mark, '.' or ','
         * @param group the thousands separator besides spaces ('\0' for spaces only)
         */
        static String normalise(String s, char decimal, char group) {
            int n = s.length();
            int i = 0;
            // The ends: a % sign or a currency sign after; a sign and a currency sign before, in either order.
            boolean percent = false;
            while (n > 0 && isSpace(s.charAt(n - 1))) {
                n--;
            }
            if (n > 0 && s.charAt(n - 1) == '%') {
                percent = true;
                n--;
            } else if (n > 0 && isCurrency(s.charAt(n - 1))) {
                n--;
            }
            while (n > 0 && isSpace(s.charAt(n - 1))) {
                n--;
            }
            StringBuilder out = new StringBuilder(n + 2);
            boolean currency = false;
            boolean signed = false;
            for (int k = 0; k < 2 && i < n; k++) {
                char c = s.charAt(i);
                if (!signed && (c == '-' || c == '+' || c == '\u2212')) {
                    signed = true;
                    if (c != '+') {
                        out.append('-');
                    }
                    i++;
                } else if (!currency && !percent && isCurrency(c) && n - i > 1) {
                    currency = true;
                    i++;
                }
            }
            // The digits: the first group of 1 to 3, then groups of 3 after each separator.
            int intDigits = 0;
            int groupDigits = -1;
            char groupSeen = 0;
            while (i < n) {
                char c = s.charAt(i);
                if (c >= '0' && c <= '9') {
                    out.append(c);
                    intDigits++;
                    if (groupDigits >= 0) {
                        groupDigits++;
                    }
                } else if ((c == group && group != '\0') || isSpace(c)) {
                    char kind = isSpace(c) ? ' ' : c;
                    if (intDigits == 0 || (groupSeen != 0 && groupSeen != kind)
                            || (groupDigits >= 0 && groupDigits != 3) || (groupDigits < 0 && intDigits > 3)) {
                        return null;
                    }
                    groupSeen = kind;
                    groupDigits = 0;
                } else {
                    break;
                }
                i++;
            }
            if (groupDigits >= 0 && groupDigits != 3) {
                return null;
            }
            int fracDigits = 0;
            if (i < n && s.charAt(i) == decimal) {
                out.append('.');
                i++;
                while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    out.append(s.charAt(i));
                    fracDigits++;
                    i++;
                }
            }
            if (intDigits + fracDigits == 0) {
                return null;
            }
            if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E') && groupSeen == 0 && !currency) {
                out.append('e');
                i++;
                if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                    out.append(s.charAt(i));
                    i++;
                }
                int expDigits = 0;
                while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    out.append(s.charAt(i));
                    expDigits++;
                    i++;
                }
                if (expDigits == 0) {
                    return null;
                }
            }
            if (i != n) {
                return null;
            }
            return percent ? out.append('%').toString() : out.toString();
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
        }

        private static boolean isCurrency(char c) {
            return c == '£' || c == '$' || c == '€';
        }
    }

    /** A yes/no cell: 1, true, yes, y, x mean yes; 0, false, no, n and blank mean no. */
    static boolean flag(String text, String source, int row, String column) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        switch (s) {
            case "1", "true", "yes", "y", "x", "t":
                return true;
            case "", "0", "false", "no", "n", "f":
                return false;
            default:
                throw DataException.atCell(source, row, column, "'" + text + "' is not yes or no",
                        "Write 1, yes or true to set the flag, or leave the cell blank");
        }
    }

    private static boolean containsDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
