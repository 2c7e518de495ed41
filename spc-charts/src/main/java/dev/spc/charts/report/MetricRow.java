package dev.spc.charts.report;

import dev.spc.core.Analysis;
import dev.spc.core.result.Action;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One metric's line of the summary matrix, also the facts at the head of its section.
 *
 * @param anchor the id of the metric's section ({@code m1}, {@code m2}, ...: metric names make poor ids)
 * @param group the metric's group, or null
 * @param latestDate what people call the latest point's date (its period, month or day), or empty
 * @param latestIso the ISO date of the latest point, or empty
 * @param latestValueSort the latest value as a plain number for sorting, or empty
 * @param target the target that applies to the latest point, with its unit, or "none"
 * @param targetSort the target as a plain number for sorting, or empty
 * @param action what the pair of icons suggests doing
 */
record MetricRow(String anchor, String metric, String group, String latestDate, String latestIso,
        String latestValue, String latestValueSort, String target, String targetSort, IconView variation,
        IconView assurance, String explanation, String action) {

    static MetricRow of(Analysis a, String anchor, String group, Locale locale) {
        Numbers numbers = Numbers.of(a, locale);
        String iso = "";
        OptionalInt latest = a.latestIndex();
        String date = "";
        String value = "";
        String valueSort = "";
        OptionalDouble target = OptionalDouble.empty();
        if (latest.isPresent()) {
            int i = latest.getAsInt();
            date = numbers.when(i);
            iso = a.date(i).toString();
            value = numbers.value(a.value(i));
            valueSort = Numbers.sortKey(a.value(i));
            target = a.target(i);
        } else if (a.size() > 0) {
            target = a.target(a.size() - 1);
        }
        return new MetricRow(anchor, a.metric(), group, date, iso, value, valueSort,
                target.isPresent() ? numbers.value(target.getAsDouble()) : "None",
                target.isPresent() ? Numbers.sortKey(target.getAsDouble()) : "",
                IconView.of(a.variation()), IconView.of(a.assurance()), a.explanation(locale),
                Action.suggested(a.variation(), a.assurance()));
    }
}
