package dev.spc.core.series;

import dev.spc.core.spec.ChartType;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Why a point cannot be analysed, as data: which metric, which point, which of its fields, the value at
 * fault, what is wrong with it and how to fix it. A program shows it in its own terms (a command line names
 * the row and column of its file); {@link #describe()} says it in plain words.
 *
 * @param metric the series' metric
 * @param index the point's index in the series (in date order), or -1 when the problem is not one point's
 * @param date the point's date
 * @param field the field at fault
 * @param kind what is wrong
 * @param value the value at fault ({@code NaN} when the problem is a missing field)
 * @param comparedWith the value it was compared with, where the problem is a comparison (the denominator a
 *     numerator exceeds, the first point's denominator on an NP chart)
 * @param chart the chart that cannot take the point, where the problem is the chart's
 */
public record InputProblem(String metric, int index, LocalDate date, Field field, Kind kind, double value,
        OptionalDouble comparedWith, Optional<ChartType> chart) {

    public InputProblem {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(comparedWith, "comparedWith");
        Objects.requireNonNull(chart, "chart");
    }

    /** The fields of a point. */
    public enum Field {
        DATE,
        VALUE,
        NUMERATOR,
        DENOMINATOR,
        SUBGROUP
    }

    /** What can be wrong with a point, each with its remedy. */
    public enum Kind {
        /** A chart of ratios was given a point with only a value. */
        NOT_A_RATIO(Remedy.GIVE_NUMERATOR_AND_DENOMINATOR),
        /** A denominator (or exposure) of zero or less. */
        DENOMINATOR_NOT_POSITIVE(Remedy.GIVE_POSITIVE_DENOMINATOR),
        /** A negative numerator. */
        NEGATIVE_NUMERATOR(Remedy.GIVE_COUNT_OF_ZERO_OR_MORE),
        /** A numerator above its denominator on a chart of proportions. */
        NUMERATOR_ABOVE_DENOMINATOR(Remedy.CHECK_NUMERATOR_AND_DENOMINATOR),
        /** A chart of subgroups was given a single value. */
        NOT_A_SUBGROUP(Remedy.GIVE_SUBGROUP),
        /** A subgroup of one measurement, which has no spread within it. */
        SUBGROUP_OF_ONE(Remedy.GIVE_TWO_OR_MORE_MEASUREMENTS),
        /** A subgroup summary without the range a chart of ranges needs. */
        SUBGROUP_WITHOUT_RANGE(Remedy.GIVE_MEASUREMENTS_OR_USE_STANDARD_DEVIATIONS),
        /** A count below zero. */
        NEGATIVE_COUNT(Remedy.GIVE_COUNT_OF_ZERO_OR_MORE),
        /** A count that is not a whole number. */
        COUNT_NOT_WHOLE(Remedy.GIVE_WHOLE_COUNT),
        /** A denominator unlike the first point's, on a chart that needs one denominator. */
        DENOMINATOR_VARIES(Remedy.USE_PROPORTIONS),
        /** A time between events of zero or less. */
        TIME_NOT_POSITIVE(Remedy.GIVE_POSITIVE_TIME),
        /** An interval between events below zero. */
        NEGATIVE_INTERVAL(Remedy.GIVE_INTERVAL_OF_ZERO_OR_MORE),
        /** A second point on a date. */
        DUPLICATE_DATE(Remedy.GIVE_EACH_DATE_ONCE),
        /** A point appended on or before the last point's date. */
        NOT_AFTER_LAST(Remedy.GIVE_LATER_DATE),
        /** A value larger in size than a point may have. */
        VALUE_TOO_LARGE(Remedy.GIVE_SMALLER_VALUE),
        /** A numerator without a denominator, or a denominator without a numerator. */
        INCOMPLETE_RATIO(Remedy.GIVE_BOTH_COUNTS),
        /** Points with denominators and points with subgroups in one series. */
        MIXED_KINDS(Remedy.GIVE_ONE_KIND_OF_POINT),
        /** Two events on one day, where the points are the days between events. */
        TWO_EVENTS_ON_ONE_DAY(Remedy.GIVE_ONE_EVENT_A_DAY);

        private final Remedy remedy;

        Kind(Remedy remedy) {
            this.remedy = remedy;
        }

        /** How to fix such a problem. */
        public Remedy remedy() {
            return remedy;
        }
    }

    /** A problem at one point of a series. */
    public static InputProblem at(String metric, int index, LocalDate date, Field field, Kind kind, double value) {
        return new InputProblem(metric, index, date, field, kind, value, OptionalDouble.empty(), Optional.empty());
    }

    /** This problem, noting the chart that cannot take the point. */
    public InputProblem forChart(ChartType type) {
        return new InputProblem(metric, index, date, field, kind, value, comparedWith, Optional.of(type));
    }

    /** This problem, noting the value the faulty one was compared with. */
    public InputProblem comparedWith(double other) {
        return new InputProblem(metric, index, date, field, kind, value, OptionalDouble.of(other), chart);
    }

    /** How to fix it. */
    public Remedy remedy() {
        return kind.remedy();
    }

    /** What is wrong, in plain words, such as "the numerator 12 is larger than the denominator 10". */
    public String describe() {
        String chartName = chart.map(ChartType::title).orElse("chart");
        String v = number(value);
        String other = comparedWith.isPresent() ? number(comparedWith.getAsDouble()) : "";
        return switch (kind) {
            case NOT_A_RATIO -> "the " + chartName + " needs a numerator and a denominator for every point, and this "
                    + "point has only a value";
            case DENOMINATOR_NOT_POSITIVE -> (chart.isPresent() && isRates(chart.get())
                    ? "the denominator (the exposure) is " : "the denominator is ") + v + ", not more than zero";
            case NEGATIVE_NUMERATOR -> "the numerator is " + v + ", a negative count";
            case NUMERATOR_ABOVE_DENOMINATOR -> "the numerator " + v + " is larger than the denominator " + other
                    + ", so it is not a proportion";
            case NOT_A_SUBGROUP -> "the " + chartName + " needs subgroups of measurements, and this point is a single "
                    + "value";
            case SUBGROUP_OF_ONE -> "the subgroup has 1 measurement, so it has no spread within it";
            case SUBGROUP_WITHOUT_RANGE -> "the subgroup is a summary (mean and standard deviation) without its range, "
                    + "which the " + chartName + " needs";
            case NEGATIVE_COUNT -> "the count is " + v + ", below zero";
            case COUNT_NOT_WHOLE -> "the count is " + v + ", not a whole number";
            case DENOMINATOR_VARIES -> "the denominator is " + v + " where the first point's is " + other + ", and an "
                    + chartName + " needs one denominator for every point";
            case TIME_NOT_POSITIVE -> "the time between events is " + v + ", not more than zero";
            case NEGATIVE_INTERVAL -> "the interval is " + v + ", below zero";
            case DUPLICATE_DATE -> "there are two points on " + date;
            case NOT_AFTER_LAST -> "the point on " + date + " is not after the series' last point";
            case VALUE_TOO_LARGE -> "the " + field.name().toLowerCase(java.util.Locale.ROOT) + " is " + v
                    + ", beyond the largest a point may have (10^15)";
            case INCOMPLETE_RATIO -> "the point has a numerator or a denominator but not both";
            case MIXED_KINDS -> "the series mixes points with denominators and points with subgroups";
            case TWO_EVENTS_ON_ONE_DAY -> "there are two events on " + date;
        };
    }

    private static boolean isRates(ChartType type) {
        return type == ChartType.U || type == ChartType.UP;
    }

    /** A whole number without ".0"; any other as Java writes it. */
    static String number(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }

    @Override
    public String toString() {
        return "InputProblem[" + metric + ", point " + index + " (" + date + "), " + field + ": " + describe() + "]";
    }
}
