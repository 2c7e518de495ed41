package dev.spc.core.funnel;

/**
 * A funnel's limits at one denominator, on the scale of the values (a proportion, a ratio or a rate).
 *
 * @param lower95 the lower 95% limit
 * @param upper95 the upper 95% limit
 * @param lower998 the lower 99.8% limit
 * @param upper998 the upper 99.8% limit
 */
public record FunnelLimits(double lower95, double upper95, double lower998, double upper998) {
}
