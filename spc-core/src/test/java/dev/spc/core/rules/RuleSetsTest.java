package dev.spc.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spc.core.limits.FixedLines;
import dev.spc.core.result.RuleId;
import dev.spc.core.result.RunStatistics;
import dev.spc.core.result.Side;
import dev.spc.core.result.Signal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each rule of the Western Electric, Nelson, IHI and Anhøj sets on hand-made points against fixed lines:
 * centre 0 and sigma 1, so the one-, two- and three-sigma lines lie at -+1, -+2 and -+3 (docs/methods.md, sections
 * 5 and 9). Each test shows a pattern that fires and the nearest one that does not.
 */
class RuleSetsTest {

    /** The 1-based positions of the points the rule flags, and the sides of its signals. */
    record Found(List<Integer> points, List<Side> sides) {
    }

    static Found apply(Rule rule, double... y) {
        int n = y.length;
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
        }
        ChartView view = new ChartView(n, index, y, new int[n], null, FixedLines.of(0, 1), null);
        Findings f = new Findings(n);
        rule.apply(view, f);
        List<Integer> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (Findings.has(f.flags()[i], rule.id())) {
                points.add(i + 1);
            }
        }
        List<Side> sides = new ArrayList<>();
        for (Signal s : f.signals()) {
            sides.add(s.side());
        }
        return new Found(points, sides);
    }

    static List<Integer> flagged(Rule rule, double... y) {
        return apply(rule, y).points();
    }

    static double[] repeat(double v, int n) {
        double[] y = new double[n];
        java.util.Arrays.fill(y, v);
        return y;
    }

    static double[] alternate(double a, double b, int n) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2 == 0 ? a : b;
        }
        return y;
    }

    @Test
    void westernElectricOneIsAPointBeyondThreeSigma() {
        Rule we1 = new Beyond(RuleId.WE1, 3);
        assertEquals(List.of(2, 4), flagged(we1, 0, 3.5, 3.0, -3.1));
        assertEquals(List.of(Side.HIGH, Side.LOW), apply(we1, 0, 3.5, 3.0, -3.1).sides());
    }

    @Test
    void westernElectricTwoIsTwoOfThreeBeyondTwoSigmaOnOneSide() {
        Rule we2 = new BeyondInWindow(RuleId.WE2, 2, 3, 2);
        // The third point may lie anywhere, even on the other side.
        assertEquals(List.of(1, 3), flagged(we2, 2.5, -1, 2.1));
        // Beyond two sigma on different sides is no signal.
        assertEquals(List.of(), flagged(we2, 2.5, -1, -2.5));
        // Two beyond, but four points apart.
        assertEquals(List.of(), flagged(we2, 2.5, 0, 0, 2.5));
    }

    @Test
    void westernElectricThreeIsFourOfFiveBeyondOneSigma() {
        Rule we3 = new BeyondInWindow(RuleId.WE3, 4, 5, 1);
        assertEquals(List.of(1, 2, 4, 5), flagged(we3, 1.5, 1.2, 0.5, 1.1, 1.9));
        assertEquals(List.of(), flagged(we3, 1.5, 1.2, 0.5, 0.9, 1.9));
    }

    @Test
    void westernElectricFourIsEightInARowOnOneSide() {
        Rule we4 = new Shift(RuleId.WE4, 8, Shift.OnCentre.BREAKS);
        assertEquals(8, flagged(we4, repeat(0.5, 8)).size());
        assertEquals(0, flagged(we4, repeat(0.5, 7)).size());
    }

    @Test
    void nelsonTestsTwoAndThreeUseTheirK() {
        assertEquals(9, flagged(new Shift(RuleId.NELSON2, 9, Shift.OnCentre.BREAKS), repeat(-0.2, 9)).size());
        assertEquals(0, flagged(new Shift(RuleId.NELSON2, 9, Shift.OnCentre.BREAKS), repeat(-0.2, 8)).size());
        assertEquals(7, flagged(new Shift(RuleId.NELSON2, 7, Shift.OnCentre.BREAKS), repeat(-0.2, 7)).size());
        assertEquals(List.of(1, 2, 3, 4, 5, 6),
                flagged(new Trend(RuleId.NELSON3, 6, Trend.Ties.BREAK), -1, -0.5, 0, 0.2, 0.4, 0.9, 0.1));
    }

    @Test
    void nelsonFourIsFourteenAlternatingWithNoSide() {
        Rule nelson4 = new Alternating(RuleId.NELSON4, 14);
        Found found = apply(nelson4, alternate(0.5, -0.5, 14));
        assertEquals(14, found.points().size());
        assertEquals(List.of(Side.NONE), found.sides());
        assertEquals(0, flagged(nelson4, alternate(0.5, -0.5, 13)).size());
        // An equal neighbour ends the alternation: 7 + 7 points.
        double[] y = alternate(0.5, -0.5, 14);
        y[7] = y[6];
        assertEquals(0, flagged(nelson4, y).size());
    }

    @Test
    void nelsonFiveAndSixAreKOfKPlusOne() {
        assertEquals(List.of(1, 2), flagged(new BeyondInWindow(RuleId.NELSON5, 2, 3, 2), 2.2, 2.9, 0));
        assertEquals(List.of(1, 2, 3, 5),
                flagged(new BeyondInWindow(RuleId.NELSON6, 4, 5, 1), -1.2, -1.5, -1.1, 0, -2.5));
    }

    @Test
    void nelsonSevenIsFifteenHuggingTheCentreLine() {
        Rule nelson7 = new ZoneRun(RuleId.NELSON7, 15, ZoneRun.Zone.WITHIN_ONE_SIGMA);
        assertEquals(15, flagged(nelson7, repeat(0.3, 15)).size());
        double[] y = repeat(0.3, 15);
        y[7] = 1.0; // on the one-sigma line: not within it
        assertEquals(0, flagged(nelson7, y).size());
    }

    @Test
    void nelsonEightIsEightAvoidingTheCentreLine() {
        Rule nelson8 = new ZoneRun(RuleId.NELSON8, 8, ZoneRun.Zone.BEYOND_ONE_SIGMA);
        Found found = apply(nelson8, alternate(1.5, -1.5, 8));
        assertEquals(8, found.points().size());
        assertEquals(List.of(Side.NONE), found.sides());
        assertEquals(0, flagged(nelson8, alternate(1.5, -1.5, 7)).size());
    }

    @Test
    void ihiShiftSkipsPointsOnTheCentreLine() {
        double[] y = {0.5, 0.5, 0.5, 0, 0.5, 0.5, 0.5};
        assertEquals(List.of(1, 2, 3, 5, 6, 7), flagged(new Shift(RuleId.IHI_SHIFT, 6, Shift.OnCentre.SKIPPED), y));
        // The MDC shift counts the same point as a break.
        assertEquals(List.of(), flagged(new Shift(6), y));
    }

    @Test
    void ihiTrendIgnoresOneOfTwoEqualPoints() {
        double[] y = {1, 2, 2, 3, 4, 5};
        assertEquals(List.of(1, 2, 4, 5, 6), flagged(new Trend(RuleId.IHI_TREND, 5, Trend.Ties.SKIP), y));
        assertEquals(List.of(), flagged(new Trend(5), y));
    }

    @Test
    void swedEisenhartProbabilitiesMatchTheHandCount() {
        // n1 = n2 = 5: C(10, 5) = 252 orders. R = 2 in 2 of them; R = 3 in C(4,0)C(4,1) + C(4,1)C(4,0) = 8.
        assertEquals(2.0 / 252, RunsCount.probability(5, 5, 2), 1e-12);
        assertEquals(8.0 / 252, RunsCount.probability(5, 5, 3), 1e-12);
        // n1 = n2 = 10: P(R <= 6) = (2 + 18 + 162 + 648 + 2592) / 184756 = 0.018521, P(R <= 7) = 0.051257.
        assertEquals(3422.0 / 184756, RunsCount.atMost(10, 10, 6), 1e-12);
        assertEquals(9470.0 / 184756, RunsCount.atMost(10, 10, 7), 1e-12);
        double total = 0;
        for (int r = 0; r <= 20; r++) {
            total += RunsCount.probability(12, 8, r);
        }
        assertEquals(1, total, 1e-12);
    }

    @Test
    void ihiRunsCountFlagsTooFewAndTooManyRuns() {
        // Ten points, five each side. Two runs: P(R <= 2) = 2/252 <= 0.025, too few; three runs: 10/252 > 0.025.
        Found few = apply(new RunsCount(RuleId.IHI_FEW_RUNS), 1, 1, 1, 1, 1, -1, -1, -1, -1, -1);
        assertEquals(10, few.points().size());
        assertEquals(List.of(Side.NONE), few.sides());
        assertEquals(0, flagged(new RunsCount(RuleId.IHI_FEW_RUNS), 1, 1, 1, -1, -1, -1, -1, -1, 1, 1).size());
        // Ten runs (alternating): P(R >= 10) = 2/252, too many; nine runs: P(R >= 9) = 10/252, not.
        assertEquals(10, flagged(new RunsCount(RuleId.IHI_MANY_RUNS), alternate(1, -1, 10)).size());
        assertEquals(0, flagged(new RunsCount(RuleId.IHI_MANY_RUNS), 1, -1, 1, -1, 1, -1, 1, -1, -1, 1).size());
    }

    @Test
    void anhoejThresholdsMatchTheMethodsTable() {
        // docs/methods.md, section 5: n = 10 -> 6/2; 24 -> 8/8; 50 -> 9/19; 100 -> 10/41 (longest run / fewest crossings).
        int[][] table = {{10, 6, 2}, {24, 8, 8}, {50, 9, 19}, {100, 10, 41}};
        for (int[] row : table) {
            assertEquals(row[1], RunStatistics.longestRunLimit(row[0]), "longest run limit for n = " + row[0]);
            assertEquals(row[2], RunStatistics.crossingsMinimum(row[0]), "fewest crossings for n = " + row[0]);
        }
    }

    @Test
    void anhoejLongRunAndFewCrossingsOnTwentyFourPoints() {
        // 24 useful points: a run of 9 on one side is longer than the limit of 8; a run of 8 is not.
        double[] y = alternate(1, -1, 24);
        for (int i = 0; i < 9; i++) {
            y[i] = 1;
        }
        Found longRun = apply(new LongRun(), y);
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), longRun.points());
        assertEquals(List.of(Side.HIGH), longRun.sides());
        y[8] = -1;
        assertEquals(List.of(), flagged(new LongRun(), y));
        // 7 crossings (8 runs of 3) is fewer than the 8 chance allows; 8 crossings is not.
        double[] runsOfThree = new double[24];
        for (int i = 0; i < 24; i++) {
            runsOfThree[i] = (i / 3) % 2 == 0 ? 1 : -1;
        }
        assertEquals(24, flagged(new FewCrossings(), runsOfThree).size());
        runsOfThree[23] = 1; // a ninth run: 8 crossings
        assertEquals(0, flagged(new FewCrossings(), runsOfThree).size());
        assertTrue(flagged(new FewCrossings(), repeat(0, 24)).isEmpty(), "points on the line are not useful");
    }
}
