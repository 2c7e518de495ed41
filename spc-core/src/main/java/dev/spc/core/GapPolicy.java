package dev.spc.core;

/** Whether a moving range may span a missing value (METHODS.md section 1). */
public enum GapPolicy {
    /** No moving range spans a gap: the points either side of it are not paired. */
    BREAK_MOVING_RANGES,
    /** The points either side of a gap are paired into one moving range. */
    BRIDGE
}
