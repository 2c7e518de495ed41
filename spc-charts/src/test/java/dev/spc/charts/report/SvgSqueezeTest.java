package dev.spc.charts.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spc.core.Analysis;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** The report's charts written shorter: the same lines, labels and tooltips, in fewer bytes. */
class SvgSqueezeTest {
    private static final String CLIP = "<defs><clipPath id='c1'><path d='M54,34L54,423L778,423L778,34Z'/></clipPath></defs>";

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void solidLinesOfOneStyleBetweenLabelsBecomeOnePath() {
        String svg = "<svg>" + CLIP
                + "<text x='1' y='2' class='s3'>Jan 20</text><line x1='67.9' y1='425' x2='67.9' y2='423' class='s2'/>"
                + "<text x='3' y='4' class='s3'>Jul 20</text><line x1='138.5' y1='425' x2='138.5' y2='423' class='s2'/>"
                + "<line x1='54' y1='406.1' x2='778' y2='406.1' class='s4' clip-path='url(#c1)'/>"
                + "<line x1='54' y1='382.1' x2='778' y2='382.1' class='s4' clip-path='url(#c1)'/>"
                + "<line x1='67.9' y1='60' x2='764' y2='60' class='s6' clip-path='url(#c1)'/>"
                + "<line x1='67.9' y1='396' x2='764' y2='396' class='s6' clip-path='url(#c1)'/>"
                + "<circle cx='1' cy='2' r='4.5'/></svg>";
        String squeezed = SvgSqueeze.squeeze(svg, Set.of("s2", "s4"));
        // No line needs the clip any more: it goes, and the defs it leaves empty.
        assertEquals("<svg>"
                // The tick marks: one path where the first was, the labels in their order.
                + "<text x='1' y='2' class='s3'>Jan 20</text><path class='s2' fill='none' d='M67.9,425V423M138.5,425V423'/>"
                + "<text x='3' y='4' class='s3'>Jul 20</text>"
                // The grid lines lie inside the clip's box: one path, without the clip.
                + "<path class='s4' fill='none' d='M54,406.1H778M54,382.1H778'/>"
                // Dashed lines (s6 is not mergeable) stay lines, each its own dash pattern; inside the box, unclipped.
                + "<line x1='67.9' y1='60' x2='764' y2='60' class='s6'/>"
                + "<line x1='67.9' y1='396' x2='764' y2='396' class='s6'/>"
                + "<circle cx='1' cy='2' r='4.5'/></svg>", squeezed);
    }

    @Test
    void aLineOutsideTheClipKeepsItAndALoneLineStaysALine() {
        String svg = "<svg>" + CLIP + "<line x1='40' y1='50' x2='778' y2='50' class='s4' clip-path='url(#c1)'/>"
                + "<rect/><line x1='60' y1='50' x2='70' y2='50' class='s4' clip-path='url(#c1)'/></svg>";
        // The clip, still used, is written with steps.
        assertEquals("<svg><defs><clipPath id='c1'><path d='M54,34v389h724v-389z'/></clipPath></defs>"
                + "<line x1='40' y1='50' x2='778' y2='50' class='s4' clip-path='url(#c1)'/>"
                + "<rect/><line x1='60' y1='50' x2='70' y2='50' class='s4'/></svg>",
                SvgSqueeze.squeeze(svg, Set.of("s4")));
    }

    @Test
    void aMarkInsideThePlotIsAPathWithItsTooltip() {
        String svg = "<svg>" + CLIP
                + "<g class='s14' clip-path='url(#c1)'><title>Mar 2024: 569.64 (Shift)</title><path d='M657.5,247L662.7,256.4L652.3,256.4Z'/></g>"
                + "<g class='s14' clip-path='url(#c1)'><title>At the edge</title><path d='M777,30L780,40L775,40Z'/></g>"
                + "<g class='s8' clip-path='url(#c1)'><path d='M67.9,135.2C80,1,2,3,79.9,251.7'/></g></svg>";
        assertEquals("<svg><defs><clipPath id='c1'><path d='M54,34v389h724v-389z'/></clipPath></defs>"
                // The triangle's corners as steps from the first: (657.5,247) (662.7,256.4) (652.3,256.4).
                + "<path class='s14' d='M657.5,247l5.2,9.4h-10.4z'><title>Mar 2024: 569.64 (Shift)</title></path>"
                + "<path class='s14' clip-path='url(#c1)' d='M777,30l3,10h-5z'><title>At the edge</title></path>"
                + "<path class='s8' clip-path='url(#c1)' d='M67.9,135.2C80,1,2,3,79.9,251.7'/></svg>",
                SvgSqueeze.squeeze(svg, Set.of()));
    }

    @Test
    void stepsGiveBackTheSamePoints() {
        // Steps that repeat a command leave it out, a minus or a space keeping the numbers apart.
        assertEquals("<path d='M67.9,135.2l12,116.5 11.3-36.7-12,0.1h5 7-3v4-2'/>",
                SvgSqueeze.relative("<path d='M67.9,135.2L79.9,251.7L91.2,215L79.2,215.1L84.2,215.1L91.2,215.1L88.2,215.1"
                        + "L88.2,219.1L88.2,217.1'/>"));
        // Two points are left as they are.
        assertEquals("<path d='M1,2L3,4'/>", SvgSqueeze.relative("<path d='M1,2L3,4'/>"));
    }

    @Test
    void theSampleChartsKeepEveryLabelAndTooltipAndParseAsXml() throws Exception {
        String sample = ChartStylesTest.svg(ChartPipeline.samples().get(0));
        ChartStyles styles = ChartStyles.learn(sample);
        for (Analysis a : ChartPipeline.samples()) {
            String classed = styles.classed(ChartStylesTest.svg(a));
            String squeezed = styles.apply(ChartStylesTest.svg(a));
            assertEquals(all("<title>[^<]*</title>", classed), all("<title>[^<]*</title>", squeezed), "tooltips");
            assertEquals(all("<text [^>]*>[^<]*</text>", classed), all("<text [^>]*>[^<]*</text>", squeezed), "labels");
            assertEquals(all("<circle [^>]*>", classed).stream().map(c -> c.replace(" r='4.5'", "")).toList(),
                    all("<circle [^>]*>", squeezed), "points");
            // Every segment of every line is still drawn, in its class.
            // (Points keep their places: the page gives circles without a radius the usual one.)
            assertTrue(styles.css().contains("svg.chart circle:not([r]) { r: 4.5px }"), styles.css());
            Matcher line = Pattern.compile("<line x1='([^']*)' y1='([^']*)' x2='([^']*)' y2='([^']*)' class='(s\\d+)'")
                    .matcher(classed);
            while (line.find()) {
                String segment = SvgSqueeze.segment(line.group(1), line.group(2), line.group(3), line.group(4));
                assertTrue(squeezed.contains(segment) || squeezed.contains(line.group()),
                        line.group() + " is drawn");
            }
            assertTrue(squeezed.length() < 0.9 * classed.length(), squeezed.length() + " of " + classed.length());
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(squeezed)));
        }
        assertFalse(SvgSqueeze.boxes("<clipPath id='a'><path d='M0,0C1,2,3,4Z'/></clipPath>").containsKey("a"),
                "a clip with curves is no box");
        assertEquals(Map.of(), SvgSqueeze.boxes("<svg/>"));
    }

    private static List<String> all(String regex, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void replacingEachMatchFoundByItsFirstCharactersIsReplacingEveryMatchASearchFinds() {
        java.util.regex.Pattern group = java.util.regex.Pattern.compile("<g( class='s\\d+')?>(<title>[^<]*</title>)?<path d='([^']*)'/></g>");
        String[] pieces = {"<g>", "<g class='s1'>", "<g", "<title>a</title>", "<path d='M1,2'/>", "</g>", "<", "'", "x",
            "<g><g>", "/></g>"};
        java.util.Random random = new java.util.Random(20261204);
        for (int n = 0; n < 200_000; n++) {
            String text = dev.spc.charts.RandomText.of(random, pieces, 12);
            String expected = group.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                    "[" + m.group(3) + (m.group(1) == null ? "" : m.group(1)) + "]"));
            assertEquals(expected, SvgSqueeze.replaceEach(text, "<g", group,
                    m -> "[" + m.group(3) + (m.group(1) == null ? "" : m.group(1)) + "]"), text);
        }
    }

    /** The squeeze, or the name of the exception it throws. */
    private static String squeezedOrRefused(java.util.function.Supplier<String> squeeze) {
        try {
            return squeeze.get();
        } catch (RuntimeException e) {
            return e.getClass().getName();
        }
    }

    @Test
    void theScansSqueezeAsThePatternsDidOnEverySampleChartAndOnRandomText() {
        String sample = ChartStylesTest.svg(ChartPipeline.samples().get(0));
        ChartStyles styles = ChartStyles.learn(sample);
        Set<String> mergeable = Set.of("s3", "s4");
        for (Analysis a : ChartPipeline.samples()) {
            String classed = styles.classed(ChartStylesTest.svg(a));
            for (Set<String> m : List.of(mergeable, Set.<String>of(), Set.of("s2", "s3", "s4", "s5", "s6", "s7"))) {
                assertEquals(SvgSqueezeByPatterns.squeeze(classed, m), SvgSqueeze.squeeze(classed, m), a.metric());
            }
        }
        String[] pieces = {
            "<defs><clipPath id='c1'><path d='M37,68L37,423L778,423L778,68Z'/></clipPath></defs>",
            "<clipPath id='c2'><path d='M0,0L10,0L10,10L0,10L0,0Z'/></clipPath>",
            "<clipPath id='c3'><path d='M0,0C1,2,3,4Z'/></clipPath>",
            "<line x1='37' y1='423' x2='778' y2='423' class='s3'/>",
            "<line x1='51.3' y1='425' x2='51.3' y2='423' class='s3'/>",
            "<line x1='37' y1='398.5' x2='778' y2='398.5' class='s4' clip-path='url(#c1)'/>",
            "<line x1='-5' y1='2' x2='900' y2='4' class='s4' clip-path='url(#c1)'/>",
            "<line x1='1' y1='2' x2='3' y2='4' class='s5' clip-path='url(#c2)'/>",
            "<line x1='1' y1='2' x2='3' y2='4' class='s3' clip-path='url(#c9)'/>",
            "<line x1='1' y1='2' x2='3' y2='4' class='s12'/>",
            "<line x1='1' y1='2' x2='3' y2='4' style='x'/>",
            // Lines cut short, to be ended (or not) by the pieces that follow.
            "<line x1='1' y1='2' x2='3' y2='4' class='s3'",
            "<line x1='1' y1='2' x2='3' y2='4' class='s4' clip-path='url(#c1)'",
            "<line x1='1' y1='2' x2='3' y2='4' class='s'",
            "<line x1='1' y1='2' x2='3' y2='4' class='s4' clip-path='url(#",
            "<line x1='1' y1='2' x2='3' y2='4'",
            "<text x='1' y='2' class='s2'>Jan 22</text>",
            "<g class='s6' clip-path='url(#c1)'><title>Jan 2020: 5</title>"
                    + "<path d='M51.3,144.5L63.5,249.9L75.1,242.7Z'/></g>",
            "<g><path d='M1,2L3,4'/></g>",
            "<path class='s8' d='M51.3,144.5L63.5,249.9L75.1,242.7L80,80'/>",
            "<path d='M-1.25,0L0,-0L3,4Z'/>", "<path d='M1,2L3,4L5,6L7.04,8.96'/>",
            "<circle cx='1' cy='2' r='4.5'/>",
            "<line ", "<line x1='", "'", "/>", ">", "<", "<text ", "</text>", " clip-path='url(#c1)'", "<g>", "</g>",
            " d='M", " d='M1,2L3,4L5,6'", "Z", "L7,8", "L1-2,3", "L.5,1.", "L1.2.3,4", ",", "-", ".", "9",
            " class='s3'",
            "' y1='", "' x2='", "' y2='", "</defs>", "<defs></defs>",
        };
        java.util.Random random = new java.util.Random(20261203);
        for (int n = 0; n < 100_000; n++) {
            String text = dev.spc.charts.RandomText.of(random, pieces, 14);
            assertEquals(squeezedOrRefused(() -> SvgSqueezeByPatterns.squeeze(text, mergeable)),
                    squeezedOrRefused(() -> SvgSqueeze.squeeze(text, mergeable)), text);
        }
    }

    @Test
    void aPathsNumbersAreThoseThePatternFindsReadAsJavaReadsThem() {
        String[] pieces = {"-", "0", "1", "7", "23", ".", "5", "M", "L", ",", " ", "Z", "C", "e", "0.1",
            "12345678901234567", "9.87654321012345", "-0", "1e5"};
        java.util.Random random = new java.util.Random(20261203);
        for (int n = 0; n < 200_000; n++) {
            String text = dev.spc.charts.RandomText.of(random, pieces, 10);
            double[] expected = SvgSqueezeByPatterns.bounds(text);
            double[] actual = SvgSqueeze.bounds(text);
            assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(actual), text);
        }
        // Read exactly as Java reads them, negative zero and the last digit of long decimals included.
        for (String number : List.of("-0", "0.1", "0.3", "123456789012345", "1234567890123456", "9.99999999999999",
                "0.000000000000001", "417.3", "-77.05", "12.", ".5", "1-2", "-", "")) {
            assertEquals(squeezedOrRefused(() -> Double.toString(Double.parseDouble(number))),
                    squeezedOrRefused(() -> Double.toString(SvgSqueeze.number(number, 0, number.length()))), number);
        }
    }
}
