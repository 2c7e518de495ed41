package dev.spc.charts;

import dev.spc.core.result.AssuranceIcon;
import dev.spc.core.result.PointClass;
import dev.spc.core.result.VariationIcon;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;

/**
 * The variation and assurance icons, drawn as vector shapes: our own drawing of what the Making Data
 * Count icons mean.
 *
 * <ul>
 *   <li>Variation: a ring in the colour of the latest point's class holding a small run of points: level
 *       for common cause, rising for a high signal, falling for a low one, with H or L for the side.
 *   <li>Assurance: a ring holding a dashed target line and a letter: P (passes consistently, in the
 *       improvement colour), F (fails consistently, in the concern colour) or ? (hit and miss, grey).
 * </ul>
 */
public final class Icons {
    private Icons() {
    }

    /** Draws the variation icon in the square at (x, y) of the given size; nothing for NONE. */
    public static void variation(Graphics2D g, VariationIcon icon, Theme theme, double x, double y, double size) {
        if (icon == VariationIcon.NONE) {
            return;
        }
        PointClass cls = switch (icon) {
            case IMPROVEMENT_HIGH, IMPROVEMENT_LOW -> PointClass.IMPROVEMENT;
            case CONCERN_HIGH, CONCERN_LOW -> PointClass.CONCERN;
            case NEITHER_HIGH, NEITHER_LOW -> PointClass.NEITHER;
            default -> PointClass.COMMON_CAUSE;
        };
        int direction = switch (icon) {
            case IMPROVEMENT_HIGH, CONCERN_HIGH, NEITHER_HIGH -> 1;
            case IMPROVEMENT_LOW, CONCERN_LOW, NEITHER_LOW -> -1;
            default -> 0;
        };
        Color colour = theme.colour(cls);
        ring(g, colour, x, y, size);
        // Five points: level for common cause; for a signal the last three step up (high) or down (low).
        double r = size * 0.06;
        double left = x + size * 0.2;
        double step = size * 0.15;
        double rise = size * 0.1;
        double[] px = new double[5];
        double[] py = new double[5];
        for (int k = 0; k < 5; k++) {
            px[k] = left + k * step;
            double base = direction > 0 ? 0.7 : direction < 0 ? 0.46 : 0.55;
            py[k] = y + size * base - (k >= 2 ? direction * (k - 1) * rise : 0);
        }
        Path2D line = new Path2D.Double();
        line.moveTo(px[0], py[0]);
        for (int k = 1; k < 5; k++) {
            line.lineTo(px[k], py[k]);
        }
        Stroke old = g.getStroke();
        g.setStroke(new BasicStroke((float) (size * 0.035)));
        Color grey = theme.colour(PointClass.COMMON_CAUSE);
        g.setColor(direction == 0 ? colour : grey);
        g.draw(line);
        for (int k = 0; k < 5; k++) {
            g.setColor(direction != 0 && k >= 2 ? colour : grey);
            g.fill(new Ellipse2D.Double(px[k] - r, py[k] - r, 2 * r, 2 * r));
        }
        g.setStroke(old);
        if (direction != 0) {
            letter(g, direction > 0 ? "H" : "L", colour, x + size * 0.36, y + size * (direction > 0 ? 0.34 : 0.74), size * 0.28);
        }
    }

    /** Draws the assurance icon in the square at (x, y) of the given size; nothing for NONE. */
    public static void assurance(Graphics2D g, AssuranceIcon icon, Theme theme, double x, double y, double size) {
        if (icon == AssuranceIcon.NONE) {
            return;
        }
        Color colour = switch (icon) {
            case PASS -> theme.colour(PointClass.IMPROVEMENT);
            case FAIL -> theme.colour(PointClass.CONCERN);
            default -> theme.colour(PointClass.COMMON_CAUSE);
        };
        ring(g, colour, x, y, size);
        Stroke old = g.getStroke();
        g.setStroke(new BasicStroke((float) (size * 0.03), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {(float) (size * 0.07), (float) (size * 0.05)}, 0f));
        g.setColor(theme.targetLine());
        g.draw(new Line2D.Double(x + size * 0.18, y + size * 0.72, x + size * 0.82, y + size * 0.72));
        g.setStroke(old);
        String text = switch (icon) {
            case PASS -> "P";
            case FAIL -> "F";
            default -> "?";
        };
        letter(g, text, colour, x + size * 0.5, y + size * 0.45, size * 0.42);
    }

    private static void ring(Graphics2D g, Color colour, double x, double y, double size) {
        Ellipse2D circle = new Ellipse2D.Double(x, y, size, size);
        g.setColor(Color.WHITE);
        g.fill(circle);
        Stroke old = g.getStroke();
        g.setStroke(new BasicStroke((float) (size * 0.07)));
        g.setColor(colour);
        double inset = size * 0.035;
        g.draw(new Ellipse2D.Double(x + inset, y + inset, size - 2 * inset, size - 2 * inset));
        g.setStroke(old);
    }

    private static void letter(Graphics2D g, String text, Color colour, double cx, double cy, double height) {
        Font old = g.getFont();
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, 12).deriveFont((float) height);
        g.setFont(font);
        FontMetrics m = g.getFontMetrics();
        g.setColor(colour);
        g.drawString(text, (float) (cx - m.stringWidth(text) / 2.0), (float) (cy + m.getAscent() * 0.5 - m.getDescent() * 0.3));
        g.setFont(old);
    }
}
