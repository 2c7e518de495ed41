package dev.spc.charts.report;

import dev.spc.core.result.AssuranceIcon;
import dev.spc.core.result.VariationIcon;
import java.util.ArrayList;
import java.util.List;

/**
 * The Making Data Count grid: how many metrics show each pair of variation and assurance icons, every
 * cell linking to its metrics. The totals of rows and columns add up to the number of metrics.
 *
 * @param columns the assurance icons, in enum order
 * @param rows one per variation icon, in enum order
 * @param columnTotals the metrics of each assurance icon
 */
record Grid(List<IconView> columns, List<Row> rows, List<Integer> columnTotals) {

    /** One variation icon's row. */
    record Row(IconView icon, List<Cell> cells, int total) {
    }

    /** The metrics showing one pair of icons. */
    record Cell(String variation, String assurance, List<Link> links) {
        public int count() {
            return links.size();
        }

        public boolean hasLinks() {
            return !links.isEmpty();
        }
    }

    /** A link to a metric's section. */
    record Link(String anchor, String metric) {
    }

    static Grid of(List<MetricRow> metrics) {
        VariationIcon[] variations = VariationIcon.values();
        AssuranceIcon[] assurances = AssuranceIcon.values();
        List<List<List<Link>>> links = new ArrayList<>();
        for (int v = 0; v < variations.length; v++) {
            List<List<Link>> row = new ArrayList<>();
            for (int c = 0; c < assurances.length; c++) {
                row.add(new ArrayList<>());
            }
            links.add(row);
        }
        for (MetricRow m : metrics) {
            links.get(m.variation().order()).get(m.assurance().order()).add(new Link(m.anchor(), m.metric()));
        }
        List<IconView> columns = new ArrayList<>();
        for (AssuranceIcon a : assurances) {
            columns.add(IconView.of(a));
        }
        List<Row> rows = new ArrayList<>();
        int[] columnTotals = new int[assurances.length];
        for (VariationIcon v : variations) {
            List<Cell> cells = new ArrayList<>();
            int total = 0;
            for (AssuranceIcon a : assurances) {
                List<Link> cell = links.get(v.ordinal()).get(a.ordinal());
                cells.add(new Cell(v.id(), a.id(), List.copyOf(cell)));
                total += cell.size();
                columnTotals[a.ordinal()] += cell.size();
            }
            rows.add(new Row(IconView.of(v), cells, total));
        }
        List<Integer> totals = new ArrayList<>();
        for (int t : columnTotals) {
            totals.add(t);
        }
        return new Grid(List.copyOf(columns), List.copyOf(rows), List.copyOf(totals));
    }
}
