package dev.spc.core.rules;

/**
 * What the rules see of a chart: the judged points in time order, each with its own phase's lines.
 *
 * <p>Gaps are not in the view (a run carries on across a gap). A point without limits (its phase had
 * too few points) is not judged and breaks every run, as does a recalculation when rules stop at
 * recalculations: such breaks start a new <em>segment</em>, and no run, trend or window spans two
 * segments. Rules know nothing of chart types.
 */
public final class ChartView {
    final int size;
    final int[] index;
    final double[] y;
    final double[] centre;
    final double[] lower;
    final double[] upper;
    final double[] lowerTwoSigma;
    final double[] upperTwoSigma;
    final int[] segment;

    /**
     * @param size the number of judged points
     * @param index for each judged point, its index in the series
     * @param segment for each judged point, its segment number (non-decreasing)
     */
    public ChartView(int size, int[] index, double[] y, double[] centre, double[] lower, double[] upper,
            double[] lowerTwoSigma, double[] upperTwoSigma, int[] segment) {
        this.size = size;
        this.index = index;
        this.y = y;
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

    /** +1 above the centre line, -1 below, 0 on it. */
    int sideOf(int j) {
        double d = y[j] - centre[j];
        return d > 0 ? 1 : d < 0 ? -1 : 0;
    }
}
