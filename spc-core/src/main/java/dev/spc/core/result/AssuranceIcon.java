package dev.spc.core.result;

/**
 * The Making Data Count assurance icon: where the target lies against the latest process limits
 * (docs/methods.md, section 4).
 */
public enum AssuranceIcon {
    /** The target lies on the failing side of both limits: it will be met consistently. */
    PASS("pass", "Target consistently met"),
    /** The target lies beyond the limit on the passing side: it will be missed consistently. */
    FAIL("fail", "Target consistently missed"),
    /** The target lies between the limits: it will be met some of the time and missed at others. */
    HIT_AND_MISS("hit_and_miss", "Target hit and miss"),
    /** No target, no improvement direction, or too few points for limits. */
    NONE("none", "No target assurance");

    private final String id;
    private final String words;

    AssuranceIcon(String id, String words) {
        this.id = id;
        this.words = words;
    }

    /** The value written in the {@code assurance} column. */
    public String id() {
        return id;
    }

    /** What the icon means, in a few plain words for people (reports, charts, tooltips). */
    public String words() {
        return words;
    }
}
