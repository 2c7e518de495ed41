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
    public Scanner scanner() {
        return ties == Ties.BREAK ? new Contiguous() : new Skipping();
    }

    /** A trend of consecutive judged points, which an equal neighbour ends. */
    private final class Contiguous implements Scanner {
        private int next;
        private int runStart;
        private int direction;
        private int signal = -1;

        @Override
        public void scan(ChartView v, Findings findings) {
            // The state in locals while scanning (a tight loop), written back at the end.
            int runStart = this.runStart;
            int direction = this.direction;
            int signal = this.signal;
            double[] y = v.y;
            int size = v.size();
            for (int j = Math.max(next, 1); j < size; j++) {
                int d = 0;
                if (v.sameSegment(j - 1, j)) {
                    double step = y[j] - y[j - 1];
                    d = step > 0 ? 1 : step < 0 ? -1 : 0;
                }
                if (d == 0 || d != direction) {
                    // A new trend starts at the point before the step (it has two points), or none without a step.
                    runStart = j - 1;
                    direction = d;
                    signal = -1;
                }
                if (direction == 0) {
                    continue;
                }
                int points = j - runStart + 1;
                if (points == length) {
                    signal = findings.flagRun(v, id, direction > 0 ? Side.HIGH : Side.LOW, runStart, j);
                } else if (points > length) {
                    findings.extend(v, id, signal, j);
                }
            }
            this.runStart = runStart;
            this.direction = direction;
            this.signal = signal;
            next = size;
        }
    }

    /**
     * A trend over the points that count, each unequal to the last one kept (a tie is passed over): its
     * direction, its points so far (the first {@code length} kept, flagged together when the trend is long
     * enough) and its signal once it has one.
     */
    private final class Skipping implements Scanner {
        private final int[] first = new int[Math.max(2, length)];
        private int next;
        /** The last point kept, or -1. */
        private int previous = -1;
        private int direction;
        private int count;
        private int signal = -1;

        @Override
        public void scan(ChartView v, Findings findings) {
            double[] y = v.y;
            int size = v.size();
            for (int j = next; j < size; j++) {
                boolean sameSegment = previous >= 0 && v.sameSegment(previous, j);
                if (sameSegment && y[j] == y[previous]) {
                    continue;
                }
                int d = 0;
                if (sameSegment) {
                    double step = y[j] - y[previous];
                    d = step > 0 ? 1 : step < 0 ? -1 : 0;
                }
                if (d == 0 || d != direction) {
                    direction = d;
                    signal = -1;
                    count = 0;
                    if (d != 0) {
                        first[count++] = previous;
                    }
                }
                previous = j;
                if (direction == 0) {
                    continue;
                }
                if (count < length) {
                    first[count] = j;
                }
                count++;
                if (count == length) {
                    signal = findings.flagPoints(v, id, direction > 0 ? Side.HIGH : Side.LOW, first, 0, length);
                } else if (count > length) {
                    findings.extend(v, id, signal, j);
                }
            }
            next = size;
        }
    }
}
