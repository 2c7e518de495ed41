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
    private final boolean perPoint;
    private double[] centre;
    private double[] sigma;
    private double[] lower;
    private double[] upper;
    private double[] lowerTwo;
    private double[] upperTwo;
    private double[] lowerOne;
    private double[] upperOne;
    private double[] rawLower;
    private double[] rawUpper;
    private int slots;

    private Lines(int slots, boolean perPoint) {
        this.perPoint = perPoint;
        this.slots = slots;
        centre = nan(slots);
        sigma = nan(slots);
        lower = nan(slots);
        upper = nan(slots);
        lowerTwo = nan(slots);
        upperTwo = nan(slots);
        lowerOne = nan(slots);
        upperOne = nan(slots);
        rawLower = nan(slots);
        rawUpper = nan(slots);
    }

    private static double[] nan(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
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
        if (count > centre.length) {
            int capacity = Math.max(count, centre.length * 2);
            centre = grow(centre, capacity);
            sigma = grow(sigma, capacity);
            lower = grow(lower, capacity);
            upper = grow(upper, capacity);
            lowerTwo = grow(lowerTwo, capacity);
            upperTwo = grow(upperTwo, capacity);
            lowerOne = grow(lowerOne, capacity);
            upperOne = grow(upperOne, capacity);
            rawLower = grow(rawLower, capacity);
            rawUpper = grow(rawUpper, capacity);
        }
        slots = Math.max(slots, count);
    }

    private static double[] grow(double[] a, int capacity) {
        double[] b = Arrays.copyOf(a, capacity);
        Arrays.fill(b, a.length, capacity, Double.NaN);
        return b;
    }

    /** A copy holding the first {@code count} slots, that nothing appended later changes. */
    Lines copy(int count) {
        Lines c = new Lines(0, perPoint);
        c.centre = Arrays.copyOf(centre, count);
        c.sigma = Arrays.copyOf(sigma, count);
        c.lower = Arrays.copyOf(lower, count);
        c.upper = Arrays.copyOf(upper, count);
        c.lowerTwo = Arrays.copyOf(lowerTwo, count);
        c.upperTwo = Arrays.copyOf(upperTwo, count);
        c.lowerOne = Arrays.copyOf(lowerOne, count);
        c.upperOne = Arrays.copyOf(upperOne, count);
        c.rawLower = Arrays.copyOf(rawLower, count);
        c.rawUpper = Arrays.copyOf(rawUpper, count);
        c.slots = count;
        return c;
    }

    public double centre(int slot) {
        return centre[slot];
    }

    public double sigma(int slot) {
        return sigma[slot];
    }

    public double lower(int slot) {
        return lower[slot];
    }

    public double upper(int slot) {
        return upper[slot];
    }

    public double lowerTwoSigma(int slot) {
        return lowerTwo[slot];
    }

    public double upperTwoSigma(int slot) {
        return upperTwo[slot];
    }

    public double lowerOneSigma(int slot) {
        return lowerOne[slot];
    }

    public double upperOneSigma(int slot) {
        return upperOne[slot];
    }

    /**
     * The lower limit before it was clamped to the values the data can take (such as 0 for counts): what a
     * target is assured against, since a target at the clamp can still be met. Equal to the lower limit
     * where nothing was clamped.
     */
    public double rawLower(int slot) {
        return rawLower[slot];
    }

    /** The upper limit before it was clamped (such as to 1 for proportions); see {@link #rawLower}. */
    public double rawUpper(int slot) {
        return rawUpper[slot];
    }

    /** Sets a slot with only a centre line (too few points for limits, or a run chart). */
    void centreOnly(int slot, double centreLine) {
        centre[slot] = centreLine;
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
        if (Double.isNaN(rawLower[slot]) || Double.isNaN(rawUpper[slot])) {
            setRaw(slot, lowerLimit, upperLimit);
        }
        centre[slot] = centreLine;
        sigma[slot] = sigmaHat;
        lowerOne[slot] = lowerOneSigma;
        upperOne[slot] = upperOneSigma;
        lowerTwo[slot] = lowerTwoSigma;
        upperTwo[slot] = upperTwoSigma;
        lower[slot] = lowerLimit;
        upper[slot] = upperLimit;
    }

    /** Sets a slot's limits as they were before clamping; call before {@link #set}. */
    void setRaw(int slot, double lowerLimit, double upperLimit) {
        rawLower[slot] = lowerLimit;
        rawUpper[slot] = upperLimit;
    }

    static double clamp(double x, double floor, double ceiling) {
        return Math.max(floor, Math.min(ceiling, x));
    }
}
