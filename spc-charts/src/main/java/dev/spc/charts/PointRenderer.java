package dev.spc.charts;

import dev.spc.core.Analysis;
import dev.spc.core.Formats;
import dev.spc.core.result.PointClass;
import dev.spc.core.result.RuleId;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import java.util.StringJoiner;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;
import org.jfree.svg.SVGHints;

/**
 * Draws the process line in the theme's line colour and each point in the colour of its class, told
 * apart by shape too (circle: common cause, diamond: improvement, square: concern, triangle: neither);
 * a ghosted point is hollow. Item {@code i} of the single series is point {@code i} of the analysis.
 */
class PointRenderer extends XYLineAndShapeRenderer {
    private static final long serialVersionUID = 1L;

    private final transient Analysis analysis;
    private final transient Formats formats;
    private final Theme theme;
    private final Shape[] shapes = new Shape[PointClass.values().length];
    private final double radius;

    private final boolean plain;

    PointRenderer(Analysis analysis, Theme theme, double radius, Locale locale) {
        this(analysis, theme, radius, locale, false);
    }

    /** Every point drawn as common cause, its tooltip only its date and value: a plain chart's points. */
    static PointRenderer plain(Analysis analysis, Theme theme, double radius, Locale locale) {
        return new PointRenderer(analysis, theme, radius, locale, true);
    }

    /** Points as {@link #plain} draws them when {@code plain}, or in their classes. */
    PointRenderer(Analysis analysis, Theme theme, double radius, Locale locale, boolean plain) {
        super(true, true);
        this.plain = plain;
        this.analysis = analysis;
        this.formats = analysis.formats(locale);
        this.theme = theme;
        this.radius = radius;
        double r = radius;
        shapes[PointClass.COMMON_CAUSE.ordinal()] = new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
        double d = r * 1.35;
        Path2D diamond = new Path2D.Double();
        diamond.moveTo(0, -d);
        diamond.lineTo(d, 0);
        diamond.lineTo(0, d);
        diamond.lineTo(-d, 0);
        diamond.closePath();
        shapes[PointClass.IMPROVEMENT.ordinal()] = diamond;
        double s = r * 0.95;
        shapes[PointClass.CONCERN.ordinal()] = new Rectangle2D.Double(-s, -s, 2 * s, 2 * s);
        double t = r * 1.3;
        Path2D triangle = new Path2D.Double();
        triangle.moveTo(0, -t);
        triangle.lineTo(t, t * 0.8);
        triangle.lineTo(-t, t * 0.8);
        triangle.closePath();
        shapes[PointClass.NEITHER.ordinal()] = triangle;
        setUseFillPaint(true);
        setUseOutlinePaint(true);
        setDrawOutlines(true);
        setSeriesPaint(0, theme.processLine());
        setAutoPopulateSeriesPaint(false);
        // The process line as one path, not a line per step: a far smaller SVG.
        setDrawSeriesLineAsPath(true);
    }

    /**
     * Draws point {@code item} as one mark: its class's shape filled (or, ghosted, outlined) in its class's
     * colour, a circle as a circle, titled with its date, value, class and rules (an SVG tooltip that
     * needs no script).
     */
    @Override
    protected void drawSecondaryPass(Graphics2D g2, XYPlot plot, XYDataset dataset, int pass, int series, int item,
            ValueAxis domainAxis, Rectangle2D dataArea, ValueAxis rangeAxis, CrosshairState crosshairState,
            EntityCollection entities) {
        double y = dataset.getYValue(series, item);
        if (Double.isNaN(y)) {
            return;
        }
        double x = dataset.getXValue(series, item);
        double px = domainAxis.valueToJava2D(x, dataArea, plot.getDomainAxisEdge());
        double py = rangeAxis.valueToJava2D(y, dataArea, plot.getRangeAxisEdge());
        if (!dataArea.contains(px, py) && !dataArea.intersects(px - radius * 2, py - radius * 2, radius * 4, radius * 4)) {
            return;
        }
        PointClass cls = classOf(series, item);
        Shape mark;
        if (cls == PointClass.COMMON_CAUSE) {
            // A little larger than the shape, as the outline would make it: one element, not a fill and a stroke.
            double r = radius + (getItemShapeFilled(series, item) ? 0.5 : 0);
            mark = new Ellipse2D.Double(px - r, py - r, 2 * r, 2 * r);
        } else {
            mark = AffineTransform.getTranslateInstance(px, py).createTransformedShape(shapes[cls.ordinal()]);
        }
        g2.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, tooltip(item));
        g2.setPaint(theme.colour(cls));
        if (getItemShapeFilled(series, item)) {
            g2.fill(mark);
        } else {
            g2.setStroke(getItemOutlineStroke(series, item));
            g2.draw(mark);
        }
        if (entities != null) {
            addEntity(entities, mark, dataset, series, item, px, py);
        }
    }

    /**
     * A point's tooltip: "Mar 2025: 76.7% (Concern: Shift, Trend)"; a common-cause point's, with nothing to
     * add, just "Mar 2025: 76.7%".
     */
    String tooltip(int i) {
        StringBuilder sb = new StringBuilder(formats.when(i)).append(": ").append(formats.value(analysis.value(i)));
        PointClass cls = plain ? PointClass.COMMON_CAUSE : analysis.pointClass(i);
        StringJoiner more = new StringJoiner("; ", " (", ")").setEmptyValue("");
        if (cls != PointClass.COMMON_CAUSE) {
            StringJoiner rules = new StringJoiner(", ");
            for (RuleId r : analysis.rules(i)) {
                rules.add(r.words());
            }
            more.add(rules.length() > 0 ? cls.words() + ": " + rules : cls.words());
        }
        if (analysis.series().isGhost(i)) {
            more.add("ghosted, left out of the limits");
        }
        analysis.series().annotation(i).ifPresent(more::add);
        return SafeText.line(sb.append(more).toString());
    }

    @Override
    public Paint getItemPaint(int series, int item) {
        return theme.processLine();
    }

    /** The class item {@code item} of a series is drawn as: by default, its point's. */
    PointClass classOf(int series, int item) {
        return plain ? PointClass.COMMON_CAUSE : analysis.pointClass(item);
    }

    @Override
    public Paint getItemFillPaint(int series, int item) {
        return theme.colour(classOf(series, item));
    }

    @Override
    public Paint getItemOutlinePaint(int series, int item) {
        return theme.colour(classOf(series, item));
    }

    @Override
    public Shape getItemShape(int series, int item) {
        return shapes[classOf(series, item).ordinal()];
    }

    @Override
    public boolean getItemShapeFilled(int series, int item) {
        return !analysis.series().isGhost(item);
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
