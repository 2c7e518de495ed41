package dev.spc.core.series;

/**
 * The values a metric can take: a percentage lies between 0 and 100, a count never falls below 0. Limits
 * drawn and explained to a person are held inside the bounds ("values from 0 to 10.8 are to be expected",
 * not "from -2.4"); the limits themselves, which the rules and the assurance use, are not changed.
 *
 * <p>Each side is a number, {@link #NOT_GIVEN} (NaN: the bound follows from the metric's unit and chart,
 * see {@code Analysis.bounds()}) or unbounded (an infinity: no bound, even where one would be implied).
 *
 * @param lower the lowest value the metric can take, {@code -Infinity} for none, NaN when not given
 * @param upper the highest value the metric can take, {@code +Infinity} for none, NaN when not given
 */
public record Bounds(double lower, double upper) {
    /** A side that is not given: the bound, if any, follows from the unit and the chart. */
    public static final double NOT_GIVEN = Double.NaN;
    /** Neither side given. */
    public static final Bounds NOT_SET = new Bounds(NOT_GIVEN, NOT_GIVEN);
    /** No bound on either side. */
    public static final Bounds NONE = new Bounds(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    /** @throws IllegalArgumentException when a side is infinite the wrong way, or lower is not below upper */
    public Bounds {
        if (lower == Double.POSITIVE_INFINITY || upper == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("a lower bound cannot be +infinity nor an upper bound -infinity");
        }
        if (!Double.isNaN(lower) && !Double.isNaN(upper) && !(lower < upper)) {
            throw new IllegalArgumentException("the lower bound (" + lower + ") must be below the upper bound ("
                    + upper + ")");
        }
    }

    /** True when the lower side is given (a number, or none). */
    public boolean hasLower() {
        return !Double.isNaN(lower);
    }

    /** True when the upper side is given (a number, or none). */
    public boolean hasUpper() {
        return !Double.isNaN(upper);
    }

    /** These bounds, with each side not given here taken from {@code implied}. */
    public Bounds or(Bounds implied) {
        return new Bounds(hasLower() ? lower : implied.lower, hasUpper() ? upper : implied.upper);
    }

    /** x held inside the bounds (sides not given hold nothing); NaN stays NaN. */
    public double clamp(double x) {
        double y = x;
        if (lower > y) {
            y = lower;
        }
        if (upper < y) {
            y = upper;
        }
        return y;
    }

    /** True when x lies inside the bounds (a side not given holds nothing); NaN lies inside. */
    public boolean contains(double x) {
        return !(x < lower) && !(x > upper);
    }

    // Written out rather than left to the record: the generated methods are made with method handles the first
    // time they run, which costs a short command-line run tens of milliseconds. The same meaning as the
    // record's: sides compared as Double.compare does (NaN equals NaN).
    @Override
    public boolean equals(Object o) {
        return o instanceof Bounds b && Double.compare(lower, b.lower) == 0 && Double.compare(upper, b.upper) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(lower) + Double.hashCode(upper);
    }
}
