package dev.spc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spc.core.limits.CusumSums;
import dev.spc.core.limits.EwmaSmoother;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.FastInitialResponse;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of the CUSUM and EWMA charts over the seeded random series of {@link PropertyTest} (shifts, drifts,
 * spikes, recalculations, ghosts and gaps; 300 seeds; rerun one with {@code -Dspc.seed=N}). That a monitor fed
 * point by point gives the whole series' analysis is {@link MonitorTest}'s, for these charts as for every other.
 */
class SensitivePropertyTest {
    static LongStream seeds() {
        long base = PropertyTest.BASE_SEED + 7_000;
        return Long.getLong("spc.seed") != null ? LongStream.of(PropertyTest.BASE_SEED) : LongStream.range(base, base + 300);
    }

    private static ChartSpec spec(Random r, ChartSpec given, ChartType chart) {
        return given.toBuilder().chart(chart).rules(java.util.Set.of()).cusumK(r.nextDouble()).cusumH(1 + 6 * r.nextDouble())
                .fastInitialResponse(r.nextBoolean() ? FastInitialResponse.ON : FastInitialResponse.OFF)
                .ewmaLambda(0.05 + 0.95 * r.nextDouble()).ewmaL(1 + 3 * r.nextDouble()).build();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void cusumUpperSumsAreNeverNegativeAndLowerSumsNeverPositive(long seed) {
        PropertyTest.Case c = PropertyTest.randomCase(seed);
        Random r = new Random(seed);
        Analysis a = Spc.analyse(c.series(), spec(r, c.spec(), ChartType.CUSUM));
        for (int i = 0; i < a.size(); i++) {
            double up = a.cusumUpper(i);
            double low = a.cusumLower(i);
            assertEquals(Double.isNaN(up), Double.isNaN(low), "seed " + seed + ", point " + i);
            if (!Double.isNaN(up)) {
                assertTrue(up >= 0 && low <= 0, "seed " + seed + ", point " + i + ": " + up + ", " + low);
                // A signal exactly where a sum passes the decision interval.
                boolean beyond = up > a.upperLimit(i) || low < a.lowerLimit(i);
                assertEquals(beyond, !a.rules(i).isEmpty(), "seed " + seed + ", point " + i);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void ewmaLimitsWidenToTheirAsymptoteAndTheAverageStaysWithinTheValuesSeen(long seed) {
        PropertyTest.Case c = PropertyTest.randomCase(seed);
        Random r = new Random(seed);
        ChartSpec spec = spec(r, c.spec(), ChartType.EWMA);
        Analysis a = Spc.analyse(c.series(), spec);
        double lambda = spec.limits().sensitive().ewmaLambda();
        for (Phase p : a.phases()) {
            double previousHalf = 0;
            double low = p.centre();
            double high = p.centre();
            for (int i = p.first(); i <= p.last(); i++) {
                if (!a.hasLimits(i)) {
                    continue;
                }
                double half = a.upperLimit(i) - a.centre(i);
                double sigma = a.sigma(i);
                String why = "seed " + seed + ", point " + i;
                assertTrue(half >= previousHalf - 1e-9 * Math.abs(half), why);
                assertTrue(half <= spec.limits().sensitive().ewmaL() * sigma * Math.sqrt(lambda / (2 - lambda)) * (1 + 1e-12),
                        why);
                previousHalf = half;
                double v = a.value(i);
                if (!Double.isNaN(v)) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                    // A weighted average of the centre and the values so far lies among them.
                    double w = a.ewma(i);
                    assertTrue(w >= low - 1e-9 * (1 + Math.abs(low)) && w <= high + 1e-9 * (1 + Math.abs(high)), why);
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void sumsAndAveragesAddedOneByOneEqualTheirClosedForms(long seed) {
        Random r = new Random(seed);
        double k = r.nextDouble();
        CusumSums sums = new CusumSums(k, 0);
        double lambda = 0.05 + 0.9 * r.nextDouble();
        double start = r.nextGaussian();
        EwmaSmoother smoother = new EwmaSmoother(lambda, start);
        double[] x = new double[1 + r.nextInt(40)];
        for (int t = 0; t < x.length; t++) {
            x[t] = r.nextGaussian() + (t > x.length / 2 ? 1 : 0);
            sums.add(x[t]);
            smoother.add(x[t]);
        }
        // EWMA closed form: w_t = (1 - lambda)^t w_0 + sum_j lambda (1 - lambda)^(t - j) x_j.
        double closed = Math.pow(1 - lambda, x.length) * start;
        for (int j = 0; j < x.length; j++) {
            closed += lambda * Math.pow(1 - lambda, x.length - 1 - j) * x[j];
        }
        assertEquals(closed, smoother.value(), 1e-9 * (1 + Math.abs(closed)), "seed " + seed);
        // CUSUM closed form (Page): C+_t = S_t - min(0, min_{j<=t} S_j) with S_t = sum (x_j - k), from C+_0 = 0.
        double s = 0;
        double minimum = 0;
        for (double v : x) {
            s += v - k;
            minimum = Math.min(minimum, s);
        }
        assertEquals(s - minimum, sums.upper(), 1e-9, "seed " + seed);
    }
}
