package dev.spc.charts;

import dev.spc.core.Formats;
import dev.spc.core.result.PointClass;
import dev.spc.core.riskadjusted.RiskAdjusted;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A risk-adjusted CUSUM or a VLAD against the case number (docs/risk-adjusted.md). The CUSUM shows its upper
 * sum (deterioration) above 0 and its lower sum (improvement) below, each against its decision interval
 * (dashed), with the cases at which one signals marked in the concern or improvement colour; the VLAD shows
 * lives saved (up) or lost (down) against the risk model's expectation, case by case.
 */
public final class RiskAdjustedChart implements Drawable {
    private final RiskAdjusted chart;
    private final boolean vlad;
    private final JFreeChart picture;
    private final String description;

    private RiskAdjustedChart(RiskAdjusted chart, boolean vlad, JFreeChart picture, String description) {
        this.chart = chart;
        this.vlad = vlad;
        this.picture = picture;
        this.description = description;
    }

    /**
     * The picture of a metric's cases.
     *
     * @param vlad true for the VLAD, false for the risk-adjusted CUSUM
     */
    public static RiskAdjustedChart of(RiskAdjusted r, boolean vlad, ChartOptions options) {
        Theme theme = options.theme();
        float text = theme.textScale();
        XYPlot plot = ChartText.plot();
        XYSeriesCollection lines = new XYSeriesCollection();
        XYSeries first = new XYSeries(vlad ? "VLAD" : "upper", false, true);
        XYSeries second = new XYSeries("lower", false, true);
        XYSeries up = new XYSeries("deterioration", false, true);
        XYSeries down = new XYSeries("improvement", false, true);
        first.add(0, 0);
        second.add(0, 0);
        for (int t = 0; t < r.size(); t++) {
            first.add(t + 1, vlad ? r.vlad(t) : r.upper(t));
            if (!vlad) {
                second.add(t + 1, r.lower(t));
                if (r.signalsDeterioration(t)) {
                    up.add(t + 1, r.upper(t));
                }
                if (r.signalsImprovement(t)) {
                    down.add(t + 1, r.lower(t));
                }
            }
        }
        lines.addSeries(first);
        if (!vlad) {
            lines.addSeries(second);
            lines.addSeries(up);
            lines.addSeries(down);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        float w = theme.lineWidth();
        double radius = theme.pointRadius() * 1.2;
        Shape dot = new Ellipse2D.Double(-radius, -radius, 2 * radius, 2 * radius);
        for (int s = 0; s < lines.getSeriesCount(); s++) {
            boolean marks = s >= 2;
            renderer.setSeriesLinesVisible(s, !marks);
            renderer.setSeriesShapesVisible(s, marks);
            renderer.setSeriesShape(s, dot);
            renderer.setSeriesStroke(s, new BasicStroke(w * 1.3f));
            renderer.setSeriesPaint(s, s == 2 ? theme.colour(PointClass.CONCERN) : s == 3
                    ? theme.colour(PointClass.IMPROVEMENT) : theme.processLine());
        }
        plot.setDataset(0, lines);
        plot.setRenderer(0, renderer);
        Stroke dashed = new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f);
        plot.addRangeMarker(new ValueMarker(0, theme.centreLine(), new BasicStroke(w)), Layer.BACKGROUND);
        double lo = vlad ? 0 : -r.hLower();
        double hi = vlad ? 0 : r.hUpper();
        if (!vlad) {
            plot.addRangeMarker(new ValueMarker(r.hUpper(), theme.limitLine(), dashed), Layer.BACKGROUND);
            plot.addRangeMarker(new ValueMarker(-r.hLower(), theme.limitLine(), dashed), Layer.BACKGROUND);
        }
        for (int t = 0; t < r.size(); t++) {
            double a = vlad ? r.vlad(t) : r.upper(t);
            double b = vlad ? r.vlad(t) : r.lower(t);
            lo = Math.min(lo, b);
            hi = Math.max(hi, a);
        }
        double pad = Math.max((hi - lo) * 0.08, 0.5);
        NumberAxis x = new NumberAxis("Case");
        x.setRange(0, Math.max(1, r.size()));
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setLabelFont(ChartText.font(Font.PLAIN, 10f * text));
        x.setTickLabelFont(ChartText.font(Font.PLAIN, 10.5f * text));
        plot.setDomainAxis(x);
        NumberAxis y = new NumberAxis(vlad ? "Expected minus observed (lives)" : "CUSUM (log-likelihood ratio)");
        y.setRange(lo - pad, hi + pad);
        y.setLabelFont(ChartText.font(Font.PLAIN, 10f * text));
        y.setTickLabelFont(ChartText.font(Font.PLAIN, 10.5f * text));
        y.setAxisLineVisible(false);
        plot.setRangeAxis(y);
        JFreeChart picture = new JFreeChart(null, null, plot, false);
        picture.setBackgroundPaint(Color.WHITE);
        picture.setAntiAlias(true);
        picture.setTextAntiAlias(true);
        picture.getRenderingHints().put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        TextTitle title = new TextTitle(r.metric() + (vlad ? " (VLAD)" : " (risk-adjusted CUSUM)"),
                ChartText.font(Font.BOLD, 15f * text));
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        title.setPaint(new Color(0x262626));
        picture.setTitle(title);
        String summary = summary(r, vlad);
        if (options.showsSubtitle()) {
            TextTitle subtitle = ChartText.subtitle(summary, text, 4);
            picture.addSubtitle(subtitle);
        }
        picture.setPadding(new RectangleInsets(8, 8, 6, 14));
        return new RiskAdjustedChart(r, vlad, picture, summary);
    }

    /** A sentence or two on what the chart shows. */
    static String summary(RiskAdjusted r, boolean vlad) {
        double observed = 0;
        double expected = 0;
        for (var c : r.cases()) {
            observed += c.outcome();
            expected += c.risk();
        }
        if (vlad) {
            return String.format(Locale.ROOT, "%d cases: %.0f adverse outcomes observed against %.1f expected from the "
                    + "risk model, a net %.1f %s.", r.size(), observed, expected, Math.abs(expected - observed),
                    expected >= observed ? "fewer than expected (lives saved)" : "more than expected (lives lost)");
        }
        String h = r.source() == RiskAdjusted.Source.SIMULATED
                ? String.format(Locale.ROOT, "h = %.2f and %.2f, simulated for an in-control run length of %.0f cases "
                        + "(seed %d)", r.hUpper(), r.hLower(), r.spec().targetArl(), r.spec().seed())
                : String.format(Locale.ROOT, "h = %.2f and %.2f, as given", r.hUpper(), r.hLower());
        return String.format(Locale.ROOT, "%d cases, %.0f adverse outcomes against %.1f expected. Upper CUSUM (odds ratio "
                + "%s) signals deterioration %d times; lower (odds ratio %s) signals improvement %d times. Dashed: %s.",
                r.size(), observed, expected, Formats.number(r.spec().oddsRatioUp()), r.deteriorationSignals(),
                Formats.number(r.spec().oddsRatioDown()), r.improvementSignals(), h);
    }

    /** The chart's data. */
    public RiskAdjusted data() {
        return chart;
    }

    /** True for a VLAD. */
    public boolean isVlad() {
        return vlad;
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        picture.draw(g, area);
    }

    @Override
    public String title() {
        return chart.metric();
    }

    @Override
    public String description() {
        return (vlad ? "Variable life-adjusted display of " : "Risk-adjusted CUSUM of ") + chart.metric() + ". " + description;
    }
}
