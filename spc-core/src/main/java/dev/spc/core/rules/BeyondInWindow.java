package dev.spc.core.rules;

import dev.spc.core.result.RuleId;
import dev.spc.core.result.Side;

/**
 * K of M points beyond a sigma line on one side: in any window of {@code window} consecutive judged points,
 * {@code count} or more lie strictly beyond the line {@code sigmas} sigma-hats from the centre on the same
 * side (points beyond the limits count too); the other points may lie anywhere. The points beyond the line
 * are flagged. Western Electric rules 2 (2 of 3 beyond 2 sigma) and 3 (4 of 5 beyond 1 sigma), Nelson tests
 * 5 (K of K + 1 beyond 2 sigma) and 6 (K of K + 1 beyond 1 sigma) (docs/methods.md, section 9). Unlike MDC's two
 * in three, the window need not lie wholly on one side.
 *
 * @param id the rule's id
 * @param count how many points of the window must lie beyond the line
 * @param window the number of consecutive points looked at
 * @param sigmas the line: 1 or 2 sigmas from the centre
 */
public record BeyondInWindow(RuleId id, int count, int window, int sigmas) implements Rule {

    public BeyondInWindow {
        if (count < 1 || window < count) {
            throw new IllegalArgumentException(
                    "a window rule needs 1 <= count <= window, not " + count + " of " + window);
        }
        if (sigmas < 1 || sigmas > 3) {
            throw new IllegalArgumentException("a window rule's line is 1, 2 or 3 sigmas, not " + sigmas);
        }
    }

    @Override
    public Scanner scanner() {
        return new Scanner() {
            private final int[] picked = new int[window];
            private int next;

            @Override
            public void scan(ChartView v, Findings findings) {
                int size = v.size();
                for (int end = Math.max(next, window - 1); end < size; end++) {
                    window(v, findings, end, picked);
                }
                next = size;
            }
        };
    }

    /** The window of {@code window} points ending at {@code end}, on each side. */
    private void window(ChartView v, Findings findings, int end, int[] picked) {
        int start = end - window + 1;
        if (!v.sameSegment(start, end)) {
            return;
        }
        for (int side = 1; side >= -1; side -= 2) {
            int found = 0;
            for (int k = start; k <= end; k++) {
                if (v.beyond(k, sigmas, side)) {
                    picked[found++] = k;
                }
            }
            if (found >= count) {
                findings.flagPoints(v, id, side > 0 ? Side.HIGH : Side.LOW, picked, 0, found);
            }
        }
    }
}
