package dev.spc.core.spec;

import java.util.Locale;

/** The chart families this library computes, by their ids (docs/methods.md, sections 2 and 5-8). */
public enum ChartType {
    /** Run chart: the values against their median, judged by the Anhøj rules. */
    RUN("run", "run chart", Input.VALUES),
    /** Individuals chart with moving ranges: the Making Data Count default. */
    XMR("xmr", "XmR chart", Input.VALUES),
    /** Moving-range chart: the moving ranges of an XmR chart. */
    MR("mr", "moving-range chart", Input.VALUES),
    /** Proportion of units with a property, out of a denominator that may vary. */
    P("p", "P chart", Input.RATIOS),
    /** Number of units with a property, out of a constant denominator. */
    NP("np", "NP chart", Input.RATIOS),
    /** Rate of events per unit of exposure (such as per 1,000 bed days). */
    U("u", "U chart", Input.RATIOS),
    /** Count of events in equal opportunities. */
    C("c", "C chart", Input.VALUES),
    /** Laney's P' chart: a P chart widened for overdispersion (large denominators). */
    PP("pp", "Laney P' chart", Input.RATIOS),
    /** Laney's U' chart: a U chart widened for overdispersion. */
    UP("up", "Laney U' chart", Input.RATIOS),
    /** Subgroup means, with sigma from the subgroup ranges. */
    XBAR_R("xbar-r", "Xbar chart (sigma from ranges)", Input.SUBGROUPS),
    /** Subgroup means, with sigma from the subgroup standard deviations. */
    XBAR_S("xbar-s", "Xbar chart (sigma from standard deviations)", Input.SUBGROUPS),
    /** Subgroup ranges: the companion of Xbar-R. */
    R("r", "R chart", Input.SUBGROUPS),
    /** Subgroup standard deviations: the companion of Xbar-S. */
    S("s", "S chart", Input.SUBGROUPS),
    /** Opportunities or days between rare events. */
    G("g", "G chart", Input.VALUES),
    /** Time between rare events (transformed to near-normal). */
    T("t", "T chart", Input.VALUES),
    /**
     * Tabular CUSUM of the standardised values (or subgroup means) against the centre line: catches a small
     * sustained shift sooner than the limits of an XmR chart (qcc's conventions).
     */
    CUSUM("cusum", "CUSUM chart", Input.VALUES),
    /** Exponentially weighted moving average of the values (or subgroup means), with its exact limits (qcc). */
    EWMA("ewma", "EWMA chart", Input.VALUES),
    /**
     * Chosen from what the data are, never from their values: Xbar-R for subgroups of at most 10
     * measurements with ranges, else Xbar-S; a U chart for counts over an exposure, else a P chart for
     * numerators and denominators; a T chart for the days between events; otherwise the XmR chart. The
     * analysis says which it chose.
     */
    AUTO("auto", "chart chosen from the data", Input.VALUES);

    /** What a chart's points are made from. */
    public enum Input {
        /** One value per point. */
        VALUES,
        /** A numerator and a denominator per point. */
        RATIOS,
        /** A subgroup of measurements per point. */
        SUBGROUPS
    }

    private final String id;
    private final String title;
    private final Input input;

    ChartType(String id, String title, Input input) {
        this.id = id;
        this.title = title;
        this.input = input;
    }

    /** The chart's id, such as {@code xmr} or {@code xbar-r}, as settings and JSON name it. */
    public String id() {
        return id;
    }

    /** The chart's name in prose, such as "P chart". */
    public String title() {
        return title;
    }

    /** What the chart's points are made from. */
    public Input input() {
        return input;
    }

    /** True for a chart with process limits (every chart but the run chart). */
    public boolean hasLimits() {
        return this != RUN;
    }

    /**
     * True for the charts of small sustained shifts (CUSUM and EWMA): the value of a point is the measurement,
     * and the statistic judged against the lines is the chart's own (the sums, the smoothed value).
     */
    public boolean isSensitive() {
        return this == CUSUM || this == EWMA;
    }

    /** @throws InvalidParameterException naming the available charts when the text names none */
    public static ChartType parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (ChartType c : values()) {
            if (c.id.equals(t)) {
                return c;
            }
        }
        if (t.equals("xbar")) {
            return XBAR_S;
        }
        throw new InvalidParameterException(Parameter.CHART, text,
                "'" + text + "' is not an available chart; available: " + ids());
    }

    /** The ids of all chart types, comma separated. */
    public static String ids() {
        StringBuilder sb = new StringBuilder();
        for (ChartType c : values()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(c.id);
        }
        return sb.toString();
    }
}
