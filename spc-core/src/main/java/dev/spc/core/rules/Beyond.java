package dev.spc.core.rules;

import dev.spc.core.result.RuleId;
import dev.spc.core.result.Side;

/**
 * A single point far from the centre line: strictly above the upper or below the lower line {@code sigmas}
 * sigma-hats away. At 3 sigmas the lines are the process limits of the point's own phase: MDC rule 1 (the
 * astronomical point), Western Electric rule 1 and Nelson test 1 (docs/methods.md, sections 3 and 9). Each point
 * is its own signal. Other multiples (Nelson's K) use {@code origin -+ K sigma}, where the origin is the
 * middle of the unclamped limits (the centre line, or the mean of a G chart, whose centre line is the
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
    public void apply(ChartView v, Findings findings) {
        if (sigmas == 3) {
            for (int j = 0; j < v.size; j++) {
                int zone = v.zone(j);
                if (zone == 3) {
                    findings.flagRun(v, id, Side.HIGH, j, j);
                } else if (zone == -3) {
                    findings.flagRun(v, id, Side.LOW, j, j);
                }
            }
            return;
        }
        for (int j = 0; j < v.size; j++) {
            double upper = v.origin(j) + sigmas * v.sigma(j);
            double lower = v.origin(j) - sigmas * v.sigma(j);
            if (ChartView.above(v.y[j], upper)) {
                findings.flagRun(v, id, Side.HIGH, j, j);
            } else if (ChartView.below(v.y[j], lower)) {
                findings.flagRun(v, id, Side.LOW, j, j);
            }
        }
    }
}
