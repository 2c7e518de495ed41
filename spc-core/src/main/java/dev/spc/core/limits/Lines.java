package dev.spc.core.limits;

import java.util.Arrays;

/**
 * The lines of a whole chart, held once per <em>slot</em>: a chart whose lines are constant within a phase
 * has one slot per phase; a chart whose limits vary point by point (P, U, Laney and subgroup charts) has
 * one slot per point. Each slot has a centre line, the sigma-hat the lines are drawn with, and the lines at
 * one, two and three sigmas either side (the three-sigma lines are the process limits). Lines that do not
 * exist are {@code NaN}. Charts whose limits are clamped (at zero, or at one for proportions) or
 * back-transformed (T chart) hold the lines as drawn, so the rules judge against what the chart shows.
 */
public final class Lines {
    /** The lines of a slot, in this order, side by side in one array. */
    private static final int CENTRE = 0;
    private static final int SIGMA = 1;
    private static final int LOWER = 2;
    private static final int UPPER = 3;
    private static final int LOWER_TWO = 4;
    private static final int UPPER_TWO = 5;
    private static final int LOWER_ONE = 6;
    private static final int UPPER_ONE = 7;
    private static final int RAW_LOWER = 8;
    private static final int RAW_UPPER = 9;
    private static final int FIELDS = 10;

    /**
     * The statistics a CUSUM or EWMA chart judges, point by point, beside its lines (docs/sensitive.md): held
     * only by those charts.
     */
    public enum Statistic {
        /** The CUSUM's upper sum C+, in sigmas (never negative). */
        CUSUM_UPPER,
        /** The CUSUM's lower sum C-, in sigmas (never positive). */
        CUSUM_LOWER,
        /** The EWMA's smoothed value. */
        EWMA
    }

    private static final int STATISTICS = Statistic.values().length;

    private final boolean perPoint;
    /** Statistic k of point i at {@code i * STATISTICS + k}; null for charts without them. */
    private double[] statistics;
    /** Slot s's line k at {@code s * FIELDS + k}: one allocation, and a slot's lines together in memory. */
    private double[] data;
    private int slots;

    private Lines(int slots, boolean perPoint) {
        this.perPoint = perPoint;
        this.slots = slots;
        this.data = new double[slots * FIELDS];
        Arrays.fill(data, Double.NaN);
    }

    /** Lines for a chart of the given number of points, one slot per phase or one per point. */
    public static Lines of(int phases, int points, boolean perPoint) {
        return new Lines(perPoint ? points : phases, perPoint);
    }

    /** True when there is a slot per point; false when there is one per phase. */
    public boolean perPoint() {
        return perPoint;
    }

    /** The number of slots. */
    public int slots() {
        return slots;
    }

    /** Makes room for more slots (a slot per point, as points are appended), each without lines. */
    void ensureSlots(int count) {
        if (count * FIELDS > data.length) {
            int old = data.length;
            data = Arrays.copyOf(data, Math.max(count, 2 * old / FIELDS) * FIELDS);
            Arrays.fill(data, old, data.length, Double.NaN);
        }
        if (statistics != null && count * STATISTICS > statistics.length) {
            int old = statistics.length;
            statistics = Arrays.copyOf(statistics, Math.max(count, 2 * old / STATISTICS) * STATISTICS);
            Arrays.fill(statistics, old, statistics.length, Double.NaN);
        }
        slots = Math.max(slots, count);
    }

    /** A copy holding the first {@code count} slots, that nothing appended later changes. */
    Lines copy(int count) {
        Lines c = new Lines(0, perPoint);
        c.data = Arrays.copyOf(data, count * FIELDS);
        c.slots = count;
        if (statistics != null) {
            c.statistics = Arrays.copyOf(statistics, count * STATISTICS);
        }
        return c;
    }

    public double centre(int slot) {
        return data[slot * FIELDS + CENTRE];
    }

    public double sigma(int slot) {
        return data[slot * FIELDS + SIGMA];
    }

    public double lower(int slot) {
        return data[slot * FIELDS + LOWER];
    }

    public double upper(int slot) {
        return data[slot * FIELDS + UPPER];
    }

    public double lowerTwoSigma(int slot) {
        return data[slot * FIELDS + LOWER_TWO];
    }

    public double upperTwoSigma(int slot) {
        return data[slot * FIELDS + UPPER_TWO];
    }

    public double lowerOneSigma(int slot) {
        return data[slot * FIELDS + LOWER_ONE];
    }

    public double upperOneSigma(int slot) {
        return data[slot * FIELDS + UPPER_ONE];
    }

    /**
     * The lower limit before it was clamped to the values the data can take (such as 0 for counts): what a
     * target is assured against, since a target at the clamp can still be met. Equal to the lower limit
     * where nothing was clamped.
     */
    public double rawLower(int slot) {
        return data[slot * FIELDS + RAW_LOWER];
    }

    /** The upper limit before it was clamped (such as to 1 for proportions); see {@link #rawLower}. */
    public double rawUpper(int slot) {
        return data[slot * FIELDS + RAW_UPPER];
    }

    /** True when the chart holds the statistics of a CUSUM or EWMA. */
    public boolean hasStatistics() {
        return statistics != null;
    }

    /** A statistic of point i ({@code NaN} where it does not exist: a gap, or a chart without it). */
    public double statistic(Statistic s, int i) {
        return statistics == null || (i + 1) * STATISTICS > statistics.length ? Double.NaN
                : statistics[i * STATISTICS + s.ordinal()];
    }

    /** Sets a statistic of point i (one slot per point: the chart's lines are per point). */
    void setStatistic(Statistic s, int i, double value) {
        if (statistics == null) {
            statistics = new double[Math.max(slots, i + 1) * STATISTICS];
            Arrays.fill(statistics, Double.NaN);
        }
        statistics[i * STATISTICS + s.ordinal()] = value;
    }

    /** Sets a slot with only a centre line (too few points for limits, or a run chart). */
    void centreOnly(int slot, double centreLine) {
        data[slot * FIELDS + CENTRE] = centreLine;
    }

    /**
     * Sets a slot's lines at {@code centre -+ k sigma} for k = 1, 2, 3, clamped to {@code [floor, ceiling]}
     * (use infinities for no clamp).
     */
    void symmetric(int slot, double centreLine, double sigmaHat, double floor, double ceiling) {
        setRaw(slot, centreLine - 3 * sigmaHat, centreLine + 3 * sigmaHat);
        set(slot, centreLine, sigmaHat,
                clamp(centreLine - sigmaHat, floor, ceiling), clamp(centreLine + sigmaHat, floor, ceiling),
                clamp(centreLine - 2 * sigmaHat, floor, ceiling), clamp(centreLine + 2 * sigmaHat, floor, ceiling),
                clamp(centreLine - 3 * sigmaHat, floor, ceiling), clamp(centreLine + 3 * sigmaHat, floor, ceiling));
    }

    /** Sets every line of a slot; the limits are raw (unclamped) unless {@link #setRaw} says otherwise. */
    void set(int slot, double centreLine, double sigmaHat, double lowerOneSigma, double upperOneSigma,
            double lowerTwoSigma, double upperTwoSigma, double lowerLimit, double upperLimit) {
        int at = slot * FIELDS;
        if (Double.isNaN(data[at + RAW_LOWER]) || Double.isNaN(data[at + RAW_UPPER])) {
            setRaw(slot, lowerLimit, upperLimit);
        }
        data[at + CENTRE] = centreLine;
        data[at + SIGMA] = sigmaHat;
        data[at + LOWER_ONE] = lowerOneSigma;
        data[at + UPPER_ONE] = upperOneSigma;
        data[at + LOWER_TWO] = lowerTwoSigma;
        data[at + UPPER_TWO] = upperTwoSigma;
        data[at + LOWER] = lowerLimit;
        data[at + UPPER] = upperLimit;
    }

    /** Sets a slot's limits as they were before clamping; call before {@link #set}. */
    void setRaw(int slot, double lowerLimit, double upperLimit) {
        data[slot * FIELDS + RAW_LOWER] = lowerLimit;
        data[slot * FIELDS + RAW_UPPER] = upperLimit;
    }

    static double clamp(double x, double floor, double ceiling) {
        return Math.max(floor, Math.min(ceiling, x));
    }
}
