package dev.spc.core.result;

/**
 * The Making Data Count variation icon: the class of the latest point and the side of its signal
 * (docs/methods.md, section 4).
 */
public enum VariationIcon {
    COMMON_CAUSE("common_cause"),
    IMPROVEMENT_HIGH("improvement_high"),
    IMPROVEMENT_LOW("improvement_low"),
    CONCERN_HIGH("concern_high"),
    CONCERN_LOW("concern_low"),
    NEITHER_HIGH("neither_high"),
    NEITHER_LOW("neither_low"),
    /** Too few points for process limits. */
    NONE("none");

    private final String id;

    VariationIcon(String id) {
        this.id = id;
    }

    /** The value written in the {@code variation} column. */
    public String id() {
        return id;
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
