package dev.spc.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spc.core.Analysis;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one-scan rewriting of the SVG writer's text, {@link ChartWriter#titlesInside}, gives exactly the text the
 * three patterns it replaced gave (kept here as the reference): on every chart of the gallery as the SVG
 * writer draws it, and on text made at random from the pieces those patterns look for, near misses included.
 */
class SvgScanTest {
    private static final Pattern TITLE_BEFORE_MARK = Pattern.compile(
            "<title>([^<]*)</title><(ellipse|path|rect|polygon)([^>]*)/>");
    private static final Pattern TITLE_BEFORE_GROUP = Pattern.compile("<title>([^<]*)</title><g([^>]*)>");
    private static final Pattern POINT = Pattern.compile(
            "<ellipse cx='([^']*)' cy='([^']*)' rx='([^']*)' ry='\\3'( style='[^']*')?( clip-path='[^']*')?>"
                    + "(<title>[^<]*</title>)</ellipse>");

    static String reference(String svg) {
        String marks = TITLE_BEFORE_MARK.matcher(svg).replaceAll("<$2$3><title>$1</title></$2>");
        marks = POINT.matcher(marks).replaceAll("<circle cx='$1' cy='$2' r='$3'$4>$6</circle>");
        return TITLE_BEFORE_GROUP.matcher(marks).replaceAll("<g$2><title>$1</title>");
    }

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    /** The chart's text as the SVG writer gives it, before any rewriting (as ChartWriter.svgElement draws it). */
    static String raw(Drawable d, ChartOptions o) {
        SVGGraphics2D g = new SVGGraphics2D(o.width(), o.height());
        g.setDefsKeyPrefix("t-");
        g.setGeomDoubleConverter(ChartWriter::tenths);
        g.setTransformDoubleConverter(ChartWriter::tenths);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        d.draw(g, new Rectangle2D.Double(0, 0, o.width(), o.height()));
        return g.getSVGElement(null, true, new ViewBox(0, 0, o.width(), o.height()), null, null);
    }

    @Test
    void everyGalleryChartIsRewrittenAsThePatternsRewroteIt() {
        List<Analysis> charts = new ArrayList<>(ChartGalleryTest.family());
        charts.add(ChartGalleryTest.everything());
        charts.add(ChartGalleryTest.pChart());
        charts.add(DeterministicOutputTest.percentages("Bed occupancy (%)", "Winter plan"));
        int points = 0;
        for (Analysis a : charts) {
            ChartOptions o = ChartOptions.defaults();
            String raw = raw(SpcChart.of(a, o), o);
            String scanned = ChartWriter.titlesInside(raw);
            assertEquals(reference(raw), scanned, a.metric());
            points += scanned.split("<circle ", -1).length - 1;
        }
        assertTrue(points > 50, "the charts have titled points to rewrite: " + points);
    }

    @Test
    void randomTextIsRewrittenAsThePatternsRewroteIt() {
        String[] pieces = {"<title>", "</title>", "<title>Mar 2025: 76.7%</title>", "<ellipse", "<path", "<rect",
            "<polygon", "<polyline", "<g", "<g>", "<gradient", "<circle", " cx='1.5'", " cy='2'", " rx='3'", " ry='3'",
            " ry='4'", " rx=''", " ry=''", " style='fill:red'", " clip-path='url(#t-clip-1)'", " d='M0,0L1,1'", "/>", ">",
            "<", "'", " ", "x", "</ellipse>", "</g>", "\u00a3", "\u2212"};
        Random random = new Random(20261202);
        for (int n = 0; n < 200_000; n++) {
            String text = RandomText.of(random, pieces, 14);
            assertEquals(reference(text), ChartWriter.titlesInside(text), text);
        }
    }

    /**
     * A coordinate's text is the same whether made or kept from before: to one decimal without a trailing ".0",
     * negative values and values past the kept range included (asked for twice, so the second answer is the
     * kept one).
     */
    @Test
    void coordinatesAreWrittenToOneDecimalWhetherKeptOrMade() {
        Random random = new Random(20261203);
        for (int n = 0; n < 200_000; n++) {
            double x = switch (n % 4) {
                case 0 -> random.nextInt(30_010) / 10.0;
                case 1 -> random.nextDouble() * 3100 - 50;
                case 2 -> (random.nextInt(2001) - 1000) / 100.0;
                default -> random.nextGaussian() * 1e6;
            };
            long t = Math.round(x * 10);
            long whole = Math.abs(t) / 10;
            long tenth = Math.abs(t) % 10;
            String expected = (t < 0 ? "-" : "") + whole + (tenth == 0 ? "" : "." + tenth);
            assertEquals(expected, ChartWriter.tenths(x), Double.toString(x));
            assertEquals(expected, ChartWriter.tenths(x), Double.toString(x));
        }
        assertEquals("800", ChartWriter.tenths(800));
        assertEquals("41.8", ChartWriter.tenths(41.8));
        assertEquals("0", ChartWriter.tenths(-0.04));
        assertEquals("-0.3", ChartWriter.tenths(-0.3));
        assertEquals("3000", ChartWriter.tenths(3000));
        assertEquals("3000.1", ChartWriter.tenths(3000.1));
        assertEquals("NaN", ChartWriter.tenths(Double.NaN));
    }
}
