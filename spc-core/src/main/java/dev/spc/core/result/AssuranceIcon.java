package dev.spc.core.result;

/**
 * The Making Data Count assurance icon: where the target lies against the latest process limits
 * (docs/methods.md, section 4).
 */
public enum AssuranceIcon {
    /** The target lies on the failing side of both limits: it will be met consistently. */
    PASS("pass"),
    /** The target lies beyond the limit on the passing side: it will be missed consistently. */
    FAIL("fail"),
    /** The target lies between the limits: it will be met some of the time and missed at others. */
    HIT_AND_MISS("hit_and_miss"),
    /** No target, no improvement direction, or too few points for limits. */
    NONE("none");

    private final String id;

    AssuranceIcon(String id) {
        this.id = id;
    }

    /** The value written in the {@code assurance} column. */
    public String id() {
        return id;
    }
}
