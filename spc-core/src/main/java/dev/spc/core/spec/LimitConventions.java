package dev.spc.core.spec;

import java.util.Objects;

/**
 * The conventions by which process limits are computed, where the established tools differ
 * (docs/methods.md, sections 1, 2 and 8).
 *
 * @param minimumPoints the fewest points a phase needs for process limits (Making Data Count: 13); below
 *     it the chart has a centre line only, and a run chart's rules are not applied
 * @param xmrLimits how an XmR (and T) chart's limits come from the average moving range
 * @param screening whether unusually large moving ranges are left out first (XmR, T and Laney charts)
 * @param gaps whether a moving range may span a missing value
 * @param gLimits how a G chart's limits are drawn
 * @param sensitive the parameters of the CUSUM and EWMA charts
 */
public record LimitConventions(int minimumPoints, XmrLimits xmrLimits, MovingRangeScreening screening,
        GapPolicy gaps, GLimits gLimits, SensitiveCharts sensitive) {
    /** The Making Data Count minimum number of points for process limits. */
    public static final int DEFAULT_MINIMUM_POINTS = 13;

    /**
     * The Making Data Count conventions: at least 13 points, limits at 2.66 AMR, no screening, no moving
     * range across a gap; sigma limits for G charts (qicharts2).
     */
    public static final LimitConventions MDC = new LimitConventions(DEFAULT_MINIMUM_POINTS, XmrLimits.MDC,
            MovingRangeScreening.OFF, GapPolicy.BREAK_MOVING_RANGES, GLimits.SIGMA, SensitiveCharts.DEFAULT);

    /** @throws InvalidParameterException for a minimum of fewer than 2 points */
    public LimitConventions {
        Objects.requireNonNull(xmrLimits, "xmrLimits");
        Objects.requireNonNull(screening, "screening");
        Objects.requireNonNull(gaps, "gaps");
        Objects.requireNonNull(gLimits, "gLimits");
        Objects.requireNonNull(sensitive, "sensitive");
        if (minimumPoints < 2) {
            throw new InvalidParameterException(Parameter.MINIMUM_POINTS, minimumPoints,
                    "the minimum number of points must be at least 2, not " + minimumPoints);
        }
    }

    public LimitConventions withMinimumPoints(int points) {
        return new LimitConventions(points, xmrLimits, screening, gaps, gLimits, sensitive);
    }

    public LimitConventions withXmrLimits(XmrLimits value) {
        return new LimitConventions(minimumPoints, value, screening, gaps, gLimits, sensitive);
    }

    public LimitConventions withScreening(MovingRangeScreening value) {
        return new LimitConventions(minimumPoints, xmrLimits, value, gaps, gLimits, sensitive);
    }

    public LimitConventions withGaps(GapPolicy value) {
        return new LimitConventions(minimumPoints, xmrLimits, screening, value, gLimits, sensitive);
    }

    public LimitConventions withGLimits(GLimits value) {
        return new LimitConventions(minimumPoints, xmrLimits, screening, gaps, value, sensitive);
    }

    public LimitConventions withSensitive(SensitiveCharts value) {
        return new LimitConventions(minimumPoints, xmrLimits, screening, gaps, gLimits, value);
    }
}
