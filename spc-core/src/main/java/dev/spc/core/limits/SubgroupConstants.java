package dev.spc.core.limits;

/**
 * The control-chart constants for subgroups of n measurements from a normal process, for any n from 2 to
 * Integer.MAX_VALUE (docs/methods.md, section 7), with no integration at run time.
 *
 * <pre>
 *   d2(n) = E[R] / sigma   = integral of [1 - Phi(x)^n - (1 - Phi(x))^n] dx over the real line
 *   d3(n) = sd(R) / sigma  = sqrt(E[R^2] - d2^2), with
 *           E[R^2] = 2 double integral over x &lt; y of [1 - Phi(y)^n - (1 - Phi(x))^n + (Phi(y) - Phi(x))^n]
 *   c4(n) = E[s] / sigma   = sqrt(2 / (n - 1)) Gamma(n / 2) / Gamma((n - 1) / 2)
 *   A2 = 3 / (d2 sqrt n)    A3 = 3 / (c4 sqrt n)
 *   B3, B4 = max(0, 1 -+ 3 sqrt(1 - c4^2) / c4)    D3, D4 = max(0, 1 -+ 3 d3 / d2)
 * </pre>
 *
 * <p>d2 and d3 are the moments of the range (Tippett, Biometrika 17, 1925). They were computed offline by
 * {@code RangeIntegrator} in the tests (spc-core/src/test), which takes cancellation-free forms of these
 * integrals by Gauss-Legendre quadrature to within 1e-14, and written by {@code RangeMomentsGenerator}
 * beside it (which is how to regenerate them) into the source of {@code SubgroupConstantsTable}:
 * <ul>
 *   <li>d2 and d3 for every n from 2 to 1,000, as the integrator gives them;
 *   <li>d2 and d3 at 24 knots from n = 1,000 to 2^31, the Chebyshev points in ln ln n (the integrals are
 *       defined for real n). Beyond the table, d2 and d3 are the polynomials
 *       through these knots in ln ln n ({@code Barycentric}). Against the integrator at 400 sizes off the
 *       knots from 1,001 to 2^31 - 1, the worst relative error is 4.2e-15 for d2 and 2.3e-15 for d3: the
 *       interpolation adds nothing that matters to the integrator's own error.
 * </ul>
 * c4 ({@code C4}) is tabled below n = 24, from its exact recurrence, and computed from its asymptotic series
 * above, within 1.5e-16 of its exact value. The results agree with the published tables (ASTM STP 15D;
 * Montgomery, Appendix VI) to their last digit.
 *
 * <p>The constants for n up to 1,000 are built once, when the class is loaded, so {@code of} returns the
 * same instance for them in a few nanoseconds; beyond, each call interpolates and makes one record, in
 * under a microsecond.
 *
 * @param n the subgroup size, at least 2
 * @param d2 the mean of the relative range
 * @param d3 the standard deviation of the relative range
 * @param c4 the mean of the sample standard deviation relative to sigma
 */
public record SubgroupConstants(int n, double d2, double d3, double c4) {
    private static final SubgroupConstants[] TABLED = tabled();

    /** The constants for subgroups of n (n at least 2). */
    public static SubgroupConstants of(int n) {
        if (n < 2) {
            throw new IllegalArgumentException("subgroup constants need a subgroup of at least 2, not " + n);
        }
        return n <= RangeMoments.TABLE_MAX ? TABLED[n] : compute(n);
    }

    private static SubgroupConstants[] tabled() {
        SubgroupConstants[] tabled = new SubgroupConstants[RangeMoments.TABLE_MAX + 1];
        for (int n = 2; n <= RangeMoments.TABLE_MAX; n++) {
            tabled[n] = compute(n);
        }
        return tabled;
    }

    private static SubgroupConstants compute(int n) {
        return new SubgroupConstants(n, RangeMoments.d2(n), RangeMoments.d3(n), C4.of(n));
    }

    /** A2 = 3 / (d2 sqrt n): the Xbar limits in mean ranges. */
    public double a2() {
        return 3 / (d2 * Math.sqrt(n));
    }

    /** A3 = 3 / (c4 sqrt n): the Xbar limits in mean standard deviations. */
    public double a3() {
        return 3 / (c4 * Math.sqrt(n));
    }

    /** B3 = max(0, 1 - 3 sqrt(1 - c4^2) / c4): the S chart's lower limit in mean standard deviations. */
    public double b3() {
        return Math.max(0, 1 - 3 * Math.sqrt(1 - c4 * c4) / c4);
    }

    /** B4 = 1 + 3 sqrt(1 - c4^2) / c4: the S chart's upper limit in mean standard deviations. */
    public double b4() {
        return 1 + 3 * Math.sqrt(1 - c4 * c4) / c4;
    }

    /** D3 = max(0, 1 - 3 d3 / d2): the R chart's lower limit in mean ranges. */
    public double bigD3() {
        return Math.max(0, 1 - 3 * d3 / d2);
    }

    /** D4 = 1 + 3 d3 / d2: the R chart's upper limit in mean ranges. */
    public double bigD4() {
        return 1 + 3 * d3 / d2;
    }
}
