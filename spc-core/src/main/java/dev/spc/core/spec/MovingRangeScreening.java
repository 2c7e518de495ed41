package dev.spc.core.spec;

/**
 * Whether unusually large moving ranges are left out before sigma is estimated (docs/methods.md,
 * section 2).
 */
public enum MovingRangeScreening {
    /** Every moving range counts: the Making Data Count Excel tool. */
    OFF("off"),
    /**
     * Moving ranges at or above 3.267 AMR are dropped and the AMR recomputed from the rest:
     * NHSRplotthedots and qicharts2.
     */
    SCREEN("screen");

    private final String id;

    MovingRangeScreening(String id) {
        this.id = id;
    }

    /** The id settings and JSON use. */
    public String id() {
        return id;
    }

    /** @throws InvalidParameterException naming the ids when the text names none */
    public static MovingRangeScreening parse(String text) {
        return Ids.parse(Parameter.SCREENING, text, values(), MovingRangeScreening::id);
    }
}
