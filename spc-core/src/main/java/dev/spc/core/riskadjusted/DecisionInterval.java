package dev.spc.core.riskadjusted;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The decision interval h that gives a risk-adjusted CUSUM a target in-control average run length (ARL),
 * found by simulation (docs/risk-adjusted.md). Each run draws cases whose risks are sampled, with
 * replacement, from the observed ones and whose outcomes follow those risks (the process in control), and
 * records the times at which its CUSUM first reaches each new height; the run length for any h is then the
 * first time the CUSUM reaches h (a run that never does counts its full length, {@code 20 x} the target). The
 * ARL grows with h, so h is found by bisection on the runs' records. Seeded: the same risks, odds ratio,
 * target and seed always give the same h.
 *
 * @param h the decision interval
 * @param arl the simulated in-control ARL at h
 */
record DecisionInterval(double h, double arl) {

    /**
     * The h of one side. The lower CUSUM {@code S = min(0, S - W)} is the mirror of {@code U = -S = max(0, U + W)}
     * with its own odds ratio, so both sides are simulated as {@code max(0, U + W)}.
     */
    static DecisionInterval simulate(double[] risks, double oddsRatio, double targetArl, long seed, int runs) {
        long cap = (long) Math.ceil(20 * targetArl);
        SplittableRandom random = new SplittableRandom(seed);
        double[][] heights = new double[runs][];
        long[][] times = new long[runs][];
        double[] good = new double[risks.length];
        double[] bad = new double[risks.length];
        for (int k = 0; k < risks.length; k++) {
            good[k] = SteinerWeights.weight(0, risks[k], oddsRatio);
            bad[k] = SteinerWeights.weight(1, risks[k], oddsRatio);
        }
        for (int r = 0; r < runs; r++) {
            double[] h = new double[16];
            long[] t = new long[16];
            int records = 0;
            double s = 0;
            double max = 0;
            for (long step = 1; step <= cap; step++) {
                int k = random.nextInt(risks.length);
                double w = random.nextDouble() < risks[k] ? bad[k] : good[k];
                s = Math.max(0, s + w);
                if (s > max) {
                    max = s;
                    if (records == h.length) {
                        h = Arrays.copyOf(h, records * 2);
                        t = Arrays.copyOf(t, records * 2);
                    }
                    h[records] = s;
                    t[records++] = step;
                }
            }
            heights[r] = Arrays.copyOf(h, records);
            times[r] = Arrays.copyOf(t, records);
        }
        double low = 0;
        double high = 0;
        for (double[] h : heights) {
            if (h.length > 0) {
                high = Math.max(high, h[h.length - 1]);
            }
        }
        for (int iteration = 0; iteration < 60; iteration++) {
            double mid = (low + high) / 2;
            if (arl(heights, times, mid, cap) < targetArl) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return new DecisionInterval(high, arl(heights, times, high, cap));
    }

    /** The mean over runs of the first time each run's CUSUM reaches h (its full length when it never does). */
    static double arl(double[][] heights, long[][] times, double h, long cap) {
        double sum = 0;
        for (int r = 0; r < heights.length; r++) {
            double[] hs = heights[r];
            int i = Arrays.binarySearch(hs, h);
            int at = i >= 0 ? i : -i - 1;
            sum += at < hs.length ? times[r][at] : cap;
        }
        return sum / heights.length;
    }
}
