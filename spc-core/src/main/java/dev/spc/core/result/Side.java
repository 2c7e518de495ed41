package dev.spc.core.result;

/**
 * The side of a signal: above the centre line or rising (HIGH), below it or falling (LOW), or neither for
 * the rules that find a pattern rather than a direction (too few crossings, alternation, stratification).
 */
public enum Side {
    HIGH,
    LOW,
    /** A signal with no side: the pattern itself is special, whichever way it lies. */
    NONE;

    /** The other side (NONE is its own opposite). */
    public Side opposite() {
        return this == HIGH ? LOW : this == LOW ? HIGH : NONE;
    }
}
