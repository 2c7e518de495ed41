package dev.spc.core.result;

/**
 * The Making Data Count variation icon: the class of the latest point and the side of its signal
 * (docs/methods.md, section 4).
 */
public enum VariationIcon {
    COMMON_CAUSE("common_cause", "Common cause"),
    IMPROVEMENT_HIGH("improvement_high", "Special cause \u2013 improvement, higher"),
    IMPROVEMENT_LOW("improvement_low", "Special cause \u2013 improvement, lower"),
    CONCERN_HIGH("concern_high", "Special cause \u2013 concern, higher"),
    CONCERN_LOW("concern_low", "Special cause \u2013 concern, lower"),
    NEITHER_HIGH("neither_high", "Special cause \u2013 higher, neither better nor worse"),
    NEITHER_LOW("neither_low", "Special cause \u2013 lower, neither better nor worse"),
    /** Too few points for process limits. */
    NONE("none", "Too few points to judge");

    private final String id;
    private final String words;

    VariationIcon(String id, String words) {
        this.id = id;
        this.words = words;
    }

    /** The value written in the {@code variation} column. */
    public String id() {
        return id;
    }

    /** What the icon means, in a few plain words for people (reports, charts, tooltips). */
    public String words() {
        return words;
    }

    /** The icon for a latest point of the given class whose signal lies on the given side. */
    public static VariationIcon of(PointClass pointClass, Side side) {
        boolean high = side == Side.HIGH;
        return switch (pointClass) {
            case COMMON_CAUSE -> COMMON_CAUSE;
            case IMPROVEMENT -> high ? IMPROVEMENT_HIGH : IMPROVEMENT_LOW;
            case CONCERN -> high ? CONCERN_HIGH : CONCERN_LOW;
            case NEITHER -> high ? NEITHER_HIGH : NEITHER_LOW;
        };
    }
}
