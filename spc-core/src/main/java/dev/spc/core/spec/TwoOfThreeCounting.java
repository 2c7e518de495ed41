package dev.spc.core.spec;

/** Which points the two-in-three rule counts as "close to the limit" (docs/methods.md, section 3, rule 4). */
public enum TwoOfThreeCounting {
    /** Only points beyond the two-sigma line but not beyond the process limit: the MDC Excel tool. */
    WITHIN_LIMITS("within_limits"),
    /** Points beyond the process limit count too: the NHSE SQL v2.6 implementation. */
    INCLUDING_BEYOND_LIMITS("beyond_limits");

    private final String id;

    TwoOfThreeCounting(String id) {
        this.id = id;
    }

    /** The id settings and JSON use. */
    public String id() {
        return id;
    }

    /** @throws InvalidParameterException naming the ids when the text names none */
    public static TwoOfThreeCounting parse(String text) {
        return Ids.parse(Parameter.TWO_OF_THREE, text, values(), TwoOfThreeCounting::id);
    }
}
