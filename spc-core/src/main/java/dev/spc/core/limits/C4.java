package dev.spc.core.limits;

/**
 * c4(n) = E[s] / sigma = sqrt(2 / (n - 1)) Gamma(n / 2) / Gamma((n - 1) / 2), the bias of the sample
 * standard deviation of n normal observations.
 *
 * <p>Below {@link #SERIES_FROM}, from the table the tests' generator wrote ({@link SubgroupConstantsTable}) from
 * the exact recurrence c4(n + 2)^2 = c4(n)^2 n^2 / ((n + 1)(n - 1)), c4(2)^2 = 2 / pi, c4(3)^2 = pi / 4, in 40
 * digits. For large n the difference of two log-gammas would lose the digits of their size (1.5e-6 relative
 * at n = 2^31 - 1), so with m = (n - 1) / 2, c4 = Gamma(m + 1/2) / (sqrt(m) Gamma(m)) is taken from the
 * difference of the two log-gammas' Stirling series (DLMF 5.11.8, with
 * B_k(1/2) = (2^(1-k) - 1) B_k from DLMF 24.4.27), in which only odd powers of 1/m remain:
 *
 * <pre>
 *   ln c4 = sum over odd k of (2^-k - 2) B_(k+1) / (k (k + 1) m^k)
 *         = -1/(8m) + 1/(192m^3) - 1/(640m^5) + 17/(14336m^7) - 31/(18432m^9) + 691/(180224m^11) - ...
 * </pre>
 *
 * Measured against mpmath at 40 digits for every n from 2 to 5,000 and at powers of ten to 2^31 - 1, and
 * against the exact recurrence at every 97th n to 2,000,000: the series is within 1.5e-16 (relative) from
 * {@link #SERIES_FROM}, and the table is the exact value rounded.
 */
final class C4 {
    /** Where the series, cut after m^-11, becomes the more accurate (its truncation is 1.5e-16 at m = 11.5). */
    static final int SERIES_FROM = 24;

    /** (2^-k - 2) B_(k+1) / (k (k + 1)) for k = 1, 3, ..., 11, the coefficients of 1 / m^k. */
    private static final double[] SERIES = {-1.0 / 8, 1.0 / 192, -1.0 / 640, 17.0 / 14336, -31.0 / 18432,
        691.0 / 180224};

    private C4() {
    }

    /** c4 for a subgroup of n (n at least 2). */
    static double of(int n) {
        if (n < SERIES_FROM) {
            return SubgroupConstantsTable.C4[n - 2];
        }
        double m = (n - 1) / 2.0;
        double inverseSquare = 1 / (m * m);
        double sum = 0;
        for (int k = SERIES.length - 1; k >= 0; k--) {
            sum = sum * inverseSquare + SERIES[k];
        }
        return Math.exp(sum / m);
    }
}
