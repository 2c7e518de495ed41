package dev.spc.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spc.core.result.AssuranceIcon;
import dev.spc.core.result.PointClass;
import dev.spc.core.result.VariationIcon;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.Direction;
import dev.spc.core.spec.GhostsInRuns;
import dev.spc.core.spec.MovingRangeScreening;
import dev.spc.core.spec.RuleScope;
import dev.spc.core.spec.RuleSet;
import dev.spc.core.spec.TwoOfThreeCounting;
import dev.spc.core.spec.XmrLimits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Invariants of the analysis over seeded random series (1,000 per property). Each series is built from
 * its own seed, which a failure prints; rerun one with {@code -Dspc.seed=N}.
 *
 * <p>The series mix Gaussian noise with shifts, drifts and spikes (so that every rule fires somewhere),
 * recalculations, ghosted points and gaps, judged by a random mix of rule sets.
 */
class PropertyTest {
    static final int SERIES_PER_PROPERTY = 1000;
    static final long BASE_SEED = Long.getLong("spc.seed", 20_261_127L);

    /** A random series and the spec it is analysed with. */
    record Case(long seed, Series series, ChartSpec spec) {
    }

    static Case randomCase(long seed) {
        Random r = new Random(seed);
        int n = 5 + r.nextInt(60);
        double level = (r.nextDouble() - 0.5) * 200;
        double scale = Math.exp(r.nextGaussian() * 2);
        List<Series.Point> points = new ArrayList<>();
        LocalDate start = LocalDate.of(2020, 1, 1);
        double shift = 0;
        // A few series see-saw from start to end (two sources taken in turn), to make too many runs.
        boolean seesaw = r.nextDouble() < 0.05;
        for (int i = 0; i < n; i++) {
            if (seesaw) {
                points.add(Series.Point.of(start.plusMonths(i), level + (i % 2 == 0 ? 1 : -1) * scale
                        * (1 + r.nextDouble())));
                continue;
            }
            if (r.nextDouble() < 0.08) {
                shift += r.nextGaussian() * 3 * scale;
            }
            double value = level + shift + r.nextGaussian() * scale;
            if (r.nextDouble() < 0.04) {
                value += (r.nextBoolean() ? 6 : -6) * scale;
            }
            if (r.nextDouble() < 0.1) {
                // A run of rising or falling points, to make trends.
                int len = 3 + r.nextInt(6);
                double step = (r.nextBoolean() ? 1 : -1) * scale * 0.7;
                for (int k = 0; k < len && i < n; k++, i++) {
                    points.add(Series.Point.of(start.plusMonths(i), value + k * step));
                }
                i--;
                continue;
            }
            Series.Point p = r.nextDouble() < 0.04 ? Series.Point.gap(start.plusMonths(i))
                    : Series.Point.of(start.plusMonths(i), value);
            if (r.nextDouble() < 0.05) {
                p = p.withGhost();
            }
            points.add(p);
        }
        ChartSpec.Builder spec = ChartSpec.builder()
                .direction(Direction.values()[r.nextInt(3)])
                .target(level + r.nextGaussian() * 3 * scale)
                .minimumPoints(r.nextBoolean() ? 13 : 8)
                .shiftLength(6 + r.nextInt(3))
                .trendLength(6 + r.nextInt(2))
                .xmrLimits(r.nextBoolean() ? XmrLimits.MDC : XmrLimits.SIGMA)
                .screening(r.nextBoolean() ? MovingRangeScreening.OFF : MovingRangeScreening.SCREEN)
                .twoOfThree(r.nextBoolean() ? TwoOfThreeCounting.WITHIN_LIMITS : TwoOfThreeCounting.INCLUDING_BEYOND_LIMITS)
                .ruleScope(r.nextBoolean() ? RuleScope.ACROSS_RECALCULATIONS : RuleScope.WITHIN_PHASE)
                .ghostsInRuns(r.nextBoolean() ? GhostsInRuns.COUNTED : GhostsInRuns.SKIPPED);
        if (r.nextBoolean()) {
            java.util.EnumSet<RuleSet> sets = java.util.EnumSet.noneOf(RuleSet.class);
            for (RuleSet set : RuleSet.values()) {
                if (r.nextDouble() < 0.4) {
                    sets.add(set);
                }
            }
            spec.rules(sets);
        }
        if (r.nextDouble() < 0.3 && n > 20) {
            spec.recalculateFrom(start.plusMonths(8 + r.nextInt(n - 16)));
        } else if (r.nextDouble() < 0.15) {
            spec.baselinePoints(8 + r.nextInt(10));
        }
        return new Case(seed, Series.of("m" + seed, points), spec.build());
    }

    static void forEachCase(Consumer<Case> property) {
        for (int k = 0; k < SERIES_PER_PROPERTY; k++) {
            long seed = BASE_SEED + k;
            Case c = randomCase(seed);
            try {
                property.accept(c);
            } catch (AssertionError e) {
                throw new AssertionError("property fails for seed " + seed + " (" + c.series() + ", " + c.spec()
                        + "): " + e.getMessage(), e);
            }
        }
    }

    static Series mapValues(Series s, java.util.function.DoubleUnaryOperator f) {
        List<Series.Point> points = new ArrayList<>();
        for (Series.Point p : s.points()) {
            double v = Double.isNaN(p.value()) ? Double.NaN : f.applyAsDouble(p.value());
            points.add(new Series.Point(p.date(), v, p.target(), p.rebase(), p.ghost(), p.annotation(), p.numerator(),
                    p.denominator(), p.subgroup()));
        }
        return Series.of(s.metric(), points);
    }

    static PointClass[] classes(Analysis a) {
        PointClass[] c = new PointClass[a.size()];
        for (int i = 0; i < a.size(); i++) {
            c[i] = a.pointClass(i);
        }
        return c;
    }

    static double[] line(Analysis a, java.util.function.IntToDoubleFunction f) {
        double[] d = new double[a.size()];
        for (int i = 0; i < a.size(); i++) {
            d[i] = f.applyAsDouble(i);
        }
        return d;
    }

    static void assertLinesClose(double[] expected, double[] actual, double tolerance, String what) {
        for (int i = 0; i < expected.length; i++) {
            if (Double.isNaN(expected[i])) {
                assertEquals(Double.NaN, actual[i], what + " at point " + (i + 1));
            } else {
                assertEquals(expected[i], actual[i], tolerance, what + " at point " + (i + 1));
            }
        }
    }

    static double scaleOf(Analysis a) {
        double max = 1;
        for (int i = 0; i < a.size(); i++) {
            if (!a.series().isGap(i)) {
                max = Math.max(max, Math.abs(a.value(i)));
            }
        }
        return max;
    }

    @Test
    void theGeneratedSeriesExerciseEveryRuleClassAndOption() {
        java.util.Set<Object> seen = new java.util.HashSet<>();
        forEachCase(c -> {
            Analysis a = Spc.analyse(c.series(), c.spec());
            for (int i = 0; i < a.size(); i++) {
                seen.add(a.pointClass(i));
                seen.addAll(a.rules(i));
            }
            seen.add(a.variation());
            seen.add(a.assurance());
            if (a.phases().size() > 1) {
                seen.add("recalculated");
            }
        });
        for (Object expected : List.of(PointClass.values(), dev.spc.core.result.RuleId.values(),
                AssuranceIcon.values(), VariationIcon.values(), new Object[] {"recalculated"})) {
            for (Object o : (Object[]) expected) {
                org.junit.jupiter.api.Assertions.assertTrue(seen.contains(o), "no generated series shows " + o);
            }
        }
    }

    @Test
    void limitsAreSymmetricAroundTheCentreLine() {
        forEachCase(c -> {
            Analysis a = Spc.analyse(c.series(), c.spec());
            double tol = 1e-12 * scaleOf(a);
            for (int i = 0; i < a.size(); i++) {
                if (a.hasLimits(i)) {
                    assertEquals(a.upperLimit(i) - a.centre(i), a.centre(i) - a.lowerLimit(i), tol, "limits at " + i);
                    assertEquals(a.upperTwoSigma(i) - a.centre(i), a.centre(i) - a.lowerTwoSigma(i), tol,
                            "two-sigma lines at " + i);
                    assertEquals(a.upperLimit(i) - a.centre(i), 3 * a.sigma(i), tol, "three sigma at " + i);
                }
            }
        });
    }

    @Test
    void addingAConstantMovesTheLinesAndKeepsEveryClass() {
        forEachCase(c -> {
            double k = (new Random(c.seed()).nextDouble() - 0.5) * 1000;
            Analysis a = Spc.analyse(c.series(), c.spec());
            Analysis b = Spc.analyse(mapValues(c.series(), v -> v + k), c.spec().toBuilder()
                    .target(c.spec().target().getAsDouble() + k).build());
            double tol = 1e-9 * (scaleOf(a) + Math.abs(k));
            assertLinesClose(line(a, i -> a.centre(i) + k), line(b, b::centre), tol, "centre");
            assertLinesClose(line(a, i -> a.lowerLimit(i) + k), line(b, b::lowerLimit), tol, "lower limit");
            assertLinesClose(line(a, i -> a.upperLimit(i) + k), line(b, b::upperLimit), tol, "upper limit");
            assertArrayEquals(classes(a), classes(b));
            assertEquals(a.variation(), b.variation());
            assertEquals(a.assurance(), b.assurance());
        });
    }

    @Test
    void multiplyingByAPositiveConstantScalesTheLinesAndKeepsEveryClass() {
        forEachCase(c -> {
            double k = Math.exp(new Random(c.seed()).nextGaussian() * 3);
            Analysis a = Spc.analyse(c.series(), c.spec());
            Analysis b = Spc.analyse(mapValues(c.series(), v -> v * k), c.spec().toBuilder()
                    .target(c.spec().target().getAsDouble() * k).build());
            double tol = 1e-9 * scaleOf(a) * k;
            assertLinesClose(line(a, i -> a.centre(i) * k), line(b, b::centre), tol, "centre");
            assertLinesClose(line(a, i -> a.lowerLimit(i) * k), line(b, b::lowerLimit), tol, "lower limit");
            assertLinesClose(line(a, i -> a.upperLimit(i) * k), line(b, b::upperLimit), tol, "upper limit");
            assertLinesClose(line(a, i -> a.sigma(i) * k), line(b, b::sigma), tol, "sigma");
            assertArrayEquals(classes(a), classes(b));
            assertEquals(a.variation(), b.variation());
            assertEquals(a.assurance(), b.assurance());
        });
    }

    @Test
    void swappingIncreaseAndDecreaseSwapsImprovementAndConcernOnly() {
        forEachCase(c -> {
            Direction d = c.spec().direction() == Direction.NEITHER ? Direction.INCREASE : c.spec().direction();
            Analysis a = Spc.analyse(c.series(), c.spec().toBuilder().direction(d).build());
            Analysis b = Spc.analyse(c.series(), c.spec().toBuilder().direction(d.opposite()).build());
            assertEquals(a.signals(), b.signals());
            assertArrayEquals(line(a, a::upperLimit), line(b, b::upperLimit));
            for (int i = 0; i < a.size(); i++) {
                boolean conflicted = dev.spc.core.rules.Findings.isHigh(a.flags(i))
                        && dev.spc.core.rules.Findings.isLow(a.flags(i));
                PointClass expected = conflicted ? a.pointClass(i) : swap(a.pointClass(i));
                assertEquals(expected, b.pointClass(i), "point " + (i + 1));
            }
            int last = a.latestIndex().orElse(-1);
            boolean lastConflicted = last >= 0 && dev.spc.core.rules.Findings.isHigh(a.flags(last))
                    && dev.spc.core.rules.Findings.isLow(a.flags(last));
            if (!lastConflicted) {
                assertEquals(swap(a.variation()), b.variation());
            }
            AssuranceIcon expected = switch (a.assurance()) {
                case PASS -> AssuranceIcon.FAIL;
                case FAIL -> AssuranceIcon.PASS;
                default -> a.assurance();
            };
            assertEquals(expected, b.assurance());
        });
    }

    static PointClass swap(PointClass c) {
        return switch (c) {
            case IMPROVEMENT -> PointClass.CONCERN;
            case CONCERN -> PointClass.IMPROVEMENT;
            default -> c;
        };
    }

    static VariationIcon swap(VariationIcon v) {
        return switch (v) {
            case IMPROVEMENT_HIGH -> VariationIcon.CONCERN_HIGH;
            case IMPROVEMENT_LOW -> VariationIcon.CONCERN_LOW;
            case CONCERN_HIGH -> VariationIcon.IMPROVEMENT_HIGH;
            case CONCERN_LOW -> VariationIcon.IMPROVEMENT_LOW;
            default -> v;
        };
    }

    @Test
    void reorderingTheInputChangesNothing() {
        forEachCase(c -> {
            List<Series.Point> shuffled = new ArrayList<>(c.series().points());
            Collections.shuffle(shuffled, new Random(c.seed()));
            Analysis a = Spc.analyse(c.series(), c.spec());
            Analysis b = Spc.analyse(Series.of(c.series().metric(), shuffled), c.spec());
            assertSame(a, b);
        });
    }

    @Test
    void aRecalculationAtTheFirstPointChangesNothing() {
        forEachCase(c -> {
            if (c.series().size() == 0) {
                return;
            }
            Analysis a = Spc.analyse(c.series(), c.spec());
            List<LocalDate> recalcs = new ArrayList<>(c.spec().phasing().recalculateFrom());
            recalcs.add(c.series().date(0));
            Analysis b = Spc.analyse(c.series(), c.spec().toBuilder().recalculateFrom(recalcs).build());
            assertSame(a, b);
        });
    }

    /** Every line, class, signal and icon identical. */
    static void assertSame(Analysis a, Analysis b) {
        assertArrayEquals(line(a, a::value), line(b, b::value), "values");
        assertArrayEquals(line(a, a::centre), line(b, b::centre), "centre");
        assertArrayEquals(line(a, a::lowerLimit), line(b, b::lowerLimit), "lower limit");
        assertArrayEquals(line(a, a::upperLimit), line(b, b::upperLimit), "upper limit");
        assertArrayEquals(line(a, a::upperTwoSigma), line(b, b::upperTwoSigma), "upper two-sigma");
        assertArrayEquals(classes(a), classes(b));
        assertEquals(a.signals(), b.signals());
        assertEquals(a.variation(), b.variation());
        assertEquals(a.assurance(), b.assurance());
        assertEquals(a.explanation(), b.explanation());
    }
}
