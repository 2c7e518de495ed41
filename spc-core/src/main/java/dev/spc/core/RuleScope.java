package dev.spc.core;

/** Whether the multi-point rules (shift, trend, two in three) run across recalculations. */
public enum RuleScope {
    /** Runs carry on across a recalculation, each point judged against its own phase: the MDC Excel tool. */
    ACROSS_RECALCULATIONS,
    /** Every phase is judged on its own: NHSRplotthedots. */
    WITHIN_PHASE
}
