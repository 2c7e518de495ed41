package dev.spc.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spc.core.Analysis;
import dev.spc.core.Spc;
import dev.spc.core.result.PointClass;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.Direction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A plain chart (signals hidden), as an exercise shows one: the signals of the analysis are there to be
 * found, but nothing on the chart, in its tooltips or in its description gives them away; the lines stay.
 */
class PlainChartTest {
    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    /** Twelve months about 50, then one month far above: an astronomical point, a concern when lower is better. */
    static Analysis withAConcern() {
        double[] v = {50, 52, 49, 51, 48, 50, 53, 47, 51, 49, 50, 52, 80};
        LocalDate[] d = new LocalDate[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = LocalDate.of(2024, 1, 1).plusMonths(i);
        }
        return Spc.analyse(Series.of("Falls on the ward", d, v),
                ChartSpec.builder().direction(Direction.DECREASE).build());
    }

    /** A colour as the SVG writer writes it: rgb(228,108,10). */
    static String rgb(java.awt.Color c) {
        return "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
    }

    @Test
    void thePlainChartHidesEverySignThatTheTeachingChartShows() {
        Analysis a = withAConcern();
        assertEquals(PointClass.CONCERN, a.pointClass(12), "the last point is a concern (80 is far beyond the limit)");
        ChartOptions teaching = ChartOptions.builder().theme(Theme.TEACHING).build();
        ChartOptions plain = teaching.toBuilder().signals(ChartOptions.Parts.HIDDEN).build();
        String concern = rgb(Theme.TEACHING.colour(PointClass.CONCERN));
        String coloured = ChartWriter.svg(SpcChart.of(a, teaching), teaching).toLowerCase(Locale.ROOT);
        String bare = ChartWriter.svg(SpcChart.of(a, plain), plain).toLowerCase(Locale.ROOT);
        // The teaching chart shows the concern: its colour, its label, its class in the tooltip and description.
        assertTrue(coloured.contains(concern), "the concern's colour");
        assertTrue(coloured.contains("beyond a limit"), "the signal's label");
        assertTrue(coloured.contains("(concern"), "the tooltip names the class");
        // The plain chart: none of it.
        assertFalse(bare.contains(concern), "no concern colour");
        assertFalse(bare.contains("beyond a limit"), "no signal label");
        assertFalse(bare.contains("concern"), "no class named anywhere: " + bare.substring(0, 600));
        assertFalse(bare.contains("special cause"), "no explanation in the description");
        assertTrue(bare.contains("13 points with their centre line and process limits"), "a neutral description");
        // Every point a grey circle: 13 circles in the common-cause colour.
        String grey = rgb(Theme.TEACHING.colour(PointClass.COMMON_CAUSE));
        assertEquals(13, bare.split("<circle", -1).length - 1, "13 circles");
        assertEquals(13, bare.split("<circle[^>]*" + java.util.regex.Pattern.quote(grey), -1).length - 1,
                "13 grey circles");
        // The lines stay: the limits' colour is there in both.
        assertTrue(bare.contains("stroke:" + rgb(Theme.TEACHING.limitLine())), "the limits are drawn");
        assertFalse(plain.showsIcons());
        assertFalse(plain.showsSubtitle());
    }

    @Test
    void smallMultiplesOfPlainChartsDescribeNoSignal() {
        ChartOptions plain = ChartOptions.builder().theme(Theme.TEACHING).signals(ChartOptions.Parts.HIDDEN).build();
        Analysis a = withAConcern();
        String svg = ChartWriter.svg(SmallMultiples.of(List.of(a, a), plain, SmallMultiples.Axes.SHARED, 2), plain);
        assertFalse(svg.toLowerCase(Locale.ROOT).contains("concern"), "no class named");
        assertTrue(new String(svg.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)
                .contains("Falls on the ward: 13 points"), "each chart described plainly");
    }
}
