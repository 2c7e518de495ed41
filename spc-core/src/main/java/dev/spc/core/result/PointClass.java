package dev.spc.core.result;

import dev.spc.core.spec.Direction;

/** The class of one plotted point, as the Making Data Count charts colour it. */
public enum PointClass {
    /** No special-cause rule flags the point (grey, #A6A6A6). */
    COMMON_CAUSE("common_cause", "Common cause"),
    /** Special cause on the improvement side (blue, #00B0F0). */
    IMPROVEMENT("improvement", "Improvement"),
    /** Special cause on the concern side (orange, #E46C0A). */
    CONCERN("concern", "Concern"),
    /** Special cause for a metric with no improvement direction (purple, #490092). */
    NEITHER("neither", "Special cause, neither better nor worse");

    private final String id;
    private final String words;

    PointClass(String id, String words) {
        this.id = id;
        this.words = words;
    }

    /** The value written in the {@code point} column. */
    public String id() {
        return id;
    }

    /** What the class means, in a few plain words for people (reports, charts, tooltips). */
    public String words() {
        return words;
    }

    /**
     * The class a signal on one side stands for under an improvement direction: the improvement side is
     * improvement, the other concern; with no direction, or for a signal with no side, neither.
     */
    public static PointClass of(Side side, Direction direction) {
        if (side == Side.NONE || direction == Direction.NEITHER) {
            return NEITHER;
        }
        Side improvement = direction == Direction.DECREASE ? Side.LOW : Side.HIGH;
        return side == improvement ? IMPROVEMENT : CONCERN;
    }

    /** True for every class but {@link #COMMON_CAUSE}. */
    public boolean isSpecialCause() {
        return this != COMMON_CAUSE;
    }
}
