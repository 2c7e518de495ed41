package dev.spc.core.rules;

import dev.spc.core.result.RuleId;
import dev.spc.core.result.Side;

/**
 * Nelson test 4: {@code length} or more consecutive points alternating up and down, each step the
 * opposite way to the one before (an equal neighbour ends it). It points to two alternating sources, such
 * as two shifts or two machines sampled in turn; it has no side. Every point of the run is flagged
 * (docs/methods.md, section 9; Nelson, "The Shewhart control chart: tests for special causes", Journal of
 * Quality Technology 16(4), 1984).
 *
 * @param id the rule's id
 * @param length the fewest points (Nelson: 14)
 */
public record Alternating(RuleId id, int length) implements Rule {

    @Override
    public void apply(ChartView v, Findings findings) {
        int runStart = 0;
        int lastStep = 0;
        for (int j = 1; j <= v.size; j++) {
            int step = 0;
            if (j < v.size && v.sameSegment(j - 1, j)) {
                double d = v.y[j] - v.y[j - 1];
                step = d > 0 ? 1 : d < 0 ? -1 : 0;
            }
            boolean continues = step != 0 && (lastStep == 0 || step == -lastStep);
            if (!continues || j == v.size) {
                int end = continues ? j : j - 1;
                if (end - runStart + 1 >= length) {
                    findings.flagRun(v, id, Side.NONE, runStart, end);
                }
                runStart = step != 0 ? j - 1 : j;
            }
            lastStep = step;
        }
    }
}
