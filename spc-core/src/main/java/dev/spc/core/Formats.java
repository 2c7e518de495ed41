package dev.spc.core;

import dev.spc.core.series.Bounds;
import dev.spc.core.series.Period;
import dev.spc.core.spec.ChartType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the numbers of one analysis read to a person, the same in its explanation, its report and wherever
 * else they are shown: values of the data as given; computed lines, and computed statistics (ratios,
 * means, ranges), to as many decimals as the process's variation calls for (enough to show the latest
 * point's sigma to two significant figures, so that the lower limit, the centre and the upper limit
 * always read as different numbers; three significant figures when there is no sigma); proportions of a P
 * chart as percentages; and the metric's unit after each number. Numbers are grouped and pointed as the
 * locale writes them ({@link #PEOPLE}, en-GB, unless another is asked for: {@code 13,041.5}); dates read
 * as the data named their periods ({@code 2024/25 M01}), as months ({@code Mar 2025}) when every date is
 * the first of a month, and as days ({@code 7 Apr 2025}) otherwise. The static methods write any number
 * plainly, with no grouping, as machine output does.
 */
public final class Formats {
    /** The locale of everything written for people unless another is asked for: British English. */
    public static final Locale PEOPLE = Locale.UK;
    /**
     * English's short month names, as {@code DateTimeFormatter}'s {@code MMM} writes them in {@link Locale#ENGLISH}.
     * Dates of years 1 to 9999 are written from these without the formatter: a short run would otherwise spend
     * tens of milliseconds loading the locale data that only gives these twelve words, and British English's
     * separators (below).
     */
    static final String[] SHORT_MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
        "Dec"};
    /** British English's grouping separator, as its {@code DecimalFormatSymbols} give it. */
    static final char PEOPLE_GROUPING = ',';
    /** British English's decimal point. */
    static final char PEOPLE_POINT = '.';
    /** British English's minus sign. */
    static final char PEOPLE_MINUS = '-';
    /** British English's zero digit. */
    static final char PEOPLE_ZERO = '0';

    /** The formatters of dates outside years 1 to 9999, made only when such a date is written. */
    private static final class Formatters {
        static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
        static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    }

    private final Analysis analysis;
    private final boolean computed;
    private final String unit;
    private final double scale;
    private final int decimals;
    private final char grouping;
    private final char point;
    private final char minus;
    private final char zero;
    /** Whether dates read as months ({@code Mar 2025}) rather than days ({@code 7 Apr 2025}). */
    private final boolean months;

    private Formats(Analysis analysis, boolean computed, String unit, double scale, int decimals, Locale locale) {
        this.analysis = analysis;
        this.computed = computed;
        this.unit = unit;
        this.scale = scale;
        this.decimals = decimals;
        if (locale.equals(PEOPLE)) {
            this.grouping = PEOPLE_GROUPING;
            this.point = PEOPLE_POINT;
            this.minus = PEOPLE_MINUS;
            this.zero = PEOPLE_ZERO;
        } else {
            DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
            this.grouping = symbols.getGroupingSeparator();
            this.point = symbols.getDecimalSeparator();
            this.minus = symbols.getMinusSign();
            this.zero = symbols.getZeroDigit();
        }
        this.months = monthly(analysis);
    }

    /** The formats of an analysis for a locale (as {@link Analysis#formats(Locale)} gives them). */
    static Formats of(Analysis a, Locale locale) {
        boolean proportions = (a.chart() == ChartType.P || a.chart() == ChartType.PP)
                && (a.series().unit().isEmpty() || a.series().unit().equals("%"));
        double scale = proportions ? 100 : 1;
        boolean computed = a.chart().input() != ChartType.Input.VALUES || a.chart() == ChartType.MR;
        return new Formats(a, computed, proportions ? "%" : a.series().unit(), scale, decimals(a, scale), locale);
    }

    /** The metric's unit as numbers show it ("%" for a P chart's proportions), empty for none. */
    public String unit() {
        return unit;
    }

    /** The factor a plotted value is multiplied by to read as shown: 100 for proportions shown as percentages. */
    public double scale() {
        return scale;
    }

    /** A number as the locale writes it, to a fixed number of decimals, without the unit. */
    public String plain(double x, int places) {
        return localise(fixed(x, places));
    }

    /** What people call point i's date: its period's label, its month or its day. */
    public String when(int i) {
        if (analysis.series().period().orElse(null) == Period.SEQUENCE) {
            return "point " + analysis.series().label(i).orElseThrow();
        }
        return analysis.series().label(i).orElseGet(() -> date(analysis.date(i)));
    }

    /** A date as this analysis' dates read: as a month or as a day (a period's label needs a point: see {@link #when}). */
    public String date(LocalDate d) {
        return dateText(d, months);
    }

    /** A date as a month ({@code Mar 2025}) or a day ({@code 7 Apr 2025}), in English. */
    static String dateText(LocalDate d, boolean month) {
        int year = d.getYear();
        if (year < 1 || year > 9999) {
            return (month ? Formatters.MONTH : Formatters.DAY).format(d);
        }
        StringBuilder sb = new StringBuilder(11);
        if (!month) {
            sb.append(d.getDayOfMonth()).append(' ');
        }
        sb.append(SHORT_MONTHS[d.getMonthValue() - 1]).append(' ');
        // yyyy: at least four digits.
        for (int power = 1000; year < power && power > 1; power /= 10) {
            sb.append('0');
        }
        return sb.append(year).toString();
    }

    private static boolean monthly(Analysis a) {
        for (int i = 0; i < a.size(); i++) {
            if (a.date(i).getDayOfMonth() != 1) {
                return false;
            }
        }
        return true;
    }

    /** A plain decimal ("-13041.5") in the locale's digits, grouping and decimal point ("-13,041.5"). */
    private String localise(String plainText) {
        if (plainText.equals("n/a")) {
            return plainText;
        }
        int start = plainText.startsWith("-") ? 1 : 0;
        int dot = plainText.indexOf('.');
        int end = dot < 0 ? plainText.length() : dot;
        StringBuilder sb = new StringBuilder(plainText.length() + 6);
        if (start == 1) {
            sb.append(minus);
        }
        for (int k = start; k < end; k++) {
            if (k > start && (end - k) % 3 == 0) {
                sb.append(grouping);
            }
            sb.append(digit(plainText.charAt(k)));
        }
        if (dot >= 0) {
            sb.append(point);
            for (int k = dot + 1; k < plainText.length(); k++) {
                sb.append(digit(plainText.charAt(k)));
            }
        }
        return sb.toString();
    }

    private char digit(char c) {
        return (char) (zero + (c - '0'));
    }

    /** A plotted value: as given for values of the data, as a line for computed statistics; "n/a" for none. */
    public String value(double x) {
        return computed ? line(x) : withUnit(localise(number(x)));
    }

    /**
     * A limit held inside the metric's bounds: as a line, but a limit held at a bound reads as the bound
     * itself ("0", "100%"), not as a computed number ("0.0").
     */
    public String limit(double x) {
        Bounds b = analysis.bounds();
        return x == b.lower() || x == b.upper() ? withUnit(localise(number(x * scale))) : line(x);
    }

    /** A computed line; "n/a" for none. */
    public String line(double x) {
        return withUnit(localise(decimals < 0 ? significant(x * scale) : fixed(x * scale, decimals)));
    }

    private String withUnit(String number) {
        if (unit.isEmpty() || number.equals("n/a")) {
            return number;
        }
        return unit.equals("%") ? number + "%" : number + " " + unit;
    }

    private static int decimals(Analysis a, double scale) {
        if (a.latestIndex().isEmpty()) {
            return -1;
        }
        double sigma = a.sigma(a.latestIndex().getAsInt()) * scale;
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            return -1;
        }
        return Math.max(0, Math.min(10, (int) Math.ceil(-Math.log10(sigma)) + 1));
    }

    /** A number as short as it can be written (Java's shortest representation of the double). */
    public static String number(double x) {
        if (Double.isNaN(x)) {
            return "n/a";
        }
        BigDecimal d = BigDecimal.valueOf(x).stripTrailingZeros();
        String s = (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** A number to three significant figures (at least the units digit), trailing zeros kept. */
    public static String significant(double x) {
        if (Double.isNaN(x)) {
            return "n/a";
        }
        if (x == 0) {
            return "0";
        }
        int magnitude = (int) Math.floor(Math.log10(Math.abs(x)));
        return fixed(x, Math.min(12, Math.max(0, 2 - magnitude)));
    }

    /** A number to a fixed number of decimals, rounding half up from its shortest decimal form. */
    public static String fixed(double x, int decimals) {
        if (Double.isNaN(x)) {
            return "n/a";
        }
        String s = BigDecimal.valueOf(x).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        return negativeZero(s) ? s.substring(1) : s;
    }

    /** Whether a number's text is minus zero: {@code -0}, or {@code -0.} and zeros. */
    static boolean negativeZero(String s) {
        if (!s.startsWith("-0") || s.length() > 2 && s.charAt(2) != '.') {
            return false;
        }
        for (int i = 3; i < s.length(); i++) {
            if (s.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }
}
