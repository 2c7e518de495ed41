package dev.spc.core.spec;

/** Whether the multi-point rules (shift, trend, two in three, ...) run across recalculations. */
public enum RuleScope {
    /** Runs carry on across a recalculation, each point judged against its own phase: the MDC Excel tool. */
    ACROSS_RECALCULATIONS("across"),
    /** Every phase is judged on its own: NHSRplotthedots. */
    WITHIN_PHASE("within");

    private final String id;

    RuleScope(String id) {
        this.id = id;
    }

    /** The id settings and JSON use. */
    public String id() {
        return id;
    }

    /** @throws InvalidParameterException naming the ids when the text names none */
    public static RuleScope parse(String text) {
        return Ids.parse(Parameter.RULE_SCOPE, text, values(), RuleScope::id);
    }
}
