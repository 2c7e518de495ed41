package dev.spc.core.rules;

import dev.spc.core.result.RuleId;
import dev.spc.core.result.Side;

/**
 * A run of points on one side of the centre line: {@code length} or more consecutive judged points all
 * strictly above, or all strictly below, the centre line of their own phase. Every point of the run is
 * flagged. A point on the centre line breaks the run (MDC rule 2, Western Electric rule 4, Nelson test 2)
 * or is skipped, neither counting nor breaking (the IHI shift) (docs/methods.md, sections 3, 5 and 9).
 *
 * @param id the rule's id
 * @param length the shortest run that is a signal (MDC v5.0: 6; Western Electric: 8; Nelson: 9; IHI: 6)
 * @param onCentre what a point on the centre line does to a run
 */
public record Shift(RuleId id, int length, OnCentre onCentre) implements Rule {

    /** What a point exactly on the centre line does to a run. */
    public enum OnCentre {
        /** It ends the run. */
        BREAKS,
        /** It is passed over: neither counted nor a break. */
        SKIPPED
    }

    /** The MDC shift of the given length. */
    public Shift(int length) {
        this(RuleId.SHIFT, length, OnCentre.BREAKS);
    }

    @Override
    public void apply(ChartView v, Findings findings) {
        if (onCentre == OnCentre.BREAKS) {
            contiguous(v, findings);
        } else {
            skippingCentre(v, findings);
        }
    }

    /** Runs of consecutive points: a point on the centre line ends a run. */
    private void contiguous(ChartView v, Findings findings) {
        int runStart = 0;
        int runSide = 0;
        for (int j = 0; j <= v.size; j++) {
            int side = j < v.size ? v.sideOf(j) : 0;
            boolean continues = j < v.size && side != 0 && side == runSide && v.sameSegment(j, runStart);
            if (!continues) {
                if (runSide != 0 && j - runStart >= length) {
                    findings.flagRun(v, id, runSide > 0 ? Side.HIGH : Side.LOW, runStart, j - 1);
                }
                runStart = j;
                runSide = side;
            }
        }
    }

    /** Runs that pass over points on the centre line, which are neither counted nor flagged. */
    private void skippingCentre(ChartView v, Findings findings) {
        int[] run = new int[Math.max(1, v.size)];
        int count = 0;
        int runSide = 0;
        for (int j = 0; j <= v.size; j++) {
            int side = j < v.size ? v.sideOf(j) : 0;
            if (j < v.size && side == 0 && onCentre == OnCentre.SKIPPED
                    && (count == 0 || v.sameSegment(run[count - 1], j))) {
                continue;
            }
            boolean continues = j < v.size && side != 0 && side == runSide && count > 0
                    && v.sameSegment(run[count - 1], j);
            if (!continues) {
                if (runSide != 0 && count >= length) {
                    findings.flagPoints(v, id, runSide > 0 ? Side.HIGH : Side.LOW, run, 0, count);
                }
                count = 0;
                runSide = side;
            }
            if (j < v.size && side != 0) {
                run[count++] = j;
            }
        }
    }
}
