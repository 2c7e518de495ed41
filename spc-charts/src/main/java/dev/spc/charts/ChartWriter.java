package dev.spc.charts;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Writes a chart (or small multiples) as PNG, SVG or PDF. Sizes are in points (1/96 inch): an SVG or
 * PDF is that size; a PNG has {@code dpi / 96} pixels per point. The SVG carries a {@code <title>} and a
 * {@code <desc>} for screen readers; the PDF carries the title.
 */
public final class ChartWriter {
    private ChartWriter() {
    }

    public static void write(Drawable d, ChartFormat format, ChartOptions options, OutputStream out) throws IOException {
        switch (format) {
            case PNG -> png(d, options, out);
            case SVG -> out.write(svg(d, options).getBytes(StandardCharsets.UTF_8));
            case PDF -> out.write(pdf(d, options));
        }
    }

    /**
     * The chart as a raster image of (width x dpi/96) by (height x dpi/96) pixels.
     *
     * @throws IllegalArgumentException when that is more than {@link ChartOptions#MAX_PIXELS}
     */
    public static BufferedImage image(Drawable d, ChartOptions options) {
        options.checkRasterSize();
        double scale = options.scale();
        int w = options.pixelWidth();
        int h = options.pixelHeight();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.scale(scale, scale);
            d.draw(g, new Rectangle2D.Double(0, 0, options.width(), options.height()));
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void png(Drawable d, ChartOptions options, OutputStream out) throws IOException {
        PngEncoder.write(image(d, options), out);
    }

    /** The chart as an SVG document, with a title and a description for screen readers. */
    public static String svg(Drawable d, ChartOptions options) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svgElement(d, options, "spc-") + "\n";
    }

    /**
     * The chart as one {@code <svg>} element, without an XML prolog, to place inside an HTML page. Every id
     * it defines (the clip paths) starts with {@code idPrefix}, so that many charts can share one page; the
     * same chart and prefix always give the same text. Coordinates are rounded to 1/10 point, below what a
     * screen shows (a tenth of a pixel) and about what a printer does, which makes the text much smaller.
     *
     * @param idPrefix the start of every id, such as {@code "m12-"}: letters, digits, '-' and '_'
     */
    public static String svgElement(Drawable d, ChartOptions options, String idPrefix) {
        if (!idPrefix.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("an id prefix must be a letter then letters, digits, - or _, not '"
                    + idPrefix + "'");
        }
        SVGGraphics2D g = new SVGGraphics2D(options.width(), options.height());
        // JFreeSVG's default prefix is a clock reading: unique enough for one file, but neither reproducible
        // nor safe for many charts in one page.
        g.setDefsKeyPrefix(idPrefix);
        g.setGeomDoubleConverter(ChartWriter::tenths);
        g.setTransformDoubleConverter(ChartWriter::tenths);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        d.draw(g, new Rectangle2D.Double(0, 0, options.width(), options.height()));
        String element = titlesInside(g.getSVGElement(null, true, new ViewBox(0, 0, options.width(), options.height()),
                null, null));
        int open = element.indexOf('>', element.indexOf("<svg"));
        String accessible = "<title>" + escapeXml(d.title()) + "</title><desc>" + escapeXml(d.description()) + "</desc>";
        String head = element.substring(0, open);
        if (!head.contains(" role=")) {
            head = head + " role=\"img\"";
        }
        return head + ">" + accessible + element.substring(open + 1);
    }

    /**
     * Each mark's title (a point's tooltip), which the SVG writer puts before the mark, moved inside it,
     * where a browser shows it on hover and a screen reader reads it. In one scan of the text (a report
     * runs this over every chart):
     * <ul>
     *   <li>{@code <title>T</title><NAME A/>} becomes {@code <NAME A><title>T</title></NAME>}, for NAME an ellipse,
     *       path, rect or polygon;</li>
     *   <li>a titled circle (a point, an ellipse whose attributes are {@code cx}, {@code cy}, {@code rx} and an
     *       equal {@code ry}, then perhaps a style and a clip) becomes a circle without the clip, which the plot
     *       always holds: a third of the bytes;</li>
     *   <li>{@code <title>T</title><gA>} (a shape drawn with its own style comes as a group around a path)
     *       becomes {@code <gA><title>T</title>}: the title goes first in the group.</li>
     * </ul>
     * T holds no {@code <} and A no {@code >}; any other text is left as it is.
     */
    static String titlesInside(String svg) {
        int at = svg.indexOf("<title>");
        if (at < 0) {
            return svg;
        }
        StringBuilder out = new StringBuilder(svg.length());
        int from = 0;
        while (at >= 0) {
            int end = titled(svg, at, out, from);
            if (end < 0) {
                at = svg.indexOf("<title>", at + 1);
            } else {
                from = end;
                at = svg.indexOf("<title>", end);
            }
        }
        return out.append(svg, from, svg.length()).toString();
    }

    private static final String[] MARKS = {"ellipse", "path", "rect", "polygon"};

    /**
     * The title at {@code at} moved into its mark or group: the text from {@code from} up to it and the changed
     * text appended to {@code out}, and where the changed text ended in {@code svg}; or -1, nothing appended,
     * when the title is followed by neither.
     */
    private static int titled(String svg, int at, StringBuilder out, int from) {
        int textStart = at + "<title>".length();
        int textEnd = svg.indexOf('<', textStart);
        if (textEnd < 0 || !svg.startsWith("</title><", textEnd)) {
            return -1;
        }
        int tag = textEnd + "</title><".length();
        for (String mark : MARKS) {
            if (svg.startsWith(mark, tag)) {
                int attributes = tag + mark.length();
                int close = svg.indexOf('>', attributes);
                if (close < 0 || svg.charAt(close - 1) != '/') {
                    return -1;
                }
                out.append(svg, from, at);
                if (mark.equals("ellipse") && circle(svg, attributes, close - 1, out, textStart, textEnd)) {
                    return close + 1;
                }
                out.append('<').append(mark).append(svg, attributes, close - 1).append('>')
                        .append(svg, at, textEnd).append("</title></").append(mark).append('>');
                return close + 1;
            }
        }
        if (svg.startsWith("g", tag)) {
            int close = svg.indexOf('>', tag + 1);
            if (close < 0) {
                return -1;
            }
            out.append(svg, from, at).append(svg, tag - 1, close + 1).append(svg, at, textEnd).append("</title>");
            return close + 1;
        }
        return -1;
    }

    /**
     * Appends a titled ellipse as a circle when its attributes ({@code svg} from {@code a} to {@code z}) are
     * exactly {@code cx='X' cy='Y' rx='R' ry='R'}, then perhaps {@code style='S'}, then perhaps
     * {@code clip-path='C'} (left out); false, nothing appended, otherwise.
     */
    private static boolean circle(String svg, int a, int z, StringBuilder out, int textStart, int textEnd) {
        int[] cursor = {a};
        String cx = quoted(svg, cursor, z, " cx='");
        String cy = cx == null ? null : quoted(svg, cursor, z, " cy='");
        String rx = cy == null ? null : quoted(svg, cursor, z, " rx='");
        String ry = rx == null ? null : quoted(svg, cursor, z, " ry='");
        if (ry == null || !ry.equals(rx)) {
            return false;
        }
        // A quoted value that is not there leaves the cursor where it was.
        int styleFrom = cursor[0];
        quoted(svg, cursor, z, " style='");
        int styleTo = cursor[0];
        if (cursor[0] < z && quoted(svg, cursor, z, " clip-path='") == null) {
            return false;
        }
        if (cursor[0] != z) {
            return false;
        }
        out.append("<circle cx='").append(cx).append("' cy='").append(cy).append("' r='").append(rx).append('\'')
                .append(svg, styleFrom, styleTo).append("><title>").append(svg, textStart, textEnd)
                .append("</title></circle>");
        return true;
    }

    /**
     * The value of the attribute starting at {@code cursor[0]} with {@code lead} (which ends in its opening quote)
     * and running to the next quote, not past {@code z}, moving the cursor past its closing quote; or null.
     */
    private static String quoted(String svg, int[] cursor, int z, String lead) {
        if (!svg.startsWith(lead, cursor[0])) {
            return null;
        }
        int valueStart = cursor[0] + lead.length();
        int quote = svg.indexOf('\'', valueStart);
        if (quote < 0 || quote >= z) {
            return null;
        }
        cursor[0] = quote + 1;
        return svg.substring(valueStart, quote);
    }

    /**
     * The texts of the coordinates 0 to 3000 in tenths, each made when first needed: the SVG writer asks for
     * several hundred a chart, nearly all of them in this range (a chart's own pixels), and a report draws
     * thousands of charts. Two threads may make the same text at once; either one is right.
     */
    private static final String[] TENTHS = new String[30_001];

    /** A coordinate to one decimal, without a trailing ".0" (800, 41.8, -0.3). */
    static String tenths(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || Math.abs(x) > 1e12) {
            return Double.toString(x);
        }
        long t = Math.round(x * 10);
        if (t >= 0 && t < TENTHS.length) {
            String known = TENTHS[(int) t];
            if (known == null) {
                known = tenthsText(t);
                TENTHS[(int) t] = known;
            }
            return known;
        }
        return tenthsText(t);
    }

    /** Whole tenths as text without a trailing ".0". */
    private static String tenthsText(long t) {
        long whole = Math.abs(t) / 10;
        int tenth = (int) (Math.abs(t) % 10);
        String sign = t < 0 ? "-" : "";
        return tenth == 0 ? sign + whole : sign + whole + "." + tenth;
    }

    /** The chart as a one-page PDF, without dates: the same chart always gives the same bytes. */
    public static byte[] pdf(Drawable d, ChartOptions options) {
        PDFDocument doc = new PDFDocument();
        doc.setTitle(pdfText(d.title()));
        doc.setAuthor("spc");
        // PDF units are 1/72 inch: the page is the chart's size in inches.
        double w = options.width() * 72.0 / 96.0;
        double h = options.height() * 72.0 / 96.0;
        Page page = page(doc, w, h);
        PDFGraphics2D g = page.getGraphics2D();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        // Text as outlines: the PDF writer's own text is Latin-1 Helvetica and leaves brackets unescaped, so a
        // metric named "Cost (£k)" or in Welsh, Greek or Chinese would print wrongly or break the file.
        g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        g.scale(72.0 / 96.0, 72.0 / 96.0);
        d.draw(g, new Rectangle2D.Double(0, 0, options.width(), options.height()));
        // Without the creation and modification dates, the same chart gives the same bytes on every run.
        return PdfDates.remove(doc.getPDFBytes());
    }

    /**
     * A new page. The PDF writer formats every coordinate with the symbols of the Java machine's default
     * locale, which under Arabic or Hindi locales writes digits a PDF reader cannot read; it takes them when
     * the page is made, so the page is made with the root locale's symbols as the default for that moment.
     */
    private static Page page(PDFDocument doc, double w, double h) {
        synchronized (ChartWriter.class) {
            java.util.Locale before = java.util.Locale.getDefault(java.util.Locale.Category.FORMAT);
            try {
                java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, java.util.Locale.ROOT);
                return doc.createPage(new Rectangle2D.Double(0, 0, w, h));
            } finally {
                java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, before);
            }
        }
    }

    /**
     * Text for the PDF's document information (its title): the PDF writer puts it between brackets as it
     * is, so brackets and backslashes are escaped here, and letters outside ASCII lose their accents (or
     * become '?'), since the writer has no way to encode them.
     */
    static String pdfText(String s) {
        String plain = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(plain.length() + 8);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == '(' || c == ')' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 32 || c > 126) {
                sb.append(Character.isWhitespace(c) ? ' ' : '?');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Text escaped for XML (and HTML) content and attributes; control characters other than tab and line
     * ends become spaces, and lone surrogates and the non-characters U+FFFE and U+FFFF, which XML cannot
     * hold, become U+FFFD ({@link SafeText#text}).
     */
    public static String escapeXml(String s) {
        String text = SafeText.text(s);
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
