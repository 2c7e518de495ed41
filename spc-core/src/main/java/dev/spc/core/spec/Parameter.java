package dev.spc.core.spec;

/**
 * Every parameter of a {@link ChartSpec}, by a stable id: the name an {@link InvalidParameterException}
 * gives, and the name under which readers of settings and JSON find the parameter. A program that offers
 * these parameters under other names (a command line, say) maps them from these ids.
 */
public enum Parameter {
    /** The chart ({@link ChartType}). */
    CHART("chart"),
    /** The improvement direction ({@link Direction}). */
    DIRECTION("direction"),
    /** The target, for the assurance icon. */
    TARGET("target"),
    /** The number of leading points the limits are computed from ({@link Phasing#baselinePoints()}). */
    BASELINE_POINTS("baseline_points"),
    /** The dates at which new phases start ({@link Phasing#recalculateFrom()}). */
    RECALCULATE_FROM("recalculate_from"),
    /** The fewest points for process limits ({@link LimitConventions#minimumPoints()}). */
    MINIMUM_POINTS("min_points"),
    /** How an XmR chart's limits are drawn ({@link XmrLimits}). */
    XMR_LIMITS("xmr_limits"),
    /** Whether large moving ranges are screened out ({@link MovingRangeScreening}). */
    SCREENING("screening"),
    /** Whether moving ranges span gaps ({@link GapPolicy}). */
    GAPS("gaps"),
    /** How a G chart's limits are drawn ({@link GLimits}). */
    G_LIMITS("g_limits"),
    /** The rule sets ({@link RuleSet}). */
    RULES("rules"),
    /** The run length of the MDC shift. */
    SHIFT("shift"),
    /** The run length of the MDC trend. */
    TREND("trend"),
    /** What the MDC two-in-three rule counts ({@link TwoOfThreeCounting}). */
    TWO_OF_THREE("two_of_three"),
    /** Whether runs cross recalculations ({@link RuleScope}). */
    RULE_SCOPE("rule_scope"),
    /** Which class wins when a point is flagged both ways ({@link ConflictResolution}). */
    CONFLICT("conflict"),
    /** Whether ghosted points take part in runs, trends and windows ({@link GhostsInRuns}). */
    GHOSTS_IN_RUNS("ghosts_in_runs"),
    /** Nelson's K for each of his eight tests ({@link RuleParameters#nelsonK(int)}). */
    NELSON_K("nelson_k"),
    /** The CUSUM's reference value k, in sigmas ({@link SensitiveCharts#cusumK()}). */
    CUSUM_K("cusum_k"),
    /** The CUSUM's decision interval h, in sigmas ({@link SensitiveCharts#cusumH()}). */
    CUSUM_H("cusum_h"),
    /** Whether the CUSUM's sums start at -+ h/2 ({@link FastInitialResponse}). */
    CUSUM_FIR("cusum_fir"),
    /** The EWMA's weight on the newest value ({@link SensitiveCharts#ewmaLambda()}). */
    EWMA_LAMBDA("ewma_lambda"),
    /** The width of the EWMA's limits ({@link SensitiveCharts#ewmaL()}). */
    EWMA_L("ewma_l");

    private final String id;

    Parameter(String id) {
        this.id = id;
    }

    /** The parameter's stable id, such as {@code baseline_points}. */
    public String id() {
        return id;
    }
}
