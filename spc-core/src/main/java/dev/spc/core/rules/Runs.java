package dev.spc.core.rules;

import dev.spc.core.result.RunStatistics;

/** The runs of one group of a view (one phase within one segment) about its centre lines. */
final class Runs {
    /** The view positions of the useful points (not on the centre line), in order. */
    final int[] useful;
    /** The number of useful points. */
    final int n;
    /** The start (index into {@link #useful}) of each run, and one past the last run's end. */
    final int[] runStarts;
    /** The number of runs. */
    final int runs;
    /** The useful points above the centre line. */
    final int above;

    private Runs(int[] useful, int n, int[] runStarts, int runs, int above) {
        this.useful = useful;
        this.n = n;
        this.runStarts = runStarts;
        this.runs = runs;
        this.above = above;
    }

    /** The runs of the view's points {@code from..to-1}. */
    static Runs of(ChartView v, int from, int to) {
        int[] useful = new int[to - from];
        int[] starts = new int[to - from + 1];
        int n = 0;
        int runs = 0;
        int above = 0;
        int lastSide = 0;
        for (int j = from; j < to; j++) {
            int side = v.sideOf(j);
            if (side == 0) {
                continue;
            }
            if (side != lastSide) {
                starts[runs++] = n;
            }
            if (side > 0) {
                above++;
            }
            useful[n++] = j;
            lastSide = side;
        }
        starts[runs] = n;
        return new Runs(useful, n, starts, runs, above);
    }

    int runLength(int r) {
        return runStarts[r + 1] - runStarts[r];
    }

    int longest() {
        int longest = 0;
        for (int r = 0; r < runs; r++) {
            longest = Math.max(longest, runLength(r));
        }
        return longest;
    }

    RunStatistics statistics() {
        return RunStatistics.of(n, longest(), Math.max(0, runs - 1));
    }
}
