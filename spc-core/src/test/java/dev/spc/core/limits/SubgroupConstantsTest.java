package dev.spc.core.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/**
 * The computed constants against the published table (ASTM STP 15D, Table 49; Montgomery, <i>Introduction to
 * Statistical Quality Control</i>, Appendix VI), which gives d2 and d3 to 3 decimals and c4 to 4, for
 * n = 2..25; and the checks docs/methods.md, section 7 quotes for n = 2, 7 and 25.
 */
class SubgroupConstantsTest {
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
}
