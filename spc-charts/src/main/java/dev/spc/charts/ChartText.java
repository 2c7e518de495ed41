package dev.spc.charts;

import java.awt.Font;

/** The one typeface every chart writes in: the platform's sans serif, at a given style and size in points. */
final class ChartText {
    private ChartText() {
    }

    static Font font(int style, float size) {
        return new Font(Font.SANS_SERIF, style, 12).deriveFont(size);
    }
}
