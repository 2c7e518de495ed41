package dev.spc.core.spec;

/** Which class a point takes when rules flag it as both improvement and concern (possible through a trend). */
public enum ConflictResolution {
    /** Improvement wins: the Making Data Count Excel tool. */
    IMPROVEMENT_WINS("improvement"),
    /** Concern wins. */
    CONCERN_WINS("concern"),
    /**
     * The highest-ranked rule that flags the point on one side only decides: a point beyond a limit, then a
     * trend, then two of three, then a shift (NHSRplotthedots).
     */
    RANKED("ranked");

    private final String id;

    ConflictResolution(String id) {
        this.id = id;
    }

    /** The id settings and JSON use: the class that wins, or {@code ranked}. */
    public String id() {
        return id;
    }

    /** @throws InvalidParameterException naming the ids when the text names none */
    public static ConflictResolution parse(String text) {
        return Ids.parse(Parameter.CONFLICT, text, values(), ConflictResolution::id);
    }
}
