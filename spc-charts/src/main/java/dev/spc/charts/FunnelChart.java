package dev.spc.charts;

import dev.spc.core.funnel.Funnel;
import dev.spc.core.funnel.FunnelLimits;
import dev.spc.core.funnel.FunnelType;
import dev.spc.core.funnel.Outlier;
import dev.spc.core.result.PointClass;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
 * A funnel drawn as FunnelPlotR draws one: each unit a point at its denominator (x) and value (y); the target
 * as a solid line; the 95% limits dashed and the 99.8% limits solid, as smooth curves over the range of the
 * denominators; units beyond the 95% limits coloured (the neutral special-cause purple, darker beyond 99.8%)
 * and labelled with their names. Nothing is computed here that the funnel does not hold: the curves are its
 * limits at each denominator drawn.
 */
public final class FunnelChart implements Drawable {
    /** How many points each limit curve is drawn through. */
    static final int CURVE_POINTS = 240;
    /** At most this many outliers are named on the chart (the furthest out first); the table names all. */
    static final int MAX_LABELS = 20;

    private final Funnel funnel;
    private final JFreeChart chart;
    private final String description;
    private final LabelLayer labels;
    private final TextTitle notes;

    private FunnelChart(Funnel funnel, JFreeChart chart, String description, LabelLayer labels, TextTitle notes) {
        this.funnel = funnel;
        this.chart = chart;
        this.description = description;
        this.labels = labels;
        this.notes = notes;
    }

    /**
     * The chart of a funnel.
     *
     * @param denominatorLabel what the x axis measures, such as "expected deaths" or "admissions"
     */
    public static FunnelChart of(Funnel f, String denominatorLabel, ChartOptions options) {
        Theme theme = options.theme();
        float text = theme.textScale();
        XYPlot plot = ChartText.plot();

        double minD = Double.POSITIVE_INFINITY;
        double maxD = 0;
        for (int i = 0; i < f.size(); i++) {
            double d = f.units().get(i).denominator();
            minD = Math.min(minD, d);
            maxD = Math.max(maxD, d);
        }
        double xLow = minD * 0.85;
        double xHigh = maxD * 1.06;

        // Dataset 0, drawn last: the units.
        XYSeriesCollection units = new XYSeriesCollection();
        XYSeries inside = new XYSeries("inside", false, true);
        XYSeries out95 = new XYSeries("beyond 95%", false, true);
        XYSeries out998 = new XYSeries("beyond 99.8%", false, true);
        for (int i = 0; i < f.size(); i++) {
            Outlier o = f.outlier(i);
            XYSeries s = o == Outlier.HIGH_998 || o == Outlier.LOW_998 ? out998 : o.isOutlier() ? out95 : inside;
            s.add(f.units().get(i).denominator(), f.value(i));
        }
        units.addSeries(inside);
        units.addSeries(out95);
        units.addSeries(out998);
        XYLineAndShapeRenderer points = new XYLineAndShapeRenderer(false, true);
        double r = theme.pointRadius();
        Shape dot = new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
        Color neither = theme.colour(PointClass.NEITHER);
        Color[] colours = {theme.colour(PointClass.COMMON_CAUSE), blend(neither, Color.WHITE, 0.45), neither};
        for (int s = 0; s < 3; s++) {
            points.setSeriesShape(s, dot);
            points.setSeriesPaint(s, colours[s]);
        }
        plot.setDataset(0, units);
        plot.setRenderer(0, points);

        // The limit curves, smooth: the limits at denominators spaced evenly on a log scale.
        XYSeriesCollection curves = new XYSeriesCollection();
        XYSeries[] lines = {new XYSeries("lower 95", false, true), new XYSeries("upper 95", false, true),
            new XYSeries("lower 99.8", false, true), new XYSeries("upper 99.8", false, true)};
        double ratio = xHigh / xLow;
        for (int k = 0; k <= CURVE_POINTS; k++) {
            double d = xLow * Math.pow(ratio, k / (double) CURVE_POINTS);
            FunnelLimits l = f.limitsAt(d);
            lines[0].add(d, l.lower95());
            lines[1].add(d, l.upper95());
            lines[2].add(d, l.lower998());
            lines[3].add(d, l.upper998());
        }
        for (XYSeries s : lines) {
            curves.addSeries(s);
        }
        float w = theme.lineWidth();
        Stroke dashed = new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f);
        Stroke solid = new BasicStroke(w * 1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
        XYLineAndShapeRenderer curveRenderer = new XYLineAndShapeRenderer(true, false);
        // One path per curve, so that the dashes run on along it rather than starting afresh at every point.
        curveRenderer.setDrawSeriesLineAsPath(true);
        for (int s = 0; s < 4; s++) {
            curveRenderer.setSeriesPaint(s, theme.limitLine());
            curveRenderer.setSeriesStroke(s, s < 2 ? dashed : solid);
        }
        plot.setDataset(1, curves);
        plot.setRenderer(1, curveRenderer);
        ValueMarker target = new ValueMarker(f.target(), theme.centreLine(), new BasicStroke(w * 1.2f));
        plot.addRangeMarker(target, Layer.BACKGROUND);

        NumberAxis x = new NumberAxis(denominatorLabel.isEmpty() ? denominatorLabel
                : Character.toUpperCase(denominatorLabel.charAt(0)) + denominatorLabel.substring(1));
        x.setAutoRangeIncludesZero(false);
        x.setRange(xLow, xHigh);
        x.setLabelFont(ChartText.font(Font.PLAIN, 10.5f * text));
        x.setTickLabelFont(ChartText.font(Font.PLAIN, 10.5f * text));
        x.setTickLabelPaint(new Color(0x404040));
        plot.setDomainAxis(x);
        NumberAxis y = new NumberAxis();
        y.setAutoRangeIncludesZero(false);
        y.setTickLabelFont(ChartText.font(Font.PLAIN, 10.5f * text));
        y.setTickLabelPaint(new Color(0x404040));
        y.setAxisLineVisible(false);
        double[] range = range(f, minD);
        y.setRange(range[0], range[1]);
        if (f.spec().type() == FunnelType.PROPORTION) {
            int decimals = (int) Math.max(0, Math.min(10, Math.ceil(-Math.log10((range[1] - range[0]) * 100 / 10)) + 1));
            DecimalFormat percent = new DecimalFormat("#,##0%");
            percent.setMaximumFractionDigits(decimals);
            y.setNumberFormatOverride(percent);
        }
        plot.setRangeAxis(y);
        LabelLayer labels = labels(plot, f, theme, text);

        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.getRenderingHints().put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        TextTitle title = new TextTitle(f.metric(), ChartText.font(Font.BOLD, 15f * text));
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        title.setPaint(new Color(0x262626));
        title.setPadding(new RectangleInsets(2, 4, 2, 4));
        chart.setTitle(title);
        String summary = summary(f);
        if (options.showsSubtitle()) {
            TextTitle subtitle = ChartText.subtitle(summary, text, 4);
            chart.addSubtitle(subtitle);
        }
        chart.setPadding(new RectangleInsets(8, 8, 6, 14));
        // Outliers' names with no room on the plot are numbered there and named in this line under it.
        TextTitle notes = ChartText.notes(text);
        return new FunnelChart(f, chart, "Funnel plot of " + f.metric() + ". " + summary, labels, notes);
    }

    /** The value range that shows every unit and the limits at the smallest denominator, with a margin. */
    static double[] range(Funnel f, double minD) {
        double lo = f.target();
        double hi = f.target();
        for (int i = 0; i < f.size(); i++) {
            lo = Math.min(lo, f.value(i));
            hi = Math.max(hi, f.value(i));
        }
        FunnelLimits widest = f.limitsAt(minD);
        // The limits at the smallest unit may run off far (a Poisson limit at one expected death is 5.6): show
        // them up to twice the units' own spread beyond the target.
        double spread = Math.max(hi - f.target(), f.target() - lo);
        hi = Math.max(hi, Math.min(widest.upper998(), f.target() + 2 * Math.max(spread, 1e-9)));
        lo = Math.min(lo, Math.max(widest.lower998(), f.target() - 2 * Math.max(spread, 1e-9)));
        double pad = (hi - lo) * 0.06;
        double low = lo - pad;
        if (lo >= 0 && low < 0) {
            low = 0;
        }
        return new double[] {low, hi + pad};
    }

    /**
     * The outliers' names (the furthest out first, at most {@link #MAX_LABELS}), placed by a {@link LabelLayer}
     * clear of every unit's point, the limit curves, the target and one another, with a leader line when away
     * from their point, or as a numbered note under the chart when there is no room.
     */
    private static LabelLayer labels(XYPlot plot, Funnel f, Theme theme, float text) {
        double[] xs = new double[f.size()];
        double[] ys = new double[f.size()];
        List<Integer> outliers = new ArrayList<>();
        for (int i = 0; i < f.size(); i++) {
            xs[i] = f.units().get(i).denominator();
            ys[i] = f.value(i);
            if (f.outlier(i).isOutlier()) {
                outliers.add(i);
            }
        }
        outliers.sort(Comparator.comparingDouble((Integer i) -> -Math.abs(f.zAdjusted(i))));
        Font font = ChartText.font(Font.PLAIN, 9f * text);
        LabelLayer layer = new LabelLayer(xs, ys, theme.pointRadius() * 1.35 + 0.5, font, false);
        for (int k = 0; k < Math.min(MAX_LABELS, outliers.size()); k++) {
            int i = outliers.get(k);
            String name = SafeText.shorten(SafeText.line(f.units().get(i).name()), 28);
            layer.add(new LabelLayer.Label(LabelLayer.Kind.SIGNAL, name, font, new Color(0x262626), xs[i], ys[i],
                    f.outlier(i).isHigh() ? LabelLayer.Side.ABOVE : LabelLayer.Side.BELOW));
        }
        plot.addAnnotation(layer);
        return layer;
    }

    /** The layer that placed the outliers' names, with the boxes of its last drawing. */
    LabelLayer labels() {
        return labels;
    }

    /** One or two sentences for the subtitle, screen readers and reports: the outliers and the dispersion. */
    public static String summary(Funnel f) {
        int high95 = 0;
        int high998 = 0;
        int low95 = 0;
        int low998 = 0;
        for (int i = 0; i < f.size(); i++) {
            switch (f.outlier(i)) {
                case HIGH_998 -> high998++;
                case HIGH_95 -> high95++;
                case LOW_998 -> low998++;
                case LOW_95 -> low95++;
                default -> { }
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(f.size()).append(f.size() == 1 ? " unit" : " units").append(" around ");
        sb.append(f.spec().type() == FunnelType.RATIO ? "a ratio of 1" : "the overall "
                + (f.spec().type() == FunnelType.PROPORTION ? "proportion " + percent(f.target()) : "rate "
                + plain(f.target())));
        sb.append(": ");
        if (high998 + low998 + high95 + low95 == 0) {
            sb.append("none outside the 95% limits. ");
        } else {
            String outer = high998 + low998 == 0 ? "" : (high998 + low998) + " beyond the 99.8% limits ("
                    + sides(high998, low998) + ")";
            String inner = high95 + low95 == 0 ? "" : (high95 + low95) + (outer.isEmpty() ? "" : " more")
                    + " beyond the 95% limits (" + sides(high95, low95) + ")";
            sb.append(outer).append(outer.isEmpty() || inner.isEmpty() ? "" : " and ").append(inner).append(". ");
        }
        if (f.adjusted()) {
            sb.append("The limits are widened for overdispersion (").append(f.spec().overdispersion().id())
                    .append(", phi ").append(plain(f.phi()));
            if (f.tau2() > 0) {
                sb.append(", tau\u00B2 ").append(plain(f.tau2()));
            }
            sb.append(").");
        } else if (Double.isFinite(f.phi())) {
            sb.append(f.phi() > 1 ? "The units vary more than chance allows (phi " + plain(f.phi())
                    + "); the limits are not widened." : "They vary no more than chance allows (phi " + plain(f.phi())
                    + ").");
        }
        sb.append(" Dashed: 95% limits; solid: 99.8%.");
        return sb.toString();
    }

    /** "2 high, 1 low", "1 high" or "3 low". */
    private static String sides(int high, int low) {
        return high == 0 ? low + " low" : low == 0 ? high + " high" : high + " high, " + low + " low";
    }

    private static String plain(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }

    private static String percent(double v) {
        return String.format(Locale.ROOT, "%.3g%%", v * 100);
    }

    private static Color blend(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() * (1 - t) + b.getRed() * t),
                (int) Math.round(a.getGreen() * (1 - t) + b.getGreen() * t),
                (int) Math.round(a.getBlue() * (1 - t) + b.getBlue() * t));
    }

    /** The funnel drawn. */
    public Funnel funnel() {
        return funnel;
    }

    /** The JFreeChart behind the picture. */
    public JFreeChart chart() {
        return chart;
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        labels.layOutNotes(chart, notes, g, area);
        chart.draw(g, area);
    }

    @Override
    public String title() {
        return funnel.metric();
    }

    @Override
    public String description() {
        return description;
    }
}
