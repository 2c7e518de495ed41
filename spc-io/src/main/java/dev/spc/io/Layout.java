package dev.spc.io;

import java.util.Locale;

/** How an export lays its values out. */
public enum Layout {
    /** One row per metric and period: columns metric, date, value (the tidy form). */
    LONG("long", "one row per metric and period"),
    /** One row per metric, a column per period (Apr-24, May-24, ...), as a report's table shows them. */
    WIDE_PERIODS("wide-periods", "a column per period and a row per metric"),
    /** One row per period, a column per metric (a date column, then A&amp;E, RTT, ...). */
    WIDE_METRICS("wide-metrics", "a column per metric and a row per period");

    private final String id;
    private final String description;

    Layout(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The name on the command line: long, wide-periods or wide-metrics. */
    public String id() {
        return id;
    }

    /** The layout in words, as a notice says how a file was read. */
    public String description() {
        return description;
    }

    /** The layout named, as {@link #id} gives it (case ignored). */
    public static Layout ofId(String id) {
        for (Layout l : values()) {
            if (l.id.equals(id.trim().toLowerCase(Locale.ROOT))) {
                return l;
            }
        }
        throw new IllegalArgumentException("'" + id + "' is not a layout: give long, wide-periods or wide-metrics");
    }
}
