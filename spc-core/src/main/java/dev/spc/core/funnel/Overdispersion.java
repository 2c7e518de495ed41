package dev.spc.core.funnel;

/**
 * Whether and how a funnel's limits are widened when the units vary more among themselves than chance
 * allows (Spiegelhalter, "Handling over-dispersion of performance indicators", Quality and Safety in Health
 * Care 14, 2005; docs/funnel.md). The limits are widened only when the estimated dispersion phi exceeds 1.
 */
public enum Overdispersion {
    /** Limits from chance alone: exact Poisson for ratios, the normal approximation on the scale otherwise. */
    NONE("none"),
    /** Limits theta -+ z s sqrt(phi) on the scale: every unit's variance inflated by the same factor. */
    MULTIPLICATIVE("multiplicative"),
    /**
     * Limits theta -+ z sqrt(s^2 + tau^2) on the scale: a random-effects variance between units added to each
     * unit's own (DerSimonian-Laird tau^2). FunnelPlotR's {@code OD_adjust = TRUE}, and the default.
     */
    ADDITIVE("additive");

    private final String id;

    Overdispersion(String id) {
        this.id = id;
    }

    /** The option's id, as the command line names it. */
    public String id() {
        return id;
    }
}
