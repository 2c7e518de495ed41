package dev.spc.charts;

import dev.spc.core.Formats;
import dev.spc.core.Analysis;
import dev.spc.core.Phase;
import dev.spc.core.result.PointClass;
import dev.spc.core.spec.ChartType;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A CUSUM or EWMA chart, drawn from its analysis (docs/sensitive.md). A CUSUM shows its upper and lower sums
 * (in sigmas) against the decision interval -+ h about 0; an EWMA shows the moving average against its
 * limits, which widen over the first points to their steady width, with the measurements behind it as faint
 * dots. Points are coloured and shaped by class, as on every chart; the variation icon is in the top right
 * (a CUSUM or EWMA gives no assurance).
 */
public final class SensitiveChart implements Drawable {
    private final Analysis analysis;
    private final ChartOptions options;
    private final JFreeChart chart;
    private final double iconSize;

    private SensitiveChart(Analysis analysis, ChartOptions options, JFreeChart chart, double iconSize) {
        this.analysis = analysis;
        this.options = options;
        this.chart = chart;
        this.iconSize = iconSize;
    }

    /**
     * The chart of a CUSUM or EWMA analysis.
     *
     * @throws IllegalArgumentException for an analysis of another chart
     */
    public static SensitiveChart of(Analysis a, ChartOptions options) {
        if (!a.chart().isSensitive()) {
            throw new IllegalArgumentException("a " + a.chart().title() + " is drawn by SpcChart");
        }
        Theme theme = options.theme();
        float text = theme.textScale();
        boolean cusum = a.chart() == ChartType.CUSUM;
        XYPlot plot = ChartText.plot();

        // Dataset 0, on top: the statistics, one series each, item i being point i.
        XYSeriesCollection statistics = new XYSeriesCollection();
        XYSeries first = new XYSeries(cusum ? "upper CUSUM" : "EWMA", false, true);
        XYSeries second = new XYSeries("lower CUSUM", false, true);
        double lo = cusum ? -1 : Double.POSITIVE_INFINITY;
        double hi = cusum ? 1 : Double.NEGATIVE_INFINITY;
        for (int i = 0; i < a.size(); i++) {
            double x = SpcChart.x(a.date(i));
            double s1 = cusum ? a.cusumUpper(i) : a.ewma(i);
            first.add(x, s1);
            if (cusum) {
                second.add(x, a.cusumLower(i));
            }
            for (double v : new double[] {s1, cusum ? a.cusumLower(i) : a.value(i), a.lowerLimit(i), a.upperLimit(i)}) {
                if (!Double.isNaN(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        statistics.addSeries(first);
        if (cusum) {
            statistics.addSeries(second);
        }
        PointRenderer points = new PointRenderer(a, theme, theme.pointRadius(), options.locale(), !options.showsSignals()) {
            private static final long serialVersionUID = 1L;

            @Override
            PointClass classOf(int series, int item) {
                // A CUSUM point's class shows on the sum that signalled (the larger in size); the other is plain.
                if (!cusum) {
                    return super.classOf(series, item);
                }
                boolean upperJudged = a.cusumUpper(item) >= -a.cusumLower(item);
                return (series == 0) == upperJudged ? super.classOf(series, item) : PointClass.COMMON_CAUSE;
            }
        };
        points.setSeriesPaint(1, theme.processLine());
        plot.setDataset(0, statistics);
        plot.setRenderer(0, points);

        // Dataset 1: the centre line and the limits (or decision interval), through every point.
        float w = theme.lineWidth();
        Stroke dashed = new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f);
        XYSeriesCollection lines = new XYSeriesCollection();
        for (Phase p : a.phases()) {
            XYSeries centre = new XYSeries("centre " + p.number(), false, true);
            XYSeries upper = new XYSeries("upper " + p.number(), false, true);
            XYSeries lower = new XYSeries("lower " + p.number(), false, true);
            for (int i = p.first(); i <= p.last(); i++) {
                double x = SpcChart.x(a.date(i));
                centre.add(x, a.centre(i));
                upper.add(x, a.upperLimit(i));
                lower.add(x, a.lowerLimit(i));
            }
            lines.addSeries(centre);
            lines.addSeries(upper);
            lines.addSeries(lower);
        }
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        lineRenderer.setDrawSeriesLineAsPath(true);
        for (int s = 0; s < lines.getSeriesCount(); s++) {
            boolean centre = s % 3 == 0;
            lineRenderer.setSeriesPaint(s, centre ? theme.centreLine() : theme.limitLine());
            lineRenderer.setSeriesStroke(s, centre ? new BasicStroke(w * 1.2f) : dashed);
        }
        plot.setDataset(1, lines);
        plot.setRenderer(1, lineRenderer);

        if (!cusum) {
            // Dataset 2, at the back: the measurements themselves, faint.
            XYSeries values = new XYSeries("values", false, true);
            for (int i = 0; i < a.size(); i++) {
                values.add(SpcChart.x(a.date(i)), a.value(i));
            }
            XYLineAndShapeRenderer faint = new XYLineAndShapeRenderer(false, true);
            double r = theme.pointRadius() * 0.6;
            faint.setSeriesShape(0, new Ellipse2D.Double(-r, -r, 2 * r, 2 * r));
            faint.setSeriesPaint(0, new Color(0xC8C8C8));
            plot.setDataset(2, new XYSeriesCollection(values));
            plot.setRenderer(2, faint);
        }

        DateAxis dates = SpcChart.dateAxis(a, text, (int) Math.max(2, Math.min(12, (options.width() - 60)
                / (10.5 * text * 3.4 * 2))));
        SpcChart.xLabel(dates, options, text);
        plot.setDomainAxis(dates);
        NumberAxis axis = new NumberAxis(cusum ? "Cumulative sum (sigmas)" : null);
        axis.setAutoRangeIncludesZero(false);
        axis.setLabelFont(ChartText.font(Font.PLAIN, 10f * text));
        axis.setTickLabelFont(ChartText.font(Font.PLAIN, 10.5f * text));
        axis.setTickLabelPaint(new Color(0x404040));
        axis.setAxisLineVisible(false);
        if (lo <= hi) {
            double pad = Math.max((hi - lo) * 0.08, 1e-9);
            axis.setRange(lo - pad, hi + pad);
        }
        plot.setRangeAxis(axis);

        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.getRenderingHints().put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double iconSize = options.showsIcons() ? 40 * theme.textScale() : 0;
        TextTitle title = new TextTitle(a.metric() + " (" + a.chart().title() + ")", ChartText.font(Font.BOLD, 15f * text));
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        title.setPaint(new Color(0x262626));
        title.setPadding(new RectangleInsets(2, 4, 2, iconSize > 0 ? iconSize + 16 : 4));
        chart.setTitle(title);
        if (options.showsSubtitle()) {
            TextTitle subtitle = ChartText.subtitle(a.explanation() + " " + legend(a), text, iconSize > 0 ? iconSize + 16 : 4);
            chart.addSubtitle(subtitle);
        }
        chart.setPadding(new RectangleInsets(8, 8, 6, 14));
        return new SensitiveChart(a, options, chart, iconSize);
    }

    /** What the lines are, in a sentence. */
    static String legend(Analysis a) {
        var s = a.spec().limits().sensitive();
        if (a.chart() == ChartType.CUSUM) {
            return "Upper and lower CUSUM with k = " + Formats.number(s.cusumK()) + "; dashed: the decision lines at \u00b1"
                    + Formats.number(s.cusumH()) + (s.fastInitialResponse().id().equals("on") ? " (fast initial response)." : ".");
        }
        return "EWMA with lambda = " + Formats.number(s.ewmaLambda()) + "; dashed: its limits at " + Formats.number(s.ewmaL())
                + " sigmas; grey dots: the values.";
    }

    public Analysis analysis() {
        return analysis;
    }

    /** The JFreeChart behind the picture. */
    public JFreeChart chart() {
        return chart;
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        chart.draw(g, area);
        if (iconSize > 0) {
            Icons.variation(g, analysis.variation(), options.theme(), area.getMaxX() - 14 - iconSize, area.getY() + 8,
                    iconSize);
        }
    }

    @Override
    public String title() {
        return analysis.metric();
    }

    @Override
    public String description() {
        if (!options.showsSignals()) {
            return analysis.chart().title() + " of " + analysis.metric() + ": " + analysis.pointCount()
                    + " points with their decision lines.";
        }
        return analysis.chart().title() + " of " + analysis.metric() + ". " + analysis.explanation();
    }
}
