package dev.spc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spc.core.result.RuleId;
import dev.spc.core.result.RunStatistics;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.GhostsInRuns;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code --skip-ghosts-in-runs}: qicharts2's convention, which leaves excluded points out of its runs
 * analysis ({@code runs.analysis} keeps only the included points, so their neighbours become consecutive)
 * while its 3-sigma rule still judges every point (docs/methods.md, section 1.3). Worked by hand below.
 */
class GhostsInRunsTest {
    private static final LocalDate START = LocalDate.of(2024, 1, 1);

    private static Series series(double[] values, int ghost) {
        List<Series.Point> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            Series.Point p = Series.Point.of(START.plusMonths(i), values[i]);
            points.add(i == ghost ? p.withGhost() : p);
        }
        return Series.of("m", points);
    }

    private static ChartSpec spec(ChartType chart, GhostsInRuns ghosts) {
        return ChartSpec.builder().chart(chart).ghostsInRuns(ghosts).build();
    }

    /**
     * A run chart of 23 points, the 12th (index 11, value 2) ghosted. The other 22 are 11 below the median
     * (values 1 to 5) and 11 above it (10 to 16), so the median is (5 + 10) / 2 = 7.5 and every point is
     * useful. In time order their sides are - + - + - + -, then + + + + (ghost, below) + + + +, then seven -.
     * <ul>
     * <li>Counted (the default): 23 useful points, the longest run may be round(log2 23) + 3 = 5 + 3 = 8; the
     * ghost splits the highs into runs of 4, so the longest run is the final 7. Runs: 7 + 3 + 1 = 11, so 10
     * crossings, at least the 5% quantile of Binomial(22, 0.5), 7. No signal.
     * <li>Skipped (qicharts2): 22 useful points, limit round(log2 22) + 3 = 4 + 3 = 7; the eight highs join
     * into one run of 8 > 7, an unusually long run above the median. Runs: 7 + 1 + 1 = 9, so 8 crossings,
     * at least the quantile of Binomial(21, 0.5), 7.
     * </ul>
     */
    @Test
    void aGhostedPointNoLongerBreaksALongRunOfARunChart() {
        double[] y = {1, 10, 2, 11, 3, 12, 4, 13, 14, 15, 16, 2, 10, 11, 12, 13, 5, 4, 3, 2, 1, 2, 3};
        Series s = series(y, 11);

        Analysis counted = Spc.analyse(s, spec(ChartType.RUN, GhostsInRuns.COUNTED));
        assertEquals(7.5, counted.centre(0), 1e-12);
        assertEquals(new RunStatistics(23, 7, 8, 10, 7), counted.runStatistics());
        assertTrue(counted.signals().isEmpty(), "counted: " + counted.signals());

        Analysis skipped = Spc.analyse(s, spec(ChartType.RUN, GhostsInRuns.SKIPPED));
        assertEquals(7.5, skipped.centre(0), 1e-12);
        assertEquals(new RunStatistics(22, 8, 7, 8, 7), skipped.runStatistics());
        for (int i : new int[] {7, 8, 9, 10, 12, 13, 14, 15}) {
            assertEquals(Set.of(RuleId.LONG_RUN), skipped.rules(i), "point " + i);
        }
        assertEquals(Set.of(), skipped.rules(11), "the ghost is out of the run");
        assertEquals(Set.of(), skipped.rules(6), "the low before the run");
        assertEquals(8, skipped.signals().get(0).length());
    }

    /**
     * An XmR chart of 15 points, the 10th (index 9, value 0) ghosted. The other 14: 4 7 4 7 4 7 6 7 6 . 7 6 7 4
     * 4, sum 80, mean 80 / 14 = 5.714; moving ranges, pairing the ghost's neighbours (6 and 7): 3 3 3 3 3 1 1 1
     * 1 1 1 3 0, sum 24, AMR 24 / 13 = 1.846; limits 5.714 -+ 2.66 x 1.846 = 0.803 and 10.625; two-sigma lines
     * 2.440 and 8.988, which no point passes but the ghost. Sides of the mean: - + - + - +, then + + + (ghost,
     * below) + + +, then - -.
     * <ul>
     * <li>Counted: the ghost splits the highs into runs of 4 (indexes 5 to 8) and 3, so no shift of 6.
     * <li>Skipped: the highs of indexes 5 to 12, less the ghost, are one run of 7: a shift.
     * </ul>
     * Either way the ghost, at 0 below the lower limit 0.803, is an astronomical point: a rule that judges a
     * point alone still judges it.
     */
    @Test
    void aGhostedPointNoLongerBreaksAShiftButIsStillJudgedAgainstTheLimits() {
        double[] y = {4, 7, 4, 7, 4, 7, 6, 7, 6, 0, 7, 6, 7, 4, 4};
        Series s = series(y, 9);

        Analysis counted = Spc.analyse(s, spec(ChartType.XMR, GhostsInRuns.COUNTED));
        assertEquals(80.0 / 14, counted.centre(0), 1e-12);
        assertEquals(80.0 / 14 - 2.66 * 24 / 13, counted.lowerLimit(0), 1e-12);
        assertEquals(Set.of(RuleId.ASTRONOMICAL), counted.rules(9));
        for (int i = 0; i < y.length; i++) {
            assertFalse(counted.rules(i).contains(RuleId.SHIFT), "counted, point " + i);
        }

        Analysis skipped = Spc.analyse(s, spec(ChartType.XMR, GhostsInRuns.SKIPPED));
        assertEquals(counted.centre(0), skipped.centre(0), 0, "the lines are the same");
        assertEquals(Set.of(RuleId.ASTRONOMICAL), skipped.rules(9));
        for (int i = 0; i < y.length; i++) {
            boolean inShift = i >= 5 && i <= 12 && i != 9;
            assertEquals(inShift, skipped.rules(i).contains(RuleId.SHIFT), "skipped, point " + i);
        }
    }

    @Test
    void withoutGhostsTheConventionsAgree() {
        double[] y = {1, 10, 2, 11, 3, 12, 4, 13, 14, 15, 16, 2, 10, 11, 12, 13, 5, 4, 3, 2, 1, 2, 3};
        Series s = series(y, -1);
        for (ChartType chart : new ChartType[] {ChartType.RUN, ChartType.XMR}) {
            Analysis counted = Spc.analyse(s, spec(chart, GhostsInRuns.COUNTED));
            Analysis skipped = Spc.analyse(s, spec(chart, GhostsInRuns.SKIPPED));
            assertEquals(counted.signals(), skipped.signals(), chart.id());
            assertEquals(counted.runStatistics(), skipped.runStatistics(), chart.id());
        }
    }
}
