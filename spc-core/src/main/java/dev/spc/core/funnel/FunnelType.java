package dev.spc.core.funnel;

import java.util.Locale;

/**
 * What a funnel plot compares (docs/funnel.md): each unit's numerator over its denominator, read as a
 * proportion, an indirectly standardised ratio or a rate. FunnelPlotR calls these "PR", "SR" and "RC".
 */
public enum FunnelType {
    /** Events out of cases (numerator no more than denominator): judged on the arcsine square-root scale. */
    PROPORTION("proportion"),
    /** Observed over expected deaths or events, as SHMI: judged around 1 on the log or square-root scale. */
    RATIO("ratio"),
    /** A count over another count or an exposure: judged on the log scale, as FunnelPlotR's ratios of counts. */
    RATE("rate");

    private final String id;

    FunnelType(String id) {
        this.id = id;
    }

    /** The type's id, as the command line and the output name it. */
    public String id() {
        return id;
    }

    /** @throws IllegalArgumentException naming the ids when the text names none */
    public static FunnelType parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (FunnelType f : values()) {
            if (f.id.equals(t)) {
                return f;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a funnel type; give proportion, ratio or rate");
    }
}
