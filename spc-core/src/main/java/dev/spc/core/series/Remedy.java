package dev.spc.core.series;

import dev.spc.core.spec.ChartType;
import java.util.Optional;

/**
 * How to fix a point (or series) that cannot be analysed: a change to the data and, where the data may
 * simply suit another chart, that chart. A program turns a remedy into its own words: a command line
 * names its options, a data-entry form its fields.
 */
public enum Remedy {
    /** Give the point a numerator and a denominator (the chart plots their ratio), or chart the values as they are. */
    GIVE_NUMERATOR_AND_DENOMINATOR("give the point a numerator and a denominator, whose ratio the chart plots",
            ChartType.XMR),
    /** Give a denominator above zero, or make the point a gap. */
    GIVE_POSITIVE_DENOMINATOR("give a denominator above zero, or make the point a gap", null),
    /** Give a count of zero or more. */
    GIVE_COUNT_OF_ZERO_OR_MORE("give a count of zero or more", null),
    /** The numerator is larger than the denominator: check the two are not swapped; counts over an exposure are rates. */
    CHECK_NUMERATOR_AND_DENOMINATOR("check the numerator and denominator are not swapped; counts of events over an "
            + "exposure are rates, for a U chart", ChartType.U),
    /** Give several measurements for the point (a subgroup), or chart single values. */
    GIVE_SUBGROUP("give the point a subgroup of measurements (or its mean, standard deviation and size), or chart "
            + "single values on an XmR chart", ChartType.XMR),
    /** Give at least two measurements for the point, or chart single values. */
    GIVE_TWO_OR_MORE_MEASUREMENTS("give at least 2 measurements for every point, or chart single values on an XmR "
            + "chart", ChartType.XMR),
    /** A summary has no range: give the measurements, or use the chart of standard deviations. */
    GIVE_MEASUREMENTS_OR_USE_STANDARD_DEVIATIONS("give the measurements themselves, or use the Xbar-S (or S) chart, "
            + "which needs only the standard deviations", ChartType.XBAR_S),
    /** Give whole counts; a rate is a numerator over a denominator. */
    GIVE_WHOLE_COUNT("give whole counts; for a rate, give a numerator and a denominator for a U chart", ChartType.U),
    /** The denominators vary, which the chart of proportions allows. */
    USE_PROPORTIONS("use the P chart, which allows the denominator to vary", ChartType.P),
    /** A time between events must be positive; whole counts that may be zero suit the G chart. */
    GIVE_POSITIVE_TIME("give positive times between events; for whole counts of days or cases between events, "
            + "which may be 0, use the G chart", ChartType.G),
    /** Give an interval of zero or more. */
    GIVE_INTERVAL_OF_ZERO_OR_MORE("give the opportunities or days between events: zero or more", null),
    /** Give each date once. */
    GIVE_EACH_DATE_ONCE("give each date once; if the points are different metrics, give them different names", null),
    /** Give new points dates after the last point's. */
    GIVE_LATER_DATE("give each new point a date after the last point's", null),
    /** Give a value no larger in size than the largest a point may have. */
    GIVE_SMALLER_VALUE("give a value of at most 10^15 in size (change its unit if need be)", null),
    /** Give both a numerator and a denominator, or neither. */
    GIVE_BOTH_COUNTS("give both a numerator and a denominator, or neither", null),
    /** Give one kind of point: all ratios or all subgroups. */
    GIVE_ONE_KIND_OF_POINT("give every point of a series the same kind: all numerators and denominators, or all "
            + "subgroups", null),
    /** Two events on a day: date each on its own day, or give the intervals. */
    GIVE_ONE_EVENT_A_DAY("date each event on its own day, or give the intervals between events as values", null);

    private final String advice;
    private final ChartType alternative;

    Remedy(String advice, ChartType alternative) {
        this.advice = advice;
        this.alternative = alternative;
    }

    /** What to do, in plain words that name no program's options. */
    public String advice() {
        return advice;
    }

    /** A chart that takes such data as they are, where there is one. */
    public Optional<ChartType> alternative() {
        return Optional.ofNullable(alternative);
    }
}
