package dev.spc.io;

import java.time.LocalDate;

/**
 * Dates as day numbers (epoch days, days from 1970-01-01, as {@link LocalDate#toEpochDay()}), worked out by
 * counting in the proleptic Gregorian calendar rather than through a date object: a national extract has a
 * date on every row, read in and written out.
 */
final class IsoDays {
    /** What {@link #epochDay} gives for a year, month and day that name no day. */
    static final int NONE = Integer.MIN_VALUE;

    /** Days from 1 January of year 0 to 1 January 1970. */
    private static final long DAYS_FROM_YEAR_0_TO_1970 = 719_528L;

    private IsoDays() {
    }

    /** Whether year y (1 or later), month m and day d name a day. */
    static boolean isDay(int y, int m, int d) {
        return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= lengthOfMonth(y, m);
    }

    /**
     * The epoch day of year y (1 to 9999), month m and day d, or {@link #NONE} when they name no day: the same
     * as {@code LocalDate.of(y, m, d).toEpochDay()}.
     */
    static int epochDay(int y, int m, int d) {
        if (!isDay(y, m, d)) {
            return NONE;
        }
        // Days before 1 January of year y since 1 January of year 0 (a leap year every 4 years, except every
        // 100, except every 400), then before month m (a 30.6-day average month that counts February as 30 days,
        // corrected after it), then before day d.
        long days = 365L * y + (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
        days += (367L * m - 362) / 12 + d - 1;
        if (m > 2) {
            days -= isLeap(y) ? 1 : 2;
        }
        return (int) (days - DAYS_FROM_YEAR_0_TO_1970);
    }

    /**
     * Reads ISO dates, {@code yyyy-MM-dd}, as epoch days ({@link #NONE} for a text that is not one, or names no
     * day): the dates of a column mostly follow one another within a month, so a month's first day is worked
     * out when the month changes and a date of the same month is its day added on.
     */
    static final class Reader {
        private int yearMonth = -1;
        private int dayBefore;
        private int length;
        /** Where a text's characters are copied to be read. */
        private final char[] text = new char[10];

        /** The epoch day of a text, or {@link #NONE}. */
        int day(String s) {
            if (s.length() != 10) {
                return NONE;
            }
            s.getChars(0, 10, text, 0);
            return day(text, 0, 10);
        }

        /** The epoch day of the characters from {@code from} to {@code to}, or {@link #NONE}. */
        int day(char[] s, int from, int to) {
            if (to - from != 10 || s[from + 4] != '-' || s[from + 7] != '-') {
                return NONE;
            }
            int y = digits(s, from, 4);
            int m = digits(s, from + 5, 2);
            int d = digits(s, from + 8, 2);
            if ((y | m | d) < 0) {
                return NONE;
            }
            int ym = y * 100 + m;
            if (ym != yearMonth) {
                if (!isDay(y, m, 1)) {
                    return NONE;
                }
                yearMonth = ym;
                dayBefore = epochDay(y, m, 1) - 1;
                length = lengthOfMonth(y, m);
            }
            return d >= 1 && d <= length ? dayBefore + d : NONE;
        }

        /** The number that n characters from {@code from} write in digits, or -1 when one is not a digit. */
        private static int digits(char[] s, int from, int n) {
            int v = 0;
            for (int i = from; i < from + n; i++) {
                int c = s[i] - '0';
                if (c < 0 || c > 9) {
                    return -1;
                }
                v = v * 10 + c;
            }
            return v;
        }
    }

    /** The number of days of month m of year y. */
    static int lengthOfMonth(int y, int m) {
        return switch (m) {
            case 2 -> isLeap(y) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static boolean isLeap(int y) {
        return (y & 3) == 0 && (y % 100 != 0 || y % 400 == 0);
    }

    /**
     * The date of an epoch day as one number, year x 10,000 + month x 100 + day (20240131), for years 1000 to
     * 9999; -1 for a day outside them.
     */
    static long yearMonthDay(long epochDay) {
        // Days counted from 1 March of year 0, so that a leap day ends its year; then 400-year eras of 146,097
        // days, years within the era (less a day every 4 years, plus one every 100, less one every 400), and
        // months of 153 days a five (March to July, August to December), January and February ending the year.
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long shiftedMonth = (5 * dayOfYear + 2) / 153;
        long day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
        long m = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
        long y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
        return y < 1000 || y > 9999 ? -1 : y * 10_000 + m * 100 + day;
    }

    /**
     * Appends the date of an epoch day as ISO text, as {@link LocalDate#toString()} writes it: for years
     * 1000-9999 worked out by counting and written digit by digit, without a date made.
     */
    static StringBuilder append(StringBuilder sb, long epochDay) {
        long ymd = yearMonthDay(epochDay);
        if (ymd < 0) {
            return sb.append(LocalDate.ofEpochDay(epochDay));
        }
        int y = (int) (ymd / 10_000);
        int m = (int) (ymd / 100 % 100);
        int day = (int) (ymd % 100);
        return sb.append((char) ('0' + y / 1000)).append((char) ('0' + y / 100 % 10))
                .append((char) ('0' + y / 10 % 10)).append((char) ('0' + y % 10)).append('-')
                .append((char) ('0' + m / 10)).append((char) ('0' + m % 10)).append('-')
                .append((char) ('0' + day / 10)).append((char) ('0' + day % 10));
    }
}
