package dev.spc.core.funnel;

/**
 * Where a unit lies against its funnel: beyond the widest limit it crosses, by side. A unit exactly on a
 * limit is inside it.
 */
public enum Outlier {
    /** Above the upper 99.8% limit. */
    HIGH_998("high_998"),
    /** Above the upper 95% limit but not the 99.8% one. */
    HIGH_95("high_95"),
    /** Within the 95% limits. */
    NONE("none"),
    /** Below the lower 95% limit but not the 99.8% one. */
    LOW_95("low_95"),
    /** Below the lower 99.8% limit. */
    LOW_998("low_998");

    private final String id;

    Outlier(String id) {
        this.id = id;
    }

    /** The id the output gives. */
    public String id() {
        return id;
    }

    /** True for a unit beyond either 95% limit. */
    public boolean isOutlier() {
        return this != NONE;
    }

    /** True for a unit above its upper limits. */
    public boolean isHigh() {
        return this == HIGH_95 || this == HIGH_998;
    }

    /** Where a value lies against its limits (on a limit counts as inside). */
    static Outlier of(double value, FunnelLimits limits) {
        if (value > limits.upper998()) {
            return HIGH_998;
        }
        if (value > limits.upper95()) {
            return HIGH_95;
        }
        if (value < limits.lower998()) {
            return LOW_998;
        }
        if (value < limits.lower95()) {
            return LOW_95;
        }
        return NONE;
    }
}
