package dev.spc.charts;

import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;

/**
 * A date axis whose ticks start at the first point and step from there (every 3 months from April, for
 * a series starting in April), so that every tick falls on a period of the data. JFreeChart's own
 * standard dates put multi-month ticks a month early (June, September, December for quarters).
 */
final class AlignedDateAxis extends DateAxis {
    private static final long serialVersionUID = 1L;

    private final long first;

    /**
     * The zone and locale are given here rather than set after: each of those setters makes the axis's
     * standard tick units again, some fifty date formats, which an axis with a tick unit of its own never uses.
     */
    AlignedDateAxis(long firstPoint, TimeZone zone, Locale locale) {
        super(null, zone, locale);
        this.first = firstPoint;
    }

    @Override
    public Date calculateLowestVisibleTickValue(DateTickUnit unit) {
        Date tick = new Date(first);
        Date lower = getMinimumDate();
        while (tick.before(lower)) {
            tick = unit.addToDate(tick, getTimeZone());
        }
        return tick;
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o) && o instanceof AlignedDateAxis other && other.first == first;
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + Long.hashCode(first);
    }
}
