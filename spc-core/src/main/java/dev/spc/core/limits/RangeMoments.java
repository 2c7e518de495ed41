package dev.spc.core.limits;

/**
 * d2(n) and d3(n), the mean and standard deviation of the range of n standard normal observations, from
 * the table the integrator in the tests wrote ({@link SubgroupConstantsTable}; see {@link SubgroupConstants}):
 * a value for every n up to {@link #TABLE_MAX}, and knots from there to 2^31 through which the values beyond
 * the table are interpolated in ln ln n.
 */
final class RangeMoments {
    /** The largest tabled n. */
    static final int TABLE_MAX = checkedTableMax();

    private static final Barycentric BEYOND = new Barycentric(lnLn(SubgroupConstantsTable.KNOT_N));

    private RangeMoments() {
    }

    /** d2 = E[R] / sigma, for n from 2 to Integer.MAX_VALUE. */
    static double d2(int n) {
        return n <= TABLE_MAX ? SubgroupConstantsTable.D2[n - 2] : BEYOND.value(lnLn(n), SubgroupConstantsTable.KNOT_D2);
    }

    /** d3 = sd(R) / sigma, for n from 2 to Integer.MAX_VALUE. */
    static double d3(int n) {
        return n <= TABLE_MAX ? SubgroupConstantsTable.D3[n - 2] : BEYOND.value(lnLn(n), SubgroupConstantsTable.KNOT_D3);
    }

    /**
     * The variable of the interpolation: d2 grows like sqrt(2 ln n), so in ln ln n it and d3 are nearly
     * linear, and 24 Chebyshev knots reach the integrator's own accuracy.
     */
    private static double lnLn(double n) {
        return Math.log(Math.log(n));
    }

    private static double[] lnLn(double[] n) {
        double[] u = new double[n.length];
        for (int j = 0; j < n.length; j++) {
            u[j] = lnLn(n[j]);
        }
        return u;
    }

    /** A table edited by hand rather than regenerated fails the class's loading rather than giving wrong limits. */
    private static int checkedTableMax() {
        double[] knots = SubgroupConstantsTable.KNOT_N;
        int max = SubgroupConstantsTable.D2.length + 1;
        if (SubgroupConstantsTable.D3.length != SubgroupConstantsTable.D2.length
                || SubgroupConstantsTable.KNOT_D2.length != knots.length
                || SubgroupConstantsTable.KNOT_D3.length != knots.length) {
            throw new IllegalStateException("SubgroupConstantsTable: its columns differ in length");
        }
        if (knots[0] != max || knots[knots.length - 1] < Integer.MAX_VALUE) {
            throw new IllegalStateException("SubgroupConstantsTable: the knots run from " + knots[0] + " to "
                    + knots[knots.length - 1] + ", not from the table's end " + max + " to 2^31 - 1 or beyond");
        }
        for (int j = 1; j < knots.length; j++) {
            if (!(knots[j] > knots[j - 1])) {
                throw new IllegalStateException("SubgroupConstantsTable: the knots are not in increasing order at " + j);
            }
        }
        return max;
    }
}
