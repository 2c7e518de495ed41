package dev.spc.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DateReaderTest {
    static Map<String, Integer> column(String... values) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            m.putIfAbsent(values[i], i + 2);
        }
        return m;
    }

    static LocalDate read(String value, String... others) {
        String[] all = new String[others.length + 1];
        all[0] = value;
        System.arraycopy(others, 0, all, 1, others.length);
        return DateReader.of(column(all), null, "f.csv", "date").date(value);
    }

    @Test
    void readsEachDetectedFormat() {
        LocalDate jan31 = LocalDate.of(2024, 1, 31);
        assertEquals(jan31, read("2024-01-31"));
        assertEquals(jan31, read("2024/01/31"));
        assertEquals(jan31, read("31/01/2024"));
        assertEquals(jan31, read("31-01-2024"));
        assertEquals(jan31, read("31.01.2024"));
        assertEquals(jan31, read("31/1/24"));
        assertEquals(jan31, read("2024-01-31T00:00:00"));
        assertEquals(jan31, read("2024-01-31 00:00"));
        assertEquals(jan31, read("31/01/2024 00:00:00"));
        assertEquals(jan31, read("31-Jan-2024"));
        assertEquals(jan31, read("31 January 2024"));
        assertEquals(jan31, read("Jan 31, 2024"));
        LocalDate jan1 = LocalDate.of(2024, 1, 1);
        assertEquals(jan1, read("2024-01"));
        assertEquals(jan1, read("Jan-24"));
        assertEquals(jan1, read("jan 2024"));
        assertEquals(jan1, read("January 2024"));
        assertEquals(jan1, read("2024 Jan"));
        assertEquals(LocalDate.of(2023, 9, 1), read("Sept-23"));
    }

    /** NHS financial periods: the year runs from 1 April, so M01 is April and Q4 is January to March. */
    @Test
    void readsNhsPeriodsIsoWeeksAndWeeksEnding() {
        LocalDate april2024 = LocalDate.of(2024, 4, 1);
        assertEquals(april2024, read("2024/25 M01"));
        assertEquals(april2024, read("M01 2024/25"));
        assertEquals(april2024, read("2024-25 M1"));
        assertEquals(LocalDate.of(2025, 3, 1), read("2024/25 M12"));
        assertEquals(LocalDate.of(2025, 1, 1), read("M10 2024/25"));
        assertEquals(april2024, read("Q1 2024/25"));
        assertEquals(LocalDate.of(2024, 7, 1), read("2024/25 Q2"));
        assertEquals(LocalDate.of(2025, 1, 1), read("Q4 2024/25"));
        assertEquals(april2024, read("2024/25"));
        assertEquals(april2024, read("2024/2025"));
        assertEquals(LocalDate.of(2024, 7, 1), read("2024 Q3"));
        assertEquals(LocalDate.of(2024, 1, 1), read("Q1 2024"));
        assertEquals(LocalDate.of(2024, 1, 1), read("2024"));
        // ISO weeks start on Monday; week 1 holds 4 January (2020-W01 starts on 30 December 2019).
        assertEquals(LocalDate.of(2024, 1, 1), read("2024-W01"));
        assertEquals(LocalDate.of(2019, 12, 30), read("2020W01"));
        assertEquals(LocalDate.of(2020, 12, 28), read("W53 2020"));
        assertEquals(LocalDate.of(2024, 4, 7), read("w/e 07/04/2024"));
        assertEquals(LocalDate.of(2024, 4, 7), read("W/E 7 Apr 2024"));
        assertEquals(LocalDate.of(2024, 4, 7), read("Week ending 2024-04-07"));
    }

    @Test
    void notPeriods() {
        // The years of a financial year follow each other; a month is 1 to 12; 2021 has no week 53.
        assertThrows(DataException.class, () -> read("2024/26 M01"));
        assertThrows(DataException.class, () -> read("2024/25 M13"));
        assertThrows(DataException.class, () -> read("2021-W53"));
        assertThrows(DataException.class, () -> read("Q5 2024/25"));
    }

    @Test
    void theKindOfPeriodIsKeptForItsLabels() {
        DateReader r = DateReader.of(column("2024/25 M01", "M02 2024/25"), null, "f.csv", "date");
        assertEquals(dev.spc.core.series.Period.FINANCIAL_MONTH, r.period());
        assertNull(DateReader.of(column("2024-01-31"), null, "f.csv", "date").period());
        // A column of 2011/12 alone reads as a financial year, and with 2012/01 as year-months.
        assertEquals(dev.spc.core.series.Period.FINANCIAL_YEAR,
                DateReader.of(column("2011/12", "2012/13"), null, "f.csv", "date").period());
        assertEquals(LocalDate.of(2011, 12, 1), read("2011/12", "2012/01"));
    }

    @Test
    void datesAmongOtherColumnNames() {
        assertEquals(java.util.List.of("Apr-24", "May-24", "Jun-24"),
                DateReader.datesAmong(java.util.List.of("Metric", "Apr-24", "May-24", "Jun-24", "YTD", "Total"), null));
        assertEquals(java.util.List.of(), DateReader.datesAmong(java.util.List.of("Metric", "Apr-24", "Total"), null));
    }

    @Test
    void datesThatReadBothWaysAreReadDayFirstWithANotice() {
        DateReader r = DateReader.of(column("01/02/2024", "02/02/2024", "03/02/2024"), null, "f.csv", "date");
        assertEquals(LocalDate.of(2024, 2, 1), r.date("01/02/2024"));
        assertTrue(r.notice().contains("read day-first") && r.notice().contains("01/02/2024"), r.notice());
    }

    @Test
    void oneDayAbove12SettlesTheOrderWithoutANotice() {
        DateReader r = DateReader.of(column("01/02/2024", "13/02/2024"), null, "f.csv", "date");
        assertEquals(LocalDate.of(2024, 2, 13), r.date("13/02/2024"));
        assertNull(r.notice());
    }

    @Test
    void datesTheSameBothWaysNeedNoNotice() {
        assertNull(DateReader.of(column("01/01/2024", "02/02/2024"), null, "f.csv", "date").notice());
    }

    @Test
    void monthFirstOnlyIsRefused() {
        DataException e = assertThrows(DataException.class,
                () -> DateReader.of(column("01/02/2024", "01/31/2024"), null, "f.csv", "date"));
        assertEquals(3, e.row());
        assertTrue(e.getMessage().contains("--date-format MM/dd/yyyy"), e.getMessage());
    }

    @Test
    void anImpossibleDateIsRefusedNotMoved() {
        DataException e = assertThrows(DataException.class,
                () -> DateReader.of(column("30/01/2024", "31/02/2024"), null, "f.csv", "date"));
        assertEquals(3, e.row());
        assertEquals("date", e.column());
    }

    @Test
    void theOddOneOutIsNamed() {
        DataException e = assertThrows(DataException.class,
                () -> DateReader.of(column("2024-01-01", "2024-02-01", "March 2024x"), null, "f.csv", "date"));
        assertEquals(4, e.row());
        assertTrue(e.getMessage().contains("'March 2024x' is not a date like the others"), e.getMessage());
    }

    @Test
    void aGivenPatternIsUsedStrictly() {
        DateReader r = DateReader.of(column("01.02.24", "28.02.24"), "dd.MM.yy", "f.csv", "date");
        assertEquals(LocalDate.of(2024, 2, 1), r.date("01.02.24"));
        assertEquals(LocalDate.of(2024, 3, 1),
                DateReader.of(column("Mar 24"), "MMM yy", "f.csv", "date").date("Mar 24"));
        assertEquals(LocalDate.of(2024, 1, 31),
                DateReader.of(column("01/31/2024"), "MM/dd/yyyy", "f.csv", "date").date("01/31/2024"));
        assertThrows(DataException.class, () -> DateReader.of(column("30.02.24"), "dd.MM.yy", "f.csv", "date"));
        assertThrows(IllegalArgumentException.class, () -> DateReader.checkPattern("dd.MM.yy'"));
    }

    @Test
    void quartersAndIsoWeeksReadAsTheFirstDayOfTheirPeriod() {
        // Quarterly returns: Q2 2024 starts on 1 April. ISO week 1 of 2025 starts on Monday 30 December 2024.
        DateReader quarters = DateReader.of(column("2024-Q1", "2024-Q2"), "yyyy-'Q'Q", "f.csv", "date");
        assertEquals(LocalDate.of(2024, 4, 1), quarters.date("2024-Q2"));
        DateReader weeks = DateReader.of(column("2024-W02", "2025-W01"), "YYYY-'W'ww", "f.csv", "date");
        assertEquals(LocalDate.of(2024, 1, 8), weeks.date("2024-W02"));
        assertEquals(LocalDate.of(2024, 12, 30), weeks.date("2025-W01"));
        // A year inside quotes stays text, and a year outside them is read strictly.
        DateReader quoted = DateReader.of(column("FY 2024/03"), "'FY' yyyy/MM", "f.csv", "date");
        assertEquals(LocalDate.of(2024, 3, 1), quoted.date("FY 2024/03"));
    }

    @Test
    void aReaderOfIsoDatesThatKeepsTheMonthReadsEachAsAFreshOneDoes() {
        // Dates in order across months and leap days, the same again at random, and texts that are no day, through
        // one reader: each is read as LocalDate reads it (year 1 and later), whatever came before.
        java.util.List<String> texts = new java.util.ArrayList<>();
        for (LocalDate d = LocalDate.of(1999, 11, 1); d.isBefore(LocalDate.of(2001, 4, 1)); d = d.plusDays(1)) {
            texts.add(d.toString());
        }
        java.util.Random r = new java.util.Random(12);
        String[] wrong = {"2023-02-29", "1900-02-29", "2024-04-31", "2024-13-01", "2024-00-10", "0000-01-01",
            "2024-01-32", "2024-01-00", "2024-0a-01", "2024/01/01", "12024-01-1"};
        for (int i = 0; i < 20_000; i++) {
            LocalDate d = LocalDate.of(1 + r.nextInt(9999), 1 + r.nextInt(12), 1);
            d = d.plusDays(r.nextInt(d.lengthOfMonth()));
            texts.add(r.nextInt(4) == 0 ? wrong[r.nextInt(wrong.length)] : d.toString());
            texts.add(String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", d.getYear(), d.getMonthValue(),
                    1 + r.nextInt(31)));
        }
        IsoDays.Reader reader = new IsoDays.Reader();
        for (String t : texts) {
            int expected;
            try {
                expected = t.length() == 10 && !t.startsWith("0000") ? (int) LocalDate.parse(t).toEpochDay()
                        : DateReader.NOT_ISO;
            } catch (java.time.format.DateTimeParseException e) {
                expected = DateReader.NOT_ISO;
            }
            char[] padded = ("x" + t + "y").toCharArray();
            assertEquals(expected, reader.day(padded, 1, 1 + t.length()), t);
        }
    }

    @Test
    void isoDatesAreReadOnSightAsTheColumnsFormatReadsThem() {
        // Every day from 0001-01-01 in steps of 997 days to past 9999, and the edges of months and leap years:
        // the epoch day is LocalDate's.
        for (LocalDate d = LocalDate.of(1, 1, 1); d.getYear() <= 9999; d = d.plusDays(997)) {
            assertEquals(d.toEpochDay(), DateReader.isoDay(d.toString()), d.toString());
        }
        // Every single day of years 1 to 9999 by the counting formula, and every day a month does not have.
        for (LocalDate d = LocalDate.of(1, 1, 1); d.getYear() <= 9999; d = d.plusDays(1)) {
            assertEquals(d.toEpochDay(), IsoDays.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
        }
        for (int y = 1; y <= 9999; y++) {
            for (int m = 1; m <= 12; m++) {
                int length = java.time.YearMonth.of(y, m).lengthOfMonth();
                for (int day = length + 1; day <= 32; day++) {
                    assertEquals(DateReader.NOT_ISO, IsoDays.epochDay(y, m, day), y + "-" + m + "-" + day);
                }
            }
        }
        for (String ok : new String[] {"2024-02-29", "2000-02-29", "2023-12-31", "1970-01-01", "1969-12-31"}) {
            assertEquals(LocalDate.parse(ok).toEpochDay(), DateReader.isoDay(ok), ok);
        }
        for (String no : new String[] {"2023-02-29", "1900-02-29", "2024-04-31", "2024-13-01", "2024-00-10",
            "0000-01-01", "2024-1-01", "2024/01/01", "2024-01-01 ", "24-01-2024", "2024-0a-01", ""}) {
            assertEquals(DateReader.NOT_ISO, DateReader.isoDay(no), no);
        }
    }
}
