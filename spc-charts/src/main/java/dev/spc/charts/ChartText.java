package dev.spc.charts;

import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * What every chart shares: the one typeface (the platform's sans serif, at a given style and size in points),
 * the plain plot it draws on, the subtitle of its words and the line of notes under it.
 */
final class ChartText {
    private ChartText() {
    }

    static Font font(int style, float size) {
        return new Font(Font.SANS_SERIF, style, 12).deriveFont(size);
    }

    /** A white plot with no outline, faint value gridlines only, and the first dataset drawn on top. */
    static XYPlot plot() {
        XYPlot plot = new XYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(new Color(0xE6E6E6));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
        return plot;
    }

    /** The chart's words under its title, up to four lines, leaving {@code right} points clear for icons. */
    static TextTitle subtitle(String text, float scale, double right) {
        TextTitle subtitle = new TextTitle(text, font(Font.PLAIN, 10.5f * scale));
        subtitle.setHorizontalAlignment(HorizontalAlignment.LEFT);
        subtitle.setTextAlignment(HorizontalAlignment.LEFT);
        subtitle.setPaint(new Color(0x404040));
        subtitle.setPadding(new RectangleInsets(2, 4, 6, right));
        subtitle.setMaximumLinesToDisplay(4);
        return subtitle;
    }

    /** The line under the plot that names the labels with no room on it (empty until a layout fills it). */
    static TextTitle notes(float scale) {
        TextTitle notes = new TextTitle("", font(Font.PLAIN, 9f * scale));
        notes.setPosition(RectangleEdge.BOTTOM);
        notes.setHorizontalAlignment(HorizontalAlignment.LEFT);
        notes.setTextAlignment(HorizontalAlignment.LEFT);
        notes.setPaint(new Color(0x262626));
        notes.setPadding(new RectangleInsets(4, 4, 0, 4));
        notes.setMaximumLinesToDisplay(3);
        return notes;
    }
}
