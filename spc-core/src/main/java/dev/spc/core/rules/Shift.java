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
    public Scanner scanner() {
        return onCentre == OnCentre.BREAKS ? new Contiguous() : new Skipping();
    }

    /** A run of consecutive judged points, which a point on the centre line ends. */
    private final class Contiguous implements Scanner {
        private int next;
        private int runStart;
        private int side;
        private int signal = -1;

        @Override
        public void scan(ChartView v, Findings findings) {
            // The state in locals while scanning (a tight loop), written back at the end.
            int runStart = this.runStart;
            int side = this.side;
            int signal = this.signal;
            int size = v.size();
            for (int j = next; j < size; j++) {
                int s = v.sideOf(j);
                if (s == 0 || s != side || !v.sameSegment(runStart, j)) {
                    runStart = j;
                    side = s;
                    signal = -1;
                }
                if (side == 0) {
                    continue;
                }
                int points = j - runStart + 1;
                if (points == length) {
                    signal = findings.flagRun(v, id, side > 0 ? Side.HIGH : Side.LOW, runStart, j);
                } else if (points > length) {
                    findings.extend(v, id, signal, j);
                }
            }
            this.runStart = runStart;
            this.side = side;
            this.signal = signal;
            next = size;
        }
    }

    /**
     * A run that passes over points on the centre line, neither counting nor flagging them: its side, how many
     * points it has, the first {@code length} of them (flagged together when the run is long enough), its last,
     * and its signal once it has one.
     */
    private final class Skipping implements Scanner {
        private final int[] first = new int[length];
        private int next;
        private int count;
        private int side;
        private int last = -1;
        private int signal = -1;

        @Override
        public void scan(ChartView v, Findings findings) {
            int size = v.size();
            for (int j = next; j < size; j++) {
                int s = v.sideOf(j);
                boolean sameSegment = last >= 0 && v.sameSegment(last, j);
                if (s == 0 && (count == 0 || sameSegment)) {
                    continue;
                }
                if (s == 0 || s != side || count == 0 || !sameSegment) {
                    count = 0;
                    signal = -1;
                    side = s;
                    last = j;
                    if (s == 0) {
                        continue;
                    }
                }
                last = j;
                if (count < length) {
                    first[count] = j;
                }
                count++;
                if (count == length) {
                    signal = findings.flagPoints(v, id, side > 0 ? Side.HIGH : Side.LOW, first, 0, length);
                } else if (count > length) {
                    findings.extend(v, id, signal, j);
                }
            }
            next = size;
        }
    }
}
