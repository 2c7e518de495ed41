package dev.spc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spc.core.result.PointClass;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.Direction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExplanationTest {
    static Series daily(double... v) {
        List<Series.Point> points = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            points.add(Series.Point.of(LocalDate.of(2024, 1, 1).plusDays(i), v[i]));
        }
        return Series.of("m", points);
    }

    @Test
    void linesKeepEnoughDecimalsToStayApartFromEachOtherAndTheTarget() {
        double[] v = new double[20];
        for (int i = 0; i < v.length; i++) {
            v[i] = (99_950 + i % 5) / 1000.0;
        }
        Analysis a = Spc.analyse(daily(v).withUnit("%"), ChartSpec.builder().direction(Direction.INCREASE).target(99.96)
                .build());
        String text = a.explanation();
        // By hand: the values cycle 99.950 .. 99.954, so the mean is 99.952; of the 19 moving ranges, 16 are
        // 0.001 and 3 are 0.004 (sum 0.028), AMR = 0.0014737 and the limits 99.952 -+ 2.66 AMR = -+ 0.0039200:
        // 99.9481 and 99.9559 to the 4 decimals that sigma (0.0013) calls for.
        assertTrue(text.contains("values from 99.9481% to 99.9559%"), text);
        assertTrue(text.contains("(mean 99.9520%)"), text);
        assertTrue(text.startsWith("The latest point (20 Jan 2024: 99.954%)"), text);
        assertTrue(text.contains("The target of 99.96% lies above the upper process limit of 99.9559%"), text);
    }

    @Test
    void valuesAreShownAsGiven() {
        Analysis a = Spc.analyse(daily(123456.7), ChartSpec.mdc());
        assertTrue(a.explanation().startsWith("The latest point (Jan 2024: 123,456.7)"), a.explanation());
        assertTrue(a.explanation(Locale.GERMANY).startsWith("The latest point (Jan 2024: 123.456,7)"),
                "numbers as the locale writes them: " + a.explanation(Locale.GERMANY));
        assertEquals("23.65", Formats.number(23.65));
        assertEquals("23.7", Formats.fixed(23.65, 1), "half up from the decimal the data show");
        assertEquals("25.0", Formats.fixed(24.95, 1));
        assertEquals("0", Formats.fixed(-0.0001, 2).replace(".00", ""));
    }

    @Test
    void aConflictGivesTheWinningSideAsTheReasonAndNamesTheOther() {
        // Seven points below the mean that are also a rising run: a shift low (concern) and a trend high
        // (improvement) on the same points; with direction increase improvement wins (docs/methods.md, section 3).
        Analysis a = Spc.analyse(daily(50, 40, 55, 45, 52, 38, 56, 44, 50, 41, 54, 47, 51, 43, 30, 31, 32, 33, 34, 35, 36),
                ChartSpec.builder().direction(Direction.INCREASE).build());
        int last = a.size() - 1;
        assertEquals(PointClass.IMPROVEMENT, a.pointClass(last));
        String text = a.explanation();
        assertTrue(text.contains("shows special cause improvement: a run of 7 rising points since 15 Jan 2024."), text);
        assertTrue(text.contains("It is also flagged as a concern (7 points in a row below the mean since 15 Jan 2024); "
                + "improvement wins such a conflict."), text);
    }

    @Test
    void gapsThatLeaveNoMovingRangeAreNamedAsTheReason() {
        double[] v = new double[28];
        for (int i = 0; i < v.length; i++) {
            v[i] = i % 2 == 0 ? 10 + i % 3 : Double.NaN;
        }
        Analysis a = Spc.analyse(daily(v), ChartSpec.mdc());
        assertTrue(a.explanation().contains("gaps leave no two consecutive points with values"), a.explanation());
        assertTrue(a.notes().get(0).contains("no moving range"), a.notes().toString());
    }

    @Test
    void aShortBaselineIsNamedAsTheReason() {
        double[] v = new double[20];
        for (int i = 0; i < v.length; i++) {
            v[i] = 20 + i % 4;
        }
        Analysis a = Spc.analyse(daily(v), ChartSpec.builder().baselinePoints(10).build());
        String text = a.explanation();
        assertTrue(text.contains("cannot be judged: the baseline has 10 points and process limits need at least 13"), text);
        // The baseline's mean by hand: 20, 21, 22, 23, 20, 21, 22, 23, 20, 21 sum to 213.
        assertTrue(text.endsWith("The mean of the baseline is 21.3."), text);
    }

    @Test
    void aRecalculationIsMentionedOnlyWhenTheLatestPointIsInTheNewPhase() {
        double[] v = new double[22];
        for (int i = 0; i < v.length; i++) {
            v[i] = i < 20 ? 20 + (i * 7) % 5 : Double.NaN;
        }
        Analysis a = Spc.analyse(daily(v), ChartSpec.builder().recalculateFrom(LocalDate.of(2024, 1, 21)).build());
        assertFalse(a.explanation().contains("recalculated"), a.explanation());
        assertTrue(a.notes().contains("The phase from 2024-01-21 has no values."), a.notes().toString());
    }

    /** 12 points at 1..12 then 12 at 21..32 (median 16.5), as in the run chart test of the chart families. */
    static double[] shifted() {
        double[] y = new double[24];
        for (int i = 0; i < 12; i++) {
            y[i] = 1 + (i * 5) % 12;
            y[12 + i] = 21 + (i * 7) % 12;
        }
        return y;
    }

    @Test
    void aPointFlaggedWithAndWithoutASideGivesBothReasons() {
        Analysis a = Spc.analyse(daily(shifted()), ChartSpec.builder().chart(dev.spc.core.spec.ChartType.RUN)
                .direction(Direction.INCREASE).build());
        String text = a.explanation();
        assertTrue(text.contains("longer than chance allows") && text.contains("cross the median only once"), text);
    }

    @Test
    void runChartsSpeakOfTheMedianAndOfTheirOwnRules() {
        double[] y = shifted();
        List<Series.Point> points = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            Series.Point p = Series.Point.of(LocalDate.of(2024, 1, 1).plusDays(i), y[i]);
            points.add(i == 12 ? p.withRebase() : p);
        }
        ChartSpec run = ChartSpec.builder().chart(dev.spc.core.spec.ChartType.RUN).minimumPoints(10).build();
        String rebased = Spc.analyse(Series.of("m", points), run).explanation();
        assertTrue(rebased.contains("The median was recalculated from"), rebased);
        String ihi = Spc.analyse(Series.of("m", points), run.toBuilder().rules(dev.spc.core.spec.RuleSet.IHI).build())
                .explanation();
        assertFalse(ihi.contains("longest run"), "IHI rules do not quote Anhøj's limits: " + ihi);
    }

    @Test
    void anMrChartOfOneValueSaysWhyThereIsNothingToPlot() {
        String text = Spc.analyse(daily(5), ChartSpec.builder().chart(dev.spc.core.spec.ChartType.MR).build()).explanation();
        assertEquals("There is nothing to plot yet: a moving range needs two values in a row.", text);
    }
}
