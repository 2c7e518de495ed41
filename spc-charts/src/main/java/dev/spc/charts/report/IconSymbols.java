package dev.spc.charts.report;

import dev.spc.charts.Icons;
import dev.spc.charts.Theme;
import dev.spc.core.result.AssuranceIcon;
import dev.spc.core.result.VariationIcon;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.function.Consumer;
import org.jfree.svg.SVGGraphics2D;

/**
 * The variation and assurance icons as SVG {@code <symbol>}s, drawn once per page by {@link Icons} (the
 * same drawing as on the charts) and shown wherever needed by {@code <use>}: a page of a thousand metrics
 * carries each picture once.
 */
final class IconSymbols {
    /** The side of the square each icon is drawn in, in points: the symbols' view box. */
    static final int SIZE = 40;

    private IconSymbols() {
    }

    static String id(VariationIcon icon) {
        return "icon-variation-" + icon.id();
    }

    static String id(AssuranceIcon icon) {
        return "icon-assurance-" + icon.id();
    }

    /** Every icon but {@code none} as a symbol, for the page's hidden {@code <svg>} of definitions. */
    static String markup(Theme theme) {
        StringBuilder sb = new StringBuilder(16_384);
        for (VariationIcon icon : VariationIcon.values()) {
            if (icon != VariationIcon.NONE) {
                sb.append(symbol(id(icon), g -> Icons.variation(g, icon, theme, 0, 0, SIZE)));
            }
        }
        for (AssuranceIcon icon : AssuranceIcon.values()) {
            if (icon != AssuranceIcon.NONE) {
                sb.append(symbol(id(icon), g -> Icons.assurance(g, icon, theme, 0, 0, SIZE)));
            }
        }
        return sb.toString();
    }

    private static String symbol(String id, Consumer<Graphics2D> drawing) {
        SVGGraphics2D g = new SVGGraphics2D(SIZE, SIZE);
        g.setDefsKeyPrefix(id + "-");
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        drawing.accept(g);
        String element = g.getSVGElement();
        String inner = element.substring(element.indexOf('>', element.indexOf("<svg")) + 1, element.lastIndexOf("</svg>"));
        return "<symbol id=\"" + id + "\" viewBox=\"0 0 " + SIZE + " " + SIZE + "\">" + inner + "</symbol>";
    }
}
