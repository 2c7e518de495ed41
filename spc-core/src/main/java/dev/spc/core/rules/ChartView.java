package dev.spc.core.rules;

import dev.spc.core.limits.Lines;
import java.util.Arrays;

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
 * for the last bits of rounding (2 x 10^-12 of the line): a line computed as a mean, or transformed and
 * back, can differ from equal data in the 16th digit, and such a difference must not make a constant
 * series special. The sides and zones of the points are worked out once, for all the rules.
 *
 * <p>Points may be appended ({@link #append}), as a monitor judges new data: what was worked out for the
 * earlier points stands.
 */
public final class ChartView {
    final int size;
    final int[] index;
    final double[] y;
    private final int[] slot;
    private final int[] phaseOfPoint;
    private final Lines lines;
    private final int[] segment;
    /** True when the arrays are this view's own (with room to grow), not shared with the chart's. */
    private final boolean owned;
    /** The side of each judged point, worked out once for all the rules, for the first {@link #sided} points. */
    private byte[] sides;
    private int sided;
    /**
     * The zone of each judged point: +-k beyond the k-sigma line (k = 1, 2, 3), 0 within one sigma; worked out
     * for the first {@link #zoned} points.
     */
    private byte[] zones;
    private int zoned;

    /**
     * @param size the number of judged points
     * @param index for each judged point, its index in the series
     * @param y for each judged point, its value
     * @param slot for each judged point, the slot of its lines
     * @param phaseOfPoint the phase of each point of the series, or null when slots are phases
     * @param segment for each judged point, its segment number (non-decreasing), or null when there is one
     */
    ChartView(int size, int[] index, double[] y, int[] slot, int[] phaseOfPoint, Lines lines, int[] segment) {
        this(size, index, y, slot, phaseOfPoint, lines, segment, false);
    }

    private ChartView(int size, int[] index, double[] y, int[] slot, int[] phaseOfPoint, Lines lines, int[] segment,
            boolean owned) {
        this.size = size;
        this.index = index;
        this.y = y;
        this.slot = slot;
        this.phaseOfPoint = phaseOfPoint;
        this.lines = lines;
        this.segment = segment;
        this.owned = owned;
    }

    /** The number of judged points. */
    public int size() {
        return size;
    }

    /**
     * This view with a judged point appended. The new view takes over this one's arrays (growing them when
     * full) and what was worked out for its points; this one is not to be used after.
     *
     * @param seriesIndex its index in the series
     * @param value its value
     * @param slotOfLines the slot of its lines
     * @param breaks true when a point that could not be judged came between it and the last judged point
     * @param phases the phase of each point of the series (null when slots are phases)
     */
    ChartView appended(int seriesIndex, double value, int slotOfLines, boolean breaks, int[] phases) {
        int[] index = this.index;
        double[] y = this.y;
        int[] slot = this.slot;
        int[] segment = this.segment;
        // A view of every point shares its arrays with the chart's own: the first append takes copies.
        if (!owned || size == index.length) {
            int capacity = Math.max(16, size * 2);
            index = Arrays.copyOf(index, capacity);
            y = Arrays.copyOf(y, capacity);
            slot = Arrays.copyOf(slot, capacity);
            segment = segment == null ? null : Arrays.copyOf(segment, capacity);
        }
        if (breaks && size > 0 && segment == null) {
            segment = new int[index.length];
        }
        if (segment != null) {
            segment[size] = size == 0 ? 0 : segment[size - 1] + (breaks ? 1 : 0);
        }
        index[size] = seriesIndex;
        y[size] = value;
        slot[size] = slotOfLines;
        ChartView next = new ChartView(size + 1, index, y, slot, phases, lines, segment, true);
        next.sides = sides;
        next.sided = sided;
        next.zones = zones;
        next.zoned = zoned;
        return next;
    }

    double sigma(int j) {
        return lines.sigma(slot[j]);
    }

    /** The middle of point j's unclamped limits: what its sigma lines are measured from. */
    double origin(int j) {
        return (lines.rawLower(slot[j]) + lines.rawUpper(slot[j])) / 2;
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
        int zone = zone(j);
        return side > 0 ? zone >= k : zone <= -k;
    }

    /**
     * How far out point j lies: +3 above the upper limit, +2 above the upper two-sigma line, +1 above the
     * upper one-sigma line, 0 within them, and the same below. Worked out once for all the rules (the lines
     * lie in order, so beyond a farther line is beyond every nearer one).
     */
    int zone(int j) {
        if (j >= zoned) {
            zoneUpTo(size);
        }
        return zones[j];
    }

    private void zoneUpTo(int end) {
        if (zones == null || zones.length < end) {
            zones = zones == null ? new byte[Math.max(end, 1)] : Arrays.copyOf(zones, Math.max(end, zones.length * 2));
        }
        byte[] z = zones;
        // The edges of the lines, worked out again only when the slot changes (once a phase, mostly).
        int last = -1;
        double u3 = 0;
        double u2 = 0;
        double u1 = 0;
        double l3 = 0;
        double l2 = 0;
        double l1 = 0;
        for (int k = zoned; k < end; k++) {
            int s = slot[k];
            if (s != last) {
                u3 = upperEdge(lines.upper(s));
                u2 = upperEdge(lines.upperTwoSigma(s));
                u1 = upperEdge(lines.upperOneSigma(s));
                l3 = lowerEdge(lines.lower(s));
                l2 = lowerEdge(lines.lowerTwoSigma(s));
                l1 = lowerEdge(lines.lowerOneSigma(s));
                last = s;
            }
            double x = y[k];
            if (x > u1) {
                z[k] = (byte) (x > u3 ? 3 : x > u2 ? 2 : 1);
            } else if (x < l1) {
                z[k] = (byte) (x < l3 ? -3 : x < l2 ? -2 : -1);
            } else {
                z[k] = 0;
            }
        }
        zoned = end;
    }

    /** True when x is above the line by more than rounding ({@code false} when the line does not exist). */
    public static boolean above(double x, double line) {
        return x > upperEdge(line);
    }

    /** True when x is below the line by more than rounding ({@code false} when the line does not exist). */
    public static boolean below(double x, double line) {
        return x < lowerEdge(line);
    }

    /** The highest value taken to lie on the line. */
    static double upperEdge(double line) {
        return line + ROUNDING * Math.abs(line);
    }

    /** The lowest value taken to lie on the line. */
    static double lowerEdge(double line) {
        return line - ROUNDING * Math.abs(line);
    }

    /** The relative difference from a line below which a point is taken to lie on it. */
    public static final double ROUNDING = 2e-12;

    /** The phase (from 0) of judged point j. */
    int phase(int j) {
        return phaseOfPoint == null ? slot[j] : phaseOfPoint[index[j]];
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
        if (j >= sided) {
            sideUpTo(size);
        }
        return sides[j];
    }

    private void sideUpTo(int end) {
        if (sides == null || sides.length < end) {
            sides = sides == null ? new byte[Math.max(end, 1)] : Arrays.copyOf(sides, Math.max(end, sides.length * 2));
        }
        byte[] s = sides;
        int last = -1;
        double high = 0;
        double low = 0;
        for (int k = sided; k < end; k++) {
            if (slot[k] != last) {
                last = slot[k];
                double c = lines.centre(last);
                high = upperEdge(c);
                low = lowerEdge(c);
            }
            // Written without branches: the side of noisy data is a coin toss that a branch would mispredict.
            s[k] = (byte) (Boolean.compare(y[k] > high, false) - Boolean.compare(y[k] < low, false));
        }
        sided = end;
    }
}
