package dev.spc.core.rules;

import dev.spc.core.Side;

/**
 * MDC rule 3, the trend: {@code length} or more consecutive points each strictly greater (or each
 * strictly smaller) than the one before; equal neighbours break it. All its points are flagged, and a
 * trend may cross the centre line and recalculations (METHODS.md section 3).
 *
 * @param length the fewest points in a trend (6 in MDC v5.0)
 */
public record Trend(int length) implements Rule {

    @Override
    public RuleId id() {
        return RuleId.TREND;
    }

    @Override
    public void apply(ChartView v, Findings findings) {
        // A run of equal step directions from point runStart to point j-1.
        int runStart = 0;
        int runDirection = 0;
        for (int j = 1; j <= v.size; j++) {
            int direction = 0;
            if (j < v.size && v.sameSegment(j, j - 1)) {
                double d = v.y[j] - v.y[j - 1];
                direction = d > 0 ? 1 : d < 0 ? -1 : 0;
            }
            if (direction == 0 || direction != runDirection) {
                if (runDirection != 0 && j - runStart >= length) {
                    findings.flagRun(v, RuleId.TREND, runDirection > 0 ? Side.HIGH : Side.LOW, runStart, j - 1);
                }
                runStart = j - 1;
                runDirection = direction;
            }
        }
    }
}
