package dev.spc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spc.core.result.AssuranceIcon;
import dev.spc.core.result.PointClass;
import dev.spc.core.result.RunStatistics;
import dev.spc.core.result.VariationIcon;
import dev.spc.core.series.InputProblem;
import dev.spc.core.series.InvalidInputException;
import dev.spc.core.series.Remedy;
import dev.spc.core.series.Series;
import dev.spc.core.series.Subgroup;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.Direction;
import dev.spc.core.spec.GLimits;
import dev.spc.core.spec.RuleSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every chart family on a small series, its lines worked by hand from the formulas of docs/methods.md, sections
 * 2 and 5-8 (the working is in each test's comments). The minimum number of points is lowered to 2 so
 * that four points get limits.
 */
class ChartFamiliesTest {
    static final LocalDate START = LocalDate.of(2024, 1, 1);
    static final double EXACT = 1e-12;

    static ChartSpec spec(ChartType chart) {
        return ChartSpec.builder().chart(chart).minimumPoints(2).build();
    }

    static Series values(double... v) {
        List<Series.Point> points = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            points.add(Series.Point.of(START.plusMonths(i), v[i]));
        }
        return Series.of("m", points);
    }

    /** Pairs of numerator and denominator. */
    static Series ratios(double... pairs) {
        List<Series.Point> points = new ArrayList<>();
        for (int i = 0; i < pairs.length / 2; i++) {
            points.add(Series.Point.ratio(START.plusMonths(i), pairs[2 * i], pairs[2 * i + 1]));
        }
        return Series.of("m", points);
    }

    static Series subgroups(double[]... groups) {
        List<Series.Point> points = new ArrayList<>();
        for (int i = 0; i < groups.length; i++) {
            points.add(Series.Point.subgroup(START.plusMonths(i), Subgroup.of(groups[i])));
        }
        return Series.of("m", points);
    }

    @Test
    void runChartCentreIsTheMedianAndHasNoLimits() {
        // 3 1 4 1 5 9 2 6 sorted: 1 1 2 3 | 4 5 6 9, median (3 + 4) / 2 = 3.5.
        Analysis a = Spc.analyse(values(3, 1, 4, 1, 5, 9, 2, 6), spec(ChartType.RUN));
        assertEquals(3.5, a.centre(0), EXACT);
        assertTrue(Double.isNaN(a.upperLimit(0)) && Double.isNaN(a.lowerLimit(7)));
        assertTrue(a.isJudged(7), "a run chart judges its points against the median");
        assertEquals(AssuranceIcon.NONE, a.assurance());
    }

    @Test
    void anhoejRulesFindAKnownShiftOnARunChart() {
        // 12 points at 1..12 then 12 at 21..32: median 16.5, 24 useful points, 2 runs of 12, 1 crossing.
        // Limits for n = 24 (docs/methods.md, section 5): longest run 8, fewest crossings 8: both signal.
        double[] y = new double[24];
        for (int i = 0; i < 12; i++) {
            y[i] = 1 + (i * 5) % 12;
            y[12 + i] = 21 + (i * 7) % 12;
        }
        Analysis a = Spc.analyse(values(y), ChartSpec.builder().chart(ChartType.RUN).direction(Direction.INCREASE)
                .build());
        assertEquals(16.5, a.centre(0), EXACT);
        RunStatistics r = a.runStatistics();
        assertEquals(new RunStatistics(24, 12, 8, 1, 8), r);
        assertTrue(a.rules(0).contains(dev.spc.core.result.RuleId.LONG_RUN));
        assertTrue(a.rules(23).contains(dev.spc.core.result.RuleId.FEW_CROSSINGS));
        assertEquals(PointClass.IMPROVEMENT, a.pointClass(23));
        assertEquals(PointClass.CONCERN, a.pointClass(0));
        assertEquals(VariationIcon.IMPROVEMENT_HIGH, a.variation());
        assertTrue(a.explanation().contains("longer than chance allows"), a.explanation());
        // The same values in an order that crosses the median often show nothing.
        double[] mixed = new double[24];
        for (int i = 0; i < 24; i++) {
            mixed[i] = i % 2 == 0 ? y[i / 2] : y[12 + i / 2];
        }
        Analysis b = Spc.analyse(values(mixed), spec(ChartType.RUN));
        assertEquals(VariationIcon.COMMON_CAUSE, b.variation());
        assertTrue(b.explanation().contains("no sign of non-random variation"), b.explanation());
    }

    @Test
    void movingRangeChartPlotsTheRangesAgainstThreePointTwoSixSevenAmr() {
        // 1 3 2 6: MR = -, 2, 1, 4; AMR = 7/3; UCL = 3.267 * 7/3 = 7.623; LCL = 0.
        Analysis a = Spc.analyse(values(1, 3, 2, 6), spec(ChartType.MR));
        assertTrue(Double.isNaN(a.value(0)), "the first point has no moving range");
        assertEquals(2, a.value(1), EXACT);
        assertEquals(4, a.value(3), EXACT);
        assertEquals(7.0 / 3, a.centre(3), EXACT);
        assertEquals(3.267 * 7 / 3, a.upperLimit(3), 1e-12);
        assertEquals(0, a.lowerLimit(3), EXACT);
    }

    @Test
    void pChartPoolsTheProportionAndVariesTheLimitsWithTheDenominator() {
        // 2/10, 3/20, 5/20, 1/10: CL = 11/60 = 0.183333.
        // n = 10: sigma = sqrt(0.183333 * 0.816667 / 10) = 0.122361; UCL = 0.183333 + 0.367083 = 0.550416; LCL < 0 -> 0.
        // n = 20: sigma = 0.0865223; UCL = 0.442900; LCL = 0.183333 - 0.259567 < 0 -> 0; upper two-sigma 0.356378.
        Analysis a = Spc.analyse(ratios(2, 10, 3, 20, 5, 20, 1, 10), spec(ChartType.P));
        assertEquals(0.2, a.value(0), EXACT);
        assertEquals(11.0 / 60, a.centre(0), EXACT);
        assertEquals(0.550416, a.upperLimit(0), 1e-6);
        assertEquals(0.442900, a.upperLimit(1), 1e-6);
        assertEquals(0.356378, a.upperTwoSigma(2), 1e-6);
        assertEquals(0, a.lowerLimit(1), EXACT);
        assertEquals(0.122361, a.sigma(3), 1e-6);
        assertTrue(a.limitsVary());
    }

    @Test
    void pChartLimitsAreClampedToOne() {
        // 4/5, 5/5, 4/5, 5/5: CL = 0.9; sigma = sqrt(0.9 * 0.1 / 5) = 0.134164; UCL = 1.302 -> 1; LCL = 0.497508.
        Analysis a = Spc.analyse(ratios(4, 5, 5, 5, 4, 5, 5, 5), spec(ChartType.P));
        assertEquals(1, a.upperLimit(0), EXACT);
        assertEquals(0.497508, a.lowerLimit(0), 1e-6);
    }

    @Test
    void npChartPlotsTheCountsAgainstNTimesPBar() {
        // n = 50; 3 5 2 6: p-bar = 16/200 = 0.08; CL = 4; sigma = sqrt(50 * 0.08 * 0.92) = 1.918333;
        // UCL = 4 + 5.754998 = 9.754998; LCL = 4 - 5.754998 < 0 -> 0.
        Analysis a = Spc.analyse(ratios(3, 50, 5, 50, 2, 50, 6, 50), spec(ChartType.NP));
        assertEquals(3, a.value(0), EXACT);
        assertEquals(4, a.centre(0), 1e-12);
        assertEquals(9.754998, a.upperLimit(0), 1e-6);
        assertEquals(0, a.lowerLimit(0), EXACT);
        assertFalse(a.limitsVary());
    }

    @Test
    void npChartRefusesDenominatorsThatDifferAndSuggestsThePChart() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Spc.analyse(ratios(3, 50, 5, 60), spec(ChartType.NP)));
        InputProblem p = e.problem();
        assertEquals("m", p.metric());
        assertEquals(1, p.index());
        assertEquals(START.plusMonths(1), p.date());
        assertEquals(InputProblem.Field.DENOMINATOR, p.field());
        assertEquals(InputProblem.Kind.DENOMINATOR_VARIES, p.kind());
        assertEquals(60, p.value(), EXACT);
        assertEquals(50, p.comparedWith().getAsDouble(), EXACT);
        assertEquals(Remedy.USE_PROPORTIONS, p.remedy());
        assertEquals(Optional.of(ChartType.P), p.remedy().alternative());
        assertFalse(e.getMessage().contains("--"), "the library speaks no command line: " + e.getMessage());
    }

    @Test
    void uChartPoolsTheRateOverTheExposure() {
        // 3/1000, 5/2000, 2/500, 6/1500: CL = 16/5000 = 0.0032.
        // exposure 1000: sigma = sqrt(0.0032/1000) = 0.00178885; UCL = 0.00856656; LCL < 0 -> 0.
        // exposure 500: sigma = 0.00252982; UCL = 0.01078947.
        Analysis a = Spc.analyse(ratios(3, 1000, 5, 2000, 2, 500, 6, 1500), spec(ChartType.U));
        assertEquals(0.0032, a.centre(0), EXACT);
        assertEquals(0.00856656, a.upperLimit(0), 1e-8);
        assertEquals(0.01078947, a.upperLimit(2), 1e-8);
        assertEquals(0, a.lowerLimit(2), EXACT);
    }

    @Test
    void cChartUsesTheSquareRootOfTheMeanCount() {
        // 2 5 3 6: CL = 4; sigma = 2; UCL = 10; LCL = -2 -> 0; upper two-sigma 8.
        Analysis a = Spc.analyse(values(2, 5, 3, 6), spec(ChartType.C));
        assertEquals(4, a.centre(0), EXACT);
        assertEquals(10, a.upperLimit(0), EXACT);
        assertEquals(8, a.upperTwoSigma(0), EXACT);
        assertEquals(0, a.lowerLimit(0), EXACT);
    }

    @Test
    void laneyPChartScalesThePLimitsBySigmaZ() {
        // The P chart above, 0.2, 0.15, 0.25, 0.1: z = (p - 0.183333) / sigma_i
        //   = 0.136209, -0.385257, 0.770514, -0.681045; moving ranges 0.521466, 1.155771, 1.451559;
        // sigma_z = (3.128796 / 3) / 1.128 = 0.924585.
        // n = 10: UCL = 0.183333 + 3 * 0.122361 * 0.924585 = 0.522733; n = 20: 0.423325.
        Analysis a = Spc.analyse(ratios(2, 10, 3, 20, 5, 20, 1, 10), spec(ChartType.PP));
        assertEquals(11.0 / 60, a.centre(0), EXACT);
        assertEquals(0.522733, a.upperLimit(0), 1e-6);
        assertEquals(0.423325, a.upperLimit(1), 1e-6);
        assertEquals(0.924585, a.phases().get(0).sigma(), 1e-6);
    }

    @Test
    void laneyUChartScalesTheULimitsBySigmaZ() {
        // 3/1000, 5/2000, 2/500, 6/1500: CL = 0.0032; sigma_i = 0.00178885, 0.00126491, 0.00252982, 0.00146059;
        // z = -0.111803, -0.553399, 0.316228, 0.547723; MR = 0.441595, 0.869626, 0.231495;
        // sigma_z = (1.542716 / 3) / 1.128 = 0.455885; exposure 1000: UCL = 0.0032 + 3 * 0.00178885 * 0.455885
        //   = 0.00564654.
        Analysis a = Spc.analyse(ratios(3, 1000, 5, 2000, 2, 500, 6, 1500), spec(ChartType.UP));
        assertEquals(0.00564654, a.upperLimit(0), 1e-8);
    }

    static final double[][] GROUPS = {{10, 12, 11}, {13, 11, 12}, {9, 12, 10}, {11, 14, 12}};

    @Test
    void xbarRChartUsesTheMeanRangeOverD2() {
        // Means 11, 12, 10.3333, 12.3333; grand mean 137/12 = 11.416667. Ranges 2 2 3 3: R-bar = 2.5.
        // d2(3) = 1.6926: sigma-hat = 1.477018; A2(3) = 3 / (1.6926 sqrt 3) = 1.023308;
        // UCL = 11.416667 + 2.558270 = 13.974936; LCL = 8.858397 (to the 4 digits of d2, hence 1e-4).
        Analysis a = Spc.analyse(subgroups(GROUPS), spec(ChartType.XBAR_R));
        assertEquals(11, a.value(0), EXACT);
        assertEquals(137.0 / 12, a.centre(0), 1e-12);
        assertEquals(13.974936, a.upperLimit(0), 1e-4);
        assertEquals(8.858397, a.lowerLimit(0), 1e-4);
    }

    @Test
    void rChartCentresOnTheMeanRangeWithD3AndD4() {
        // R-bar = 2.5; D4(3) = 1 + 3 * 0.8884 / 1.6926 = 2.5746: UCL = 6.4365; D3(3) = 0: LCL = 0.
        Analysis a = Spc.analyse(subgroups(GROUPS), spec(ChartType.R));
        assertEquals(2, a.value(0), EXACT);
        assertEquals(2.5, a.centre(0), 1e-9);
        assertEquals(6.4365, a.upperLimit(0), 1e-3);
        assertEquals(0, a.lowerLimit(0), EXACT);
    }

    @Test
    void xbarSChartUsesTheMeanStandardDeviationAndA3() {
        // s = 1, 1, 1.527525, 1.527525: s-bar = 1.263763. c4(3) = 0.886227, A3(3) = 3 / (0.886227 sqrt 3) = 1.954410;
        // UCL = 11.416667 + 2.469910 = 13.886577; LCL = 8.946756.
        Analysis a = Spc.analyse(subgroups(GROUPS), spec(ChartType.XBAR_S));
        assertEquals(13.886577, a.upperLimit(0), 1e-6);
        assertEquals(8.946756, a.lowerLimit(0), 1e-6);
    }

    @Test
    void sChartCentresOnSBarWithB3AndB4() {
        // s-bar = 1.263763; B4(3) = 1 + 3 sqrt(1 - 0.785398) / 0.886227 = 2.568170: UCL = 3.245557; B3(3) = 0.
        Analysis a = Spc.analyse(subgroups(GROUPS), spec(ChartType.S));
        assertEquals(1, a.value(0), 1e-12);
        assertEquals(1.263763, a.centre(0), 1e-6);
        assertEquals(3.245557, a.upperLimit(0), 1e-6);
        assertEquals(0, a.lowerLimit(0), EXACT);
    }

    @Test
    void xbarSChartPoolsTheStandardDeviationsWhenSizesVary() {
        // {1,2,3}: n 3, s 1; {2,4}: n 2, s sqrt 2; {0,2,4,6}: n 4, s^2 = 20/3.
        // pooled s-bar = sqrt((2 * 1 + 1 * 2 + 3 * 20/3) / (2 + 1 + 3)) = sqrt(24 / 6) = 2.
        // Grand mean = (6 + 6 + 12) / 9 = 8/3. n = 3: UCL = 8/3 + A3(3) * 2 = 2.666667 + 3.908820 = 6.575487;
        // n = 2: A3(2) = 3 / (0.797885 sqrt 2) = 2.658681: UCL = 2.666667 + 5.317362 = 7.984029.
        Analysis a = Spc.analyse(subgroups(new double[] {1, 2, 3}, new double[] {2, 4}, new double[] {0, 2, 4, 6}),
                spec(ChartType.XBAR_S));
        assertEquals(8.0 / 3, a.centre(0), 1e-12);
        assertEquals(6.575487, a.upperLimit(0), 1e-6);
        assertEquals(7.984029, a.upperLimit(1), 1e-6);
    }

    @Test
    void gChartCentresOnTheMedianWithLimitsFromTheMean() {
        // 5 0 12 3 30: mean 10, median 5; sigma = sqrt(10 * 11) = 10.488088; UCL = 10 + 31.464265 = 41.464265;
        // LCL = 10 - 31.46 < 0 -> 0.
        Analysis a = Spc.analyse(values(5, 0, 12, 3, 30), spec(ChartType.G));
        assertEquals(5, a.centre(0), EXACT);
        assertEquals(41.464265, a.upperLimit(0), 1e-6);
        assertEquals(0, a.lowerLimit(0), EXACT);
    }

    @Test
    void gChartProbabilityLimitsAreGeometricQuantiles() {
        // mean 10: p = 1/11. The 0.99865 quantile is the least k with 1 - (10/11)^(k+1) >= 0.99865:
        // (k + 1) >= ln(0.00135) / ln(10/11) = 69.33, so k = 69 (F(68) = 0.998608 falls short).
        Analysis a = Spc.analyse(values(5, 0, 12, 3, 30),
                spec(ChartType.G).toBuilder().gLimits(GLimits.PROBABILITY).build());
        assertEquals(69, a.upperLimit(0), EXACT);
        assertEquals(0, a.lowerLimit(0), EXACT);
    }

    @Test
    void tChartIsAnXmrChartOfTheTransformedTimes() {
        // y = x^3.6 for x = 1, 2, 3, 2: x mean 2, MR 1 1 1, AMR 1; MDC limits on x: 2 -+ 2.66.
        // CL = 2^3.6 = 12.125733; UCL = 4.66^3.6 = 254.794061; LCL: -0.66 -> 0.
        double two = Math.pow(2, 3.6);
        Analysis a = Spc.analyse(values(1, two, Math.pow(3, 3.6), two), spec(ChartType.T));
        assertEquals(12.125733, a.centre(0), 1e-6);
        assertEquals(254.794061, a.upperLimit(0), 1e-6);
        assertEquals(0, a.lowerLimit(0), EXACT);
    }

    @Test
    void autoPicksTheChartFromTheData() {
        assertEquals(ChartType.P, Spc.analyse(ratios(2, 10, 3, 20), spec(ChartType.AUTO)).chart());
        Series rates = Series.rates("m", ratios(12, 1000, 3, 2000).points());
        assertEquals(ChartType.U, Spc.analyse(rates, spec(ChartType.AUTO)).chart());
        // The values never decide: a numerator above its denominator under auto is a P chart's error.
        assertThrows(IllegalArgumentException.class, () -> Spc.analyse(ratios(12, 10, 3, 20), spec(ChartType.AUTO)));
        assertEquals(ChartType.XBAR_R, Spc.analyse(subgroups(GROUPS), spec(ChartType.AUTO)).chart());
        double[] eleven = new double[11];
        assertEquals(ChartType.XBAR_S, Spc.analyse(subgroups(eleven, eleven), spec(ChartType.AUTO)).chart());
        assertEquals(ChartType.XMR, Spc.analyse(values(1, 2, 3), spec(ChartType.AUTO)).chart());
        Series events = Series.intervalsBetween("m", List.of(START, START.plusDays(3), START.plusDays(10)));
        Analysis t = Spc.analyse(events, spec(ChartType.AUTO));
        assertEquals(ChartType.T, t.chart());
        assertEquals(7, t.value(1), EXACT);
        assertTrue(t.notes().get(0).contains("T chart"), t.notes().toString());
    }

    @Test
    void equalValuesLieOnTheirCentreLineWhateverTheRounding() {
        // 15 x 97.3: a plain sum over 15 gives 97.29999999999997, which would put every point above its line.
        double[] same = new double[15];
        java.util.Arrays.fill(same, 97.3);
        Analysis x = Spc.analyse(values(same), ChartSpec.mdc());
        assertEquals(97.3, x.centre(0), 0);
        assertEquals(VariationIcon.COMMON_CAUSE, x.variation());
        // Times of 5 through the T chart's ^(1/3.6) and ^3.6 come back as 4.999999999999999: still on the line.
        java.util.Arrays.fill(same, 5);
        Analysis t = Spc.analyse(values(same), spec(ChartType.T));
        assertEquals(VariationIcon.COMMON_CAUSE, t.variation());
        assertTrue(t.signals().isEmpty(), t.signals().toString());
        // An R chart of whole-number data whose ranges average exactly 3 (qcc: CL = R-bar = 3): the ranges of 3
        // lie on the centre line and make no shift. Ranges 2 4 2 4 2 4 2 4 3 3 3 3 3 3 3 3.
        double[][] groups = new double[16][];
        for (int i = 0; i < 16; i++) {
            double r = i < 8 ? (i % 2 == 0 ? 2 : 4) : 3;
            groups[i] = new double[] {10, 10 + r, 11, 10 + r / 2};
        }
        Analysis range = Spc.analyse(subgroups(groups), spec(ChartType.R));
        assertEquals(3, range.centre(15), 0);
        assertTrue(range.signals().isEmpty(), range.signals().toString());
    }

    @Test
    void aTargetAtAClampedLimitIsAssuredAgainstTheUnclampedOne() {
        // Counts 2 1 0 3 2 4 1 2 0 2 3 1 2 2 0: CL = 25/15 = 1.6667, sigma = 1.2910, raw LCL = -2.2063 (clamped
        // to 0). Lower is better and the target is 0: met in 3 months of 15, so hit and miss, not fail.
        Analysis c = Spc.analyse(values(2, 1, 0, 3, 2, 4, 1, 2, 0, 2, 3, 1, 2, 2, 0),
                ChartSpec.builder().chart(ChartType.C).direction(Direction.DECREASE).target(0).build());
        assertEquals(0, c.lowerLimit(0), EXACT);
        assertEquals(AssuranceIcon.HIT_AND_MISS, c.assurance());
        // A P chart of 15 months at 96-100%: the UCL is clamped at 1, and a target of 100% is hit and miss too.
        double[] pairs = new double[30];
        for (int i = 0; i < 15; i++) {
            pairs[2 * i] = 48 + i % 3;
            pairs[2 * i + 1] = 50;
        }
        Analysis p = Spc.analyse(ratios(pairs), ChartSpec.builder().chart(ChartType.P).direction(Direction.INCREASE)
                .target(1).build());
        assertEquals(1, p.upperLimit(0), EXACT);
        assertEquals(AssuranceIcon.HIT_AND_MISS, p.assurance());
    }

    @Test
    void movingRangesAreJudgedOnlyByTheAstronomicalPointUnlessRulesAreChosen() {
        // Ranges 1 x 8 then 0.5 x 7 then 9: eight ranges above the mean make a shift under the MDC rules.
        double[] y = new double[18];
        for (int i = 1; i < 18; i++) {
            y[i] = y[i - 1] + (i <= 8 ? (i % 2 == 0 ? 1 : -1) : i < 17 ? (i % 2 == 0 ? 0.5 : -0.5) : 9);
        }
        Analysis mr = Spc.analyse(values(y), ChartSpec.builder().chart(ChartType.MR).build());
        for (dev.spc.core.result.Signal s : mr.signals()) {
            assertEquals(dev.spc.core.result.RuleId.ASTRONOMICAL, s.rule());
        }
        assertTrue(mr.rules(17).contains(dev.spc.core.result.RuleId.ASTRONOMICAL));
        Analysis all = Spc.analyse(values(y), ChartSpec.builder().chart(ChartType.MR).rules(RuleSet.MDC).build());
        assertTrue(all.signals().stream().anyMatch(s -> s.rule() == dev.spc.core.result.RuleId.SHIFT));
    }

    @Test
    void aLaneyChartOfZeroesIsJudgedOnItsFlatLines() {
        double[] pairs = new double[30];
        for (int i = 0; i < 15; i++) {
            pairs[2 * i + 1] = 1000 + i;
        }
        Analysis a = Spc.analyse(ratios(pairs), spec(ChartType.PP));
        assertEquals(0, a.upperLimit(14), EXACT);
        assertEquals(VariationIcon.COMMON_CAUSE, a.variation());
        assertFalse(a.explanation().contains("gaps"), a.explanation());
    }

    @Test
    void aRunChartNeedsTheMinimumPointsToBeJudged() {
        Analysis one = Spc.analyse(values(5), ChartSpec.builder().chart(ChartType.RUN).build());
        assertEquals(VariationIcon.NONE, one.variation());
        assertTrue(one.explanation().contains("the run chart's rules need at least 13"), one.explanation());
    }

    @Test
    void nelsonTestOneMeasuresItsKFromTheMeanOfAGChart() {
        // Twelve 2s, then 40 and 15: mean 79/14 = 5.6429 (the lines' origin), median 2 (the centre line);
        // sigma = sqrt(5.6429 x 6.6429) = 6.1224. With K = 2 the line is 5.6429 + 12.2449 = 17.888: 40 is
        // beyond it and 15 is not (a line from the median, 2 + 12.2449 = 14.245, would wrongly take 15).
        double[] y = {2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 40, 15};
        Analysis g = Spc.analyse(values(y), ChartSpec.builder().chart(ChartType.G).rules(RuleSet.NELSON)
                .nelsonK(1, 2).minimumPoints(2).build());
        assertEquals(2, g.centre(0), EXACT);
        assertTrue(g.rules(12).contains(dev.spc.core.result.RuleId.NELSON1));
        assertFalse(g.rules(13).contains(dev.spc.core.result.RuleId.NELSON1));
    }

    @Test
    void anRChartOfVaryingSizesHasNoSingleCentre() {
        Analysis r = Spc.analyse(subgroups(new double[] {1, 2}, new double[] {1, 2, 4}, new double[] {0, 3, 5, 6}),
                spec(ChartType.R));
        assertTrue(Double.isNaN(r.phases().get(0).centre()));
        assertFalse(r.centre(0) == r.centre(2), "each size has its own centre");
    }

    @Test
    void everyChartTakesAnEmptySeriesAndASeriesOfGaps() {
        // Found by fuzzing: an NP chart of gaps only has no denominators at all.
        Series gaps = Series.of("m", List.of(Series.Point.gap(START), Series.Point.gap(START.plusMonths(1))));
        Series empty = Series.of("m", List.of());
        for (ChartType chart : ChartType.values()) {
            for (Series s : List.of(gaps, empty)) {
                Analysis a = Spc.analyse(s, spec(chart));
                assertEquals(VariationIcon.NONE, a.variation(), chart.id());
                assertTrue(a.latestIndex().isEmpty());
                assertFalse(a.explanation().isEmpty());
                for (int i = 0; i < a.size(); i++) {
                    assertFalse(a.hasLimits(i), chart.id());
                }
            }
        }
    }

    @Test
    void eachChartRefusesTheInputItCannotUseNamingTheProblem() {
        assertRefused(InputProblem.Kind.NUMERATOR_ABOVE_DENOMINATOR, 11, ratios(11, 10), ChartType.P);
        assertRefused(InputProblem.Kind.DENOMINATOR_NOT_POSITIVE, 0, ratios(1, 0), ChartType.U);
        assertRefused(InputProblem.Kind.NEGATIVE_NUMERATOR, -1, ratios(-1, 10), ChartType.U);
        assertRefused(InputProblem.Kind.COUNT_NOT_WHOLE, 1.5, values(1.5), ChartType.C);
        assertRefused(InputProblem.Kind.NEGATIVE_COUNT, -1, values(-1), ChartType.C);
        assertRefused(InputProblem.Kind.TIME_NOT_POSITIVE, 0, values(0), ChartType.T);
        assertRefused(InputProblem.Kind.NEGATIVE_INTERVAL, -1, values(-1), ChartType.G);
        assertRefused(InputProblem.Kind.NOT_A_RATIO, 1, values(1, 2), ChartType.P);
        assertRefused(InputProblem.Kind.SUBGROUP_OF_ONE, 1,
                subgroups(new double[] {1}, new double[] {2, 3}), ChartType.XBAR_S);
        Series summary = Series.of("m", List.of(Series.Point.subgroup(START, Subgroup.summary(3, 1, 0.5))));
        assertRefused(InputProblem.Kind.SUBGROUP_WITHOUT_RANGE, 3, summary, ChartType.XBAR_R);
        Spc.analyse(summary, spec(ChartType.XBAR_S));
    }

    /** The analysis refuses the first point, naming the problem, the value and the chart; so does the check. */
    static void assertRefused(InputProblem.Kind kind, double value, Series s, ChartType chart) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Spc.analyse(s, spec(chart)));
        assertEquals(kind, e.problem().kind(), e.getMessage());
        assertEquals(0, e.problem().index(), e.getMessage());
        assertEquals(value, e.problem().value(), EXACT, e.getMessage());
        assertEquals(Optional.of(chart), e.problem().chart());
        assertEquals(Optional.of(e.problem()), Spc.check(s, chart));
    }
}
