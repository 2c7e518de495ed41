package dev.spc.core.rules;

import dev.spc.core.result.RuleId;
import dev.spc.core.result.Side;

/**
 * Anhøj's unusually few crossings: in each phase, fewer crossings of the centre line (runs - 1) than the
 * 5% quantile of Binomial(n - 1, 0.5), n being the phase's useful points (docs/methods.md, section 5; Anhøj
 * and Olesen 2014). The signal belongs to the phase as a whole, so every judged point of the phase is
 * flagged, with no side.
 */
public record FewCrossings() implements Rule {

    @Override
    public RuleId id() {
        return RuleId.FEW_CROSSINGS;
    }

    @Override
    public Scanner scanner() {
        return new GroupScanner(RuleId.FEW_CROSSINGS, (v, findings, start, end) -> {
            if (Runs.of(v, start, end).statistics().fewCrossings()) {
                findings.flagRun(v, RuleId.FEW_CROSSINGS, Side.NONE, start, end - 1);
            }
        });
    }
}
