package dev.spc.io.json;

import dev.spc.core.series.Series;
import java.util.List;
import java.util.Optional;

/**
 * What a series is made of, as the document's {@code kind} names it: enough, with its points, to make the
 * series again exactly (a series of rates is made by {@link Series#rates}, not {@link Series#of}).
 */
enum SeriesKind {
    /** Plain values ({@link Series#of}). */
    VALUES("values"),
    /** Numerators over denominators that count units ({@link Series#of} of ratio points). */
    RATIOS("ratios"),
    /** Counts of events over an exposure ({@link Series#rates}). */
    RATES("rates"),
    /** Means of subgroups of measurements ({@link Series#of} of subgroup points). */
    SUBGROUPS("subgroups"),
    /** Days between events ({@link Series#eventIntervals}). */
    EVENT_INTERVALS("event_intervals");

    private final String id;

    SeriesKind(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    static SeriesKind of(Series s) {
        if (s.isEventIntervals()) {
            return EVENT_INTERVALS;
        }
        if (s.isRates()) {
            return RATES;
        }
        if (s.hasSubgroups()) {
            return SUBGROUPS;
        }
        return s.hasDenominators() ? RATIOS : VALUES;
    }

    static Optional<SeriesKind> byId(String id) {
        for (SeriesKind k : values()) {
            if (k.id.equals(id)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The series of this kind of the given points (in any order: the series sorts them by date). */
    Series series(String metric, List<Series.Point> points) {
        return switch (this) {
            case RATES -> Series.rates(metric, points);
            case EVENT_INTERVALS -> Series.eventIntervals(metric, points);
            case VALUES, RATIOS, SUBGROUPS -> Series.of(metric, points);
        };
    }
}
