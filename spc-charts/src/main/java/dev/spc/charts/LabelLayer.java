package dev.spc.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.StringJoiner;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;

/**
 * Every label of a chart, placed when the chart is drawn so that none covers a point, a line (centre,
 * limits, two-sigma, target) or another label, and none leaves the plot. Each label goes to the first of
 * a list of boxes around its anchor (above or below first, then beside, then further away, with a thin
 * leader line back to the point) that is free; one crossing the process line is taken only when no box
 * avoids it. A label with no free box at all becomes a numbered note: a small number by its point, and
 * its words in {@link #notes()}, which the chart shows under the plot. Added last to the plot, so that it
 * is drawn over the points and lines it has avoided.
 *
 * <p>The placement depends only on the chart and the drawing area: the same chart gives the same boxes.
 */
final class LabelLayer extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;
    /** Space kept clear around a label's text, in points. */
    private static final double PAD = 1.5;
    /** Space kept between a label and a point's mark or a line. */
    private static final double CLEAR = 1.5;
    /** How far from its point a label may go, as multiples of the label's height. */
    private static final double[] REACH = {0, 1, 2, 3.5, 5.5, 8};

    /** What a label names, and where it may stand. */
    enum Kind { ANNOTATION, SIGNAL, TARGET, NOTE }

    /** The side of its anchor a label tries first. */
    enum Side { ABOVE, BELOW }

    /**
     * A label to place.
     *
     * @param x the anchor's date (epoch milliseconds), or NaN for the left end of the plot (the target)
     * @param y the anchor's value
     * @param first the side of the anchor tried first
     */
    record Label(Kind kind, String text, Font font, Paint paint, double x, double y, Side first) {
        /** True when the anchor is a drawn point, which the label points back to or is noted by. */
        boolean point() {
            return kind != Kind.TARGET;
        }

        boolean above() {
            return first == Side.ABOVE;
        }
    }

    /** Where a label went: its box and its words (a note's number for a label moved to the notes). */
    record Placed(Kind kind, String text, Rectangle2D box, double anchorX, double anchorY) {
    }

    private final transient List<Label> labels = new ArrayList<>();
    private final double[] xs;
    private final double[] ys;
    private final double radius;
    private final Font noteFont;
    /** Whether the points are joined by a line in order of x (a process over time), which labels avoid. */
    private final boolean joined;
    private transient BitSet forced = new BitSet();
    private transient BitSet noted = new BitSet();
    private transient List<Placed> placed = new ArrayList<>();
    private transient List<double[]> circles = new ArrayList<>();
    private transient Rectangle2D area;
    private transient List<Line2D> lines = new ArrayList<>();
    private transient Rectangle2D blocked;

    /**
     * @param xs the points' dates (epoch milliseconds), in order
     * @param ys the points' values, NaN for a gap
     * @param radius the largest distance from a point's centre its mark reaches
     */
    LabelLayer(double[] xs, double[] ys, double radius, Font noteFont) {
        this(xs, ys, radius, noteFont, true);
    }

    /**
     * @param joined whether the points are joined by a line in order of x (false for a scatter of units, as a
     *     funnel plot draws them)
     */
    LabelLayer(double[] xs, double[] ys, double radius, Font noteFont, boolean joined) {
        // In order of x, as the search for the points beside a box needs (an analysis's dates already are).
        Integer[] order = new Integer[xs.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (i, j) -> Double.compare(xs[i], xs[j]));
        this.xs = new double[xs.length];
        this.ys = new double[xs.length];
        for (int k = 0; k < order.length; k++) {
            this.xs[k] = xs[order[k]];
            this.ys[k] = ys[order[k]];
        }
        this.radius = radius;
        this.noteFont = noteFont;
        this.joined = joined;
    }

    void add(Label label) {
        labels.add(label);
    }

    List<Label> labels() {
        return labels;
    }

    /** True when some label stands by a point (only those can need a note). */
    boolean labelsPoints() {
        return labels.stream().anyMatch(Label::point);
    }

    /** Makes the given labels (by index) notes whether or not they would fit. */
    void forceNotes(BitSet which) {
        forced = (BitSet) which.clone();
    }

    /** The labels (by index) that the last drawing made notes. */
    BitSet noted() {
        return (BitSet) noted.clone();
    }

    /** A rectangle, in the drawing's coordinates, that labels must keep clear of (the icons), or null. */
    void block(Rectangle2D r) {
        blocked = r;
    }

    /** The words of the labels made notes, numbered as their numbers on the chart; empty when none. */
    String notes(BitSet which) {
        StringJoiner sb = new StringJoiner("   ");
        int number = 1;
        for (int i = which.nextSetBit(0); i >= 0; i = which.nextSetBit(i + 1)) {
            sb.add("(" + number++ + ") " + labels.get(i).text());
        }
        return sb.toString();
    }

    /**
     * Finds which labels have no room on the plot, so that their notes can be listed under it, before the
     * chart is drawn: it is laid out on a scratch image (with the notes it needs, which take room from the
     * plot) until the notes it lists are the notes it needs, three times at most. Charts with no label by
     * a point skip this.
     */
    void layOutNotes(JFreeChart chart, TextTitle notes, Graphics2D g, Rectangle2D area) {
        chart.removeSubtitle(notes);
        BitSet forced = new BitSet();
        forceNotes(forced);
        if (!labelsPoints()) {
            return;
        }
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D s = scratch.createGraphics();
        try {
            // Text measured as the real drawing will measure it.
            for (RenderingHints.Key key : new RenderingHints.Key[] {RenderingHints.KEY_FRACTIONALMETRICS,
                RenderingHints.KEY_TEXT_ANTIALIASING}) {
                Object value = g.getRenderingHint(key);
                if (value != null) {
                    s.setRenderingHint(key, value);
                }
            }
            for (int pass = 0; pass < 3; pass++) {
                chart.draw(s, area);
                BitSet needed = noted();
                if (needed.equals(forced)) {
                    break;
                }
                forced = needed;
                forceNotes(forced);
                chart.removeSubtitle(notes);
                if (!forced.isEmpty()) {
                    notes.setText(SafeText.shorten(notes(forced), 400));
                    chart.addSubtitle(notes);
                }
            }
        } finally {
            s.dispose();
        }
    }

    /** The boxes of the last drawing, in the order placed. */
    List<Placed> placed() {
        return placed;
    }

    /** The points of the last drawing as {x, y, radius} in the drawing's coordinates. */
    List<double[]> circles() {
        return circles;
    }

    /** The lines of the last drawing (centre, limits, two-sigma, target), in the drawing's coordinates. */
    List<Line2D> lines() {
        return lines;
    }

    /** The plot's data area at the last drawing. */
    Rectangle2D area() {
        return area;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
            int rendererIndex, PlotRenderingInfo info) {
        RectangleEdge xEdge = plot.getDomainAxisEdge();
        RectangleEdge yEdge = plot.getRangeAxisEdge();
        area = (Rectangle2D) dataArea.clone();
        Obstacles o = obstacles(plot, dataArea, domainAxis, rangeAxis);
        lines = o.lines;
        if (blocked != null) {
            o.boxes.add(blocked);
        }
        placed = new ArrayList<>();
        noted = new BitSet();
        List<Integer> notes = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Label l = labels.get(i);
            FontMetrics fm = g2.getFontMetrics(l.font());
            String text = fit(l.text(), fm, dataArea.getWidth() - 2 * PAD - 2);
            double w = fm.getStringBounds(text, g2).getWidth() + 2 * PAD;
            double h = fm.getAscent() + fm.getDescent() + 2 * PAD;
            double ax = Double.isNaN(l.x()) ? dataArea.getMinX() : domainAxis.valueToJava2D(l.x(), dataArea, xEdge);
            double ay = rangeAxis.valueToJava2D(l.y(), dataArea, yEdge);
            Rectangle2D box = forced.get(i) ? null : place(o, ax, ay, w, h, l);
            if (box == null) {
                if (l.point()) {
                    noted.set(i);
                    notes.add(i);
                }
                continue;
            }
            o.boxes.add(box);
            if (l.point()) {
                addLeader(o, box, ax, ay);
            }
            placed.add(new Placed(l.kind(), text, box, ax, ay));
            if (crosses(o.process, box)) {
                // Placed over the process line, for want of a better place: the line fades behind the words.
                g2.setPaint(new Color(255, 255, 255, 210));
                g2.fill(box);
            }
            draw(g2, l.font(), l.paint(), text, fm, box, l.point() ? ax : Double.NaN, ay);
        }
        // The notes' numbers, in the order of their labels, each in the first free box by its point.
        FontMetrics fm = g2.getFontMetrics(noteFont);
        int number = 1;
        for (int i : notes) {
            Label l = labels.get(i);
            String text = "(" + number++ + ")";
            double w = fm.getStringBounds(text, g2).getWidth() + 2 * PAD;
            double h = fm.getAscent() + fm.getDescent() + 2 * PAD;
            double ax = domainAxis.valueToJava2D(l.x(), dataArea, xEdge);
            double ay = rangeAxis.valueToJava2D(l.y(), dataArea, yEdge);
            Rectangle2D box = place(o, ax, ay, w, h, new Label(Kind.NOTE, text, noteFont, l.paint(), l.x(), l.y(),
                    l.first()));
            if (box == null) {
                // Not even a number fits: the words alone (under the chart) must do.
                continue;
            }
            o.boxes.add(box);
            addLeader(o, box, ax, ay);
            placed.add(new Placed(Kind.NOTE, text, box, ax, ay));
            draw(g2, noteFont, l.paint(), text, fm, box, ax, ay);
        }
    }

    /** The points, the process line and the other lines of the plot, where they are drawn. */
    private Obstacles obstacles(XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis) {
        RectangleEdge xEdge = plot.getDomainAxisEdge();
        RectangleEdge yEdge = plot.getRangeAxisEdge();
        Obstacles o = new Obstacles();
        circles = new ArrayList<>();
        double[] px = new double[xs.length];
        double[] py = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            px[i] = domainAxis.valueToJava2D(xs[i], dataArea, xEdge);
            py[i] = Double.isNaN(ys[i]) ? Double.NaN : rangeAxis.valueToJava2D(ys[i], dataArea, yEdge);
            if (!Double.isNaN(py[i])) {
                circles.add(new double[] {px[i], py[i], radius});
            }
        }
        o.px = px;
        o.py = py;
        for (int i = 1; joined && i < xs.length; i++) {
            if (!Double.isNaN(py[i - 1]) && !Double.isNaN(py[i])) {
                o.process.add(new Line2D.Double(px[i - 1], py[i - 1], px[i], py[i]));
            }
        }
        for (int d = 1; d < plot.getDatasetCount(); d++) {
            XYDataset data = plot.getDataset(d);
            for (int s = 0; data != null && s < data.getSeriesCount(); s++) {
                for (int k = 1; k < data.getItemCount(s); k++) {
                    double y0 = data.getYValue(s, k - 1);
                    double y1 = data.getYValue(s, k);
                    if (!Double.isNaN(y0) && !Double.isNaN(y1)) {
                        o.lines.add(new Line2D.Double(domainAxis.valueToJava2D(data.getXValue(s, k - 1), dataArea, xEdge),
                                rangeAxis.valueToJava2D(y0, dataArea, yEdge),
                                domainAxis.valueToJava2D(data.getXValue(s, k), dataArea, xEdge),
                                rangeAxis.valueToJava2D(y1, dataArea, yEdge)));
                    }
                }
            }
        }
        for (Layer layer : new Layer[] {Layer.BACKGROUND, Layer.FOREGROUND}) {
            for (Object m : plot.getRangeMarkers(layer) == null ? List.of() : plot.getRangeMarkers(layer)) {
                if (m instanceof ValueMarker v) {
                    double y = rangeAxis.valueToJava2D(v.getValue(), dataArea, yEdge);
                    o.lines.add(new Line2D.Double(dataArea.getMinX(), y, dataArea.getMaxX(), y));
                }
            }
        }
        return o;
    }

    /** The things a label must keep clear of, in the drawing's coordinates. */
    private static final class Obstacles {
        double[] px;
        double[] py;
        final List<Line2D> lines = new ArrayList<>();
        final List<Line2D> process = new ArrayList<>();
        final List<Rectangle2D> boxes = new ArrayList<>();
        /** The leader lines drawn so far, which a later label must not cover. */
        final List<Line2D> leaders = new ArrayList<>();
    }

    /**
     * The first free box for a label of size w by h anchored at (ax, ay), or null when none is free. A box
     * crossing the process line is kept as a last resort.
     */
    private Rectangle2D place(Obstacles o, double ax, double ay, double w, double h, Label l) {
        Rectangle2D fallback = null;
        double gap = l.point() ? radius + CLEAR + 1 : CLEAR + 1;
        for (double reach : REACH) {
            double d = gap + reach * h;
            for (Rectangle2D box : candidates(ax, ay, w, h, d, l)) {
                if (!inside(box) || hits(o, box) || !leaderClear(o, box, ax, ay, l)) {
                    continue;
                }
                if (!crosses(o.process, box)) {
                    return box;
                }
                if (fallback == null) {
                    fallback = box;
                }
            }
        }
        return fallback;
    }

    /** The boxes to try at distance d: above or below (centred, then leaning right, then left), then beside. */
    private List<Rectangle2D> candidates(double ax, double ay, double w, double h, double d, Label l) {
        List<Rectangle2D> out = new ArrayList<>(10);
        if (!l.point()) {
            // Along a line from its left end: just above it or just below it, moving right.
            for (double along : new double[] {0, 0.25, 0.5, 0.75}) {
                double x = ax + 2 + along * d * 8;
                out.add(new Rectangle2D.Double(x, l.above() ? ay - d - h : ay + d, w, h));
                out.add(new Rectangle2D.Double(x, l.above() ? ay + d : ay - d - h, w, h));
            }
            return out;
        }
        double up = ay - d - h;
        double down = ay + d;
        double[] first = l.above() ? new double[] {up, down} : new double[] {down, up};
        for (double y : first) {
            out.add(new Rectangle2D.Double(ax - w / 2, y, w, h));
            out.add(new Rectangle2D.Double(ax - w * 0.1, y, w, h));
            out.add(new Rectangle2D.Double(ax - w * 0.9, y, w, h));
            // Near either end of the plot: as far along as the plot lets it.
            double x = Math.max(area.getMinX(), Math.min(ax - w / 2, area.getMaxX() - w));
            out.add(new Rectangle2D.Double(x, y, w, h));
        }
        for (double y : first) {
            // Off to one side as well, with a slanting leader past the labels straight above or below.
            out.add(new Rectangle2D.Double(ax + d / 2, y, w, h));
            out.add(new Rectangle2D.Double(ax - w - d / 2, y, w, h));
        }
        out.add(new Rectangle2D.Double(ax + d, ay - h / 2, w, h));
        out.add(new Rectangle2D.Double(ax - d - w, ay - h / 2, w, h));
        return out;
    }

    private boolean inside(Rectangle2D box) {
        return box.getMinX() >= area.getMinX() && box.getMaxX() <= area.getMaxX() && box.getMinY() >= area.getMinY()
                && box.getMaxY() <= area.getMaxY();
    }

    /** True when the box comes within the clearance of a point, a line or a label already placed. */
    private boolean hits(Obstacles o, Rectangle2D box) {
        for (Rectangle2D b : o.boxes) {
            if (b.intersects(box)) {
                return true;
            }
        }
        double reach = radius + CLEAR;
        // The points are in date order, so their x only grows: look only at those beside the box.
        int from = firstAtOrAfter(o.px, box.getMinX() - reach);
        for (int i = from; i < o.px.length && o.px[i] <= box.getMaxX() + reach; i++) {
            if (!Double.isNaN(o.py[i]) && distance(box, o.px[i], o.py[i]) < reach) {
                return true;
            }
        }
        Rectangle2D wider = grow(box, CLEAR);
        return crosses(o.lines, wider);
    }

    private static boolean crosses(List<Line2D> lines, Rectangle2D box) {
        for (Line2D line : lines) {
            if (box.intersectsLine(line)) {
                return true;
            }
        }
        return false;
    }

    private static int firstAtOrAfter(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The distance from (x, y) to the nearest point of the box (0 inside it). */
    static double distance(Rectangle2D box, double x, double y) {
        double dx = Math.max(0, Math.max(box.getMinX() - x, x - box.getMaxX()));
        double dy = Math.max(0, Math.max(box.getMinY() - y, y - box.getMaxY()));
        return Math.hypot(dx, dy);
    }

    private static Rectangle2D grow(Rectangle2D r, double by) {
        return new Rectangle2D.Double(r.getX() - by, r.getY() - by, r.getWidth() + 2 * by, r.getHeight() + 2 * by);
    }

    /**
     * The text as wide as the space at most: cut with an ellipsis, by the share of the width that is too
     * much, a few times at most (each cut linear in the text's length).
     */
    static String fit(String text, FontMetrics fm, double space) {
        String t = text;
        for (int tries = 0; tries < 6 && t.length() > 1 && fm.stringWidth(t) > space; tries++) {
            int keep = (int) Math.floor(t.codePointCount(0, t.length()) * space / fm.stringWidth(t)) - 1;
            t = SafeText.shorten(t, Math.max(1, Math.min(keep, t.codePointCount(0, t.length()) - 1)));
        }
        return t;
    }

    /**
     * The leader from the edge of the point at (ax, ay) to the nearest side of the box, or null when the box
     * is close enough to its point to need none.
     */
    private Line2D leader(Rectangle2D box, double ax, double ay) {
        // Only a box touching the space kept around its point (the nearest any box comes) needs none.
        if (Double.isNaN(ax) || distance(box, ax, ay) <= radius + CLEAR + 1.5) {
            return null;
        }
        double bx = Math.max(box.getMinX(), Math.min(ax, box.getMaxX()));
        double by = Math.max(box.getMinY(), Math.min(ay, box.getMaxY()));
        double len = Math.hypot(bx - ax, by - ay);
        return new Line2D.Double(ax + (bx - ax) * (radius + 1) / len, ay + (by - ay) * (radius + 1) / len, bx, by);
    }

    private void addLeader(Obstacles o, Rectangle2D box, double ax, double ay) {
        Line2D line = leader(box, ax, ay);
        if (line != null) {
            o.leaders.add(line);
        }
    }

    /**
     * True when the box's leader (if it needs one) crosses no label placed and passes by no other point, and
     * the box covers no leader drawn before.
     */
    private boolean leaderClear(Obstacles o, Rectangle2D box, double ax, double ay, Label l) {
        if (crosses(o.leaders, box)) {
            return false;
        }
        Line2D line = l.point() ? leader(box, ax, ay) : null;
        if (line == null) {
            return true;
        }
        for (Rectangle2D b : o.boxes) {
            if (b.intersectsLine(line)) {
                return false;
            }
        }
        double reach = radius + CLEAR;
        int from = firstAtOrAfter(o.px, Math.min(line.getX1(), line.getX2()) - reach);
        for (int i = from; i < o.px.length && o.px[i] <= Math.max(line.getX1(), line.getX2()) + reach; i++) {
            boolean own = o.px[i] == ax && o.py[i] == ay;
            if (!own && !Double.isNaN(o.py[i]) && line.ptSegDist(o.px[i], o.py[i]) < reach) {
                return false;
            }
        }
        return true;
    }

    private void draw(Graphics2D g2, Font font, Paint paint, String text, FontMetrics fm, Rectangle2D box, double ax,
            double ay) {
        Line2D line = leader(box, ax, ay);
        if (line != null) {
            g2.setPaint(new Color(0x8C8C8C));
            g2.setStroke(new BasicStroke(0.6f));
            g2.draw(line);
        }
        g2.setFont(font);
        g2.setPaint(paint);
        g2.drawString(text, (float) (box.getX() + PAD), (float) (box.getY() + PAD + fm.getAscent()));
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
