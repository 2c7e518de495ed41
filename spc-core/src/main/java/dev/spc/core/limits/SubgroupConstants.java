package dev.spc.core.limits;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;

/**
 * The control-chart constants for subgroups of n measurements from a normal process, computed rather than
 * tabled, so that any subgroup size works (docs/methods.md, section 7). Computed once per n and cached.
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
 * The range moments are Tippett's (Biometrika 17, 1925); the integrals are taken by composite
 * Gauss-Legendre quadrature (Commons Math) over [-10, 10] and ranges up to 16 sigma, beyond which the
 * integrands are below double precision for any practical n. The results agree with the published tables
 * (ASTM STP 15D; Montgomery, Appendix VI) to their last digit.
 *
 * @param n the subgroup size, at least 2
 * @param d2 the mean of the relative range
 * @param d3 the standard deviation of the relative range
 * @param c4 the mean of the sample standard deviation relative to sigma
 */
public record SubgroupConstants(int n, double d2, double d3, double c4) {
    private static final ConcurrentMap<Integer, SubgroupConstants> CACHE = new ConcurrentHashMap<>();
    private static final double X_RANGE = 10;
    private static final double W_RANGE = 16;
    private static final int PIECES_PER_UNIT = 2;
    private static final GaussIntegrator RULE = new GaussIntegratorFactory().legendre(12, -1, 1);

    /** The constants for subgroups of n (n at least 2). */
    public static SubgroupConstants of(int n) {
        if (n < 2) {
            throw new IllegalArgumentException("subgroup constants need a subgroup of at least 2, not " + n);
        }
        return CACHE.computeIfAbsent(n, SubgroupConstants::compute);
    }

    private static SubgroupConstants compute(int n) {
        double d2 = integrate(-X_RANGE, X_RANGE, x -> {
            double phi = phi(x);
            return 1 - Math.pow(phi, n) - Math.pow(1 - phi, n);
        });
        // E[R^2] with y = x + w, w > 0.
        double second = 2 * integrate(0, W_RANGE, w -> integrate(-X_RANGE, X_RANGE, x -> {
            double px = phi(x);
            double py = phi(x + w);
            return 1 - Math.pow(py, n) - Math.pow(1 - px, n) + Math.pow(py - px, n);
        }));
        double d3 = Math.sqrt(second - d2 * d2);
        double c4 = Math.sqrt(2.0 / (n - 1)) * Math.exp(Gamma.logGamma(n / 2.0) - Gamma.logGamma((n - 1) / 2.0));
        return new SubgroupConstants(n, d2, d3, c4);
    }

    private static double phi(double x) {
        return 0.5 * Erf.erfc(-x / Math.sqrt(2));
    }

    /** Composite Gauss-Legendre over [a, b], in pieces of half a unit. */
    private static double integrate(double a, double b, java.util.function.DoubleUnaryOperator f) {
        int pieces = (int) Math.ceil((b - a) * PIECES_PER_UNIT);
        double width = (b - a) / pieces;
        double sum = 0;
        for (int k = 0; k < pieces; k++) {
            double mid = a + (k + 0.5) * width;
            for (int j = 0; j < RULE.getNumberOfPoints(); j++) {
                sum += RULE.getWeight(j) * f.applyAsDouble(mid + RULE.getPoint(j) * width / 2);
            }
        }
        return sum * width / 2;
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
