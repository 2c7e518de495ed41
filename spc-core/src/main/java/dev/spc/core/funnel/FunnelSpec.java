package dev.spc.core.funnel;

import java.util.Objects;

/**
 * How to draw a funnel: the data type, the scale ratios are judged on, the overdispersion adjustment and
 * how much of each tail is set aside before the dispersion is estimated. The defaults are FunnelPlotR's
 * (version 0.6): ratios on the log scale, the additive (random-effects) adjustment, 10% at each end.
 *
 * @param type what the units' numbers are
 * @param ratioScale the scale ratios are judged on (ignored for the other types)
 * @param overdispersion the adjustment for overdispersion
 * @param trim the fraction of units at each end Winsorised (or, on the log scale of ratios, truncated)
 *     before phi is estimated: from 0 to under 0.5
 */
public record FunnelSpec(FunnelType type, RatioScale ratioScale, Overdispersion overdispersion, double trim) {
    /** FunnelPlotR's {@code trim_by}: 10% at each end. */
    public static final double DEFAULT_TRIM = 0.1;

    /** @throws IllegalArgumentException for a trim outside [0, 0.5) */
    public FunnelSpec {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(ratioScale, "ratioScale");
        Objects.requireNonNull(overdispersion, "overdispersion");
        if (!(trim >= 0 && trim < 0.5)) {
            throw new IllegalArgumentException("the trim must be from 0 to under 0.5, not " + trim);
        }
    }

    /** FunnelPlotR's defaults for a data type. */
    public static FunnelSpec of(FunnelType type) {
        return new FunnelSpec(type, RatioScale.LOG, Overdispersion.ADDITIVE, DEFAULT_TRIM);
    }

    /** This spec with another ratio scale. */
    public FunnelSpec withRatioScale(RatioScale value) {
        return new FunnelSpec(type, value, overdispersion, trim);
    }

    /** This spec with another overdispersion adjustment. */
    public FunnelSpec withOverdispersion(Overdispersion value) {
        return new FunnelSpec(type, ratioScale, value, trim);
    }

    /** This spec with another trim. */
    public FunnelSpec withTrim(double value) {
        return new FunnelSpec(type, ratioScale, overdispersion, value);
    }

    /** True when phi is estimated from the truncated z-scores (SHMI's way), false for Winsorised ones. */
    boolean truncates() {
        return type == FunnelType.RATIO && ratioScale == RatioScale.LOG;
    }
}
