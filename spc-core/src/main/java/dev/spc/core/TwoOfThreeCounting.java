package dev.spc.core;

/** Which points the two-in-three rule counts as "close to the limit" (METHODS.md section 3, rule 4). */
public enum TwoOfThreeCounting {
    /** Only points beyond the two-sigma line but not beyond the process limit: the MDC Excel tool. */
    WITHIN_LIMITS,
    /** Points beyond the process limit count too: the NHSE SQL v2.6 implementation. */
    INCLUDING_BEYOND_LIMITS
}
