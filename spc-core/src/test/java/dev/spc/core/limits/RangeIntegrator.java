package dev.spc.core.limits;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.numbers.gamma.Erfc;

/**
 * d2 and d3 by composite Gauss-Legendre quadrature, for any real n of 2 or more: the source of the numbers
 * that {@link SubgroupConstants} reads (written by {@link RangeMomentsGenerator}) and the reference its tests
 * hold them to. Too slow for run time (about 10 ms per n).
 *
 * <p>With M the maximum and m the minimum of n standard normals, F(y) = Phi(y)^n = P(M &lt;= y) and
 * S(x) = Phi(-x)^n = P(m &gt; x), by symmetry and Hoeffding's covariance identity:
 *
 * <pre>
 *   d2 = 2 E[M] = 2 integral over [0, hi] of (1 - F(x) - S(x)) dx
 *   d3 = sqrt(2 Var(M) - 2 Cov(m, M)),   Var(M) = integral of (y - E[M])^2 n phi(y) Phi(y)^(n-1) dy
 *   Cov(m, M) = double integral of F(y) S(x) g(x, y),  g = 1 - (1 - r)^n for x &lt; y, 1 for x &gt;= y,
 *   r = [Phi(x) / Phi(-x)] / [Phi(y) / Phi(-y)]
 * </pre>
 *
 * This replaces the textbook E[R^2] - d2^2, which for large n subtracts two numbers near 150 to leave one
 * near 0.08 and so loses three to four digits; every term here is positive. Phi(y)^n is taken as
 * exp(n ln Phi(y)) with ln Phi from the tail that is small (log1p of minus the upper tail for y &gt; 0), so
 * that it stays accurate at n = 2^31, where the maximum lives near y = 6.2 and Phi(y) rounds to 1. The
 * integrals run over [lo, hi], where F is within {@link #TAIL} of 0 and 1, found for each n: about
 * [-6.4, 9.3] at n = 2 and [5.5, 11.3] at n = 2^31, so the limits always cover the integrand. The panels
 * are a fixed number across [lo, hi], so they narrow as the maximum's distribution does, and the
 * covariance's panels are split at x = y, where g has a kink.
 *
 * <p>Measured: doubling the panels to 64 and raising the points from 16 to 20 changes d2 by at most 7.6e-15
 * and d3 by 3.3e-15 (relative) over 275 sizes from 2 to 2^31 - 1. Against mpmath at 30 digits, by other
 * formulas, d2 agrees within 1.7e-15 at n = 3, 10, 25, 100, 1,000, 1,234, 50,000, 10^6, 3 10^6,
 * 1,000,000,007 and 2^31 - 1, and d3 within 1.8e-15 at n = 2, 5, 1,000, 10^6 and 2^31 - 1; at n = 2 and 3
 * both match their closed forms within 1e-15.
 */
final class RangeIntegrator {
    /** The settings the tables were generated with. */
    static final RangeIntegrator STANDARD = new RangeIntegrator(16, 32);

    /** Where the distribution of the maximum is taken to start and end: its neglected tails are below it. */
    static final double TAIL = 1e-20;
    /** A covariance integrand below this (its bound F(y) S(x)) adds nothing a double can hold. */
    private static final double NEGLIGIBLE = 1e-40;
    private static final double SQRT2 = Math.sqrt(2);
    private static final double LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
    private static final double SEARCH_LIMIT = 40;

    private final GaussIntegrator rule;
    private final int points;
    private final int panels;

    /** Gauss-Legendre rules of the given points on the given number of panels across the maximum's range. */
    RangeIntegrator(int points, int panels) {
        this.rule = new GaussIntegratorFactory().legendreHighPrecision(points, -1, 1);
        this.points = points;
        this.panels = panels;
    }

    /** The mean and standard deviation of the range of n standard normals (n real, at least 2). */
    record Moments(double d2, double d3) {
    }

    Moments moments(double n) {
        double lo = root(z -> n * lnPhi(z) - Math.log(TAIL));
        double hi = root(z -> Math.log(TAIL) - Math.log(n) - lnPhi(-z));
        // Below max(lo, 0) the integrand is 1 to within TAIL.
        double start = Math.max(lo, 0);
        Grid positive = new Grid(start, hi, panels);
        double mean = start;
        for (int i = 0; i < positive.size(); i++) {
            double x = positive.z[i];
            mean += positive.w[i] * (-Math.expm1(n * lnPhi(x)) - Math.exp(n * lnPhi(-x)));
        }
        Grid range = new Grid(lo, hi, panels);
        double variance = 0;
        for (int i = 0; i < range.size(); i++) {
            double y = range.z[i];
            double density = Math.exp(Math.log(n) - y * y / 2 - LN_SQRT_2PI + (n - 1) * lnPhi(y));
            variance += range.w[i] * (y - mean) * (y - mean) * density;
        }
        return new Moments(2 * mean, Math.sqrt(2 * variance - 2 * covariance(n, lo, hi)));
    }

    /**
     * Cov(m, M) on a grid over [-hi, hi] symmetric about 0, which holds the minimum's range [-hi, -lo] and
     * the maximum's [lo, hi] with panels of about the same width as theirs.
     */
    private double covariance(double n, double lo, double hi) {
        int half = (int) Math.ceil(hi * panels / (hi - lo));
        Grid grid = new Grid(-hi, hi, 2 * half);
        int size = grid.size();
        double[] f = new double[size];
        double[] s = new double[size];
        double[] lnOdds = new double[size];
        for (int i = 0; i < size; i++) {
            double up = lnPhi(grid.z[i]);
            double down = lnPhi(-grid.z[i]);
            f[i] = Math.exp(n * up);
            s[i] = Math.exp(n * down);
            lnOdds[i] = up - down;
        }
        double sum = 0;
        for (int j = 0; j < size; j++) {
            if (f[j] < NEGLIGIBLE) {
                continue;
            }
            int panel = j / points;
            double inner = 0;
            for (int i = 0; i < size; i++) {
                if (s[i] * f[j] < NEGLIGIBLE || i / points == panel) {
                    continue;
                }
                inner += grid.w[i] * s[i] * (i / points < panel ? g(n, lnOdds[i] - lnOdds[j]) : 1);
            }
            // The panel holding y, split at x = y so that each part is smooth.
            double a = grid.start(panel);
            double b = a + grid.width;
            double y = grid.z[j];
            for (int q = 0; q < points; q++) {
                double t = rule.getPoint(q);
                double below = a + (y - a) * (1 + t) / 2;
                double up = lnPhi(below);
                double down = lnPhi(-below);
                inner += (y - a) / 2 * rule.getWeight(q) * Math.exp(n * down) * g(n, up - down - lnOdds[j]);
                double above = y + (b - y) * (1 + t) / 2;
                inner += (b - y) / 2 * rule.getWeight(q) * Math.exp(n * lnPhi(-above));
            }
            sum += grid.w[j] * f[j] * inner;
        }
        return sum;
    }

    /** 1 - (1 - r)^n for r = exp(lnRatio) &lt; 1, without the cancellation when n r is small. */
    private static double g(double n, double lnRatio) {
        return -Math.expm1(n * Math.log1p(-Math.exp(lnRatio)));
    }

    /** ln Phi(z), from whichever tail is small, so that Phi^n = exp(n ln Phi) keeps its digits for any n. */
    static double lnPhi(double z) {
        return z < 0 ? Math.log(0.5 * Erfc.value(-z / SQRT2)) : Math.log1p(-0.5 * Erfc.value(z / SQRT2));
    }

    /** The root of an increasing function, by bisection to the last bit. */
    private static double root(DoubleUnaryOperator increasing) {
        double a = -SEARCH_LIMIT;
        double b = SEARCH_LIMIT;
        double mid = 0;
        while (a < mid && mid < b) {
            if (increasing.applyAsDouble(mid) < 0) {
                a = mid;
            } else {
                b = mid;
            }
            mid = a + (b - a) / 2;
        }
        return mid;
    }

    /** The nodes and weights of the composite rule on [a, b]. */
    private final class Grid {
        final double[] z;
        final double[] w;
        final double a;
        final double width;

        Grid(double a, double b, int count) {
            this.a = a;
            this.width = (b - a) / count;
            z = new double[count * points];
            w = new double[count * points];
            for (int p = 0; p < count; p++) {
                double mid = a + (p + 0.5) * width;
                for (int q = 0; q < points; q++) {
                    z[p * points + q] = mid + rule.getPoint(q) * width / 2;
                    w[p * points + q] = rule.getWeight(q) * width / 2;
                }
            }
        }

        int size() {
            return z.length;
        }

        double start(int panel) {
            return a + panel * width;
        }
    }
}
