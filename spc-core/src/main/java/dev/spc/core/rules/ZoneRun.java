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
    public void apply(ChartView v, Findings findings) {
        int runStart = 0;
        for (int j = 0; j <= v.size; j++) {
            boolean in = j < v.size && inZone(v, j) && (j == runStart || v.sameSegment(j - 1, j));
            if (!in) {
                if (j - runStart >= length) {
                    findings.flagRun(v, id, Side.NONE, runStart, j - 1);
                }
                runStart = j < v.size && inZone(v, j) ? j : j + 1;
            }
        }
    }

    private boolean inZone(ChartView v, int j) {
        if (zone == Zone.WITHIN_ONE_SIGMA) {
            return ChartView.above(v.y[j], v.line(j, 1, -1)) && ChartView.below(v.y[j], v.line(j, 1, 1));
        }
        return v.beyond(j, 1, 1) || v.beyond(j, 1, -1);
    }
}
