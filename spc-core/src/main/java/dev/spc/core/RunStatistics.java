package dev.spc.core;

import dev.spc.core.rules.ChartView;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * Runs analysis of a phase about its centre line (METHODS.md section 5; Anhøj and Olesen, "Run charts
 * revisited", PLOS ONE 9(11), 2014). Points on the centre line are dropped; the rest are the useful
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
    public static final RunStatistics NONE = new RunStatistics(0, 0, longestRunLimit(0), 0, crossingsMinimum(0));

    /** Counts runs point by point: add each point with its centre line, in time order. */
    public static final class Counter {
        private int useful;
        private int runs;
        private int run;
        private int longest;
        private int lastSide;

        /** Adds a point; a point on its centre line (or without one) is not useful and changes nothing. */
        public void add(double value, double centre) {
            add(ChartView.above(value, centre) ? 1 : ChartView.below(value, centre) ? -1 : 0);
        }

        /** Adds a point by its side of the centre line: +1 above, -1 below, 0 on it (not useful). */
        public void add(int side) {
            if (side == 0) {
                return;
            }
            useful++;
            if (side != lastSide) {
                runs++;
                run = 0;
            }
            run++;
            longest = Math.max(longest, run);
            lastSide = side;
        }

        public RunStatistics statistics() {
            return new RunStatistics(useful, longest, longestRunLimit(useful), Math.max(0, runs - 1),
                    crossingsMinimum(useful));
        }
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
        if (n < MINIMUMS.length) {
            int known = MINIMUMS[n];
            if (known > 0) {
                return known - 1;
            }
            int computed = new BinomialDistribution(null, n - 1, 0.5).inverseCumulativeProbability(0.05);
            MINIMUMS[n] = computed + 1; // an int write is atomic: racing threads store the same value
            return computed;
        }
        return new BinomialDistribution(null, n - 1, 0.5).inverseCumulativeProbability(0.05);
    }

    /** The crossings minimum plus one for each n computed so far (0: not yet); cached, as every analysis asks. */
    private static final int[] MINIMUMS = new int[4096];

    /** True when the longest run is longer than chance allows. */
    public boolean longRun() {
        return longestRun > longestRunLimit;
    }

    /** True when there are fewer crossings than chance allows. */
    public boolean fewCrossings() {
        return usefulPoints >= 2 && crossings < crossingsMinimum;
    }
}
