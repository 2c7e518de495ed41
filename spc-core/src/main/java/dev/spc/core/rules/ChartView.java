package dev.spc.core.rules;

import dev.spc.core.limits.Lines;

/**
 * What the rules see of a chart: the judged points in time order, each with the lines it is judged by.
 *
 * <p>Lines are held once per <em>slot</em> ({@link Lines}): one slot per phase for charts whose lines are
 * constant within a phase, one per point for charts whose limits vary point by point. Gaps are not in the
 * view (a run carries on across a gap). A point that cannot be judged (its phase had too few points for
 * limits) breaks every run, as does a recalculation when rules stop at recalculations: such breaks start
 * a new <em>segment</em>, and no run, trend or window spans two segments. Rules that count over a whole
 * phase (runs analysis) work on <em>groups</em>: the judged points of one phase within one segment. Rules
 * know nothing of chart types.
 *
 * <p>A point is compared with a line {@link #above above}, {@link #below below} or on it, where "on" allows
 * for the last bits of rounding (a relative 10^-12): a line computed as a mean, or transformed and back,
 * can differ from equal data in the 16th digit, and such a difference must not make a constant series
 * special.
 */
public final class ChartView {
    final int size;
    final int[] index;
    final double[] y;
    private final int[] slot;
    private final int[] phaseOfSlot;
    private final Lines lines;
    private final int[] segment;

    /**
     * @param size the number of judged points
     * @param index for each judged point, its index in the series
     * @param y for each judged point, its value
     * @param slot for each judged point, the slot of its lines
     * @param phaseOfSlot the phase of each slot, or null when slots are phases
     * @param segment for each judged point, its segment number (non-decreasing), or null when there is one
     */
    public ChartView(int size, int[] index, double[] y, int[] slot, int[] phaseOfSlot, Lines lines, int[] segment) {
        this.size = size;
        this.index = index;
        this.y = y;
        this.slot = slot;
        this.phaseOfSlot = phaseOfSlot;
        this.lines = lines;
        this.segment = segment;
    }

    /** The number of judged points. */
    public int size() {
        return size;
    }

    double centre(int j) {
        return lines.centre(slot[j]);
    }

    double sigma(int j) {
        return lines.sigma(slot[j]);
    }

    /** The middle of point j's unclamped limits: what its sigma lines are measured from. */
    double origin(int j) {
        return (lines.rawLower(slot[j]) + lines.rawUpper(slot[j])) / 2;
    }

    double lower(int j) {
        return lines.lower(slot[j]);
    }

    double upper(int j) {
        return lines.upper(slot[j]);
    }

    /** The line k sigmas (k = 1, 2 or 3) from the centre on the given side (+1 above, -1 below). */
    double line(int j, int k, int side) {
        int s = slot[j];
        return switch (k) {
            case 1 -> side > 0 ? lines.upperOneSigma(s) : lines.lowerOneSigma(s);
            case 2 -> side > 0 ? lines.upperTwoSigma(s) : lines.lowerTwoSigma(s);
            default -> side > 0 ? lines.upper(s) : lines.lower(s);
        };
    }

    /** True when point j lies strictly beyond the k-sigma line on the given side. */
    boolean beyond(int j, int k, int side) {
        return side > 0 ? above(y[j], line(j, k, side)) : below(y[j], line(j, k, side));
    }

    /** True when x is above the line by more than rounding ({@code false} when the line does not exist). */
    public static boolean above(double x, double line) {
        return x - line > ROUNDING * (Math.abs(x) + Math.abs(line));
    }

    /** True when x is below the line by more than rounding ({@code false} when the line does not exist). */
    public static boolean below(double x, double line) {
        return line - x > ROUNDING * (Math.abs(x) + Math.abs(line));
    }

    /** The relative difference below which a point is taken to lie on a line. */
    public static final double ROUNDING = 1e-12;

    double lowerTwoSigma(int j) {
        return lines.lowerTwoSigma(slot[j]);
    }

    double upperTwoSigma(int j) {
        return lines.upperTwoSigma(slot[j]);
    }

    /** The phase (from 0) of judged point j. */
    int phase(int j) {
        return phaseOfSlot == null ? slot[j] : phaseOfSlot[slot[j]];
    }

    /** True when judged points a and b lie in the same segment. */
    boolean sameSegment(int a, int b) {
        return segment == null || segment[a] == segment[b];
    }

    /** True when judged points a and b lie in the same group: one phase within one segment. */
    boolean sameGroup(int a, int b) {
        return sameSegment(a, b) && phase(a) == phase(b);
    }

    /** The end (exclusive) of the group starting at judged point j. */
    int groupEnd(int j) {
        int e = j + 1;
        while (e < size && sameGroup(j, e)) {
            e++;
        }
        return e;
    }

    /** +1 above the centre line, -1 below, 0 on it (within rounding). */
    int sideOf(int j) {
        double c = centre(j);
        return above(y[j], c) ? 1 : below(y[j], c) ? -1 : 0;
    }
}
