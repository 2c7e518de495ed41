package dev.spc.core.rules;

import dev.spc.core.result.RuleId;
import dev.spc.core.result.Side;

/**
 * A run of points in one zone, on either side: Nelson test 7, {@code length} points in a row strictly
 * within one sigma of the centre line (stratification: the lines are too wide for the data, as when
 * subgroups mix sources), and Nelson test 8, {@code length} points in a row strictly beyond one sigma on
 * either side (a mixture of two processes). Neither has a side. Every point of the run is flagged
 * (docs/methods.md, section 9).
 *
 * @param id the rule's id
 * @param length the fewest points (Nelson: 15 for test 7, 8 for test 8)
 * @param zone the zone the points keep to
 */
public record ZoneRun(RuleId id, int length, Zone zone) implements Rule {

    /** Where the points of the run lie. */
    public enum Zone {
        /** Strictly between the one-sigma lines. */
        WITHIN_ONE_SIGMA,
        /** Strictly beyond a one-sigma line, either side. */
        BEYOND_ONE_SIGMA
    }

    @Override
    public Scanner scanner() {
        return new Scanner() {
            private int next;
            /** The first point of the run in progress, or -1 for none. */
            private int runStart = -1;
            private int signal = -1;

            @Override
            public void scan(ChartView v, Findings findings) {
                int size = v.size();
                for (int j = next; j < size; j++) {
                    if (!inZone(v, j)) {
                        runStart = -1;
                        continue;
                    }
                    if (runStart < 0 || !v.sameSegment(j - 1, j)) {
                        runStart = j;
                        signal = -1;
                    }
                    int points = j - runStart + 1;
                    if (points == length) {
                        signal = findings.flagRun(v, id, Side.NONE, runStart, j);
                    } else if (points > length) {
                        findings.extend(v, id, signal, j);
                    }
                }
                next = size;
            }
        };
    }

    private boolean inZone(ChartView v, int j) {
        if (zone == Zone.WITHIN_ONE_SIGMA) {
            return ChartView.above(v.y[j], v.line(j, 1, -1)) && ChartView.below(v.y[j], v.line(j, 1, 1));
        }
        return v.beyond(j, 1, 1) || v.beyond(j, 1, -1);
    }
}
