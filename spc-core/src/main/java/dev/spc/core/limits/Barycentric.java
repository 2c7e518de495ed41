package dev.spc.core.limits;

/**
 * The polynomial through fixed knots, evaluated by the barycentric formula (Berrut and Trefethen,
 * "Barycentric Lagrange interpolation", SIAM Review 46, 2004), which is numerically stable at knots spaced as
 * Chebyshev points and costs one division per knot.
 */
final class Barycentric {
    private final double[] knots;
    private final double[] weights;

    /** The weights 1 / prod (x_j - x_k) over k != j; their common scale cancels in the formula. */
    Barycentric(double[] knots) {
        this.knots = knots.clone();
        this.weights = new double[knots.length];
        for (int j = 0; j < knots.length; j++) {
            double product = 1;
            for (int k = 0; k < knots.length; k++) {
                if (k != j) {
                    product *= knots[j] - knots[k];
                }
            }
            weights[j] = 1 / product;
        }
    }

    /** The interpolant through (knots[j], values[j]) at x. */
    double value(double x, double[] values) {
        double numerator = 0;
        double denominator = 0;
        for (int j = 0; j < knots.length; j++) {
            double gap = x - knots[j];
            if (gap == 0) {
                return values[j];
            }
            double c = weights[j] / gap;
            numerator += c * values[j];
            denominator += c;
        }
        return numerator / denominator;
    }
}
