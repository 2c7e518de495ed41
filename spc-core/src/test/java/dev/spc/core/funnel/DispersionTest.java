package dev.spc.core.funnel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Spiegelhalter's phi and the DerSimonian-Laird tau^2, worked by hand from docs/funnel.md (METHODS 10). */
class DispersionTest {
    private static final double EXACT = 1e-12;

    @Test
    void winsorisedZScoresAreClippedToTheirTypeSevenQuantiles() {
        // Five z-scores, sorted: -3 -1 0 1 4. R's type 7 quantile at p: h = (n - 1) p, x[floor h] + frac(h) * gap.
        // 10%: h = 0.4 -> -3 + 0.4 * (-1 - -3) = -2.2.  90%: h = 3.6 -> 1 + 0.6 * (4 - 1) = 2.8.
        double[] z = {0, 4, -1, 1, -3};
        double[] s = {0.1, 0.1, 0.1, 0.1, 0.1}; // w = 1/s^2 = 100 each
        Dispersion d = Dispersion.estimate(z, s, false, 0.1);
        // phi = mean of the Winsorised squares: (2.2^2 + 1 + 0 + 1 + 2.8^2) / 5 = (4.84 + 2 + 7.84) / 5 = 2.936
        assertEquals(2.936, d.phi(), EXACT);
        // tau2 = (n phi - (n - 1)) / (sum w - sum w^2 / sum w) = (14.68 - 4) / (500 - 50000 / 500) = 10.68 / 400
        assertEquals(0.0267, d.tau2(), EXACT);
        assertEquals(5, d.kept());
    }

    @Test
    void truncationKeepsTheMiddleEightTenthsByRank() {
        // Twelve z-scores: sp = floor(rank * 10 / 13) is 0 for rank 1 and 9 for rank 12, kept 1..8 for ranks 2..11.
        double[] z = {6, -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 2.5, -5};
        double[] s = new double[12];
        java.util.Arrays.fill(s, 0.5); // w = 4 each
        Dispersion d = Dispersion.estimate(z, s, true, 0.1);
        assertEquals(10, d.kept());
        // phi = (4 + 2.25 + 1 + 0.25 + 0 + 0.25 + 1 + 2.25 + 4 + 6.25) / 10 = 21.25 / 10
        assertEquals(2.125, d.phi(), EXACT);
        // tau2 = (10 * 2.125 - 9) / (40 - 160 / 40) = 12.25 / 36
        assertEquals(12.25 / 36, d.tau2(), EXACT);
    }

    @Test
    void tauSquaredIsZeroWhenTheZScoresVaryLessThanChance() {
        // phi = (0.25 + 0.25 + 0 + 0.01) / 4 = 0.1275; n phi = 0.51 < n - 1 = 3, so tau2 = 0 (DerSimonian-Laird).
        Dispersion d = Dispersion.estimate(new double[] {0.5, -0.5, 0, 0.1}, new double[] {1, 1, 1, 1}, false, 0);
        assertEquals(0.1275, d.phi(), EXACT);
        assertEquals(0, d.tau2());
    }

    @Test
    void tiedRanksTakeTheirMean() {
        // R: rank(c(3, 1, 3, 2), ties.method = "average") is 3.5 1.0 3.5 2.0
        assertArrayEquals(new double[] {3.5, 1, 3.5, 2}, Dispersion.ranks(new double[] {3, 1, 3, 2}));
    }

    @Test
    void typeSevenQuantileInterpolatesBetweenOrderStatistics() {
        // R: quantile(c(1, 2, 4, 8), 0.5) = 3 (h = 1.5: 2 + 0.5 * 2); quantile(..., 0.9) = 6.8 (h = 2.7: 4 + 0.7 * 4)
        assertEquals(3, Dispersion.quantile(new double[] {1, 2, 4, 8}, 0.5), EXACT);
        assertEquals(6.8, Dispersion.quantile(new double[] {1, 2, 4, 8}, 0.9), EXACT);
    }
}
