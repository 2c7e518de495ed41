package dev.spc.cli.teach;

import dev.spc.charts.Drawable;
import dev.spc.core.funnel.Unit;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Units ranked as a league table, the lowest rate first: a bar for each, the top quarter green and the
 * bottom quarter red, as league tables colour them.
 */
final class LeagueTable implements Drawable {
    private static final Color TOP = new Color(0x5CB85C);
    private static final Color BOTTOM = new Color(0xD9534F);
    private static final Color MIDDLE = new Color(0xB3B3B3);
    private static final Color INK = new Color(0x262626);

    private final List<Unit> ranked;

    /** @param ranked the units in rank order, the best first */
    LeagueTable(List<Unit> ranked) {
        this.ranked = List.copyOf(ranked);
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        int n = ranked.size();
        double max = 0;
        for (Unit u : ranked) {
            max = Math.max(max, u.value());
        }
        g.setColor(Color.WHITE);
        g.fill(area);
        double left = area.getX() + 16;
        g.setColor(INK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString("League table: the wards ranked by readmission rate", (float) left, (float) (area.getY() + 24));
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        g.setFont(font);
        FontMetrics m = g.getFontMetrics();
        double top = area.getY() + 40;
        double row = (area.getHeight() - 52) / n;
        double nameWidth = 0;
        for (Unit u : ranked) {
            nameWidth = Math.max(nameWidth, m.stringWidth(u.name()));
        }
        double barLeft = left + m.stringWidth("16.") + 10 + nameWidth + 12;
        double textWidth = m.stringWidth("100% (999 of 9,999)") + 12;
        double barWidth = area.getMaxX() - 16 - textWidth - barLeft;
        int quarter = n / 4;
        for (int k = 0; k < n; k++) {
            Unit u = ranked.get(k);
            double y = top + k * row;
            float base = (float) (y + row / 2 + m.getAscent() / 2.0 - 1);
            g.setColor(INK);
            String rank = (k + 1) + ".";
            g.drawString(rank, (float) (left + m.stringWidth("16.") - m.stringWidth(rank)), base);
            g.drawString(u.name(), (float) (left + m.stringWidth("16.") + 10), base);
            g.setColor(k < quarter ? TOP : k >= n - quarter ? BOTTOM : MIDDLE);
            double w = max > 0 ? barWidth * u.value() / max : 0;
            g.fill(new Rectangle2D.Double(barLeft, y + row * 0.15, w, row * 0.7));
            g.setColor(INK);
            g.drawString(Scenario.percent(u.value()) + " (" + Scenario.whole(u.numerator()) + " of "
                    + Scenario.whole(u.denominator()) + ")", (float) (barLeft + w + 6), base);
        }
    }

    @Override
    public String title() {
        return "League table: the wards ranked by readmission rate";
    }

    @Override
    public String description() {
        return "A league table of " + ranked.size() + " wards, ranked from the lowest readmission rate ("
                + ranked.get(0).name() + ") to the highest (" + ranked.get(ranked.size() - 1).name() + ").";
    }
}
