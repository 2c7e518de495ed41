package dev.spc.core;

/** The class of one plotted point, as the Making Data Count charts colour it. */
public enum PointClass {
    /** No special-cause rule flags the point (grey, #A6A6A6). */
    COMMON_CAUSE("common_cause"),
    /** Special cause on the improvement side (blue, #00B0F0). */
    IMPROVEMENT("improvement"),
    /** Special cause on the concern side (orange, #E46C0A). */
    CONCERN("concern"),
    /** Special cause for a metric with no improvement direction (purple, #490092). */
    NEITHER("neither");

    private final String id;

    PointClass(String id) {
        this.id = id;
    }

    /** The value written in the {@code point} column. */
    public String id() {
        return id;
    }

    /** True for every class but {@link #COMMON_CAUSE}. */
    public boolean isSpecialCause() {
        return this != COMMON_CAUSE;
    }
}
