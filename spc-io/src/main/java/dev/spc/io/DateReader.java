package dev.spc.io;

import dev.spc.core.series.Period;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates of one column in the format the column itself shows, found by trying every format on
 * every distinct value: ISO (2024-01-31), year-month (2024-01), UK day/month/year (31/01/2024, also with
 * dashes or dots and two-digit years), or month names (Jan-24, January 2024, 01-Jan-2024). A time of day
 * after the date is ignored.
 *
 * <p>Dates are never guessed to be month-first (US). A column whose every date reads both ways
 * (01/02/2024) is read day-first, with a notice; a column that only reads month-first is refused with
 * the {@code --date-format} that would read it.
 */
public final class DateReader {
    private enum Kind {
        ISO("ISO dates (yyyy-MM-dd)"),
        YEAR_MONTH("year-month dates (yyyy-MM)"),
        DAY_FIRST("UK dates (day/month/year)"),
        MONTH_FIRST("US dates (month/day/year)"),
        MONTH_NAME("dates with month names"),
        FINANCIAL_YEAR("financial years (2024/25)", Period.FINANCIAL_YEAR),
        FINANCIAL_MONTH("financial months (2024/25 M01)", Period.FINANCIAL_MONTH),
        FINANCIAL_QUARTER("financial quarters (Q1 2024/25)", Period.FINANCIAL_QUARTER),
        QUARTER("quarters (2024 Q1)", Period.QUARTER),
        YEAR("years (2024)", Period.YEAR),
        ISO_WEEK("ISO weeks (2024-W01)", Period.ISO_WEEK),
        WEEK_ENDING("weeks ending (w/e 07/04/2024)", Period.WEEK_ENDING),
        PATTERN("the given date format");

        final String description;
        final Period period;

        Kind(String description) {
            this(description, null);
        }

        Kind(String description, Period period) {
            this.description = description;
            this.period = period;
        }
    }

    /** The formats tried, in order: a column is read in the first that reads all its values. */
    private static final Kind[] DETECTED = {Kind.ISO, Kind.FINANCIAL_YEAR, Kind.YEAR_MONTH, Kind.DAY_FIRST,
        Kind.MONTH_NAME, Kind.FINANCIAL_MONTH, Kind.FINANCIAL_QUARTER, Kind.QUARTER, Kind.YEAR, Kind.ISO_WEEK, Kind.WEEK_ENDING};
    private static final Pattern FINANCIAL_YEAR = Pattern.compile("(\\d{4})/(\\d{2}|\\d{4})");
    private static final Pattern FY = Pattern.compile("(\\d{4})[/-](\\d{2}|\\d{4})");
    private static final Pattern FINANCIAL_MONTH_AFTER = Pattern.compile("(?i)" + FY + "\\s*M(?:onth\\s*)?(\\d{1,2})");
    private static final Pattern FINANCIAL_MONTH_BEFORE = Pattern.compile("(?i)M(?:onth\\s*)?(\\d{1,2})\\s+" + FY);
    private static final Pattern FINANCIAL_QUARTER_AFTER = Pattern.compile("(?i)" + FY + "\\s*Q([1-4])");
    private static final Pattern FINANCIAL_QUARTER_BEFORE = Pattern.compile("(?i)Q([1-4])\\s*" + FY);
    private static final Pattern QUARTER_AFTER = Pattern.compile("(?i)(\\d{4})\\s*-?\\s*Q([1-4])");
    private static final Pattern QUARTER_BEFORE = Pattern.compile("(?i)Q([1-4])\\s*-?\\s*(\\d{4})");
    private static final Pattern ISO_WEEK_AFTER = Pattern.compile("(?i)(\\d{4})\\s*-?\\s*W(\\d{1,2})");
    private static final Pattern ISO_WEEK_BEFORE = Pattern.compile("(?i)W(\\d{1,2})\\s*-?\\s*(\\d{4})");
    private static final Pattern WEEK_ENDING = Pattern.compile(
            "(?i)(?:w/e|w\\.e\\.|w/ending|wk ending|wk end|week ending|week end|we)\\s*:?\\s*(.+)");
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};
    static final String FORMATS_HINT = "Write dates as 2024-01-31, 31/01/2024, 2024-01, Jan-24 or January 2024, "
            + "or give the format with --date-format (for example --date-format dd.MM.yy)";

    private final Map<String, LocalDate> parsed;
    private final String notice;
    private final Period period;

    private DateReader(Map<String, LocalDate> parsed, String notice, Period period) {
        this.parsed = parsed;
        this.notice = notice;
        this.period = period;
    }

    /**
     * Finds the format of a column and reads its dates.
     *
     * @param values the column's non-blank values, each with the row it is first met on
     * @param pattern a {@link DateTimeFormatter} pattern the user gave, or null to detect the format
     * @throws DataException naming the first value that no single format reads
     */
    public static DateReader of(Map<String, Integer> values, String pattern, String source, String column) {
        if (pattern != null) {
            DateTimeFormatter f = formatter(pattern);
            boolean timeInPattern = pattern.replaceAll("'[^']*'", "").matches(".*[HhmsSkKa].*");
            Map<String, LocalDate> parsed = new HashMap<>(values.size() * 2);
            for (Map.Entry<String, Integer> e : values.entrySet()) {
                String text = timeInPattern ? e.getKey() : stripTime(e.getKey().trim());
                LocalDate d = parsePattern(f, text);
                if (d == null) {
                    throw DataException.atCell(source, e.getValue(), column,
                            "'" + e.getKey() + "' does not match the date format '" + pattern + "'",
                            "Correct the cell, or give the format the column uses with --date-format");
                }
                parsed.put(e.getKey(), d);
            }
            return new DateReader(parsed, null, null);
        }
        for (Kind kind : DETECTED) {
            Map<String, LocalDate> parsed = parseAll(values, kind);
            if (parsed != null) {
                String notice = null;
                if (kind == Kind.DAY_FIRST && parseAll(values, Kind.MONTH_FIRST) != null && !allSameBothWays(values)) {
                    notice = source + ", column '" + column + "': every date reads both day-first and month-first "
                            + "(such as " + firstAmbiguous(values) + "); they are read day-first, as in the UK. "
                            + "Give --date-format MM/dd/yyyy if they are US dates";
                }
                return new DateReader(parsed, notice, kind.period);
            }
        }
        if (parseAll(values, Kind.MONTH_FIRST) != null) {
            String example = firstFailure(values, Kind.DAY_FIRST);
            throw DataException.atCell(source, values.get(example), column,
                    "'" + example + "' reads only month-first (US order)",
                    "Dates are read day-first unless told otherwise; give --date-format MM/dd/yyyy to read US dates");
        }
        // Report against the format that reads the most values: the others are the odd ones out.
        Kind best = DETECTED[0];
        int bestCount = -1;
        for (Kind kind : DETECTED) {
            int count = 0;
            for (String v : values.keySet()) {
                if (parse(kind, v) != null) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = kind;
                bestCount = count;
            }
        }
        String bad = firstFailure(values, best);
        String problem = bestCount > 0
                ? "'" + bad + "' is not a date like the others in the column, which are " + best.description
                : "'" + bad + "' is not a date";
        throw DataException.atCell(source, values.get(bad), column, problem, FORMATS_HINT);
    }

    /**
     * Reads a column of sequence numbers (an index column: 1, 2, 3..., or case numbers), each as the date
     * that carries it in a {@link Period#SEQUENCE} series.
     *
     * @param values the column's non-blank values, each with the row it is first met on
     * @throws DataException naming the first value that is not a whole number
     */
    public static DateReader sequence(Map<String, Integer> values, String source, String column) {
        Map<String, LocalDate> parsed = new HashMap<>(values.size() * 2);
        for (Map.Entry<String, Integer> e : values.entrySet()) {
            String t = e.getKey().trim();
            long n;
            try {
                n = Long.parseLong(t.endsWith(".0") ? t.substring(0, t.length() - 2) : t);
            } catch (NumberFormatException notWhole) {
                n = Long.MAX_VALUE;
            }
            if (n > 1_000_000_000L || n < -1_000_000_000L) {
                throw DataException.atCell(source, e.getValue(), column, "'" + e.getKey() + "' is not a sequence "
                        + "number: the column numbers the points in order (1, 2, 3...)",
                        "Give each row a whole number (up to a billion) saying where its point comes in the sequence");
            }
            parsed.put(e.getKey(), Period.dateOf(n));
        }
        return new DateReader(parsed, null, Period.SEQUENCE);
    }

    /**
     * A short list of dates read together (recalculation dates given in one cell or one option), in their
     * order, all in one format: the pattern given, or the one they show.
     *
     * @param row the row they are on (0 for none)
     * @param notices where the notice goes when the dates read both ways and are read day-first
     */
    public static List<LocalDate> dates(List<String> texts, String pattern, String source, String column, int row,
            Consumer<String> notices) {
        Map<String, Integer> values = new LinkedHashMap<>();
        for (String t : texts) {
            values.put(t.trim(), row);
        }
        DateReader reader = of(values, pattern, source, column);
        if (reader.notice() != null) {
            notices.accept(reader.notice());
        }
        List<LocalDate> dates = new ArrayList<>(values.size());
        for (String v : values.keySet()) {
            dates.add(reader.date(v));
        }
        return dates;
    }

    /**
     * The values that read as dates in one format, the format that reads the most of them (at least two):
     * the column headers of a table with a column per period, among others such as Total or YTD. Empty when
     * no format reads two.
     *
     * @param pattern a {@link DateTimeFormatter} pattern the user gave, or null to detect the format
     */
    public static List<String> datesAmong(List<String> values, String pattern) {
        List<String> best = List.of();
        if (pattern != null) {
            DateTimeFormatter f = formatter(pattern);
            List<String> read = new ArrayList<>();
            for (String v : values) {
                if (parsePattern(f, stripTime(v.trim())) != null) {
                    read.add(v);
                }
            }
            return read.size() >= 2 ? read : best;
        }
        for (Kind kind : DETECTED) {
            List<String> read = new ArrayList<>();
            for (String v : values) {
                if (!v.isBlank() && parse(kind, v) != null) {
                    read.add(v);
                }
            }
            if (read.size() > best.size() && read.size() >= 2) {
                best = read;
            }
        }
        return best;
    }

    /** The date a value reads as (the value must be one the reader was made from). */
    public LocalDate date(String value) {
        return parsed.get(value);
    }

    /** A one-line notice about how the dates were read, or null. */
    public String notice() {
        return notice;
    }

    /**
     * The kind of period the values name, when they were written as periods (2024/25 M01, Q1 2024/25,
     * 2024-W01, w/e 07/04/2024), so that people can be shown the period as they know it; null for dates.
     */
    public Period period() {
        return period;
    }

    private static Map<String, LocalDate> parseAll(Map<String, Integer> values, Kind kind) {
        Map<String, LocalDate> parsed = new HashMap<>(values.size() * 2);
        for (String v : values.keySet()) {
            LocalDate d = parse(kind, v);
            if (d == null) {
                return null;
            }
            parsed.put(v, d);
        }
        return parsed;
    }

    private static String firstFailure(Map<String, Integer> values, Kind kind) {
        String first = null;
        int firstRow = Integer.MAX_VALUE;
        for (Map.Entry<String, Integer> e : values.entrySet()) {
            if (parse(kind, e.getKey()) == null && e.getValue() < firstRow) {
                first = e.getKey();
                firstRow = e.getValue();
            }
        }
        return first;
    }

    private static boolean allSameBothWays(Map<String, Integer> values) {
        for (String v : values.keySet()) {
            if (!parse(Kind.DAY_FIRST, v).equals(parse(Kind.MONTH_FIRST, v))) {
                return false;
            }
        }
        return true;
    }

    private static String firstAmbiguous(Map<String, Integer> values) {
        String first = null;
        int firstRow = Integer.MAX_VALUE;
        for (Map.Entry<String, Integer> e : values.entrySet()) {
            if (!parse(Kind.DAY_FIRST, e.getKey()).equals(parse(Kind.MONTH_FIRST, e.getKey())) && e.getValue() < firstRow) {
                first = e.getKey();
                firstRow = e.getValue();
            }
        }
        return first;
    }

    /** Reads one value in one format, or returns null. */
    static LocalDate parse(Kind kind, String raw) {
        String s = stripTime(raw.trim());
        return switch (kind) {
            case ISO, YEAR_MONTH, DAY_FIRST, MONTH_FIRST -> numeric(kind, s);
            case MONTH_NAME -> withMonthName(s);
            case FINANCIAL_YEAR -> financialYear(s);
            case FINANCIAL_MONTH -> financialMonth(s);
            case FINANCIAL_QUARTER -> financialQuarter(s);
            case QUARTER -> quarter(s);
            case YEAR -> s.length() == 4 && s.chars().allMatch(Character::isDigit)
                    && Integer.parseInt(s) >= 1900 && Integer.parseInt(s) <= 2200 ? LocalDate.of(Integer.parseInt(s), 1, 1)
                    : null;
            case ISO_WEEK -> isoWeek(s);
            case WEEK_ENDING -> weekEnding(s);
            case PATTERN -> null;
        };
    }

    /** The first year of a financial year written 2024/25, 2024-25 or 2024/2025, or -1. */
    private static int financialYearStart(String first, String second) {
        int y = Integer.parseInt(first);
        int next = Integer.parseInt(second);
        boolean follows = second.length() == 2 ? next == (y + 1) % 100 : next == y + 1;
        return follows && y >= 1 ? y : -1;
    }

    /** 2024/25 (1 April 2024). */
    private static LocalDate financialYear(String s) {
        Matcher m = FINANCIAL_YEAR.matcher(s);
        if (!m.matches()) {
            return null;
        }
        int y = financialYearStart(m.group(1), m.group(2));
        return y < 0 ? null : LocalDate.of(y, 4, 1);
    }

    /** 2024/25 M01 or M01 2024/25 (April 2024); M10 to M12 are January to March of the year after. */
    private static LocalDate financialMonth(String s) {
        return financialPart(s, FINANCIAL_MONTH_AFTER, FINANCIAL_MONTH_BEFORE, 12, 1);
    }

    /** Q1 2024/25 or 2024/25 Q1 (1 April 2024); Q4 is January to March of the year after. */
    private static LocalDate financialQuarter(String s) {
        return financialPart(s, FINANCIAL_QUARTER_AFTER, FINANCIAL_QUARTER_BEFORE, 4, 3);
    }

    /**
     * The first day of part n of a financial year, written after the year ("2024/25 M01": groups year, year,
     * part) or before it ("Q1 2024/25": groups part, year, year); parts are {@code months} long.
     */
    private static LocalDate financialPart(String s, Pattern afterYear, Pattern beforeYear, int parts, int months) {
        Matcher after = afterYear.matcher(s);
        Matcher before = beforeYear.matcher(s);
        int y;
        int n;
        if (after.matches()) {
            y = financialYearStart(after.group(1), after.group(2));
            n = Integer.parseInt(after.group(3));
        } else if (before.matches()) {
            y = financialYearStart(before.group(2), before.group(3));
            n = Integer.parseInt(before.group(1));
        } else {
            return null;
        }
        if (y < 0 || n < 1 || n > parts) {
            return null;
        }
        return LocalDate.of(y, 4, 1).plusMonths((long) months * (n - 1));
    }

    /** 2024 Q1, 2024-Q1 or Q1 2024 (1 January 2024). */
    private static LocalDate quarter(String s) {
        Matcher after = QUARTER_AFTER.matcher(s);
        Matcher before = QUARTER_BEFORE.matcher(s);
        if (after.matches()) {
            return LocalDate.of(Integer.parseInt(after.group(1)), 1, 1).plusMonths(3L * (Integer.parseInt(after.group(2)) - 1));
        }
        if (before.matches()) {
            return LocalDate.of(Integer.parseInt(before.group(2)), 1, 1).plusMonths(3L * (Integer.parseInt(before.group(1)) - 1));
        }
        return null;
    }

    /** 2024-W01, 2024W01, 2024 W1 or W01 2024: the Monday the ISO week starts on. */
    private static LocalDate isoWeek(String s) {
        Matcher after = ISO_WEEK_AFTER.matcher(s);
        Matcher before = ISO_WEEK_BEFORE.matcher(s);
        int y;
        int w;
        if (after.matches()) {
            y = Integer.parseInt(after.group(1));
            w = Integer.parseInt(after.group(2));
        } else if (before.matches()) {
            y = Integer.parseInt(before.group(2));
            w = Integer.parseInt(before.group(1));
        } else {
            return null;
        }
        if (y < 1 || w < 1) {
            return null;
        }
        // 4 January is always in week 1; a year has week 53 when its last week holds a Thursday.
        LocalDate jan4 = LocalDate.of(y, 1, 4);
        long weeks = jan4.range(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        if (w > weeks) {
            return null;
        }
        return jan4.with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, w).with(java.time.DayOfWeek.MONDAY);
    }

    /** w/e 07/04/2024, W/E 7 Apr 2024, week ending 2024-04-07: the day the week ends on. */
    private static LocalDate weekEnding(String s) {
        Matcher m = WEEK_ENDING.matcher(s);
        if (!m.matches()) {
            return null;
        }
        String date = m.group(1).trim();
        LocalDate d = numeric(Kind.DAY_FIRST, date);
        if (d == null) {
            d = numeric(Kind.ISO, date);
        }
        return d != null ? d : withMonthName(date);
    }

    private static String stripTime(String s) {
        int cut = -1;
        int t = s.indexOf('T');
        if (t >= 8 && t + 3 < s.length() && Character.isDigit(s.charAt(t + 1))) {
            cut = t;
        } else {
            int sp = s.lastIndexOf(' ');
            if (sp > 0 && s.indexOf(':', sp) > sp) {
                cut = sp;
            }
        }
        if (cut < 0) {
            return s;
        }
        String time = s.substring(cut + 1);
        return time.matches("\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?") ? s.substring(0, cut).trim() : s;
    }

    private static LocalDate numeric(Kind kind, String s) {
        char sep = 0;
        int[] fields = new int[3];
        int[] lengths = new int[3];
        int count = 0;
        int len = 0;
        int value = 0;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : 0;
            if (c >= '0' && c <= '9') {
                if (len >= 4) {
                    return null;
                }
                value = value * 10 + (c - '0');
                len++;
            } else {
                if (len == 0 || count == 3) {
                    return null;
                }
                if (c != 0) {
                    if (c != '/' && c != '-' && c != '.') {
                        return null;
                    }
                    if (sep != 0 && c != sep) {
                        return null;
                    }
                    sep = c;
                }
                fields[count] = value;
                lengths[count] = len;
                count++;
                value = 0;
                len = 0;
            }
        }
        int y;
        int m;
        int d;
        switch (kind) {
            case ISO:
                if (count != 3 || lengths[0] != 4 || lengths[1] > 2 || lengths[2] > 2 || sep == '.') {
                    return null;
                }
                y = fields[0];
                m = fields[1];
                d = fields[2];
                break;
            case YEAR_MONTH:
                if (count != 2 || lengths[0] != 4 || lengths[1] > 2 || sep == '.') {
                    return null;
                }
                y = fields[0];
                m = fields[1];
                d = 1;
                break;
            case DAY_FIRST:
            case MONTH_FIRST:
                if (count != 3 || lengths[0] > 2 || lengths[1] > 2 || (lengths[2] != 2 && lengths[2] != 4)) {
                    return null;
                }
                y = lengths[2] == 2 ? 2000 + fields[2] : fields[2];
                d = kind == Kind.DAY_FIRST ? fields[0] : fields[1];
                m = kind == Kind.DAY_FIRST ? fields[1] : fields[0];
                break;
            default:
                return null;
        }
        return valid(y, m, d);
    }

    /** What {@link #isoDay} returns for a text that is not an ISO date as written. */
    static final int NOT_ISO = IsoDays.NONE;

    /**
     * The epoch day of a text that is exactly an ISO date, {@code yyyy-MM-dd} (year 1 or later, a day the
     * month has), or {@link #NOT_ISO}: read on sight, as the column's format would read it, without a
     * String made.
     */
    static int isoDay(String s) {
        return new IsoDays.Reader().day(s);
    }

    private static LocalDate valid(int y, int m, int d) {
        return IsoDays.isDay(y, m, d) ? LocalDate.of(y, m, d) : null;
    }

    /** Jan-24, Jan 2024, January 2024, 01-Jan-2024, 1 January 2024, 2024 Jan, Jan 31 2024. */
    private static LocalDate withMonthName(String s) {
        List<String> tokens = new ArrayList<>(3);
        for (String t : s.split("[-\\s/,.]+")) {
            if (!t.isEmpty()) {
                tokens.add(t);
            }
        }
        int monthAt = -1;
        int month = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int mm = month(tokens.get(i));
            if (mm > 0) {
                if (monthAt >= 0) {
                    return null;
                }
                monthAt = i;
                month = mm;
            }
        }
        if (monthAt < 0 || tokens.size() < 2 || tokens.size() > 3) {
            return null;
        }
        int[] numbers = new int[2];
        int[] lengths = new int[2];
        int k = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (i == monthAt) {
                continue;
            }
            String t = tokens.get(i);
            if (t.length() > 4 || !t.chars().allMatch(Character::isDigit)) {
                return null;
            }
            numbers[k] = Integer.parseInt(t);
            lengths[k] = t.length();
            k++;
        }
        if (tokens.size() == 2) {
            // Month and year, in either order: the year has 2 or 4 digits.
            if (lengths[0] != 2 && lengths[0] != 4) {
                return null;
            }
            return valid(lengths[0] == 2 ? 2000 + numbers[0] : numbers[0], month, 1);
        }
        // Day and year: "01 Jan 2024" (day first) or "Jan 31 2024" (month first); the year comes last.
        if (lengths[0] > 2 || (lengths[1] != 2 && lengths[1] != 4)) {
            return null;
        }
        return valid(lengths[1] == 2 ? 2000 + numbers[1] : numbers[1], month, numbers[0]);
    }

    private static int month(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        if (t.length() < 3 || !Character.isLetter(t.charAt(0))) {
            return 0;
        }
        if (t.equals("sept")) {
            return 9;
        }
        for (int m = 0; m < 12; m++) {
            if (MONTHS[m].equals(t) || (t.length() == 3 && MONTHS[m].startsWith(t))) {
                return m + 1;
            }
        }
        return 0;
    }

    /**
     * The formatter of a user's pattern. A pattern without a day reads the first day of its period: of the
     * month ({@code MM-yyyy}), of the quarter ({@code yyyy-'Q'Q}) or of the ISO week ({@code YYYY-'W'ww},
     * Monday).
     */
    private static DateTimeFormatter formatter(String pattern) {
        try {
            // Strict resolution refuses 31/02 rather than moving it; 'u' is the proleptic year strict needs.
            // Letters inside quotes are text, not fields, so only those outside are looked at or changed.
            StringBuilder strict = new StringBuilder(pattern.length());
            StringBuilder fields = new StringBuilder();
            boolean quoted = false;
            for (char c : pattern.toCharArray()) {
                if (c == '\'') {
                    quoted = !quoted;
                } else if (!quoted) {
                    fields.append(c);
                }
                strict.append(!quoted && c == 'y' ? 'u' : c);
            }
            String f = fields.toString();
            DateTimeFormatterBuilder b = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(strict.toString());
            boolean day = f.indexOf('d') >= 0 || f.indexOf('D') >= 0 || f.indexOf('e') >= 0 || f.indexOf('E') >= 0;
            if (f.indexOf('w') >= 0 && !day) {
                b.parseDefaulting(java.time.temporal.WeekFields.ISO.dayOfWeek(), 1);
            } else if ((f.indexOf('Q') >= 0 || f.indexOf('q') >= 0) && f.indexOf('M') < 0 && f.indexOf('L') < 0) {
                b.parseDefaulting(java.time.temporal.IsoFields.DAY_OF_QUARTER, 1);
            } else if (!day) {
                b.parseDefaulting(ChronoField.DAY_OF_MONTH, 1);
            }
            return b.toFormatter(f.indexOf('w') >= 0 ? Locale.UK : Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + pattern + "' is not a date format: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // Some padded patterns ("ppH") make the JDK's pattern parser fail with a ClassCastException.
            throw new IllegalArgumentException("'" + pattern + "' is not a date format that can be read", e);
        }
    }

    /** Checks a user's date pattern, throwing IllegalArgumentException with the reason when it is not one. */
    public static void checkPattern(String pattern) {
        formatter(pattern);
    }

    private static LocalDate parsePattern(DateTimeFormatter f, String value) {
        try {
            return LocalDate.parse(value.trim(), f);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
