package dev.spc.core.rules;

import dev.spc.core.result.RunStatistics;

/** Counts the runs of a phase point by point: add each point with its centre line, in time order. */
public final class RunCounter {
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
    void add(int side) {
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

    /** The statistics of the points added so far. */
    public RunStatistics statistics() {
        return RunStatistics.of(useful, longest, Math.max(0, runs - 1));
    }
}
