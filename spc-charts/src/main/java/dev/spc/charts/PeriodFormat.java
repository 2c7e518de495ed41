package dev.spc.charts;

import dev.spc.core.series.Period;
import java.text.DateFormat;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

/**
 * A date axis' tick labels as the data name their periods: "2024/25 M01", "Q1 2024/25", "2024-W01",
 * "w/e 07/04/2024". Format only: an axis never parses its labels.
 */
final class PeriodFormat extends DateFormat {
    private static final long serialVersionUID = 1L;

    private final Period period;

    PeriodFormat(Period period) {
        this.period = period;
        setCalendar(Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT));
        setNumberFormat(NumberFormat.getIntegerInstance(Locale.ROOT));
    }

    @Override
    public StringBuffer format(Date date, StringBuffer to, FieldPosition field) {
        return to.append(period.label(Instant.ofEpochMilli(date.getTime()).atZone(ZoneOffset.UTC).toLocalDate()));
    }

    @Override
    public Date parse(String source, ParsePosition position) {
        throw new UnsupportedOperationException("period labels are not parsed");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PeriodFormat other && other.period == period;
    }

    @Override
    public int hashCode() {
        return period.hashCode();
    }
}
