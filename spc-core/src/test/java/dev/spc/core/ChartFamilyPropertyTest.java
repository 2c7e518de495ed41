package dev.spc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spc.core.series.Series;
import dev.spc.core.series.Subgroup;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.MovingRangeScreening;
import dev.spc.core.spec.XmrLimits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;

/**
 * Invariants of the chart families over seeded random series (1,000 per property; a failure prints its
 * seed, and {@code -Dspc.seed=N} moves the base seed).
 */
class ChartFamilyPropertyTest {
    static final int CASES = 1000;
    static final long BASE_SEED = Long.getLong("spc.seed", 20_261_127L);
    static final LocalDate START = LocalDate.of(2020, 1, 1);

    static void forEachSeed(LongConsumer property) {
        for (int k = 0; k < CASES; k++) {
            long seed = BASE_SEED + k;
            try {
                property.accept(seed);
            } catch (AssertionError e) {
                throw new AssertionError("property fails for seed " + seed + ": " + e.getMessage(), e);
            }
        }
    }

    /** A random series fit for the chart: counts, proportions, rates, subgroups or positive times. */
    static Series randomSeries(ChartType chart, Random r) {
        int n = 2 + r.nextInt(40);
        List<Series.Point> points = new ArrayList<>();
        double p = 0.02 + 0.96 * r.nextDouble();
        double rate = Math.exp(r.nextGaussian() * 2);
        int fixedN = 1 + r.nextInt(200);
        for (int i = 0; i < n; i++) {
            LocalDate d = START.plusMonths(i);
            Series.Point point = switch (chart.input()) {
                case RATIOS -> {
                    double den = chart == ChartType.NP ? fixedN : 1 + r.nextInt(r.nextBoolean() ? 20 : 2000);
                    double num = chart == ChartType.U || chart == ChartType.UP
                            ? Math.floor(rate * den * (0.5 + r.nextDouble()))
                            : Math.min(den, Math.floor(p * den * (0.7 + 0.6 * r.nextDouble())));
                    yield Series.Point.ratio(d, num, den);
                }
                case SUBGROUPS -> {
                    double[] obs = new double[2 + r.nextInt(7)];
                    for (int k = 0; k < obs.length; k++) {
                        obs[k] = 50 + r.nextGaussian() * 5;
                    }
                    yield Series.Point.subgroup(d, Subgroup.of(obs));
                }
                case VALUES -> {
                    double v = switch (chart) {
                        case C, G -> Math.floor(rate * 5 * r.nextDouble() * 3);
                        case T -> 0.01 + rate * -Math.log(1 - r.nextDouble());
                        default -> 10 + r.nextGaussian() * 3;
                    };
                    yield Series.Point.of(d, v);
                }
            };
            if (r.nextDouble() < 0.05) {
                point = point.withGhost();
            }
            points.add(point);
        }
        return Series.of("m", points);
    }

    static ChartSpec spec(ChartType chart, Random r) {
        return ChartSpec.builder().chart(chart).minimumPoints(2 + r.nextInt(12))
                .screening(r.nextBoolean() ? MovingRangeScreening.SCREEN : MovingRangeScreening.OFF)
                .xmrLimits(r.nextBoolean() ? XmrLimits.MDC : XmrLimits.SIGMA).build();
    }

    @Test
    void pLimitsStayWithinZeroAndOne() {
        forEachSeed(seed -> {
            Random r = new Random(seed);
            for (ChartType chart : new ChartType[] {ChartType.P, ChartType.PP}) {
                Analysis a = Spc.analyse(randomSeries(chart, r), spec(chart, r));
                for (int i = 0; i < a.size(); i++) {
                    for (double line : new double[] {a.lowerLimit(i), a.upperLimit(i), a.lowerTwoSigma(i),
                        a.upperTwoSigma(i), a.lowerOneSigma(i), a.upperOneSigma(i), a.centre(i)}) {
                        assertTrue(Double.isNaN(line) || line >= 0 && line <= 1, chart + " line " + line + " at " + i);
                    }
                }
            }
        });
    }

    @Test
    void limitsWidenAsTheDenominatorShrinks() {
        forEachSeed(seed -> {
            Random r = new Random(seed);
            ChartType chart = new ChartType[] {ChartType.P, ChartType.U, ChartType.PP, ChartType.UP}[r.nextInt(4)];
            Series s = randomSeries(chart, r);
            Analysis a = Spc.analyse(s, spec(chart, r));
            for (int i = 0; i < a.size(); i++) {
                for (int j = 0; j < a.size(); j++) {
                    if (a.hasLimits(i) && a.hasLimits(j) && s.denominator(i) < s.denominator(j)) {
                        assertTrue(a.upperLimit(i) >= a.upperLimit(j) && a.lowerLimit(i) <= a.lowerLimit(j),
                                chart + ": n " + s.denominator(i) + " has limits " + a.lowerLimit(i) + ".."
                                        + a.upperLimit(i) + " inside those of n " + s.denominator(j));
                    }
                }
            }
        });
    }

    @Test
    void aLaneyChartWhoseSigmaZIsOneIsThePChart() {
        forEachSeed(seed -> {
            // Build proportions around p-bar = 0.3 from chosen z-scores: sum(z_i sqrt(n_i)) = 0 keeps the pooled
            // proportion at 0.3, and scaling the z-scores to a mean moving range of 1.128 makes sigma_z = 1.
            Random r = new Random(seed);
            int n = 3 + r.nextInt(30);
            double pBar = 0.3;
            double[] den = new double[n];
            double[] z = new double[n];
            double dot = 0;
            double norm = 0;
            for (int i = 0; i < n; i++) {
                den[i] = 100 + r.nextInt(5000);
                z[i] = r.nextGaussian();
                dot += z[i] * Math.sqrt(den[i]);
                norm += den[i];
            }
            double mr = 0;
            for (int i = 0; i < n; i++) {
                z[i] -= dot / norm * Math.sqrt(den[i]);
                mr += i > 0 ? Math.abs(z[i] - z[i - 1]) : 0;
            }
            double scale = 1.128 / (mr / (n - 1));
            List<Series.Point> points = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                double proportion = pBar + z[i] * scale * Math.sqrt(pBar * (1 - pBar) / den[i]);
                if (proportion < 0 || proportion > 1) {
                    return;
                }
                points.add(Series.Point.ratio(START.plusMonths(i), proportion * den[i], den[i]));
            }
            Series s = Series.of("m", points);
            ChartSpec spec = ChartSpec.builder().minimumPoints(2).build();
            Analysis p = Spc.analyse(s, spec.toBuilder().chart(ChartType.P).build());
            Analysis laney = Spc.analyse(s, spec.toBuilder().chart(ChartType.PP).build());
            assertEquals(1, laney.phases().get(0).sigma(), 1e-9, "sigma_z");
            for (int i = 0; i < n; i++) {
                assertEquals(p.centre(i), laney.centre(i), 1e-12);
                assertEquals(p.upperLimit(i), laney.upperLimit(i), 1e-9, "upper limit at " + i);
                assertEquals(p.lowerLimit(i), laney.lowerLimit(i), 1e-9, "lower limit at " + i);
            }
        });
    }

    @Test
    void tChartLimitsScaleWithTheData() {
        forEachSeed(seed -> {
            // (k y)^(1/3.6) = k^(1/3.6) y^(1/3.6): the XmR lines of x scale by k^(1/3.6), and back by k.
            Random r = new Random(seed);
            Series s = randomSeries(ChartType.T, r);
            double k = 1 + Math.exp(r.nextGaussian());
            ChartSpec spec = spec(ChartType.T, r);
            Analysis a = Spc.analyse(s, spec);
            Analysis b = Spc.analyse(PropertyTest.mapValues(s, v -> v * k), spec);
            for (int i = 0; i < a.size(); i++) {
                if (a.hasLimits(i)) {
                    assertEquals(a.upperLimit(i) * k, b.upperLimit(i), 1e-9 * b.upperLimit(i), "upper at " + i);
                    assertEquals(a.lowerLimit(i) * k, b.lowerLimit(i), 1e-9 * b.upperLimit(i), "lower at " + i);
                    assertTrue(b.upperLimit(i) > a.upperLimit(i) && b.lowerLimit(i) >= a.lowerLimit(i));
                }
                assertEquals(a.centre(i) * k, b.centre(i), 1e-9 * Math.abs(b.centre(i)), "centre at " + i);
            }
        });
    }

    /** Equal to 9 significant digits, or both missing. */
    static void close(double expected, double actual, String what) {
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual), what + ": expected none, was " + actual);
        } else {
            assertEquals(expected, actual, 1e-9 * (1 + Math.abs(expected)), what);
        }
    }

    @Test
    void phasesComputedSeparatelyEqualTheWholeComputedByPhase() {
        forEachSeed(seed -> {
            Random r = new Random(seed);
            ChartType chart = ChartType.values()[r.nextInt(ChartType.values().length - 1)];
            Series s = randomSeries(chart, r);
            if (s.size() < 4) {
                return;
            }
            int cut = 1 + r.nextInt(s.size() - 1);
            ChartSpec spec = spec(chart, r);
            Analysis whole = Spc.analyse(s, spec.toBuilder().recalculateFrom(s.date(cut)).build());
            List<Series.Point> all = s.points();
            Analysis first = Spc.analyse(Series.of("m", all.subList(0, cut)), spec);
            Analysis second = Spc.analyse(Series.of("m", all.subList(cut, all.size())), spec);
            for (int i = 0; i < s.size(); i++) {
                Analysis part = i < cut ? first : second;
                int j = i < cut ? i : i - cut;
                String where = chart + " point " + i + " of " + s.size() + ", cut at " + cut;
                close(part.value(j), whole.value(i), "value, " + where);
                close(part.centre(j), whole.centre(i), "centre, " + where);
                close(part.lowerLimit(j), whole.lowerLimit(i), "lower limit, " + where);
                close(part.upperLimit(j), whole.upperLimit(i), "upper limit, " + where);
            }
        });
    }
}
