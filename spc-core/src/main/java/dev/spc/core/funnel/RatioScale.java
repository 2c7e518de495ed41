package dev.spc.core.funnel;

/**
 * The scale on which indirectly standardised ratios are judged (docs/funnel.md). FunnelPlotR's
 * {@code sr_method}: "SHMI" is the log scale, "CQC" the square-root scale.
 */
public enum RatioScale {
    /** Y = ln(O/E), s = 1/sqrt(E): NHS Digital's SHMI, and FunnelPlotR's default. */
    LOG("log"),
    /** Y = sqrt(O/E), s = 1/(2 sqrt(E)): the Care Quality Commission's convention. */
    SQRT("sqrt");

    private final String id;

    RatioScale(String id) {
        this.id = id;
    }

    /** The scale's id, as the command line names it. */
    public String id() {
        return id;
    }
}
