package dev.spc.core.spec;

/** Whether a moving range may span a missing value (docs/methods.md, section 1). */
public enum GapPolicy {
    /** No moving range spans a gap: the points either side of it are not paired. */
    BREAK_MOVING_RANGES("break"),
    /** The points either side of a gap are paired into one moving range. */
    BRIDGE("bridge");

    private final String id;

    GapPolicy(String id) {
        this.id = id;
    }

    /** The id settings and JSON use. */
    public String id() {
        return id;
    }

    /** @throws InvalidParameterException naming the ids when the text names none */
    public static GapPolicy parse(String text) {
        return Ids.parse(Parameter.GAPS, text, values(), GapPolicy::id);
    }
}
