package dev.spc.cli.teach;

import dev.spc.charts.Drawable;
import dev.spc.core.Formats;
import dev.spc.core.series.Series;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A red/amber/green table of a series against a target, as board reports colour them. */
final class RagTable implements Drawable {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH);
    private static final Color RED = new Color(0xD9534F);
    private static final Color AMBER = new Color(0xF0AD4E);
    private static final Color GREEN = new Color(0x5CB85C);

    private final Series series;
    private final double target;

    RagTable(Series series, double target) {
        this.series = series;
        this.target = target;
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        int n = series.size();
        double left = area.getX() + 8;
        double top = area.getY() + 34;
        double cellWidth = (area.getWidth() - 16) / n;
        double rowHeight = (area.getHeight() - 44) / 2;
        g.setColor(Color.WHITE);
        g.fill(area);
        g.setColor(new Color(0x262626));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(series.metric() + " against a target of " + Formats.number(target) + "%", (float) left,
                (float) (area.getY() + 22));
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
        g.setFont(font);
        FontMetrics m = g.getFontMetrics();
        g.setStroke(new BasicStroke(1f));
        for (int i = 0; i < n; i++) {
            double x = left + i * cellWidth;
            Rectangle2D head = new Rectangle2D.Double(x, top, cellWidth, rowHeight);
            Rectangle2D cell = new Rectangle2D.Double(x, top + rowHeight, cellWidth, rowHeight);
            g.setColor(new Color(0xF2F2F2));
            g.fill(head);
            g.setColor(switch (Scenario.rag(series.value(i), target)) {
                case RED -> RED;
                case AMBER -> AMBER;
                case GREEN -> GREEN;
            });
            g.fill(cell);
            g.setColor(Color.WHITE);
            g.draw(head);
            g.draw(cell);
            centre(g, m, MONTH.format(series.date(i)), head, new Color(0x404040));
            centre(g, m, Scenario.n(series.value(i)), cell, Color.BLACK);
        }
    }

    private static void centre(Graphics2D g, FontMetrics m, String text, Rectangle2D box, Color colour) {
        g.setColor(colour);
        g.drawString(text, (float) (box.getCenterX() - m.stringWidth(text) / 2.0),
                (float) (box.getCenterY() + m.getAscent() / 2.0 - 1));
    }

    @Override
    public String title() {
        return series.metric() + ": red, amber and green against " + Formats.number(target) + "%";
    }

    @Override
    public String description() {
        return "A table of " + series.size() + " months, each coloured red, amber or green against the target.";
    }
}
