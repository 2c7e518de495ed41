package dev.spc.io;

import dev.spc.core.series.Series;
import java.util.Locale;
import java.util.Set;

/**
 * Reads single cells of a CSV export: numbers (plain decimal notation, optionally with thousands
 * separators; never NaN, infinities, hexadecimal or Java's type suffixes) and yes/no flags.
 */
final class Cells {
    /** Markers that spreadsheets and databases write for "no value"; refused unless declared missing. */
    private static final Set<String> KNOWN_MARKERS = Set.of("-", "--", "#N/A", "N/A", "n/a", "?", ".", "..", "*", "x",
            "null", "NULL", "None", "#VALUE!", "#DIV/0!", "#REF!", "#NUM!", "#NULL!", "missing");

    private Cells() {
    }

    /** True when the text is a number in plain decimal notation ("12", "-3.5", "1.2e3", "1,234.5"). */
    static boolean isPlainNumber(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int intDigits = 0;
        int groupDigits = -1; // digits since the last thousands separator, -1 when none seen
        while (i < n) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                intDigits++;
                if (groupDigits >= 0) {
                    groupDigits++;
                }
            } else if (c == ',') {
                if (intDigits == 0 || (groupDigits >= 0 && groupDigits != 3) || (groupDigits < 0 && intDigits > 3)) {
                    return false;
                }
                groupDigits = 0;
            } else {
                break;
            }
            i++;
        }
        if (groupDigits >= 0 && groupDigits != 3) {
            return false;
        }
        int fracDigits = 0;
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                fracDigits++;
                i++;
            }
        }
        if (intDigits + fracDigits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                expDigits++;
                i++;
            }
            if (expDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    /**
     * The number in a cell, or a {@link DataException} saying what is wrong with it and how to fix it.
     */
    static double number(String text, String source, int row, String column, String missingOption) {
        return number(text, source, row, column, missingOption, true);
    }

    /**
     * As {@link #number(String, String, int, String, String)}; with {@code commasGroupThousands} false (a
     * semicolon-separated file, where a comma may be a decimal comma) a comma in a number is refused.
     */
    static double number(String text, String source, int row, String column, String missingOption,
            boolean commasGroupThousands) {
        String s = text.trim();
        if (!commasGroupThousands && s.indexOf(',') >= 0 && isPlainNumber(s.replace(",", ""))) {
            throw DataException.atCell(source, row, column, "'" + text + "' has a comma, which may be a decimal comma",
                    "Write numbers with a decimal point and no thousands separator (1234.5)");
        }
        if (isPlainNumber(s)) {
            double v = Double.parseDouble(s.indexOf(',') >= 0 ? s.replace(",", "") : s);
            if (!(Math.abs(v) <= Series.LARGEST_VALUE)) {
                throw DataException.atCell(source, row, column, "'" + text + "' is too large to analyse (beyond 10^15)",
                        "Correct the cell, or express the metric in larger units (thousands, millions)");
            }
            return v;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.equals("nan") || lower.contains("infinity") || lower.equals("inf") || lower.equals("-inf")) {
            throw DataException.atCell(source, row, column, "'" + text + "' is not a value that can be charted",
                    "Leave the cell blank (or write NA) for a missing value, or correct it");
        }
        if (s.endsWith("%") && isPlainNumber(s.substring(0, s.length() - 1).trim())) {
            throw DataException.atCell(source, row, column, "'" + text + "' has a % sign",
                    "Write percentages as plain numbers (93.4, not 93.4%) and set the unit to % in a settings file");
        }
        if (KNOWN_MARKERS.contains(s) || s.startsWith("#") || !containsDigit(s)) {
            throw DataException.atCell(source, row, column, "'" + text + "' is not a number",
                    "If it marks a missing value, run with " + missingOption + "='" + s
                            + "' to treat such cells as gaps; otherwise correct the cell");
        }
        throw DataException.atCell(source, row, column, "'" + text + "' is not a number",
                "Correct the cell to a plain number such as 12 or 12.5");
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
