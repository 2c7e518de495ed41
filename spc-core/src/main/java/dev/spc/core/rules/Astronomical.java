package dev.spc.core.rules;

import dev.spc.core.Side;

/**
 * MDC rule 1, the astronomical point: a value strictly above the upper or strictly below the lower
 * process limit of its own phase (METHODS.md section 3). Each point is its own signal.
 */
public record Astronomical() implements Rule {

    @Override
    public RuleId id() {
        return RuleId.ASTRONOMICAL;
    }

    @Override
    public void apply(ChartView v, Findings findings) {
        for (int j = 0; j < v.size; j++) {
            if (v.y[j] > v.upper(j)) {
                findings.flagRun(v, RuleId.ASTRONOMICAL, Side.HIGH, j, j);
            } else if (v.y[j] < v.lower(j)) {
                findings.flagRun(v, RuleId.ASTRONOMICAL, Side.LOW, j, j);
            }
        }
    }
}
