package dev.spc.charts;

import dev.spc.core.Analysis;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Many metrics in one picture: a grid of compact charts (title, points, lines, icons; no subtitle),
 * with value axes shared across the grid or fitted to each metric.
 */
public final class SmallMultiples implements Drawable {
    /** Whether every chart of the grid has the same value axis. */
    public enum Axes { SHARED, FREE }

    private final List<SpcChart> charts;
    private final int columns;
    private final String title;

    private SmallMultiples(List<SpcChart> charts, int columns, String title) {
        this.charts = charts;
        this.columns = columns;
        this.title = title;
    }

    /**
     * A grid of the analyses, in order.
     *
     * @param columns the number of columns, or 0 to choose (about as many columns as rows, wider than tall)
     */
    public static SmallMultiples of(List<Analysis> analyses, ChartOptions options, Axes axes, int columns) {
        Objects.requireNonNull(axes);
        if (analyses.isEmpty()) {
            throw new IllegalArgumentException("no metrics to draw");
        }
        int cols = columns > 0 ? columns : (int) Math.ceil(Math.sqrt(analyses.size() * 16.0 / 9.0));
        cols = Math.min(cols, analyses.size());
        double[] shared = null;
        if (axes == Axes.SHARED) {
            shared = new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
            for (Analysis a : analyses) {
                double[] r = SpcChart.range(a, options.showsTwoSigma());
                if (r != null) {
                    shared[0] = Math.min(shared[0], r[0]);
                    shared[1] = Math.max(shared[1], r[1]);
                }
            }
            if (shared[0] > shared[1]) {
                shared = null;
            }
        }
        int rows = (analyses.size() + cols - 1) / cols;
        double cellHeight = options.height() / (double) rows;
        double size = Math.max(0.45, Math.min(1.0, cellHeight / 360.0));
        ChartOptions compact = options.toBuilder().subtitle(ChartOptions.Parts.HIDDEN).build();
        List<SpcChart> charts = new ArrayList<>(analyses.size());
        double cellWidth = options.width() / (double) cols;
        for (Analysis a : analyses) {
            charts.add(SpcChart.build(a, compact, shared, size, cellWidth));
        }
        String title = analyses.size() + " metrics: " + String.join(", ",
                analyses.stream().limit(5).map(Analysis::metric).toList()) + (analyses.size() > 5 ? ", ..." : "");
        return new SmallMultiples(List.copyOf(charts), cols, title);
    }

    /** The charts of the grid, in order. */
    public List<SpcChart> charts() {
        return charts;
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return (charts.size() + columns - 1) / columns;
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        double w = area.getWidth() / columns;
        double h = area.getHeight() / rows();
        for (int k = 0; k < charts.size(); k++) {
            int row = k / columns;
            int col = k % columns;
            charts.get(k).draw(g, new Rectangle2D.Double(area.getX() + col * w, area.getY() + row * h, w, h));
        }
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String description() {
        StringBuilder sb = new StringBuilder("Statistical process control charts of ").append(charts.size())
                .append(" metrics.");
        for (SpcChart c : charts) {
            if (c.options().showsSignals()) {
                sb.append(' ').append(c.analysis().metric()).append(": ").append(c.analysis().explanation());
            } else {
                sb.append(' ').append(c.analysis().metric()).append(": ").append(c.analysis().pointCount())
                        .append(" points with their centre line and process limits.");
            }
        }
        return sb.toString();
    }
}
