package dev.spc.core.series;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * The kind of period a series' points stand for, when its dates were written as periods: NHS financial
 * years, quarters and months (the year runs from April), calendar years and quarters, ISO weeks or weeks ending on a
 * day; or, for points that are not dated, their sequence numbers. A point's date is the first day of its period
 * (the last, for a week ending); the label is what people call the period, which explanations, charts and
 * reports show.
 */
public enum Period {
    /** A financial year, April to March: 2024/25 (dated 1 April 2024). */
    FINANCIAL_YEAR("financial_year"),
    /** A quarter of a financial year: Q1 2024/25 is April to June 2024 (dated 1 April 2024). */
    FINANCIAL_QUARTER("financial_quarter"),
    /** A month of a financial year: 2024/25 M01 is April 2024 (dated 1 April 2024). */
    FINANCIAL_MONTH("financial_month"),
    /** A calendar year: 2024 (dated 1 January 2024). */
    YEAR("year"),
    /** A calendar quarter: 2024 Q1 is January to March 2024 (dated 1 January 2024). */
    QUARTER("quarter"),
    /** An ISO week: 2024-W01 runs Monday 1 January to Sunday 7 January 2024 (dated on its Monday). */
    ISO_WEEK("iso_week"),
    /** A week named by its last day: w/e 07/04/2024 (dated on that day). */
    WEEK_ENDING("week_ending"),
    /**
     * Not a date at all: points numbered in order (case 1, 2, 3..., the drops of a funnel, the days of a
     * workshop). Number n is carried as the date n days after 1 January 1970 ({@link #dateOf}), which keeps
     * the points in order, and labelled n.
     */
    SEQUENCE("sequence");

    private final String id;

    Period(String id) {
        this.id = id;
    }

    /** The name used in files: financial_month, iso_week, ... */
    public String id() {
        return id;
    }

    /** The label of the period a date stands for, such as "2024/25 M01" or "w/e 07/04/2024". */
    public String label(LocalDate date) {
        int fy = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
        String year = fy + "/" + String.format(Locale.ROOT, "%02d", (fy + 1) % 100);
        int monthOfYear = (date.getMonthValue() + 8) % 12 + 1;
        return switch (this) {
            case FINANCIAL_YEAR -> year;
            case FINANCIAL_QUARTER -> "Q" + ((monthOfYear - 1) / 3 + 1) + " " + year;
            case FINANCIAL_MONTH -> year + " M" + String.format(Locale.ROOT, "%02d", monthOfYear);
            case YEAR -> Integer.toString(date.getYear());
            case QUARTER -> date.getYear() + " Q" + ((date.getMonthValue() - 1) / 3 + 1);
            case ISO_WEEK -> String.format(Locale.ROOT, "%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                    date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case WEEK_ENDING -> String.format(Locale.ROOT, "w/e %02d/%02d/%d", date.getDayOfMonth(),
                    date.getMonthValue(), date.getYear());
            case SEQUENCE -> Long.toString(numberOf(date));
        };
    }

    /** The date that carries sequence number n in a {@link #SEQUENCE} series. */
    public static LocalDate dateOf(long n) {
        return LocalDate.ofEpochDay(n);
    }

    /** The sequence number a {@link #SEQUENCE} series' date carries. */
    public static long numberOf(LocalDate date) {
        return date.toEpochDay();
    }

    /** The period with this id, such as "financial_month". */
    public static Period ofId(String id) {
        for (Period p : values()) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no period '" + id + "'");
    }
}
