package dev.spc.io;

import dev.spc.core.series.InputProblem;
import dev.spc.core.spec.ChartType;
import java.util.function.Function;

/**
 * A remedy for a point a chart cannot use, in the words of a file's rows and columns: what to change in
 * the data and, where another chart takes the data as they are, how to choose it (in the words the
 * caller gives: a command line names its option).
 */
final class Hints {
    private Hints() {
    }

    /** The hint for a refused point; {@code chooseChart} says how to choose another chart ("use --chart u"). */
    static String of(InputProblem p, Function<ChartType, String> chooseChart) {
        String chart = p.chart().map(ChartType::title).orElse("chart");
        String article = chart.startsWith("X") ? "An " : "A ";
        return switch (p.remedy()) {
            case GIVE_NUMERATOR_AND_DENOMINATOR -> "Give numerator and denominator columns (the chart plots their "
                    + "ratio), or chart the values themselves: " + chooseChart.apply(ChartType.XMR);
            case GIVE_POSITIVE_DENOMINATOR -> "Give a denominator above zero, or leave the row's numerator and "
                    + "denominator blank for a gap";
            case GIVE_COUNT_OF_ZERO_OR_MORE -> p.kind() == InputProblem.Kind.NEGATIVE_COUNT
                    ? article + chart + " plots counts of events: give zero or more" : "Give a count of zero or more";
            case CHECK_NUMERATOR_AND_DENOMINATOR -> "Check the two columns are not swapped; for a rate per unit of "
                    + "exposure " + chooseChart.apply(ChartType.U);
            case GIVE_SUBGROUP -> "Give several rows (one per measurement) for each date, or a mean with sd and "
                    + "subgroup columns; for single values " + chooseChart.apply(ChartType.XMR);
            case GIVE_TWO_OR_MORE_MEASUREMENTS -> "Give at least 2 measurements for every date, or "
                    + chooseChart.apply(ChartType.XMR) + " for one value per date";
            case GIVE_MEASUREMENTS_OR_USE_STANDARD_DEVIATIONS -> capital(chooseChart.apply(ChartType.XBAR_S))
                    + " (or s), which needs only the standard deviations, or give the measurements";
            case GIVE_WHOLE_COUNT -> article + chart + " plots whole counts; for a rate give numerator and denominator "
                    + "columns and " + chooseChart.apply(ChartType.U);
            case USE_PROPORTIONS -> capital(chooseChart.apply(ChartType.P)) + ", which allows the denominator to vary";
            case GIVE_POSITIVE_TIME -> "A T chart needs positive times between events; for whole counts of days or "
                    + "cases between events, which may be 0, " + chooseChart.apply(ChartType.G);
            case GIVE_INTERVAL_OF_ZERO_OR_MORE -> "A G chart plots the opportunities or days between events: give "
                    + "zero or more";
            default -> capital(p.remedy().advice());
        };
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
