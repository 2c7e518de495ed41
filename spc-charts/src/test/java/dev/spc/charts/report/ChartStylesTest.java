package dev.spc.charts.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spc.charts.ChartOptions;
import dev.spc.charts.ChartWriter;
import dev.spc.charts.SpcChart;
import dev.spc.core.Analysis;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The charts' styles as classes: nothing lost, much smaller, and nothing unsafe taken into the page's CSS. */
class ChartStylesTest {
    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    static String svg(Analysis a) {
        ChartOptions o = ChartOptions.builder().build();
        return ChartWriter.svgElement(SpcChart.of(a, o), o, "t-");
    }

    @Test
    void classesPutBackAsStylesGiveTheSameChart() {
        String sample = svg(ChartPipeline.samples().get(0));
        ChartStyles styles = ChartStyles.learn(sample);
        Map<String, String> byClass = new HashMap<>();
        Matcher rule = Pattern.compile("svg\\.chart \\.(s\\d+) \\{ (.*) \\}").matcher(styles.css());
        while (rule.find()) {
            byClass.put(rule.group(1), rule.group(2));
        }
        for (Analysis a : ChartPipeline.samples()) {
            String original = svg(a);
            String styled = styles.classed(original);
            assertTrue(styled.length() < 0.75 * original.length(), styled.length() + " of " + original.length());
            StringBuilder back = new StringBuilder();
            Matcher c = Pattern.compile(" class='(s\\d+)'").matcher(styled);
            while (c.find()) {
                c.appendReplacement(back, Matcher.quoteReplacement(" style='" + byClass.get(c.group(1)) + "'"));
            }
            c.appendTail(back);
            // Circles without a style take the page's style of circles (most points' style): put it back too.
            Matcher circles = Pattern.compile("svg\\.chart circle \\{ (.*) \\}").matcher(styles.css());
            assertTrue(circles.find(), styles.css());
            String restored = back.toString().replaceAll("(<circle [^>]*r='[^']*')>",
                    "$1 style='" + Matcher.quoteReplacement(circles.group(1)) + "'>");
            back = new StringBuilder(restored);
            // The only other changes: the dropped reference to the clip of the whole chart, and the groups that
            // held nothing but a label.
            assertEquals(original.replaceAll(" clip-path='url\\(#t-clip-0\\)'", "")
                    .replaceAll("<g>(<text [^>]*>[^<]*</text>)</g>", "$1"), back.toString());
            assertTrue(original.contains("<clipPath id='t-clip-0'><path d='M0,0L800,0L800,450L0,450L0,0Z'/></clipPath>"),
                    "clip 0 is the whole chart");
        }
    }

    @Test
    void labelGroupsAreUnwrappedAsThePatternUnwrappedThem() {
        Pattern labelGroup = Pattern.compile("<g>(<text [^>]*>[^<]*</text>)</g>");
        for (Analysis a : ChartPipeline.samples()) {
            String svg = svg(a);
            assertEquals(labelGroup.matcher(svg).replaceAll("$1"), ChartStyles.unwrapLabels(svg), a.metric());
        }
        String[] pieces = {"<g>", "<g><text ", "<text ", "x='1'", ">", "<", "Mar 2025", "</text>", "</g>", "</text></g>",
            "'", " ", "\u00a3"};
        java.util.Random random = new java.util.Random(20261202);
        for (int n = 0; n < 200_000; n++) {
            String text = dev.spc.charts.RandomText.of(random, pieces, 12);
            assertEquals(labelGroup.matcher(text).replaceAll("$1"), ChartStyles.unwrapLabels(text), text);
        }
    }

    @Test
    void onlyPlainCssCharactersBecomeClasses() {
        String svg = "<svg width='10.0' height='10.0'><rect style='fill:red'/><rect style='fill:red'/>"
                + "<text style='font-family: \"x\"</style><script>'/></svg>";
        ChartStyles styles = ChartStyles.learn(svg);
        assertEquals("svg.chart .s0 { fill:red }\n", styles.css());
        String applied = styles.apply(svg);
        assertTrue(applied.contains("<rect class='s0'/><rect class='s0'/>"), applied);
        assertTrue(applied.contains("style='font-family: \"x\"</style><script>'"), "left inline: " + applied);
        assertFalse(styles.css().contains("<"));
    }

    @Test
    void aClipThatIsNotTheWholeChartIsKept() {
        String svg = "<svg width='800.0' height='450.0'><defs><clipPath id='a'><path d='M1.0,0.0L800.0,0.0Z'/>"
                + "</clipPath></defs><line clip-path='url(#a)'/></svg>";
        assertEquals(svg, ChartStyles.learn("").apply(svg));
    }

    @Test
    void theRadiusGoesAsTheTwoReplacementsTookItOut() {
        String[] pieces = {"' r='4'>", "' r='4'/>", "' r='4'", " r='4'", "'", ">", "/>", "/", "<circle cx='1'", "4", "' r='",
            "r='44'/>"};
        java.util.Random random = new java.util.Random(20261203);
        for (int n = 0; n < 200_000; n++) {
            String text = dev.spc.charts.RandomText.of(random, pieces, 10);
            assertEquals(text.replace("' r='4'>", "'>").replace("' r='4'/>", "'/>"), ChartStyles.withoutRadius(text, "4"),
                    text);
        }
    }
}
