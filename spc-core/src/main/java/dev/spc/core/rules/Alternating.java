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
    public Scanner scanner() {
        return new Scanner() {
            private int next;
            private int runStart;
            private int lastStep;
            private int signal = -1;

            @Override
            public void scan(ChartView v, Findings findings) {
                int size = v.size();
                for (int j = Math.max(next, 1); j < size; j++) {
                    int step = 0;
                    if (v.sameSegment(j - 1, j)) {
                        double d = v.y[j] - v.y[j - 1];
                        step = d > 0 ? 1 : d < 0 ? -1 : 0;
                    }
                    boolean continues = step != 0 && (lastStep == 0 || step == -lastStep);
                    if (!continues) {
                        // A new run starts at the point before a step, or at this point after no step.
                        runStart = step != 0 ? j - 1 : j;
                        signal = -1;
                    }
                    lastStep = step;
                    int points = j - runStart + 1;
                    if (points == length) {
                        signal = findings.flagRun(v, id, Side.NONE, runStart, j);
                    } else if (points > length) {
                        findings.extend(v, id, signal, j);
                    }
                }
                next = size;
            }
        };
    }
}
