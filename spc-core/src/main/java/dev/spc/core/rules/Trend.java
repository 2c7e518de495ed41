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
        return new Run();
    }

    /**
     * The trend in progress over the points that count (all of them, or with ties to the last one kept
     * skipped): its direction, its points so far (the first {@code length} kept, flagged together when the
     * trend is long enough) and its signal once it has one.
     */
    private final class Run implements Scanner {
        private final int[] first = new int[Math.max(2, length)];
        private int next;
        /** The last point that counted, or -1. */
        private int previous = -1;
        private int direction;
        private int count;
        private int signal = -1;

        @Override
        public void scan(ChartView v, Findings findings) {
            for (int j = next; j < v.size; j++) {
                boolean sameSegment = previous >= 0 && v.sameSegment(previous, j);
                if (ties == Ties.SKIP && sameSegment && v.y[j] == v.y[previous]) {
                    continue;
                }
                int d = 0;
                if (sameSegment) {
                    double step = v.y[j] - v.y[previous];
                    d = step > 0 ? 1 : step < 0 ? -1 : 0;
                }
                if (d == 0 || d != direction) {
                    // A new trend starts at the previous point (it has two points) or, with no step, has none.
                    direction = d;
                    signal = -1;
                    count = d == 0 ? 0 : 1;
                    if (d != 0) {
                        first[0] = previous;
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
            next = v.size;
        }
    }
}
