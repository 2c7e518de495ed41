package dev.spc.core.rules;

/**
 * What the rules see of a chart: the judged points in time order, each with the lines it is judged by.
 *
 * <p>Lines are held once per <em>slot</em>: a chart whose lines are constant within a phase has one slot
 * per phase, a chart whose limits vary point by point has one slot per point. Gaps are not in the view
 * (a run carries on across a gap). A point without limits (its phase had too few points) is not judged
 * and breaks every run, as does a recalculation when rules stop at recalculations: such breaks start a
 * new <em>segment</em>, and no run, trend or window spans two segments. Rules know nothing of chart types.
 */
public final class ChartView {
    final int size;
    final int[] index;
    final double[] y;
    private final int[] slot;
    private final double[] centre;
    private final double[] lower;
    private final double[] upper;
    private final double[] lowerTwoSigma;
    private final double[] upperTwoSigma;
    private final int[] segment;

    /**
     * @param size the number of judged points
     * @param index for each judged point, its index in the series
     * @param y for each judged point, its value
     * @param slot for each judged point, the slot of its lines
     * @param segment for each judged point, its segment number (non-decreasing), or null when there is one
     */
    public ChartView(int size, int[] index, double[] y, int[] slot, double[] centre, double[] lower, double[] upper,
            double[] lowerTwoSigma, double[] upperTwoSigma, int[] segment) {
        this.size = size;
        this.index = index;
        this.y = y;
        this.slot = slot;
        this.centre = centre;
        this.lower = lower;
        this.upper = upper;
        this.lowerTwoSigma = lowerTwoSigma;
        this.upperTwoSigma = upperTwoSigma;
        this.segment = segment;
    }

    /** The number of judged points. */
    public int size() {
        return size;
    }

    double centre(int j) {
        return centre[slot[j]];
    }

    double lower(int j) {
        return lower[slot[j]];
    }

    double upper(int j) {
        return upper[slot[j]];
    }

    double lowerTwoSigma(int j) {
        return lowerTwoSigma[slot[j]];
    }

    double upperTwoSigma(int j) {
        return upperTwoSigma[slot[j]];
    }

    /** True when judged points a and b lie in the same segment. */
    boolean sameSegment(int a, int b) {
        return segment == null || segment[a] == segment[b];
    }

    /** +1 above the centre line, -1 below, 0 on it. */
    int sideOf(int j) {
        double d = y[j] - centre(j);
        return d > 0 ? 1 : d < 0 ? -1 : 0;
    }
}
