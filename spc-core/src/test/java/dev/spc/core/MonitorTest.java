package dev.spc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spc.core.result.PointClass;
import dev.spc.core.result.RuleId;
import dev.spc.core.series.InputProblem;
import dev.spc.core.series.InvalidInputException;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.Direction;
import dev.spc.core.spec.GapPolicy;
import dev.spc.core.spec.GhostsInRuns;
import dev.spc.core.spec.RuleScope;
import dev.spc.core.spec.RuleSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A monitor judges new points against frozen limits one at a time; what it finds is exactly what a full
 * analysis of the same points under the same (frozen) spec finds, point for point. Checked over seeded
 * random series of every chart, with every rule set, gaps, ghosts, per-point targets and recalculations
 * (which the baseline overrides); a failure prints its seed.
 */
class MonitorTest {
    static final int CASES = 400;
    static final long BASE_SEED = Long.getLong("spc.seed", 20_261_202L);

    @Test
    void incrementalJudgementsEqualAFullAnalysisWithTheSameFrozenLimits() {
        List<ChartType> charts = new ArrayList<>(List.of(ChartType.values()));
        charts.remove(ChartType.AUTO);
        for (int k = 0; k < CASES; k++) {
            long seed = BASE_SEED + k;
            Random r = new Random(seed);
            ChartType chart = charts.get(k % charts.size());
            try {
                check(chart, r);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("monitor differs for seed " + seed + " (" + chart.id() + "): " + e.getMessage(),
                        e);
            }
        }
    }

    private static void check(ChartType chart, Random r) {
        List<Series.Point> all = decorate(ChartFamilyPropertyTest.randomSeries(chart, r).points(), r);
        int withValues = (int) all.stream().filter(p -> !Double.isNaN(p.value())).count();
        if (withValues < 4) {
            return;
        }
        // The history holds the baseline (or, without one, the limits come from all of it).
        int baseline = 2 + r.nextInt(withValues - 2);
        int historySize = 0;
        for (int seen = 0; seen < baseline; historySize++) {
            seen += Double.isNaN(all.get(historySize).value()) ? 0 : 1;
        }
        historySize += r.nextInt(all.size() - historySize + 1);
        ChartSpec.Builder spec = ChartFamilyPropertyTest.spec(chart, r).toBuilder()
                .direction(Direction.values()[r.nextInt(3)])
                .rules(randomRuleSets(r))
                .ruleScope(r.nextBoolean() ? RuleScope.WITHIN_PHASE : RuleScope.ACROSS_RECALCULATIONS)
                .gaps(r.nextBoolean() ? GapPolicy.BRIDGE : GapPolicy.BREAK_MOVING_RANGES)
                .ghostsInRuns(r.nextBoolean() ? GhostsInRuns.COUNTED : GhostsInRuns.SKIPPED)
                .nelsonK(2, 3 + r.nextInt(7)).nelsonK(5, 1 + r.nextInt(3));
        if (r.nextBoolean()) {
            spec.target(r.nextGaussian() * 10);
        }
        if (r.nextBoolean()) {
            spec.baselinePoints(baseline);
        }
        Series history = Series.of("m", all.subList(0, historySize));
        Monitor monitor = Monitor.of(history, spec.build());
        assertEquals(Spc.analyse(history, monitor.spec()), monitor.analysis(), "at the start");
        for (int i = historySize; i < all.size(); i++) {
            Monitor.Judgement j = monitor.add(all.get(i));
            Analysis full = Spc.analyse(Series.of("m", all.subList(0, i + 1)), monitor.spec());
            assertEquals(full.point(i), j.point(), "point " + i);
            assertEquals(full.variation(), j.variation(), "variation after point " + i);
            assertEquals(full.assurance(), j.assurance(), "assurance after point " + i);
            if (r.nextInt(4) == 0 || i == all.size() - 1) {
                assertEquals(full, monitor.analysis(), "after point " + i);
                assertEquals(full.signals(), monitor.analysis().signals(), "signals after point " + i);
                assertEquals(full.explanation(), monitor.analysis().explanation(), "explanation after point " + i);
            }
        }
    }

    /** Gaps, per-point targets, annotations and the odd recalculation, which a baseline overrides. */
    private static List<Series.Point> decorate(List<Series.Point> points, Random r) {
        List<Series.Point> out = new ArrayList<>();
        for (Series.Point p : points) {
            Series.Point q = r.nextDouble() < 0.06 ? Series.Point.gap(p.date()) : p;
            if (r.nextDouble() < 0.1) {
                q = q.withTarget(r.nextGaussian() * 10);
            }
            if (r.nextDouble() < 0.03) {
                q = q.withRebase();
            }
            if (r.nextDouble() < 0.05) {
                q = q.withAnnotation("note");
            }
            out.add(q);
        }
        return out;
    }

    private static Set<RuleSet> randomRuleSets(Random r) {
        Set<RuleSet> sets = EnumSet.noneOf(RuleSet.class);
        for (RuleSet s : RuleSet.values()) {
            if (r.nextInt(3) == 0) {
                sets.add(s);
            }
        }
        return sets;
    }

    @Test
    void aNewPointOutsideTheFrozenLimitsSignalsAtOnce() {
        // Twenty points alternating 10 and 12: mean 11, every moving range 2, so the limits are
        // 11 -+ 2.66 x 2 = 5.68 and 16.32 (docs/methods.md, section 2), frozen from these points.
        List<Series.Point> points = new ArrayList<>();
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < 20; i++) {
            points.add(Series.Point.of(start.plusMonths(i), i % 2 == 0 ? 10 : 12));
        }
        Monitor monitor = Monitor.of(Series.of("Falls", points), ChartSpec.builder().direction(Direction.DECREASE).build());
        assertEquals(20, monitor.spec().phasing().baselinePoints().getAsInt());
        Monitor.Judgement calm = monitor.add(Series.Point.of(start.plusMonths(20), 16));
        assertFalse(calm.isSpecialCause());
        assertEquals(16.32, calm.point().upperLimit(), 1e-12);
        Monitor.Judgement high = monitor.add(Series.Point.of(start.plusMonths(21), 17));
        assertTrue(high.isSpecialCause());
        assertEquals(PointClass.CONCERN, high.point().pointClass());
        assertEquals(Set.of(RuleId.ASTRONOMICAL), high.point().rules());
        // The limits stay frozen: the high point changes nothing of them.
        assertEquals(5.68, monitor.analysis().lowerLimit(21), 1e-12);
    }

    @Test
    void aPointThatCannotBeJudgedLeavesTheMonitorAsItWas() {
        List<Series.Point> points = new ArrayList<>();
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < 15; i++) {
            points.add(Series.Point.ratio(start.plusMonths(i), 5 + i % 3, 50));
        }
        Monitor monitor = Monitor.of(Series.of("Readmissions", points), ChartSpec.builder().chart(ChartType.P).build());
        Analysis before = monitor.analysis();
        InvalidInputException above = assertThrows(InvalidInputException.class,
                () -> monitor.add(Series.Point.ratio(start.plusMonths(15), 60, 50)));
        assertEquals(InputProblem.Kind.NUMERATOR_ABOVE_DENOMINATOR, above.problem().kind());
        assertEquals(15, above.problem().index());
        InvalidInputException early = assertThrows(InvalidInputException.class,
                () -> monitor.add(Series.Point.ratio(start.plusMonths(3), 6, 50)));
        assertEquals(InputProblem.Kind.NOT_AFTER_LAST, early.problem().kind());
        assertEquals(before, monitor.analysis());
        assertEquals(15, monitor.size());
    }

    @Test
    void aHistoryShorterThanItsBaselineIsRefused() {
        List<Series.Point> points = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            points.add(Series.Point.of(LocalDate.of(2024, 1, 1).plusMonths(i), i));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Monitor.of(Series.of("m", points), ChartSpec.builder().baselinePoints(12).build()));
        assertTrue(e.getMessage().contains("10 points with values and the baseline 12"), e.getMessage());
    }
}
