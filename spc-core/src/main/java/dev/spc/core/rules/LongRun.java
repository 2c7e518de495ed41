package dev.spc.core.rules;

import dev.spc.core.result.RuleId;
import dev.spc.core.result.RunStatistics;
import dev.spc.core.result.Side;

/**
 * Anhøj's unusually long run: in each phase, a run of useful points on one side of the centre line longer
 * than {@code round(log2(n)) + 3}, n being the phase's useful points (those not on the centre line)
 * (docs/methods.md, section 5; Anhøj and Olesen 2014). The points of every such run are flagged, on its side.
 * Unlike a fixed shift length, the limit grows with the number of points, keeping the false-alarm rate
 * near 5% for any length of series.
 */
public record LongRun() implements Rule {

    @Override
    public RuleId id() {
        return RuleId.LONG_RUN;
    }

    @Override
    public Scanner scanner() {
        return new GroupScanner(RuleId.LONG_RUN, (v, findings, start, end) -> {
            Runs runs = Runs.of(v, start, end);
            int limit = RunStatistics.longestRunLimit(runs.n);
            for (int r = 0; r < runs.runs; r++) {
                if (runs.runLength(r) > limit) {
                    int first = runs.useful[runs.runStarts[r]];
                    Side side = v.sideOf(first) > 0 ? Side.HIGH : Side.LOW;
                    findings.flagPoints(v, RuleId.LONG_RUN, side, runs.useful, runs.runStarts[r], runs.runLength(r));
                }
            }
        });
    }
}
