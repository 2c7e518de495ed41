package dev.spc.core.rules;

import dev.spc.core.result.RuleId;
import dev.spc.core.result.Side;
import dev.spc.core.spec.TwoOfThreeCounting;

/**
 * MDC rule 4, two in three: in any window of three consecutive points all strictly on the same side of
 * their centre lines, if two or three of them lie strictly beyond the two-sigma line on that side (and,
 * by default, not beyond the process limit), those points are flagged (docs/methods.md, section 3). With
 * {@link TwoOfThreeCounting#INCLUDING_BEYOND_LIMITS}, points beyond the limit count too (NHSE SQL v2.6).
 *
 * @param counting which points count as close to the limit
 */
public record TwoOfThree(TwoOfThreeCounting counting) implements Rule {

    @Override
    public RuleId id() {
        return RuleId.TWO_OF_THREE;
    }

    @Override
    public Scanner scanner() {
        return new Scanner() {
            private final int[] picked = new int[3];
            private int next;

            @Override
            public void scan(ChartView v, Findings findings) {
                int size = v.size();
                for (int j = Math.max(next, 2); j < size; j++) {
                    if (!v.sameSegment(j - 2, j)) {
                        continue;
                    }
                    int side = v.sideOf(j);
                    if (side == 0 || v.sideOf(j - 1) != side || v.sideOf(j - 2) != side) {
                        continue;
                    }
                    int count = 0;
                    for (int k = j - 2; k <= j; k++) {
                        if (isClose(v, k, side)) {
                            picked[count++] = k;
                        }
                    }
                    if (count >= 2) {
                        findings.flagPoints(v, RuleId.TWO_OF_THREE, side > 0 ? Side.HIGH : Side.LOW, picked, 0, count);
                    }
                }
                next = size;
            }
        };
    }

    private boolean isClose(ChartView v, int k, int side) {
        boolean inside = counting == TwoOfThreeCounting.INCLUDING_BEYOND_LIMITS;
        if (side > 0) {
            return v.beyond(k, 2, 1) && (inside || !v.beyond(k, 3, 1));
        }
        return v.beyond(k, 2, -1) && (inside || !v.beyond(k, 3, -1));
    }
}
