package dev.spc.core;

/** The side of a signal: above the centre line or rising (HIGH), below it or falling (LOW). */
public enum Side {
    HIGH,
    LOW;

    /** The other side. */
    public Side opposite() {
        return this == HIGH ? LOW : HIGH;
    }
}
