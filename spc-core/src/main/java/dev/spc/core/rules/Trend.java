package dev.spc.core.rules;

import dev.spc.core.result.RuleId;
import dev.spc.core.result.Side;

/**
 * A trend: {@code length} or more consecutive points each strictly greater (or each strictly smaller)
 * than the one before. All its points are flagged, and a trend may cross the centre line and
 * recalculations. Equal neighbours break a trend (MDC rule 3, Nelson test 3), or one of them is ignored,
 * neither counting nor breaking (the IHI trend) (docs/methods.md, sections 3, 5 and 9).
 *
 * @param id the rule's id
 * @param length the fewest points in a trend (MDC v5.0: 6; Nelson: 6; IHI: 5)
 * @param ties what equal neighbours do to a trend
 */
public record Trend(RuleId id, int length, Ties ties) implements Rule {

    /** What a point equal to the one before it does to a trend. */
    public enum Ties {
        /** It ends the trend. */
        BREAK,
        /** It is ignored: neither counted nor a break. */
        SKIP
    }

    /** The MDC trend of the given length. */
    public Trend(int length) {
        this(RuleId.TREND, length, Ties.BREAK);
    }

    @Override
    public void apply(ChartView v, Findings findings) {
        if (ties == Ties.BREAK) {
            breakingOnTies(v, findings);
        } else {
            skippingTies(v, findings);
        }
    }

    /** Runs of equal step directions from point runStart to point j-1; an equal step ends a run. */
    private void breakingOnTies(ChartView v, Findings findings) {
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
                    findings.flagRun(v, id, runDirection > 0 ? Side.HIGH : Side.LOW, runStart, j - 1);
                }
                runStart = j - 1;
                runDirection = direction;
            }
        }
    }

    /** As {@link #breakingOnTies} over the points that count: each unequal to the last one kept. */
    private void skippingTies(ChartView v, Findings findings) {
        int[] kept = new int[Math.max(1, v.size)];
        int m = 0;
        for (int j = 0; j < v.size; j++) {
            if (m > 0 && v.y[j] == v.y[kept[m - 1]] && v.sameSegment(kept[m - 1], j)) {
                continue;
            }
            kept[m++] = j;
        }
        // Runs of equal step directions over the kept points, from kept[runStart] to kept[k-1].
        int runStart = 0;
        int runDirection = 0;
        for (int k = 1; k <= m; k++) {
            int direction = 0;
            if (k < m && v.sameSegment(kept[k], kept[k - 1])) {
                double d = v.y[kept[k]] - v.y[kept[k - 1]];
                direction = d > 0 ? 1 : d < 0 ? -1 : 0;
            }
            if (direction == 0 || direction != runDirection) {
                if (runDirection != 0 && k - runStart >= length) {
                    findings.flagPoints(v, id, runDirection > 0 ? Side.HIGH : Side.LOW, kept, runStart, k - runStart);
                }
                runStart = k - 1;
                runDirection = direction;
            }
        }
    }
}
