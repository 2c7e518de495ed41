package dev.spc.core.result;

import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * Runs analysis of a phase about its centre line (docs/methods.md, section 5; Anhøj and Olesen, "Run
 * charts revisited", PLOS ONE 9(11), 2014). Points on the centre line are dropped; the rest are the useful
 * points. A run is a sequence of useful points on one side; a crossing is a change of side.
 *
 * <pre>
 *   longest run limit = round(log2(n)) + 3         (a longer run is a signal)
 *   crossings minimum = the 5% quantile of Binomial(n - 1, 0.5)   (fewer crossings is a signal)
 * </pre>
 *
 * @param usefulPoints n, the points not on the centre line
 * @param longestRun the longest run
 * @param longestRunLimit the longest run chance allows for n useful points
 * @param crossings the number of crossings (runs - 1)
 * @param crossingsMinimum the fewest crossings chance allows for n useful points
 */
public record RunStatistics(int usefulPoints, int longestRun, int longestRunLimit, int crossings,
        int crossingsMinimum) {

    /** No useful points. */
    public static final RunStatistics NONE = of(0, 0, 0);

    /**
     * The crossings minimum plus one for each n below the array's length computed so far (0: not yet), as
     * every analysis asks. An int write is atomic, and racing threads store the same value.
     */
    private static final int[] MINIMUMS = new int[4096];

    /** The statistics of n useful points whose longest run and crossings were counted. */
    public static RunStatistics of(int usefulPoints, int longestRun, int crossings) {
        return new RunStatistics(usefulPoints, longestRun, longestRunLimit(usefulPoints), crossings,
                crossingsMinimum(usefulPoints));
    }

    /** The longest run chance allows for n useful points: round(log2(n)) + 3. */
    public static int longestRunLimit(int n) {
        return n < 1 ? 3 : (int) Math.round(Math.log(n) / Math.log(2)) + 3;
    }

    /** The fewest crossings chance allows for n useful points: the 5% quantile of Binomial(n - 1, 0.5). */
    public static int crossingsMinimum(int n) {
        if (n < 2) {
            return 0;
        }
        if (n >= MINIMUMS.length) {
            return quantile(n);
        }
        int known = MINIMUMS[n];
        if (known == 0) {
            known = quantile(n) + 1;
            MINIMUMS[n] = known;
        }
        return known - 1;
    }

    private static int quantile(int n) {
        return BinomialDistribution.of(n - 1, 0.5).inverseCumulativeProbability(0.05);
    }

    /** True when the longest run is longer than chance allows. */
    public boolean longRun() {
        return longestRun > longestRunLimit;
    }

    /** True when there are fewer crossings than chance allows. */
    public boolean fewCrossings() {
        return usefulPoints >= 2 && crossings < crossingsMinimum;
    }
}
