package dev.spc.charts;

import dev.spc.core.Analysis;
import dev.spc.core.result.PointClass;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/**
 * Draws the process line in the theme's line colour and each point in the colour of its class, told
 * apart by shape too (circle: common cause, diamond: improvement, square: concern, triangle: neither);
 * a ghosted point is hollow. Item {@code i} of the single series is point {@code i} of the analysis.
 */
class PointRenderer extends XYLineAndShapeRenderer {
    private static final long serialVersionUID = 1L;

    private final transient Analysis analysis;
    private final Theme theme;
    private final Shape[] shapes = new Shape[PointClass.values().length];

    PointRenderer(Analysis analysis, Theme theme, double radius) {
        super(true, true);
        this.analysis = analysis;
        this.theme = theme;
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
    }

    @Override
    public Paint getItemPaint(int series, int item) {
        return theme.processLine();
    }

    /** The class item {@code item} of a series is drawn as: by default, its point's. */
    PointClass classOf(int series, int item) {
        return analysis.pointClass(item);
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
