package dev.spc.charts.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One choice of the matrix's filters: an icon some metric shows, with how many show it.
 *
 * @param id the icon's id, which the rows carry as a data attribute
 * @param words the icon's name for people
 */
record Filter(String id, String words, int count) {

    /** The variation icons the metrics show, in the icons' order. */
    static List<Filter> variations(List<MetricRow> rows) {
        return of(rows, MetricRow::variation);
    }

    /** The assurance icons the metrics show, in the icons' order. */
    static List<Filter> assurances(List<MetricRow> rows) {
        return of(rows, MetricRow::assurance);
    }

    private static List<Filter> of(List<MetricRow> rows, Function<MetricRow, IconView> icon) {
        Map<Integer, IconView> byOrder = new java.util.TreeMap<>();
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (MetricRow r : rows) {
            IconView v = icon.apply(r);
            byOrder.putIfAbsent(v.order(), v);
            counts.merge(v.order(), 1, Integer::sum);
        }
        List<Filter> filters = new ArrayList<>();
        for (Map.Entry<Integer, IconView> e : byOrder.entrySet()) {
            filters.add(new Filter(e.getValue().id(), e.getValue().words(), counts.get(e.getKey())));
        }
        return List.copyOf(filters);
    }
}
