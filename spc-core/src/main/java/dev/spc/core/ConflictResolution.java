package dev.spc.core;

/** Which class a point takes when rules flag it as both improvement and concern (possible via a trend). */
public enum ConflictResolution {
    /** The Making Data Count Excel tool. */
    IMPROVEMENT_WINS,
    CONCERN_WINS
}
