package dev.spc.core.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/**
 * The constants against the published table (ASTM STP 15D, Table 49; Montgomery, <i>Introduction to
 * Statistical Quality Control</i>, Appendix VI), which gives d2 and d3 to 3 decimals and c4 to 4, for
 * n = 2..25; the checks docs/methods.md, section 7 quotes for n = 2, 7 and 25; and, to near double precision, the
 * tables against the integrator that wrote them, the values beyond the table against the integrator and an
 * independent high-precision reference, and c4 against its exact ratio.
 */
class SubgroupConstantsTest {
    /** The table is the integrator's output to 17 digits, so only the platform's last-bit differences remain. */
    static final double TABLE_TOLERANCE = 1e-13;
    /** The interpolation beyond the table is measured within 4.2e-15 of the integrator (d2; d3 2.3e-15). */
    static final double BEYOND_TOLERANCE = 1e-13;
    /** c4 is measured within 1.2e-15 of its exact value. */
    static final double C4_TOLERANCE = 1e-14;

    static final double[] D2 = {1.128, 1.693, 2.059, 2.326, 2.534, 2.704, 2.847, 2.970, 3.078, 3.173, 3.258, 3.336,
        3.407, 3.472, 3.532, 3.588, 3.640, 3.689, 3.735, 3.778, 3.819, 3.858, 3.895, 3.931};
    static final double[] D3 = {0.853, 0.888, 0.880, 0.864, 0.848, 0.833, 0.820, 0.808, 0.797, 0.787, 0.778, 0.770,
        0.763, 0.756, 0.750, 0.744, 0.739, 0.734, 0.729, 0.724, 0.720, 0.716, 0.712, 0.708};
    static final double[] C4 = {0.7979, 0.8862, 0.9213, 0.9400, 0.9515, 0.9594, 0.9650, 0.9693, 0.9727, 0.9754,
        0.9776, 0.9794, 0.9810, 0.9823, 0.9835, 0.9845, 0.9854, 0.9862, 0.9869, 0.9876, 0.9882, 0.9887, 0.9892,
        0.9896};

    @Test
    void constantsForTwoToTwentyFiveMatchThePublishedTableWithinOneThousandth() {
        for (int n = 2; n <= 25; n++) {
            SubgroupConstants k = SubgroupConstants.of(n);
            assertEquals(D2[n - 2], k.d2(), 0.001, "d2(" + n + ")");
            assertEquals(D3[n - 2], k.d3(), 0.001, "d3(" + n + ")");
            assertEquals(C4[n - 2], k.c4(), 0.001, "c4(" + n + ")");
        }
    }

    @Test
    void theChecksOfMethodsSectionSevenHold() {
        // docs/methods.md, section 7: d2 1.1284/2.7044/3.9306; c4 0.7979/0.9594/0.9896; D4 3.267/1.924/1.541.
        int[] n = {2, 7, 25};
        double[] d2 = {1.1284, 2.7044, 3.9306};
        double[] c4 = {0.7979, 0.9594, 0.9896};
        double[] bigD4 = {3.267, 1.924, 1.541};
        for (int k = 0; k < 3; k++) {
            SubgroupConstants c = SubgroupConstants.of(n[k]);
            assertEquals(d2[k], c.d2(), 0.00005, "d2(" + n[k] + ")");
            assertEquals(c4[k], c.c4(), 0.00005, "c4(" + n[k] + ")");
            assertEquals(bigD4[k], c.bigD4(), 0.0005, "D4(" + n[k] + ")");
        }
    }

    @Test
    void rangeOfTwoHasKnownMoments() {
        // For n = 2 the range is |X1 - X2| ~ |N(0, 2)|: E[R] = 2 / sqrt(pi), E[R^2] = 2, so
        // d2 = 1.128379, d3 = sqrt(2 - 4/pi) = 0.852502; c4(2) = sqrt(2/pi) = 0.797885.
        SubgroupConstants c = SubgroupConstants.of(2);
        assertEquals(2 / Math.sqrt(Math.PI), c.d2(), 1e-9);
        assertEquals(Math.sqrt(2 - 4 / Math.PI), c.d3(), 1e-9);
        assertEquals(Math.sqrt(2 / Math.PI), c.c4(), 1e-12);
    }

    @Test
    void derivedFactorsFollowFromTheConstants() {
        // Table values (Montgomery, Appendix VI) for n = 5: A2 0.577, A3 1.427, B4 2.089, D4 2.114;
        // n = 6: B3 0.030; n = 10: D3 0.223.
        assertEquals(0.577, SubgroupConstants.of(5).a2(), 0.001);
        assertEquals(1.427, SubgroupConstants.of(5).a3(), 0.001);
        assertEquals(2.089, SubgroupConstants.of(5).b4(), 0.001);
        assertEquals(2.114, SubgroupConstants.of(5).bigD4(), 0.001);
        assertEquals(0.030, SubgroupConstants.of(6).b3(), 0.001);
        assertEquals(0.223, SubgroupConstants.of(10).bigD3(), 0.001);
        assertEquals(0, SubgroupConstants.of(6).bigD3());
    }

    @Test
    void constantsAreComputedOnceAndCached() {
        assertSame(SubgroupConstants.of(40), SubgroupConstants.of(40));
    }

    @Test
    void subgroupsOfFewerThanTwoAreRefused() {
        for (int n : new int[] {1, 0, -1, Integer.MIN_VALUE}) {
            assertThrows(IllegalArgumentException.class, () -> SubgroupConstants.of(n), "n = " + n);
        }
    }

    @Test
    void theFactorsOfMontgomerysAppendixSixForTwoToTen() {
        // Montgomery, Introduction to Statistical Quality Control, Appendix VI, n = 2..10, to 3 decimals. The
        // book works them from its rounded d2, d3 and c4, so they can be a thousandth out: D4(3) is printed
        // 2.574, from 1 + 3 (0.888 / 1.693), where the exact constants give 2.5746.
        double[] a2 = {1.880, 1.023, 0.729, 0.577, 0.483, 0.419, 0.373, 0.337, 0.308};
        double[] a3 = {2.659, 1.954, 1.628, 1.427, 1.287, 1.182, 1.099, 1.032, 0.975};
        double[] b3 = {0, 0, 0, 0, 0.030, 0.118, 0.185, 0.239, 0.284};
        double[] b4 = {3.267, 2.568, 2.266, 2.089, 1.970, 1.882, 1.815, 1.761, 1.716};
        double[] bigD3 = {0, 0, 0, 0, 0, 0.076, 0.136, 0.184, 0.223};
        double[] bigD4 = {3.267, 2.574, 2.282, 2.114, 2.004, 1.924, 1.864, 1.816, 1.777};
        for (int n = 2; n <= 10; n++) {
            SubgroupConstants k = SubgroupConstants.of(n);
            assertEquals(a2[n - 2], k.a2(), 0.001, "A2(" + n + ")");
            assertEquals(a3[n - 2], k.a3(), 0.001, "A3(" + n + ")");
            assertEquals(b3[n - 2], k.b3(), 0.001, "B3(" + n + ")");
            assertEquals(b4[n - 2], k.b4(), 0.001, "B4(" + n + ")");
            assertEquals(bigD3[n - 2], k.bigD3(), 0.001, "D3(" + n + ")");
            assertEquals(bigD4[n - 2], k.bigD4(), 0.001, "D4(" + n + ")");
        }
    }

    @Test
    void rangeOfThreeHasKnownMoments() {
        // The range of three is half the sum of the three pairwise distances, each |N(0, 2)|, two of them
        // correlated -1/2; so E[R] = 3 / sqrt(pi) and E[R^2] = 2 + 3 sqrt(3) / pi.
        SubgroupConstants c = SubgroupConstants.of(3);
        assertEquals(3 / Math.sqrt(Math.PI), c.d2(), 1e-14);
        assertEquals(Math.sqrt(2 + 3 * Math.sqrt(3) / Math.PI - 9 / Math.PI), c.d3(), 1e-14);
    }

    @Test
    void theTableIsTheIntegrators() {
        int[] beyondThirty = {31, 37, 50, 64, 99, 100, 128, 200, 250, 365, 500, 512, 640, 777, 901, 999, 1000};
        for (int n = 2; n <= 30; n++) {
            assertAgreesWithTheIntegrator(n, TABLE_TOLERANCE);
        }
        for (int n : beyondThirty) {
            assertAgreesWithTheIntegrator(n, TABLE_TOLERANCE);
        }
    }

    @Test
    void beyondTheTableTheInterpolationAgreesWithTheIntegrator() {
        // None of these is a knot: the knots inside the range are not whole numbers.
        int[] sizes = {1001, 1234, 4321, 50_000, 65_537, 3_000_000, 12_345_678, 1_000_000_007, Integer.MAX_VALUE};
        for (int n : sizes) {
            assertAgreesWithTheIntegrator(n, BEYOND_TOLERANCE);
        }
    }

    @Test
    void atTheTablesEndAndBeyondTheValuesAgreeWithAnIndependentReference() {
        // mpmath 1.3 at 30 digits, by other formulas than the integrator's. Where d3 is given, both from the
        // distribution of the range: P(R <= w) = n integral of phi(x) (Phi(x + w) - Phi(x))^(n-1) dx,
        // E[R] = integral of (1 - P(R <= w)) dw, E[R^2] = integral of 2w (1 - P(R <= w)) dw. Elsewhere d2 alone,
        // as twice the mean of the maximum: lo + integral from lo of (1 - Phi(y)^n) dy, with Phi(lo)^n = 1e-25.
        assertEquals(6.482871538266881722777, SubgroupConstants.of(1000).d2(), 6.5 * TABLE_TOLERANCE);
        assertEquals(0.4967351857828871525800, SubgroupConstants.of(1000).d3(), 0.5 * TABLE_TOLERANCE);
        assertEquals(6.602645070186609740806, SubgroupConstants.of(1234).d2(), 6.6 * BEYOND_TOLERANCE);
        assertEquals(8.460928422125242572677, SubgroupConstants.of(50_000).d2(), 8.5 * BEYOND_TOLERANCE);
        assertEquals(9.725794972392925442473, SubgroupConstants.of(1_000_000).d2(), 9.7 * BEYOND_TOLERANCE);
        assertEquals(0.3507313276517151438485, SubgroupConstants.of(1_000_000).d3(), 0.35 * BEYOND_TOLERANCE);
        assertEquals(10.15268059874105035356, SubgroupConstants.of(3_000_000).d2(), 10.2 * BEYOND_TOLERANCE);
        assertEquals(12.17536917113617076844, SubgroupConstants.of(1_000_000_007).d2(), 12.2 * BEYOND_TOLERANCE);
        assertEquals(12.41809606017459688156, SubgroupConstants.of(Integer.MAX_VALUE).d2(), 12.4 * BEYOND_TOLERANCE);
        assertEquals(0.2806506275051015735610, SubgroupConstants.of(Integer.MAX_VALUE).d3(), 0.28 * BEYOND_TOLERANCE);
    }

    @Test
    void c4IsTheExactRatioOfGammas() {
        // c4^2 = 2 Gamma(n/2)^2 / ((n - 1) Gamma((n-1)/2)^2) by its recurrence in 40 digits,
        // c4(n + 2)^2 = c4(n)^2 n^2 / ((n + 1)(n - 1)), from c4(2)^2 = 2 / pi and c4(3)^2 = pi / 4; a double's
        // square root of it is within 2e-16. This covers both the log-gammas and the series.
        MathContext digits = new MathContext(40);
        BigDecimal pi = new BigDecimal("3.14159265358979323846264338327950288419716939937510");
        BigDecimal[] square = {BigDecimal.valueOf(2).divide(pi, digits), pi.divide(BigDecimal.valueOf(4), digits)};
        for (int n = 2; n <= 20_000; n++) {
            double exact = Math.sqrt(square[n % 2].doubleValue());
            assertEquals(1, SubgroupConstants.of(n).c4() / exact, C4_TOLERANCE, "c4(" + n + ")");
            BigDecimal size = BigDecimal.valueOf(n);
            square[n % 2] = square[n % 2].multiply(size.multiply(size))
                    .divide(BigDecimal.valueOf((long) (n + 1) * (n - 1)), digits);
        }
    }

    @Test
    void c4ForLargeSubgroupsAgreesWithAHighPrecisionReference() {
        // mpmath 1.3 at 40 digits: sqrt(2 / (n - 1)) exp(loggamma(n / 2) - loggamma((n - 1) / 2)).
        int[] n = {50_000, 1_000_000, 3_000_000, 1_000_000_000, Integer.MAX_VALUE};
        double[] c4 = {0.999994999912498812492109, 0.999999749999781249851562, 0.999999916666642361105613,
            0.999999999749999999781250, 0.999999999883584678071421};
        for (int k = 0; k < n.length; k++) {
            assertEquals(1, SubgroupConstants.of(n[k]).c4() / c4[k], C4_TOLERANCE, "c4(" + n[k] + ")");
        }
    }

    @Test
    void d2GrowsAndD3FallsWithTheSubgroup() {
        // d3 peaks at n = 3 (Table 49: 0.853, 0.888, 0.880, ...). Consecutive sizes through the table, across its
        // end and at a spread beyond; and every factor of 1.25 to Integer.MAX_VALUE.
        for (int n = 2; n <= 1100; n++) {
            assertD2RisesAndD3Falls(n, n + 1);
        }
        for (int n : new int[] {4321, 65_536, 999_999, 16_777_216, 500_000_000, Integer.MAX_VALUE - 1}) {
            assertD2RisesAndD3Falls(n, n + 1);
        }
        for (double n = 1000; n * 1.25 < Integer.MAX_VALUE; n *= 1.25) {
            assertD2RisesAndD3Falls((int) n, (int) (n * 1.25));
        }
    }

    private static void assertD2RisesAndD3Falls(int n, int m) {
        SubgroupConstants a = SubgroupConstants.of(n);
        SubgroupConstants b = SubgroupConstants.of(m);
        assertTrue(b.d2() > a.d2(), "d2(" + m + ") > d2(" + n + ")");
        if (n >= 3) {
            assertTrue(b.d3() < a.d3(), "d3(" + m + ") < d3(" + n + ")");
        }
    }

    private static void assertAgreesWithTheIntegrator(int n, double tolerance) {
        RangeIntegrator.Moments reference = RangeIntegrator.STANDARD.moments(n);
        SubgroupConstants k = SubgroupConstants.of(n);
        assertEquals(1, k.d2() / reference.d2(), tolerance, "d2(" + n + ")");
        assertEquals(1, k.d3() / reference.d3(), tolerance, "d3(" + n + ")");
    }
}
