package dev.spc.core.rules;

import dev.spc.core.result.RuleId;
import dev.spc.core.result.Side;

/**
 * A single point far from the centre line: strictly above the upper or below the lower line {@code sigmas}
 * sigma-hats away. At 3 sigmas the lines are the process limits of the point's own phase: MDC rule 1 (the
 * astronomical point), Western Electric rule 1 and Nelson test 1 (docs/methods.md, sections 3 and 9). Each
 * point is its own signal. Other multiples (Nelson's K) use {@code origin -+ K sigma}, where the origin is
 * the middle of the unclamped limits (the centre line, or the mean of a G chart, whose centre line is the
 * median); a T chart has no single sigma on its own scale, so there only K = 3 (the limits) can fire.
 *
 * @param id the rule's id
 * @param sigmas how many sigma-hats from the centre line a point must lie
 */
public record Beyond(RuleId id, double sigmas) implements Rule {

    public Beyond {
        if (!(sigmas > 0)) {
            throw new IllegalArgumentException("a point-beyond rule needs a positive number of sigmas, not " + sigmas);
        }
    }

    @Override
    public boolean judgesPointsAlone() {
        return true;
    }

    @Override
    public Scanner scanner() {
        return new Scanner() {
            private int next;

            @Override
            public void scan(ChartView v, Findings findings) {
                int size = v.size();
                for (int j = next; j < size; j++) {
                    Side side = side(v, j);
                    if (side != null) {
                        findings.flagRun(v, id, side, j, j);
                    }
                }
                next = size;
            }
        };
    }

    /** The side point j lies beyond the line on, or null when it does not. */
    private Side side(ChartView v, int j) {
        if (sigmas == 3) {
            int zone = v.zone(j);
            return zone == 3 ? Side.HIGH : zone == -3 ? Side.LOW : null;
        }
        double upper = v.origin(j) + sigmas * v.sigma(j);
        double lower = v.origin(j) - sigmas * v.sigma(j);
        return ChartView.above(v.y[j], upper) ? Side.HIGH : ChartView.below(v.y[j], lower) ? Side.LOW : null;
    }
}
