package dev.spc.core.rules;

import dev.spc.core.Side;

/**
 * MDC rule 2, the shift: {@code length} or more consecutive points all strictly above, or all strictly
 * below, the centre line of their own phase; a point on the centre line breaks the run. Every point of
 * the run is flagged (METHODS.md section 3; 6 in MDC v5.0, 7 in older guidance).
 *
 * @param length the shortest run that is a shift
 */
public record Shift(int length) implements Rule {

    @Override
    public RuleId id() {
        return RuleId.SHIFT;
    }

    @Override
    public void apply(ChartView v, Findings findings) {
        int runStart = 0;
        int runSide = 0;
        for (int j = 0; j <= v.size; j++) {
            int side = j < v.size ? v.sideOf(j) : 0;
            boolean continues = j < v.size && side != 0 && side == runSide && v.sameSegment(j, runStart);
            if (!continues) {
                if (runSide != 0 && j - runStart >= length) {
                    findings.flagRun(v, RuleId.SHIFT, runSide > 0 ? Side.HIGH : Side.LOW, runStart, j - 1);
                }
                runStart = j;
                runSide = side;
            }
        }
    }
}
